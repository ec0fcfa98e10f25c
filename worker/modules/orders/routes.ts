/** Orders: capture, read, list, lookup, the batch status read and transitions. */
import { createRoute, z } from '@hono/zod-openapi';
import { captureBody, captureResult, listOrdersQuery, lookupQuery, lookupResult, orderDetail, orderPage, statusesBody, statusesResult, transitionBody } from '../../../shared/schemas/order.js';
import { database } from '../../db/client.js';
import { decodeNamedCursor, encodeKeyCursor } from '../../db/cursor.js';
import { orNotFound } from '../../errors.js';
import { examples } from '../../http/examples.js';
import { bodyWrite, conditionalWrite, errors, idParam, jsonAnswer, jsonBody, notModified, queryRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { orderChangeBy, orderRepresentation } from '../../http/versions.js';
import { applyMove } from './apply-move.js';
import { captureOrders } from './capture-orders.js';
import { listOrders, lookupOrders, type OrderCursor, orderStatuses, shipmentsOfOrders } from './queries.js';

const encodeCursor = (c: OrderCursor) => encodeKeyCursor(c.placedAt, c.id);

/** /v1/orders and below. */
export const orderRoutes = router('Orders')
  .openapi(
    createRoute({
      method: 'post',
      path: '/orders',
      operationId: 'captureOrders',
      summary: 'Capture one order or a batch of up to 500, idempotently',
      description:
        'The same (channel, externalId) is always one order. A repeat capture is `unchanged`; a newer one is `updated`; an older one never rolls the order back. Send `Idempotency-Key` to make retries safe.',
      security: scopes('orders:capture'),
      request: { body: jsonBody(captureBody, examples.captureOrders.request), headers: z.object({ 'idempotency-key': z.string().optional() }) },
      responses: {
        200: jsonAnswer(captureResult, 'One result per order, in input order.', examples.captureOrders.response),
        409: errors[409],
        413: errors[413],
        422: errors[422],
        429: errors[429],
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const batch = 'orders' in body ? body.orders : [body];
      const paths = 'orders' in body ? batch.map((_, i) => `orders.${i}`) : ['(body)'];
      const source = c.req.header('X-Orderlens-Source') === 'extension' ? 'extension' : 'api';
      return c.json(await captureOrders(database(c.env.DB), c.get('sellerId'), batch, source, c.get('tokenName'), paths), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orders',
      operationId: 'listOrders',
      summary: 'List orders, newest placed first, with cursor pagination',
      security: scopes('orders:read'),
      request: { query: listOrdersQuery },
      responses: { 200: jsonAnswer(orderPage, 'A page of orders.', examples.listOrders.response), 304: notModified },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const filter = {
        ...(q.status ? { status: q.status } : {}),
        ...(q.channelId ? { channelId: q.channelId } : {}),
        ...(q.placedFrom ? { placedFrom: new Date(q.placedFrom).toISOString() } : {}),
        ...(q.placedTo ? { placedTo: new Date(q.placedTo).toISOString() } : {}),
      };
      const page = await listOrders(database(c.env.DB), c.get('sellerId'), filter, q.limit, q.cursor ? decodeNamedCursor(q.cursor, ['placedAt', 'id']) : undefined);
      return c.json({ orders: page.orders, nextCursor: page.next ? encodeCursor(page.next) : null }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/orders/lookup',
      operationId: 'lookupOrders',
      summary: 'Find orders by order number, buyer, email, SKU or tracking number',
      security: scopes('orders:lookup'),
      ...queryRead(lookupQuery, jsonAnswer(lookupResult, 'Matches, best first.', examples.lookupOrders.response)),
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json({ results: await lookupOrders(database(c.env.DB), c.get('sellerId'), q, limit) }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/orders/statuses',
      operationId: 'getOrderStatuses',
      summary: 'Unified status of up to 500 orders of one channel, in one read',
      security: scopes('orders:lookup'),
      ...bodyWrite('post', jsonBody(statusesBody), { 200: jsonAnswer(statusesResult, 'Statuses by external id; unknown ids are absent.') }),
    }),
    async (c) => {
      const { channelId, externalIds } = c.req.valid('json');
      const db = database(c.env.DB);
      const rows = await orderStatuses(db, c.get('sellerId'), channelId, externalIds);
      // Parcels ride along so a portal page can confirm a shipment the book has and the portal lacks.
      const parcels = await shipmentsOfOrders(
        db,
        c.get('sellerId'),
        rows.map((r) => r.id),
      );
      const parcelsOf = new Map<string, Array<Omit<(typeof parcels)[number], 'orderId'>>>();
      for (const { orderId, ...parcel } of parcels) parcelsOf.set(orderId, [...(parcelsOf.get(orderId) ?? []), parcel]);
      return c.json(
        {
          statuses: Object.fromEntries(rows.map(({ externalId, ...rest }) => [externalId, { ...rest, shipments: parcelsOf.get(rest.id) ?? [] }])),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orders/{id}',
      operationId: 'getOrder',
      summary: 'One order with its lines, history and shipments',
      security: scopes('orders:lookup'),
      request: { params: idParam },
      responses: { 200: jsonAnswer(z.object({ order: orderDetail }), 'The order.', examples.getOrder.response), 304: notModified, 404: errors[404] },
    }),
    async (c) => c.json(orNotFound(await orderRepresentation(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id), 'Order'), 200),
  )
  .openapi(
    createRoute({
      path: '/orders/{id}/transitions',
      operationId: 'transitionOrder',
      summary: 'Move an order to another status',
      security: scopes('orders:write'),
      ...conditionalWrite(
        'post',
        { params: idParam, body: jsonBody(transitionBody, examples.transitionOrder.request) },
        { 200: jsonAnswer(z.object({ order: orderDetail }), 'The order after the move.'), 404: errors[404], 409: errors[409] },
      ),
    }),
    async (c) => {
      const order = await applyMove(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, { move: 'transition', ...c.req.valid('json') }, orderChangeBy(c));
      return c.json({ order }, 200);
    },
  );
