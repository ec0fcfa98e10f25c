/**
 * Large imports on a Cloudflare Queue: the upload is streamed into R2 and
 * answered at once with its import id; each queue message then captures a
 * bounded slice of the file (SLICE_BATCHES parser batches, through the same
 * captureImport as a request import), saves the progress and errors, and
 * sends the next message. A slice that fails is retried with backoff and,
 * after max_retries (wrangler.toml), the dead-letter consumer marks the
 * import failed with the reason, so no import is silently dropped.
 *
 * A slice resumes by parsing the file again from its start and skipping the
 * batches already captured: parsing is a small share of a batch's cost next
 * to its D1 writes, and the parser keeps no state a byte offset could restore.
 */
import { decodeText, type ImportBatch, importOrders } from '../../../shared/imports/index.js';
import { type ImportErrorItem, type ImportFormat, type ImportRun, MAX_LISTED_ERRORS } from '../../../shared/schemas/imports.js';
import type { Db } from '../../db/client.js';
import type { ImportWork } from '../../env.js';
import { ApiError } from '../../errors.js';
import { newId } from '../../ids.js';
import { findChannel } from '../accounts/service.js';
import { retryDelaySeconds } from '../fulfillment/book-work.js';
import { captureImport } from './import-orders.js';
import { clearOldImportErrors, failImportRun, findImportRun, forgetImportErrorsContaining, insertImportRun, type ImportRun as StoredRun, saveSlice } from './queries.js';

/** Parser batches (of at most 500 orders) one message captures: a step well inside a consumer's time. */
export const SLICE_BATCHES = 20;

/** Where a queued import's file waits. */
export const uploadKey = (sellerId: string, importId: string) => `imports/${sellerId}/${importId}`;

/** What a queued import needs besides its file. */
export interface QueuedImport {
  sellerId: string;
  channelId: string;
  format: ImportFormat;
  defaultCurrency: string | null;
  contentType: string | null;
  actor: string;
}

/**
 * Streams `body` (of `length` bytes) into R2, then records
 * the import and sends its first message. The same file for the same channel
 * while its first run is queued or running is a 409 naming that import; its
 * second copy is removed.
 */
export async function queueImport(db: Db, bucket: R2Bucket, queue: Queue<ImportWork>, job: QueuedImport, body: ReadableStream<Uint8Array>, length: number): Promise<{ importId: string }> {
  const importId = newId('imp');
  const key = uploadKey(job.sellerId, importId);
  // The request body of a declared length goes to R2 as it arrives; R2's MD5 of it is the file's identity for the 409 rule.
  const stored = await bucket.put(key, body);
  const md5 = stored?.checksums.md5;
  if (!md5) throw new Error('R2 gave no MD5 for the stored upload');
  const recorded = await insertImportRun(db, { ...job, id: importId, bytes: length, contentHash: toHex(md5) }, new Date().toISOString());
  if (!recorded.inserted) {
    await bucket.delete(key);
    throw new ApiError(409, 'import_running', `The same file is already being imported for this channel as ${recorded.runningId}.`, undefined, undefined, {
      importId: recorded.runningId,
    });
  }
  await queue.send({ kind: 'import-slice', sellerId: job.sellerId, importId });
  return { importId };
}

const toHex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** A queued import as the API shows it. */
export function importRunView(run: StoredRun): ImportRun {
  return {
    id: run.id,
    channelId: run.channelId,
    format: run.format as ImportFormat,
    status: run.status as ImportRun['status'],
    bytes: run.bytes,
    ordersRead: run.ordersRead,
    created: run.created,
    updated: run.updated,
    unchanged: run.unchanged,
    failed: run.failed,
    errors: JSON.parse(run.errors) as ImportErrorItem[],
    moreErrors: run.moreErrors,
    failureReason: run.failureReason,
    createdAt: run.createdAt,
    updatedAt: run.updatedAt,
  };
}

/** Batches `from`..`from + count` of `all`, and whether any batch follows them. */
async function* slice(all: AsyncIterable<ImportBatch>, from: number, count: number, end: { more: boolean }, read: { orders: number }): AsyncGenerator<ImportBatch> {
  const iterator = all[Symbol.asyncIterator]();
  for (let i = 0; i < from; i += 1) if ((await iterator.next()).done) return;
  for (let i = 0; i < count; i += 1) {
    const next = await iterator.next();
    if (next.done) return;
    read.orders += next.value.orders.length;
    yield next.value;
  }
  end.more = !(await iterator.next()).done;
}

