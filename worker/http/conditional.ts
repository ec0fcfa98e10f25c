/**
 * Conditional requests (RFC 9110 §13). Every JSON answer to a GET carries an
 * ETag, the digest of its body, and `If-None-Match` gets 304. Updates of a
 * resource with a version (an order, a SKU's stock, a listing, the rules)
 * take `If-Match`: when the resource changed since the client read it, 412
 * with the current version in `error.current` and its ETag. Writes without
 * If-Match behave as before.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { ApiError, etagOf, preconditionFailed } from '../errors.js';

export { etagOf };

// RFC 9110: `*`, or a list of entity tags `W/"…"` / `"…"` (etagc: ! and # to ~, and obs-text).
const ENTITY_TAG = String.raw`(?:W\/)?"[\x21\x23-\x7e\x80-\xff]*"`;
const TAG_LIST = new RegExp(String.raw`^\s*(?:\*|${ENTITY_TAG}(?:\s*,\s*${ENTITY_TAG})*)\s*$`);

/** The tags of an If-Match / If-None-Match value, `['*']` for any; undefined when malformed. */
export function parseTagList(value: string): string[] | undefined {
  if (!TAG_LIST.test(value)) return undefined;
  return value.trim() === '*' ? ['*'] : (value.match(new RegExp(ENTITY_TAG, 'g')) ?? []);
}

const opaque = (tag: string) => tag.replace(/^W\//, '');

/** ETag on every JSON 200 answer to a GET; `If-None-Match` (weak comparison) gets 304 without a body. */
export const conditionalReads = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method !== 'GET' || c.res.status !== 200 || !c.res.headers.get('Content-Type')?.includes('application/json')) return;
  const etag = c.res.headers.get('ETag') ?? (await etagOf(await c.res.clone().text()));
  c.res.headers.set('ETag', etag);
  const tags = parseTagList(c.req.header('If-None-Match') ?? '');
  if (tags && (tags[0] === '*' || tags.some((t) => opaque(t) === opaque(etag)))) {
    const headers = new Headers(c.res.headers);
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    c.res = new Response(null, { status: 304, headers });
  }
});

/**
 * Guards an update with `If-Match`. `current` reads the resource exactly as
 * its GET answers it (undefined when there is none: the route then answers
 * 404 itself). A malformed If-Match is 400 naming the header; a stale one
 * 412 with the current version. A successful JSON answer carries its ETag,
 * which is the resource's new ETag when the answer is its representation.
 */
export function ifMatch(current: (c: Context<AppEnv>) => Promise<unknown>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('If-Match');
    if (header !== undefined) {
      const tags = parseTagList(header);
      if (!tags || tags.length === 0) {
        throw new ApiError(400, 'invalid_if_match', 'If-Match must be * or a list of quoted entity tags, as an ETag header gives them.', [
          { path: 'header.If-Match', message: 'not * or a list of entity tags such as "3f2a…"' },
        ]);
      }
      const resource = await current(c);
      if (resource !== undefined) {
        const etag = await etagOf(JSON.stringify(resource));
        // If-Match compares strongly: a weak tag never matches.
        if (tags[0] !== '*' && !tags.includes(etag)) throw await preconditionFailed(resource);
      }
    }
    await next();
    if (c.res.ok && c.res.headers.get('Content-Type')?.includes('application/json')) c.res.headers.set('ETag', await etagOf(await c.res.clone().text()));
  });
}
