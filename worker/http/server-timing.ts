/**
 * The answer's `Server-Timing` header: the handler's whole time (`total`)
 * and the time spent waiting on D1 in the request's session (`d1`, summed
 * over its calls, so calls run side by side can add up past `total`; the
 * token lookup before the session counts in `total` only). Benchmarks read the
 * server's share of a request from it, apart from the network and client.
 * A route may add its own entries; these are appended after them.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';

/** Where a request's D1 time is added up (the session database adds to it). */
export interface D1Clock {
  ms: number;
  queries: number;
}

/** Times the request and answers `Server-Timing: …, total;dur=…, d1;dur=…`. */
export const serverTiming = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  const clock: D1Clock = { ms: 0, queries: 0 };
  c.set('d1Clock', clock);
  await next();
  const total = performance.now() - started;
  c.res.headers.append('Server-Timing', `total;dur=${total.toFixed(1)}, d1;dur=${clock.ms.toFixed(1)};desc="${clock.queries} D1 calls"`);
  // Cross-origin callers (the extension) see the entries in their Resource Timing only with this.
  c.res.headers.set('Timing-Allow-Origin', '*');
});

/** `run` timed into `clock`. */
export async function timed<T>(clock: D1Clock | undefined, run: () => Promise<T>): Promise<T> {
  if (!clock) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    clock.ms += performance.now() - started;
    clock.queries += 1;
  }
}
