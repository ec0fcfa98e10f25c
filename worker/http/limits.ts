/**
 * Abuse limits: a per-token request rate (Workers Rate Limiting binding,
 * 429 with Retry-After, RateLimit header fields on every answer) and a largest request body (413).
 */

import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { backgroundOf } from './background.js';

/** Default largest JSON body: 10 MiB (MAX_BODY_BYTES overrides). */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Refuses request bodies larger than `maxBytes` (or MAX_BODY_BYTES) with 413. */
export function limitBody(maxBytes?: number) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const maxSize = maxBytes ?? (Number(c.env.MAX_BODY_BYTES) || DEFAULT_MAX_BODY_BYTES);
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'body_too_large', `The request body is larger than ${maxSize} bytes.`);
      },
    })(c, next);
  });
}

/** The policy every token gets: 600 requests a 60-second window (wrangler.toml [[ratelimits]]). */
export const RATE_POLICY = { name: 'default', quota: 600, windowSeconds: 60 } as const;

/**
 * Requests this isolate has counted per token in the current window. The
 * binding decides (across isolates) and only says yes or no, so `remaining`
 * is this isolate's view: exact for a client talking to one isolate, an
 * upper bound otherwise, and 0 whenever the binding refuses.
 */
const counted = new Map<string, { window: number; used: number }>();

/** Counts one request of `key` at `now` and says what is left of its window. */
export function countRequest(key: string, now = Date.now()): { remaining: number; resetSeconds: number } {
  const windowMs = RATE_POLICY.windowSeconds * 1000;
  const window = Math.floor(now / windowMs);
  const entry = counted.get(key);
  const used = entry?.window === window ? entry.used + 1 : 1;
  if (counted.size > 10_000) counted.clear(); // a bound on memory; counts restart, the binding still decides
  counted.set(key, { window, used });
  return { remaining: Math.max(0, RATE_POLICY.quota - used), resetSeconds: Math.ceil(((window + 1) * windowMs - now) / 1000) };
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers) for a state. */
export function rateLimitHeaders(remaining: number, resetSeconds: number): Record<string, string> {
  return {
    'RateLimit-Policy': `"${RATE_POLICY.name}";q=${RATE_POLICY.quota};w=${RATE_POLICY.windowSeconds}`,
    RateLimit: `"${RATE_POLICY.name}";r=${remaining};t=${resetSeconds}`,
  };
}

/**
 * The binding's latest answer per token in this isolate. A token it last
 * allowed goes on without waiting for this request's answer, which lands
 * here for the next request: a token over its rate is refused one request
 * late per isolate (the binding's counts are per location and approximate
 * anyway), and every request is still counted. A token refused, new to
 * the isolate or at the end of its quota here waits for the answer.
 */
const lastAnswer = new Map<string, boolean>();

/**
 * Counts the request against its token's rate; 429 with Retry-After when
 * over. Every answer, refusals included, carries RateLimit-Policy and RateLimit.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const tokenId = c.get('tokenId');
  const state = countRequest(tokenId);
  const limiter = c.env.RATE_LIMITER;
  if (limiter) {
    const answer = limiter.limit({ key: tokenId }).then(({ success }) => {
      if (lastAnswer.size > 10_000) lastAnswer.clear(); // a bound on memory; cleared tokens wait for their next answer
      lastAnswer.set(tokenId, success);
      return success;
    });
    const background = lastAnswer.get(tokenId) === true && state.remaining > 0 ? backgroundOf(c, 'rate-limit') : undefined;
    background?.(answer);
    if (!background && !(await answer)) {
      // The binding's window is not ours to see: a full window is the wait that is sure to be enough.
      const wait = RATE_POLICY.windowSeconds;
      throw new ApiError(429, 'rate_limited', 'Too many requests for this token; slow down.', undefined, { 'Retry-After': String(wait), ...rateLimitHeaders(0, wait) });
    }
  }
  await next();
  for (const [name, value] of Object.entries(rateLimitHeaders(state.remaining, state.resetSeconds))) c.res.headers.set(name, value);
});
