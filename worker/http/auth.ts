/**
 * Authentication. Seller routes take `Authorization: Bearer <token>`: the
 * token's hash names the seller, who is then the scope of every query.
 * Admin routes take the ADMIN_TOKEN secret, compared in constant time.
 */
import { createMiddleware } from 'hono/factory';
import { database } from '../db/client.js';
import { findLiveToken } from '../modules/accounts/queries.js';
import type { AppEnv, Env } from '../env.js';
import { ApiError } from '../errors.js';
import { sha256Hex } from '../ids.js';

const unauthorized = (message: string) =>
  new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="orderlens"' });

function bearer(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) throw unauthorized('Send an API token as "Authorization: Bearer <token>".');
  return match[1];
}

/** Resolves the seller from the bearer token; 401 when missing, unknown or revoked. */
export const requireSeller = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('Authorization'));
  const found = await findLiveToken(database(c.env.DB), await sha256Hex(token));
  if (!found) throw unauthorized('The API token is not valid or has been revoked.');
  c.set('sellerId', found.sellerId);
  c.set('tokenId', found.id);
  await next();
});

async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  // Compare digests so neither length nor content leaks through timing.
  const [x, y] = await Promise.all([sha256Hex(a), sha256Hex(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i);
  return diff === 0;
}

/** Admits only requests bearing the ADMIN_TOKEN secret. */
export const requireAdmin = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const token = bearer(c.req.header('Authorization'));
  if (!c.env.ADMIN_TOKEN || !(await constantTimeEqual(token, c.env.ADMIN_TOKEN))) throw unauthorized('The admin token is not valid.');
  await next();
});
