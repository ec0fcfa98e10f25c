/** /v1/fulfillment/queue: what the warehouse ships next, and why. */
import { createRoute } from '@hono/zod-openapi';
import { queueAnswer, queueQuery } from '../../../shared/schemas/fulfillment.js';
import { database } from '../../db/client.js';
import { jsonAnswer, queryRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { askForQueueWork } from './book-work.js';
import { readQueue } from './fulfillment-queue.js';

/** GET /v1/fulfillment/queue */
export const fulfillmentRoutes = router('Fulfillment').openapi(
  createRoute({
    path: '/fulfillment/queue',
    operationId: 'getFulfillmentQueue',
    summary: 'Orders ready to ship, best first; short and held orders apart',
    description:
      'Ready orders (not held, every line allocated) sorted by priority points, then ship-by (soonest first), then placed time. Each entry lists the rules that matched and their points, and flags `late` (ship-by passed) and `dueSoon` (within `dueSoonHours`). Rules are evaluated as the orders stand now, so a payment hold lifts as soon as the order is paid. A burst of arrivals (or a rule change over the whole book) is placed in the background: until then `pending` counts the orders not yet placed, and the lists leave them out. An order whose ship-by passes a rule’s threshold keeps its place until the background places it again, and counts in `pending` meanwhile.',
    security: scopes('fulfillment:read'),
    ...queryRead(queueQuery, jsonAnswer(queueAnswer, 'The queue.')),
  }),
  async (c) => {
    const timings: Record<string, number> = {};
    const answer = await readQueue(database(c.env.DB), c.get('sellerId'), c.req.valid('query'), timings);
    // Orders left waiting are placed in the background; a chain already asked for goes on by itself.
    if (answer.pending > 0) await askForQueueWork(c.env.BOOK_WORK, c.get('sellerId'));
    // Where the time went, for benchmarks and browser dev tools.
    c.header(
      'Server-Timing',
      Object.entries(timings)
        .map(([k, v]) => `${k};dur=${v.toFixed(1)}`)
        .join(', '),
    );
    return c.json(answer, 200);
  },
);