/**
 * Captures the next slice of one import and saves it; answers whether a
 * further message is needed. A file refused whole ends the import as failed
 * with the refusal's message; any other error is thrown for a retry.
 */
export async function captureSlice(db: Db, bucket: R2Bucket, work: ImportWork, batchCount = SLICE_BATCHES): Promise<'more' | 'done' | 'gone'> {
  const run = await findImportRun(db, work.sellerId, work.importId);
  if (!run || run.status === 'done' || run.status === 'failed') return 'gone';
  const now = () => new Date().toISOString();
  const channel = await findChannel(db, run.sellerId, run.channelId);
  const file = await bucket.get(uploadKey(run.sellerId, run.id));
  if (!channel || !file) {
    await failImportRun(db, run.sellerId, run.id, channel ? 'The uploaded file is no longer stored.' : 'The channel was removed.', now());
    if (file) await bucket.delete(uploadKey(run.sellerId, run.id));
    return 'gone';
  }
  const context = { channelId: run.channelId, channelKind: channel.kind, ...(run.defaultCurrency ? { defaultCurrency: run.defaultCurrency } : {}) };
  const all = importOrders(decodeText(file.body, run.contentType), { ...context, format: run.format as Exclude<ImportFormat, 'etsy'> });
  const end = { more: false };
  const read = { orders: 0 };
  let result: Awaited<ReturnType<typeof captureImport>>;
  try {
    result = await captureImport(db, run.sellerId, slice(all, run.batchesDone, batchCount, end, read), run.actor);
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      await failImportRun(db, run.sellerId, run.id, error.message, now());
      await bucket.delete(uploadKey(run.sellerId, run.id));
      return 'gone';
    }
    throw error;
  }
  const listed = JSON.parse(run.errors) as ImportErrorItem[];
  const room = Math.max(0, MAX_LISTED_ERRORS - listed.length);
  const errors = [...listed, ...result.errors.slice(0, room)];
  const moreErrors = result.moreErrors + Math.max(0, result.errors.length - room);
  const saved = await saveSlice(
    db,
    run.sellerId,
    run.id,
    run.batchesDone,
    { batches: batchCount, orders: read.orders, created: result.created, updated: result.updated, unchanged: result.unchanged, failed: result.failed, errors, moreErrors, done: !end.more },
    now(),
  );
  // A redelivered message that lost the race to another saved nothing: the winner sent the next message.
  if (!saved) return 'gone';
  if (end.more) return 'more';
  await bucket.delete(uploadKey(run.sellerId, run.id));
  return 'done';
}

/** Handles a batch of imports-queue messages: one slice each, then the next message for an import not yet done. */
export async function runImportWork(db: Db, bucket: R2Bucket | undefined, batch: MessageBatch<ImportWork>, queue: Queue<ImportWork> | undefined): Promise<void> {
  for (const message of batch.messages) {
    try {
      if (!bucket || !queue) throw new Error('the UPLOADS bucket or IMPORTS queue is not bound');
      const step = await captureSlice(db, bucket, message.body);
      if (step === 'more') await queue.send(message.body);
      message.ack();
    } catch (error) {
      console.error(JSON.stringify({ at: 'import-work', importId: message.body.importId, attempts: message.attempts, error: String(error) }));
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/** The dead-letter queue: every import whose slice failed all its retries ends as failed, with the reason shown by GET, and its file leaves R2. */
export async function runDeadImports(db: Db, bucket: R2Bucket | undefined, batch: MessageBatch<ImportWork>): Promise<void> {
  for (const message of batch.messages) {
    const { sellerId, importId } = message.body;
    await bucket?.delete(uploadKey(sellerId, importId));
    await failImportRun(
      db,
      sellerId,
      importId,
      'A step of this import kept failing after every retry; the orders before it are captured. Send the file again: those come back unchanged.',
      new Date().toISOString(),
    );
    message.ack();
  }
}

/** Statements removing a buyer's data from the seller's import error lists, for an erasure's batch (modules/privacy). */
export const forgetBuyerInImportErrors = forgetImportErrorsContaining;

/** How long an ended import keeps its error list. */
export const IMPORT_ERRORS_KEPT_MS = 30 * 24 * 3_600_000;

/** Import error lists emptied per cron run; a backlog goes over several runs. */
const ERROR_LISTS_PER_RUN = 500;

/** The cron's share: empties the error lists of imports ended more than 30 days ago. */
export async function clearEndedImportErrors(db: Db, now: Date): Promise<number> {
  return clearOldImportErrors(db, new Date(now.getTime() - IMPORT_ERRORS_KEPT_MS).toISOString(), ERROR_LISTS_PER_RUN);
}
