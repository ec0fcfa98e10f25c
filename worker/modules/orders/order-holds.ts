/**
 * Manual holds: the seller stops an order (moving it to on_hold, with a
 * reason) and later lets it go (back to ready, or to pending while unpaid).
 * Each is one guarded batch: status, hold record, history event and the
 * order.status_changed webhook event together.
 */
import type { OrderDetail } from '../../../shared/schemas/order.js';
import type { HoldReason } from '../../../shared/schemas/rules.js';
import { canTransition, type OrderStatus } from '../../../shared/status.js';
import { runBatch, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { findOrder, getOrderDetail, insertEvents, setOrderStatus } from './queries.js';
import { orderEventData, outboxStatements } from '../webhooks-out/service.js';
import { insertManualHold, releaseManualHold } from './queries-moves.js';
import { conflict, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { requireOrderVersion } from './order-version.js';

/** Puts order `id` on hold with a reason; 409 when it is already held or past holding. */
export async function holdOrder(db: Db, sellerId: string, id: string, reason: HoldReason, note: string | null, expectedVersion?: number): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await findOrder(db, sellerId, id);
    if (!order) throw notFound('Order');
    await requireOrderVersion(db, sellerId, order, expectedVersion);
    if (order.status === 'on_hold') throw conflict('already_on_hold', 'The order is already on hold; release it first.');
    if (!canTransition(order.status, 'on_hold')) throw conflict('illegal_transition', `An order that is ${order.status} cannot be put on hold.`);
    const at = new Date().toISOString();
    const text = `On hold: ${reason.replace(/_/g, ' ')}${note ? ` (${note})` : ''}`;
    await runBatch(db, [
      ...setOrderStatus(db, sellerId, id, order.version, 'on_hold', at),
      insertManualHold(db, sellerId, id, reason, note, at),
      ...insertEvents(db, sellerId, [
        { id: newId('evt'), orderId: id, at, source: 'api', kind: 'held', fromStatus: order.status, toStatus: 'on_hold', changes: [{ field: 'status', from: order.status, to: 'on_hold' }], reason: text },
      ]),
      ...outboxStatements(db, sellerId, [
        { type: 'order.status_changed', subject: id, data: orderEventData(order, { from: order.status, to: 'on_hold', reason: text }) },
      ], at),
    ]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}

/** Releases order `id` from hold: to ready when paid, else to pending; 409 when it is not on hold. */
export async function releaseOrder(db: Db, sellerId: string, id: string, reason: string | null, expectedVersion?: number): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await findOrder(db, sellerId, id);
    if (!order) throw notFound('Order');
    await requireOrderVersion(db, sellerId, order, expectedVersion);
    if (order.status !== 'on_hold') throw conflict('not_on_hold', `The order is ${order.status}, not on hold.`);
    const to: OrderStatus = order.paymentStatus === 'pending' ? 'pending' : 'ready';
    const at = new Date().toISOString();
    const text = `Released${reason ? `: ${reason}` : ''}`;
    await runBatch(db, [
      ...setOrderStatus(db, sellerId, id, order.version, to, at),
      releaseManualHold(db, sellerId, id, reason, at),
      ...insertEvents(db, sellerId, [
        { id: newId('evt'), orderId: id, at, source: 'api', kind: 'released', fromStatus: 'on_hold', toStatus: to, changes: [{ field: 'status', from: 'on_hold', to }], reason: text },
      ]),
      ...outboxStatements(db, sellerId, [
        { type: 'order.status_changed', subject: id, data: orderEventData(order, { from: 'on_hold', to, reason: text }) },
      ], at),
    ]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}

