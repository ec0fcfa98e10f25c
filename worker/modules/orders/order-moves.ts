/**
 * The warehouse's moves on one order: ship (all or part of its lines),
 * deliver, cancel, take back. Each reads the order, checks the move is
 * allowed (409 with the reason when not), gets the stock statements from
 * the inventory service (ship deducts on hand and releases reservations,
 * cancel releases, a return may restock) and writes order, shipment,
 * history, stock and webhook events in ONE guarded batch, retried when a
 * concurrent writer got there first.
 */
import type { ReturnBody, ShipmentBody } from '../../../shared/schemas/fulfillment.js';
import type { OrderDetail } from '../../../shared/schemas/order.js';
import { canTransition, type OrderStatus } from '../../../shared/status.js';
import { runBatch, withConflictRetry, type Statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { findOrder, getOrderDetail, insertEvents, recordShipment, setOrderStatus } from './queries.js';
import { orderEndEvents, orderEventData, outboxStatements, shipmentCreatedEvent, type OutboxEvent } from '../webhooks-out/service.js';
import { insertReturn, readOrderLineUnits } from './queries-moves.js';
import { conflict, invalidInput, notFound, type FieldIssue } from '../../errors.js';
import { newId } from '../../ids.js';
import { requireOrderVersion } from './order-version.js';
import { releaseOrderStock, restockReturn, shipLines } from '../stock/service.js';

type FoundOrder = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

async function mustFind(db: Db, sellerId: string, id: string, expectedVersion: number | undefined): Promise<FoundOrder> {
  const order = await findOrder(db, sellerId, id);
  if (!order) throw notFound('Order');
  await requireOrderVersion(db, sellerId, order, expectedVersion);
  return order;
}

/**
 * Status move + history event + order.status_changed (when the status
 * changes), then order.cancelled or order.returned when that is where it went.
 */
function moveStatements(
  db: Db, sellerId: string, order: FoundOrder, to: OrderStatus, kind: string, reason: string, at: string,
  extra: OutboxEvent[] = [], returned?: Parameters<typeof orderEndEvents>[2],
): Statement[] {
  const changed = order.status !== to;
  return [
    ...setOrderStatus(db, sellerId, order.id, order.version, to, at),
    ...insertEvents(db, sellerId, [{
      id: newId('evt'), orderId: order.id, at, source: 'api', kind, fromStatus: order.status, toStatus: to,
      changes: changed ? [{ field: 'status', from: order.status, to }] : [], reason,
    }]),
    ...outboxStatements(db, sellerId, [
      ...extra,
      ...(changed ? [{ type: 'order.status_changed' as const, subject: order.id, data: orderEventData(order, { from: order.status, to, reason }) }] : []),
      ...orderEndEvents(order, { from: order.status, to, reason }, returned),
    ], at),
  ];
}

/**
 * Ships `body.lines` of order `id`: the order becomes partially_shipped, or
 * shipped once every unit of every line has gone.
 */
export async function shipOrder(db: Db, sellerId: string, id: string, body: ShipmentBody, expectedVersion?: number): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await mustFind(db, sellerId, id, expectedVersion);
    if (!['ready', 'in_progress', 'partially_shipped'].includes(order.status)) {
      throw conflict('illegal_transition', `An order that is ${order.status} cannot be shipped.`);
    }
    const lines = await readOrderLineUnits(db, sellerId, id);
    const issues: FieldIssue[] = [];
    body.lines.forEach((s, i) => {
      const line = lines.find((l) => l.id === s.lineId);
      if (!line) issues.push({ path: `lines.${i}.lineId`, message: `No line ${s.lineId} in this order.` });
      else if (s.quantity > line.quantity - line.shipped) issues.push({ path: `lines.${i}.quantity`, message: `Only ${line.quantity - line.shipped} unit(s) of this line are left to ship.` });
    });
    if (issues.length) throw invalidInput(issues);
    const left = lines.reduce((n, l) => n + l.quantity - l.shipped, 0) - body.lines.reduce((n, s) => n + s.quantity, 0);
    const to: OrderStatus = left === 0 ? 'shipped' : 'partially_shipped';
    const at = new Date().toISOString();
    const stock = await shipLines(db, sellerId, id, body.lines, { at, source: 'api' });
    const parcel = { id: newId('shp'), carrier: body.carrier, service: body.service ?? null, trackingNumber: body.trackingNumber, shippedAt: at, lines: body.lines };
    const units = body.lines.reduce((n, s) => n + s.quantity, 0);
    const reason = `Shipped ${units} unit(s) with ${body.carrier} ${body.trackingNumber}`;
    await runBatch(db, [
      ...moveStatements(db, sellerId, order, to, 'shipment', reason, at, [
        { type: 'order.shipped', subject: id, data: orderEventData(order, { shipment: { id: parcel.id, carrier: parcel.carrier, service: parcel.service, trackingNumber: parcel.trackingNumber, lines: body.lines }, complete: to === 'shipped' }) },
        shipmentCreatedEvent(order, parcel),
      ]),
      ...recordShipment(db, sellerId, id, parcel),
      ...stock,
    ]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}

/** Marks a shipped order delivered. */
export async function deliverOrder(db: Db, sellerId: string, id: string, reason: string | null, expectedVersion?: number): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await mustFind(db, sellerId, id, expectedVersion);
    if (!canTransition(order.status, 'delivered')) throw conflict('illegal_transition', `An order that is ${order.status} cannot be delivered; only shipped orders can.`);
    const at = new Date().toISOString();
    await runBatch(db, moveStatements(db, sellerId, order, 'delivered', 'delivered', reason ?? 'Delivered', at));
  });
  return (await getOrderDetail(db, sellerId, id))!;
}

