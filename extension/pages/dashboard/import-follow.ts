/**
 * Following a queued import from the dashboard: polls GET /v1/imports/{id}
 * with a growing pause until the import ends, and keeps the import's id in
 * extension storage meanwhile, so a dashboard closed and opened again goes
 * on following the same import instead of losing it.
 */
import type { ImportRun } from '../../../shared/schemas/imports.js';
import { ApiProblem, type Credentials, fetchImportRun } from '../../background/api-client.js';
import { type FollowedImport, followedImportItem } from '../../messaging/storage.js';

/** Files larger than this go through the imports queue (see shouldQueue). */
export const QUEUE_FROM_BYTES = 1024 * 1024;

/**
 * Whether a file goes through the queue: one request's CPU time grows with
 * its file and Workers cap it, while one queue message captures about 10,000
 * orders (≈1 MB of a marketplace report). Files up to that size answer with
 * their result in the one request; Etsy's two files go as multipart, which
 * the queue does not take.
 */
export const shouldQueue = (bytes: number, format: string): boolean => format !== 'etsy' && bytes > QUEUE_FROM_BYTES;

/** Pauses between polls: short at first (small imports end in a second or two), then growing to a few seconds. */
export const pollDelays = { first: 300, factor: 1.5, most: 3000 } as const;

/** What the follower reports: each answer, and trouble reaching the worker (it keeps trying). */
export interface FollowEvents {
  onRun(run: ImportRun): void;
  onTrouble(message: string): void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Follows `followed` until it is done or failed (the last run answered), or
 * until `signal` aborts (undefined). An import the worker no longer knows
 * (404) ends the follow with a problem. Storage is cleared once the import
 * has ended.
 */
export async function followImport(creds: Credentials, followed: FollowedImport, events: FollowEvents, signal: AbortSignal): Promise<ImportRun | undefined> {
  await followedImportItem.setValue(followed);
  let delay: number = pollDelays.first;
  while (!signal.aborted) {
    try {
      const run = await fetchImportRun(creds, followed.importId, signal);
      events.onRun(run);
      if (run.status === 'done' || run.status === 'failed') {
        await followedImportItem.setValue(null);
        return run;
      }
    } catch (error) {
      if (signal.aborted) return undefined;
      if (error instanceof ApiProblem && (error.status === 404 || error.kind === 'unauthorized' || error.kind === 'not_orderlens')) {
        await followedImportItem.setValue(null);
        throw error;
      }
      events.onTrouble(error instanceof Error ? error.message : String(error));
    }
    await sleep(delay, signal);
    delay = Math.min(pollDelays.most, delay * pollDelays.factor);
  }
  return undefined;
}

/** The import this dashboard was following on `url` when it was closed, if any. */
export async function followedOn(url: string): Promise<FollowedImport | null> {
  const followed = await followedImportItem.getValue();
  return followed && followed.url === url ? followed : null;
}
