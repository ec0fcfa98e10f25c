/**
 * Moving an order through the status model by hand (or by the fulfillment
 * workflow): checks the move is allowed, then writes the new status, the
 * history event, any tracking, what the move does to stock (cancelled
 * releases, shipped ships, returned may restock; modules/stock/service.ts) and the
 * webhook events it causes, in one guarded batch.
 */
import type { EventSource, OrderDetail, TransitionBody } from '../../../shared/schemas/order.js';
import { canTransition } from '../../../shared/status.js';
import { runBatch, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { findOrder, getOrderDetail, insertEvents, recordShipment, setOrderStatus } from './queries.js';
import { orderEndEvents, orderEventData, outboxStatements, shipmentCreatedEvent } from '../webhooks-out/service.js';
import { conflict, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { requireOrderVersion } from './order-version.js';
import { orderMoveStatements } from '../stock/service.js';

/** Moves order `id` to `body.to`; 409 naming both states when the model forbids it. */
export async function transitionOrder(
  db: Db,
  sellerId: string,
  id: string,
  body: TransitionBody,
  source: EventSource,
  actor: string | null = null,
  expectedVersion?: number,
): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await findOrder(db, sellerId, id);
    if (!order) throw notFound('Order');
    await requireOrderVersion(db, sellerId, order, expectedVersion);
    if (!canTransition(order.status, body.to)) {
      throw conflict('illegal_transition', `An order that is ${order.status} cannot move to ${body.to}.`);
    }
    const at = new Date().toISOString();
    const stock = await orderMoveStatements(db, sellerId, id, order.status, body.to, { at, source, actor }, { restock: body.restock === true });
    const parcel = body.tracking
      ? { id: newId('shp'), carrier: body.tracking.carrier ?? null, service: body.tracking.service ?? null, trackingNumber: body.tracking.number, shippedAt: at }
      : null;
    await runBatch(db, [
      ...setOrderStatus(db, sellerId, id, order.version, body.to, at),
      ...insertEvents(db, sellerId, [
        { id: newId('evt'), orderId: id, at, source, kind: 'transition', fromStatus: order.status, toStatus: body.to, changes: [{ field: 'status', from: order.status, to: body.to }], reason: body.reason ?? null },
      ]),
      ...(parcel ? recordShipment(db, sellerId, id, parcel) : []),
      ...stock,
      ...outboxStatements(db, sellerId, [
        { type: 'order.status_changed', subject: id, data: orderEventData(order, { from: order.status, to: body.to, reason: body.reason ?? null }) },
        ...orderEndEvents(order, { from: order.status, to: body.to, reason: body.reason ?? null }, { lines: null, restock: body.restock === true }),
        ...(body.to === 'shipped' || body.to === 'partially_shipped'
          ? [{ type: 'order.shipped' as const, subject: id, data: orderEventData(order, { shipment: body.tracking ? { carrier: body.tracking.carrier ?? null, service: body.tracking.service ?? null, trackingNumber: body.tracking.number } : null, complete: body.to === 'shipped' }) }]
          : []),
        ...(parcel ? [shipmentCreatedEvent(order, { ...parcel, lines: null })] : []),
      ], at),
    ]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}
