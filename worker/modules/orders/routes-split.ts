/** Splitting an order into parts: POST /v1/orders/:id/split. */

import { createRoute } from '@hono/zod-openapi';
import { splitAnswer, splitBody } from '../../../shared/schemas/order-groups.js';
import { database } from '../../db/client.js';
import { examples } from '../../http/examples.js';
import { conditionalWrite, errors, idParam, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { orderChangeBy } from '../../http/versions.js';
import { splitOrder } from './split-order.js';

/** POST /v1/orders/:id/split. */
export const splitRoutes = router('Orders').openapi(
  createRoute({
    path: '/orders/{id}/split',
    operationId: 'splitOrder',
    summary: 'Move quantities of an order’s lines into a new part (same channel order number, suffix -2, -3…)',
    description:
      'Reserved units move with the lines that own them; history is written on both orders; shipping and tax stay with the order the channel knows. Only pending, on-hold and ready orders split (409 otherwise); quantities a line does not hold are 422 naming the line.',
    security: scopes('orders:write'),
    ...conditionalWrite(
      'post',
      { params: idParam, body: jsonBody(splitBody, examples.splitOrder.request) },
      {
        200: jsonAnswer(splitAnswer, 'The order after the split, and its new part.'),
        404: errors[404],
        409: errors[409],
        422: { ...errors[422], description: 'Quantities the order’s lines cannot give.' },
      },
    ),
  }),
  async (c) => {
    const answer = await splitOrder(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, c.req.valid('json').lines, orderChangeBy(c));
    return c.json(answer, 200);
  },
);
