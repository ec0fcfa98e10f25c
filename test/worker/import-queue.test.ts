/**
 * Large imports through the imports queue on Miniflare's real queue and R2:
 * a 202 at once, then the consumer captures the file slice by slice to the
 * same book as a one-request import; per-row errors and progress in GET;
 * the same file re-sent while queued is 409; a failing slice is retried
 * with backoff and the dead-letter consumer marks the import failed.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/app.js';
import { database } from '../../worker/db/client.js';
import type { ImportWork } from '../../worker/env.js';
import worker from '../../worker/index.js';
import { captureSlice, clearEndedImportErrors, runImportWork, uploadKey } from '../../worker/modules/imports/import-queue.js';
import { insertImportRun } from '../../worker/modules/imports/queries.js';
import { AMAZON_ALL_ORDERS_HEADER, amazonAllOrdersRow } from '../shared/imports/amazon-rows.js';
import { type Answer, call, newSeller, rowCount, type TestSeller } from './helpers.js';
import { importFile, importParts } from './import-helpers.js';

/** An All Orders report of `count` one-row orders, the 7th with a date that is not one. */
function report(count: number, prefix: string): string {
  const rows = Array.from({ length: count }, (_, i) => amazonAllOrdersRow(`${prefix}-${String(i).padStart(7, '0')}`, i === 6 ? { date: 'yesterday' } : {}));
  return `${[AMAZON_ALL_ORDERS_HEADER, ...rows].join('\n')}\n`;
}