/** Cancels an order and releases every unit it holds. */
export async function cancelOrder(db: Db, sellerId: string, id: string, reason: string | null, expectedVersion?: number): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await mustFind(db, sellerId, id, expectedVersion);
    if (!canTransition(order.status, 'cancelled')) throw conflict('illegal_transition', `An order that is ${order.status} cannot be cancelled.`);
    const at = new Date().toISOString();
    const stock = await releaseOrderStock(db, sellerId, id, { at, source: 'api' });
    await runBatch(db, [...moveStatements(db, sellerId, order, 'cancelled', 'cancelled', reason ? `Cancelled: ${reason}` : 'Cancelled', at), ...stock]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}

/**
 * Takes back units of a shipped or delivered order (which becomes
 * returned), putting them back on hand when `restock` is true.
 */
export async function returnOrder(db: Db, sellerId: string, id: string, body: ReturnBody, expectedVersion?: number): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await mustFind(db, sellerId, id, expectedVersion);
    if (order.status !== 'shipped' && order.status !== 'delivered') {
      throw conflict('illegal_transition', order.status === 'partially_shipped'
        ? 'A partially shipped order takes a return once the rest is shipped or cancelled.'
        : `An order that is ${order.status} cannot be returned; only shipped or delivered orders can.`);
    }
    const lines = await readOrderLineUnits(db, sellerId, id);
    const issues: FieldIssue[] = [];
    body.lines.forEach((r, i) => {
      const line = lines.find((l) => l.id === r.lineId);
      if (!line) issues.push({ path: `lines.${i}.lineId`, message: `No line ${r.lineId} in this order.` });
      else if (r.quantity > line.shipped) issues.push({ path: `lines.${i}.quantity`, message: `Only ${line.shipped} unit(s) of this line were shipped.` });
    });
    if (issues.length) throw invalidInput(issues);
    const at = new Date().toISOString();
    const stock = body.restock ? await restockReturn(db, sellerId, id, { at, source: 'api' }, body.lines) : [];
    const units = body.lines.reduce((n, r) => n + r.quantity, 0);
    const reason = `Returned ${units} unit(s)${body.restock ? ', restocked' : ', not restocked'}${body.reason ? `: ${body.reason}` : ''}`;
    await runBatch(db, [
      ...moveStatements(db, sellerId, order, 'returned', 'returned', reason, at, [], { lines: body.lines, restock: body.restock }),
      insertReturn(db, sellerId, id, { lines: body.lines, restock: body.restock, reason: body.reason ?? null }, at),
      ...stock,
    ]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}
