/** POST /v1/orders/:id/refunds: money given back, with or without the units coming back. */

import { createRoute, z } from '@hono/zod-openapi';
import { orderDetail } from '../../../shared/schemas/order.js';
import { refundBody } from '../../../shared/schemas/refunds.js';
import { database } from '../../db/client.js';
import { conditionalWrite, errors, idParam, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { orderChangeBy } from '../../http/versions.js';
import { refundOrder } from './refund-order.js';

const refused = {
  ...errors[422],
  description: 'More than is still refundable (`amount`), more units than a line has left (`lines.N.quantity`), or another currency (`currency`). Nothing was changed.',
};

/** /v1/orders/:id/refunds */
export const refundRoutes = router('Orders').openapi(
  createRoute({
    path: '/orders/{id}/refunds',
    operationId: 'refundOrder',
    summary: 'Refund some or all of a paid order, optionally taking the units back',
    description:
      'Adds to the order’s `refunded` total and moves `paymentStatus` to `partially_refunded`, or `refunded` once the whole total is back. ' +
      'With `withReturn`, the lines come back through the returns move in the same change (the order must be shipped or delivered); without it, stock is untouched.',
    security: scopes('orders:write'),
    ...conditionalWrite(
      'post',
      { params: idParam, body: jsonBody(refundBody, { amount: 1299, currency: 'USD', reason: 'Arrived chipped', lines: [{ lineId: 'lin_01hx3', quantity: 1 }], withReturn: true, restock: false }) },
      { 200: jsonAnswer(z.object({ order: orderDetail }), 'The order after the refund, its refunds and history included.'), 404: errors[404], 409: errors[409], 422: refused },
    ),
  }),
  async (c) => {
    const order = await refundOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, c.req.valid('json'), orderChangeBy(c));
    return c.json({ order }, 200);
  },
);
