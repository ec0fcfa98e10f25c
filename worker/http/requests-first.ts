/**
 * Requests come before background work in an isolate. A queue consumer
 * running beside requests shares the isolate's thread and D1 with them,
 * and each D1 call of a request waits behind the consumer's call in
 * progress; so between its rounds the consumer gives way until the
 * requests running in this isolate are answered.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';

let running = 0;
/** How often a waiting consumer looks again: a promise resolved from another request's context never completes in workerd. */
const LOOK_AGAIN_MS = 5;

/** Counts the requests this isolate is answering. */
export const countRequests = createMiddleware<AppEnv>(async (_c, next) => {
  running += 1;
  try {
    await next();
  } finally {
    running -= 1;
  }
});

/**
 * Resolves once no request runs in this isolate, or after `atMostMs` (a
 * stream of requests slows background work but cannot stop it); with none
 * running, after one turn of the event loop, so waiting I/O is served.
 */
export async function giveWayToRequests(atMostMs: number): Promise<void> {
  if (running === 0) return new Promise<void>((resolve) => setTimeout(resolve, 0));
  for (let waited = 0; running > 0 && waited < atMostMs; waited += LOOK_AGAIN_MS) await scheduler.wait(LOOK_AGAIN_MS);
}
