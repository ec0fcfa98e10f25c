/**
 * After a seller's write that can change the fulfillment queue, ask the
 * book-work queue to place what changed (modules/fulfillment/book-work.ts).
 * Sent after the answer is ready, outside the request's own time.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { askForQueueWork } from '../modules/fulfillment/book-work.js';
import { backgroundOf } from './background.js';

/** Seller writes that can move an order in the queue: orders and their moves, imports, rules, stock, listings, customers. */
const QUEUE_WRITES = /^\/v1\/(orders|imports|rules|inventory|listings|skus|customers|fulfillment|pick-lists)(\/|$)/;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const queueBookWork = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const sellerId = c.get('sellerId');
  if (!sellerId || READS.has(c.req.method) || c.res.status >= 300 || !QUEUE_WRITES.test(c.req.path)) return;
  const sent = askForQueueWork(c.env.BOOK_WORK, sellerId).catch((error: unknown) => {
    // Losing the message costs time, not data: the next queue read does its share, and asks again.
    console.error(JSON.stringify({ at: 'book-work-send', sellerId, error: String(error) }));
  });
  const background = backgroundOf(c, 'book-work-send');
  // app.request() in tests has no execution context: send before answering.
  if (background) background(sent);
  else await sent;
});