/** Sends `file` with `async=true`, its Content-Length declared as an HTTP client would. */
async function queueFile(s: TestSeller, params: Record<string, string>, file: string, contentType = 'text/tab-separated-values'): Promise<Answer> {
  const bytes = new TextEncoder().encode(file);
  const res = await app.request(
    `/v1/imports?${new URLSearchParams({ ...params, async: 'true' })}`,
    { method: 'POST', headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': contentType, 'Content-Length': String(bytes.byteLength) }, body: bytes },
    env,
  );
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const queueIt = (s: TestSeller, file: string) => queueFile(s, { format: 'amazon-all-orders', channelId: s.channels.amazon }, file);

async function settled(s: TestSeller, importId: string): Promise<Answer> {
  for (let i = 0; i < 300; i += 1) {
    const res = await call('GET', `/v1/imports/${importId}`, { token: s.token });
    if (res.body.status === 'done' || res.body.status === 'failed') return res;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${importId} did not finish`);
}

let messageId = 0;
const batchOf = (queue: string, body: ImportWork, attempts = 1) => createMessageBatch<ImportWork>(queue, [{ id: `imp-msg-${++messageId}`, timestamp: new Date(), attempts, body }]);

describe('imports through the queue', () => {
  it('answers 202 with the import id at once; the consumer captures the same book as a one-request import', async () => {
    const file = report(1_203, 'Q1');
    const queued = await newSeller();
    const res = await queueIt(queued, file);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ importId: expect.stringMatching(/^imp_/), status: 'queued' });
    expect(res.headers.get('location')).toBe(`/v1/imports/${res.body.importId}`);

    const done = await settled(queued, res.body.importId);
    const direct = await newSeller();
    const once = await importFile(direct.token, { format: 'amazon-all-orders', channelId: direct.channels.amazon }, file, 'text/tab-separated-values');
    expect(once.body.created).toBe(1_202);
    expect(done.body).toMatchObject({
      status: 'done',
      channelId: queued.channels.amazon,
      format: 'amazon-all-orders',
      bytes: new TextEncoder().encode(file).byteLength,
      ordersRead: 1_202,
      created: once.body.created,
      updated: 0,
      unchanged: 0,
      failed: once.body.failed,
      errors: once.body.errors,
      moreErrors: 0,
      failureReason: null,
    });
    expect(done.body.errors).toEqual([{ line: 8, column: 'purchase-date', message: expect.any(String), externalId: 'Q1-0000006', file: null }]);
    expect(await rowCount('orders', queued.id)).toBe(await rowCount('orders', direct.id));
    expect(await rowCount('order_lines', queued.id)).toBe(await rowCount('order_lines', direct.id));
    // The file leaves R2 once captured.
    expect(await env.UPLOADS.get(uploadKey(queued.id, res.body.importId))).toBeNull();
  }, 60_000);

  it('captures a bounded slice per message, saving progress between them', async () => {
    const s = await newSeller();
    const file = report(1_100, 'Q2');
    const db = database(env.DB);
    const work: ImportWork = { kind: 'import-slice', sellerId: s.id, importId: 'imp_slices' };
    await env.UPLOADS.put(uploadKey(s.id, work.importId), file);
    const job = {
      sellerId: s.id,
      id: work.importId,
      channelId: s.channels.amazon,
      format: 'amazon-all-orders',
      defaultCurrency: null,
      contentType: 'text/tab-separated-values',
      actor: 'test',
      bytes: file.length,
      contentHash: 'h-slices',
    };
    expect((await insertImportRun(db, job, new Date().toISOString())).inserted).toBe(true);

    const progress: Array<[string, number, string]> = [];
    for (;;) {
      const step = await captureSlice(db, env.UPLOADS, work, 1);
      const now = await call('GET', `/v1/imports/${work.importId}`, { token: s.token });
      progress.push([step, now.body.ordersRead, now.body.status]);
      if (step !== 'more') break;
    }
    // Parser batches hold at most 500 orders: 1,099 good orders and one bad row take three slices.
    expect(progress).toEqual([
      ['more', 500, 'running'],
      ['more', 1000, 'running'],
      ['done', 1099, 'done'],
    ]);
    const run = (await call('GET', `/v1/imports/${work.importId}`, { token: s.token })).body;
    expect([run.created, run.failed, run.errors.length]).toEqual([1_099, 1, 1]);
    // A message redelivered after its import is done changes nothing.
    expect(await captureSlice(db, env.UPLOADS, work, 1)).toBe('gone');
    expect(await rowCount('orders', s.id)).toBe(1_099);
  }, 60_000);

  it('the same file re-sent for the channel while its first import is queued is 409 naming it', async () => {
    const s = await newSeller();
    const file = report(40, 'Q3');
    const first = await queueIt(s, file);
    const again = await queueIt(s, file);
    expect(first.status).toBe(202);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'import_running', importId: first.body.importId });
    await settled(s, first.body.importId);
    // Once the first is done, the file may be sent again (its orders come back unchanged).
    const later = await queueIt(s, file);
    expect(later.status).toBe(202);
    expect((await settled(s, later.body.importId)).body).toMatchObject({ status: 'done', created: 0, unchanged: 39, failed: 1 });
  }, 60_000);

  it('a failing slice is retried with backoff; after its retries the dead-letter consumer marks the import failed, shown by GET', async () => {
    const s = await newSeller();
    const db = database(env.DB);
    const work: ImportWork = { kind: 'import-slice', sellerId: s.id, importId: 'imp_doomed' };
    const job = { sellerId: s.id, id: work.importId, channelId: s.channels.amazon, format: 'auto', defaultCurrency: null, contentType: null, actor: 'test', bytes: 10, contentHash: 'h-doomed' };
    await insertImportRun(db, job, new Date().toISOString());

    const overloaded = () => {
      throw new Error('D1 is overloaded');
    };
    const broken = { prepare: overloaded, batch: overloaded } as unknown as D1Database;
    const failing = batchOf('orderlens-imports', work, 3);
    await runImportWork(database(broken), env.UPLOADS, failing, env.IMPORTS);
    const retried = await getQueueResult(failing, createExecutionContext());
    expect(retried.explicitAcks).toEqual([]);
    expect(retried.retryMessages).toEqual([{ msgId: failing.messages[0]!.id }]);

    await env.UPLOADS.put(uploadKey(s.id, work.importId), 'order-id\n');
    const dead = batchOf('orderlens-imports-dead', work);
    const ctx = createExecutionContext();
    await worker.queue(dead, env, ctx);
    expect((await getQueueResult(dead, ctx)).explicitAcks).toEqual([dead.messages[0]!.id]);
    const run = await call('GET', `/v1/imports/${work.importId}`, { token: s.token });
    expect(run.body).toMatchObject({ status: 'failed', failureReason: expect.stringMatching(/failing after every retry/) });
    expect(await env.UPLOADS.get(uploadKey(s.id, work.importId))).toBeNull();
  });

  it('a file refused whole ends the import failed with the refusal; another seller’s import is 404', async () => {
    const s = await newSeller();
    const res = await queueFile(s, { format: 'auto', channelId: s.channels.amazon }, 'colour,size\nred,L\n', 'text/csv');
    expect(res.status).toBe(202);
    const failed = await settled(s, res.body.importId);
    expect(failed.body).toMatchObject({ status: 'failed', created: 0, failureReason: expect.stringMatching(/^The file cannot be imported/) });
    const other = await newSeller();
    expect((await call('GET', `/v1/imports/${res.body.importId}`, { token: other.token })).status).toBe(404);
  }, 60_000);

  it('refuses a queued import of multipart parts, naming async', async () => {
    const s = await newSeller();
    const res = await importParts(s.token, { format: 'auto', channelId: s.channels.amazon, async: 'true' }, { file: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'query.async', message: expect.any(String) }]);
  });

  it('erasing a buyer removes the import errors that quote them, and keeps the rest', async () => {
    const s = await newSeller();
    const db = database(env.DB);
    const job = { sellerId: s.id, id: 'imp_quoting', channelId: s.channels.amazon, format: 'auto', defaultCurrency: null, contentType: null, actor: 'test', bytes: 10, contentHash: 'h-quoting' };
    await insertImportRun(db, job, new Date().toISOString());
    const quoting = { line: 4, column: 'buyer-email', message: 'not an email: "Erin.Quote@example.com x"', externalId: '111-1', file: null };
    const plain = { line: 9, column: 'quantity', message: 'not a number: "two"', externalId: '111-2', file: null };
    await env.DB.prepare('UPDATE import_runs SET errors = ? WHERE seller_id = ? AND id = ?')
      .bind(JSON.stringify([quoting, plain]), s.id, job.id)
      .run();
    const customer = await call('POST', '/v1/customers', { token: s.token, body: { name: 'Erin Quote', email: 'erin.quote@example.com' } });
    expect((await call('POST', `/v1/customers/${customer.body.customer.id}/erase`, { token: s.token, body: {} })).status).toBe(200);
    expect((await call('GET', `/v1/imports/${job.id}`, { token: s.token })).body.errors).toEqual([plain]);
  });

  it('the cron empties the error lists of imports ended more than 30 days ago, and keeps newer ones', async () => {
    const s = await newSeller();
    const db = database(env.DB);
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    const problem = { line: 2, column: 'buyer-name', message: 'too long', externalId: '111-9', file: null };
    for (const [id, endedAt] of [
      ['imp_old', daysAgo(31)],
      ['imp_new', daysAgo(29)],
    ]) {
      const job = { sellerId: s.id, id: id!, channelId: s.channels.amazon, format: 'auto', defaultCurrency: null, contentType: null, actor: 'test', bytes: 10, contentHash: id! };
      await insertImportRun(db, job, endedAt!);
      await env.DB.prepare("UPDATE import_runs SET status = 'done', errors = ?, updated_at = ? WHERE seller_id = ? AND id = ?")
        .bind(JSON.stringify([problem]), endedAt, s.id, id)
        .run();
    }
    expect(await clearEndedImportErrors(db, now)).toBe(1);
    expect((await call('GET', '/v1/imports/imp_old', { token: s.token })).body.errors).toEqual([]);
    expect((await call('GET', '/v1/imports/imp_new', { token: s.token })).body.errors).toEqual([problem]);
  });
});
