/**
 * Authentication. Seller routes take `Authorization: Bearer <token>`: the
 * token's hash names the seller, who is then the scope of every query, and
 * the token's name and role; requireScopes then holds the role to what
 * the matched route declares (http/scopes.ts). Tokens live on the directory
 * database, with the book each seller is on (db/books.ts); a verified token
 * is kept a few seconds per isolate (modules/accounts/token-cache.ts).
 * Admin routes take the ADMIN_TOKEN secret, compared in constant time.
 */
import { createMiddleware } from 'hono/factory';
import { database } from '../db/client.js';
import type { AppEnv, Env } from '../env.js';
import { ApiError } from '../errors.js';
import { sha256Hex } from '../ids.js';
import { cachedLiveToken, findLiveToken, tokenCacheMs } from '../modules/accounts/service.js';
import { backgroundOf } from './background.js';
import { refusal, type ScopedOperation } from './scopes.js';

const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="orderlens"' });

function bearer(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) throw unauthorized('Send an API token as "Authorization: Bearer <token>".');
  return match[1];
}

/** Resolves the seller from the bearer token; 401 when missing, unknown or revoked. */
export const requireSeller = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('Authorization'));
  const hash = await sha256Hex(token);
  // Taken now: a read again in the background runs after the session has made c.env.DB the seller's book.
  const directory = c.env.DB;
  const found = await cachedLiveToken(hash, tokenCacheMs(c.env), () => findLiveToken(database(directory), hash), backgroundOf(c, 'token-refresh'));
  if (!found) throw unauthorized('The API token is not valid or has been revoked.');
  c.set('sellerId', found.sellerId);
  c.set('tokenId', found.id);
  c.set('tokenName', found.name);
  c.set('role', found.role);
  c.set('shard', found.shard);
  c.set('moving', found.movingTo !== null);
  await next();
});

async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  // Equal-length SHA-256 digests, so neither the length nor the content of the secret leaks through timing.
  const digest = (text: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  // workerd's Web Crypto extension; the DOM lib some test types pull in declares `crypto` without it.
  const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual(a: ArrayBuffer, b: ArrayBuffer): boolean };
  return subtle.timingSafeEqual(x, y);
}

/** Admits only requests bearing the ADMIN_TOKEN secret. */
export const requireAdmin = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const token = bearer(c.req.header('Authorization'));
  if (!c.env.ADMIN_TOKEN || !(await constantTimeEqual(token, c.env.ADMIN_TOKEN))) throw unauthorized('The admin token is not valid.');
  await next();
});

/**
 * Refuses (403 naming the missing scope) a request whose token's role lacks
 * what the matched route declares. `operations` is read on each request
 * because the app fills it after mounting every router.
 */
export function requireScopes(operations: () => readonly ScopedOperation[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const operation = operations().find((o) => o.method === method && o.pattern.test(c.req.path));
    // No operation: the path is unknown and the app answers 404 after this.
    const refused = operation && refusal(c.get('role'), operation);
    if (refused) throw refused;
    await next();
  });
}
