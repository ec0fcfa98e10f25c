/**
 * Abuse limits: a per-token request rate (Workers Rate Limiting binding,
 * 429 with Retry-After) and a largest request body (413).
 */
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';

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

/** Counts the request against its token's rate; 429 with Retry-After when over. */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limiter = c.env.RATE_LIMITER;
  if (limiter) {
    const { success } = await limiter.limit({ key: c.get('tokenId') });
    if (!success) throw new ApiError(429, 'rate_limited', 'Too many requests for this token; slow down.', undefined, { 'Retry-After': '60' });
  }
  await next();
});
