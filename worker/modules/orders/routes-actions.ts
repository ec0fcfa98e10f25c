/**
 * What the warehouse does to one order: hold and release, ship (in parts),
 * deliver, cancel, take back. Illegal moves are 409 with the reason.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { holdBody, reasonBody, releaseBody, returnBody, shipmentBody } from '../../../shared/schemas/fulfillment.js';
import { orderDetail } from '../../../shared/schemas/order.js';
import { database } from '../../db/client.js';
import { holdOrder, releaseOrder } from './order-holds.js';
import { cancelOrder, deliverOrder, returnOrder, shipOrder } from './order-moves.js';
import { bearerAuth, errors, ifMatchHeaders, jsonAnswer, jsonBody, router } from '../../http/router.js';

const idParam = z.object({ id: z.string().min(1).max(64) });
const answer = jsonAnswer(z.object({ order: orderDetail }), 'The order after the change.');
const failures = { 400: errors[400], 401: errors[401], 404: errors[404], 409: errors[409], 412: errors[412] };

/** POST /v1/orders/:id/hold and /release. */
export const holdRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/hold',
      operationId: 'holdOrder',
      tags: ['Fulfillment'],
      summary: 'Put an order on hold, with a reason',
      security: bearerAuth,
      request: { params: idParam, headers: ifMatchHeaders, body: jsonBody(holdBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => {
      const { reason, note } = c.req.valid('json');
      return c.json({ order: await holdOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, reason, note ?? null, c.get('expectedOrderVersion')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/release',
      operationId: 'releaseOrder',
      tags: ['Fulfillment'],
      summary: 'Release an order from hold (to ready, or pending while unpaid)',
      security: bearerAuth,
      request: { params: idParam, headers: ifMatchHeaders, body: jsonBody(releaseBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => {
      const { reason } = c.req.valid('json');
      return c.json({ order: await releaseOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, reason ?? null, c.get('expectedOrderVersion')) }, 200);
    },
  );

/** POST /v1/orders/:id/shipments, /deliver, /cancel and /returns. */
export const shipmentRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/shipments',
      operationId: 'shipOrder',
      tags: ['Fulfillment'],
      summary: 'Ship some or all of an order’s lines (partially_shipped until every unit has gone)',
      security: bearerAuth,
      request: { params: idParam, headers: ifMatchHeaders, body: jsonBody(shipmentBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => c.json({ order: await shipOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, c.req.valid('json'), c.get('expectedOrderVersion')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/deliver',
      operationId: 'deliverOrder',
      tags: ['Fulfillment'],
      summary: 'Mark a shipped order delivered',
      security: bearerAuth,
      request: { params: idParam, headers: ifMatchHeaders, body: jsonBody(reasonBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => c.json({ order: await deliverOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, c.req.valid('json').reason ?? null, c.get('expectedOrderVersion')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/cancel',
      operationId: 'cancelOrder',
      tags: ['Fulfillment'],
      summary: 'Cancel an order; its stock is released',
      security: bearerAuth,
      request: { params: idParam, headers: ifMatchHeaders, body: jsonBody(reasonBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => c.json({ order: await cancelOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, c.req.valid('json').reason ?? null, c.get('expectedOrderVersion')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders/{id}/returns',
      operationId: 'returnOrder',
      tags: ['Fulfillment'],
      summary: 'Take back units of a shipped or delivered order, restocking them or not',
      security: bearerAuth,
      request: { params: idParam, headers: ifMatchHeaders, body: jsonBody(returnBody) },
      responses: { 200: answer, ...failures },
    }),
    async (c) => c.json({ order: await returnOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, c.req.valid('json'), c.get('expectedOrderVersion')) }, 200),
  );
