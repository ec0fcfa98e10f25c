/**
 * Idempotency-Key on POST requests, as Stripe and the IETF httpapi draft
 * describe: the same key with the same body replays the first answer; the
 * same key with another body is 422; the same key while the first request is
 * still running is 409. Keys are per seller and kept 24 hours. Only
 * successful answers are kept: a request refused (4xx) or failed (5xx) runs
 * again on retry, so a corrected body may reuse its key.
 */
import { createMiddleware } from 'hono/factory';
import { database } from '../db/client.js';
import { claimKey, completeKey, readKey, releaseKey } from '../db/queries-idempotency.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { sha256Hex } from '../ids.js';

/** How long a key and its answer are kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A request still "running" after this long is taken to have died. */
const STALE_AFTER_MS = 60 * 1000;

/** Applies Idempotency-Key semantics to the POST routes it wraps. */
export const idempotency = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined || c.req.method !== 'POST') return next();
  if (key.length < 1 || key.length > 255) {
    throw new ApiError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 characters.', [{ path: 'header.Idempotency-Key', message: 'must be 1 to 255 characters' }]);
  }
  const db = database(c.env.DB);
  const sellerId = c.get('sellerId');
  const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);

  if (!(await claimKey(db, { sellerId, key, requestHash, now: new Date(), ttlMs: IDEMPOTENCY_TTL_MS, staleAfterMs: STALE_AFTER_MS }))) {
    const stored = await readKey(db, sellerId, key);
    if (stored && stored.requestHash !== requestHash) {
      throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.');
    }
    if (!stored || stored.state === 'running') {
      throw new ApiError(409, 'idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed; retry shortly.', undefined, { 'Retry-After': '1' });
    }
    return new Response(stored.responseBody, {
      status: stored.statusCode ?? 200,
      headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' },
    });
  }

  try {
    await next();
  } catch (error) {
    await releaseKey(db, sellerId, key);
    throw error;
  }
  if (c.res.ok) await completeKey(db, sellerId, key, c.res.status, await c.res.clone().text());
  else await releaseKey(db, sellerId, key);
});
