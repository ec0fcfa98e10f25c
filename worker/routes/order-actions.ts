/**
 * What the warehouse does to one order: hold and release, ship (in parts),
 * deliver, cancel, take back. Illegal moves are 409 with the reason.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { holdBody, releaseBody } from '../../shared/schemas/fulfillment.js';
import { orderDetail } from '../../shared/schemas/order.js';
import { database } from '../db/client.js';
import { holdOrder, releaseOrder } from '../services/order-holds.js';
import { bearerAuth, errors, jsonAnswer, jsonBody, router } from './router.js';

const idParam = z.object({ id: z.string().min(1).max(64) });
const answer = jsonAnswer(z.object({ order: orderDetail }), 'The order after the change.');
const failures = { 400: errors[400], 401: errors[401], 404: errors[404], 409: errors[409] };

/** POST /v1/orders/:id/hold and /release. */
export const holdRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/hold',
      summary: 'Put an order on hold, with a reason',
      security: bearerAuth,
      request: { params: idParam, body: jsonBody(holdBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => {
      const { reason, note } = c.req.valid('json');
      return c.json({ order: await holdOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, reason, note ?? null) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/release',
      summary: 'Release an order from hold (to ready, or pending while unpaid)',
      security: bearerAuth,
      request: { params: idParam, body: jsonBody(releaseBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => {
      const { reason } = c.req.valid('json');
      return c.json({ order: await releaseOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, reason ?? null) }, 200);
    },
  );
