/**
 * How /v1 retires a route (README, "Versioning"): the route keeps working
 * and every answer says so with `Deprecation` (RFC 9745, the date it was
 * deprecated), `Sunset` (RFC 8594, the date it may stop) and a `Link` to
 * what replaces it. Mark the operation `deprecated: true` in its route too.
 */
import { createMiddleware } from 'hono/factory';

/** The least time between a route's Deprecation and its Sunset. */
export const MIN_NOTICE_DAYS = 180;

/** Marks the answers of the routes it wraps as deprecated, sunsetting on `sunset`. */
export function deprecated(opts: { since: Date; sunset: Date; link: string }) {
  if (opts.sunset.getTime() - opts.since.getTime() < MIN_NOTICE_DAYS * 24 * 3_600_000) {
    throw new Error(`a sunset needs at least ${MIN_NOTICE_DAYS} days' notice`);
  }
  return createMiddleware(async (c, next) => {
    await next();
    c.res.headers.set('Deprecation', `@${Math.floor(opts.since.getTime() / 1000)}`);
    c.res.headers.set('Sunset', opts.sunset.toUTCString());
    c.res.headers.append('Link', `<${opts.link}>; rel="deprecation"; type="text/html"`);
  });
}
