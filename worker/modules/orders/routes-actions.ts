/**
 * What the warehouse does to one order: hold and release, ship (in parts),
 * deliver, cancel, take back. One table, path → body → move; every row is
 * served by applyMove(). Illegal moves are 409 with the reason.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Scope } from '../../../shared/roles.js';
import { holdBody, reasonBody, releaseBody, returnBody, shipmentBody } from '../../../shared/schemas/fulfillment.js';
import { orderDetail } from '../../../shared/schemas/order.js';
import { database } from '../../db/client.js';
import { conditionalWrite, errors, idParam, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { orderChangeBy } from '../../http/versions.js';
import { applyMove, type MoveInput } from './apply-move.js';

const answer = jsonAnswer(z.object({ order: orderDetail }), 'The order after the change.');
const failures = { 404: errors[404], 409: errors[409] };

interface MoveRoute<B extends z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  /** Shipping and delivering are the warehouse's; holds, cancelling and returns change the order itself. */
  scope: Scope;
  body: B;
  input(body: z.infer<B>): MoveInput;
}

const row = <B extends z.ZodType>(r: MoveRoute<B>) => r;

/** Hold and release: the seller's own stops. */
const HOLD_MOVES = [
  row({
    path: '/orders/{id}/hold',
    operationId: 'holdOrder',
    scope: 'orders:write',
    summary: 'Put an order on hold, with a reason',
    body: holdBody,
    input: (b) => ({ move: 'hold', reason: b.reason, note: b.note ?? null }),
  }),
  row({
    path: '/orders/{id}/release',
    operationId: 'releaseOrder',
    scope: 'orders:write',
    summary: 'Release an order from hold (to ready, or pending while unpaid)',
    body: releaseBody,
    input: (b) => ({ move: 'release', reason: b.reason ?? null }),
  }),
];

/** Shipping, delivery, cancelling and returns. */
const SHIPMENT_MOVES = [
  row({
    path: '/orders/{id}/shipments',
    operationId: 'shipOrder',
    scope: 'fulfillment:write',
    summary: 'Ship some or all of an order’s lines (partially_shipped until every unit has gone)',
    body: shipmentBody,
    input: (b) => ({ move: 'ship', ...b }),
  }),
  row({
    path: '/orders/{id}/deliver',
    operationId: 'deliverOrder',
    scope: 'fulfillment:write',
    summary: 'Mark a shipped order delivered',
    body: reasonBody,
    input: (b) => ({ move: 'deliver', reason: b.reason ?? null }),
  }),
  row({
    path: '/orders/{id}/cancel',
    operationId: 'cancelOrder',
    scope: 'orders:write',
    summary: 'Cancel an order; its stock is released',
    body: reasonBody,
    input: (b) => ({ move: 'cancel', reason: b.reason ?? null }),
  }),
  row({
    path: '/orders/{id}/returns',
    operationId: 'returnOrder',
    scope: 'orders:write',
    summary: 'Take back units of a shipped or delivered order, restocking them or not',
    body: returnBody,
    input: (b) => ({ move: 'return', ...b }),
  }),
];

function serve(moves: ReadonlyArray<MoveRoute<z.ZodType>>) {
  const r = router('Fulfillment');
  for (const m of moves) {
    r.openapi(
      createRoute({
        path: m.path,
        operationId: m.operationId,
        summary: m.summary,
        security: scopes(m.scope),
        ...conditionalWrite('post', { params: idParam, body: jsonBody(m.body) }, { 200: answer, ...failures }),
      }),
      async (c) => {
        const order = await applyMove(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, m.input(c.req.valid('json')), orderChangeBy(c));
        return c.json({ order }, 200);
      },
    );
  }
  return r;
}

/** POST /v1/orders/:id/hold and /release. */
export const holdRoutes = serve(HOLD_MOVES);

/** POST /v1/orders/:id/shipments, /deliver, /cancel and /returns. */
export const shipmentRoutes = serve(SHIPMENT_MOVES);
