/**
 * The one way an order's status moves. Every move (shared/status.ts MOVES)
 * goes read → decide → one guarded batch: the order and its version, the
 * model's verdict (409 with the reason), then status, history, holds,
 * shipment or return, stock and webhook events written together, retried
 * when a concurrent writer got there first.
 */

import type { EventSource, OrderDetail } from '../../../shared/schemas/order.js';
import type { HoldReason } from '../../../shared/schemas/rules.js';
import { MOVES, moveEvents, type OrderStatus, planMove } from '../../../shared/status.js';
import { runBatch, type Statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { conflict, type FieldIssue, invalidInput, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { orderMoveStatements, releaseOrderStock, restockReturn, shipLines } from '../stock/service.js';
import { type OutboxEvent, orderEndEvents, orderEventData, outboxStatements, type ShipmentEventData, shipmentCreatedEvent } from '../webhooks-out/service.js';
import { requireOrderVersion } from './order-version.js';
import { findOrder, getOrderDetail, insertEvents, recordShipment, setOrderStatus } from './queries.js';
import { placeHold, readMoveLines, recordReturn, releaseHolds } from './queries-moves.js';

type LineQuantities = ReadonlyArray<{ lineId: string; quantity: number }>;

/** What each move needs besides the order. */
export type MoveInput =
  | { move: 'transition'; to: OrderStatus; reason?: string | null; restock?: boolean; tracking?: { number: string; carrier?: string | null; service?: string | null } }
  | { move: 'hold'; reason: HoldReason; note?: string | null }
  | { move: 'release' | 'deliver' | 'cancel'; reason?: string | null }
  | { move: 'ship'; lines: LineQuantities; carrier: string; service?: string | null; trackingNumber: string }
  | { move: 'return'; lines: LineQuantities; restock: boolean; reason?: string | null };

/** Any move's input, the pick-list step included (pick lists move many orders in their own batch). */
type AnyMove = MoveInput | { move: 'pick'; listId: string };

/** Who moves the order, and the version an If-Match named. */
export interface MoveContext {
  source: EventSource;
  /** Who: the token's name, or `system`/`cron`/`webhook` when no token moves it. */
  actor: string;
  expectedVersion?: number;
}

/** What a move's statements need of the order it read. */
export type MovingOrder = Pick<NonNullable<Awaited<ReturnType<typeof findOrder>>>, 'id' | 'externalId' | 'channelId' | 'status' | 'version'>;

/** Applies `input` to order `id` and answers the order as it is afterwards. */
export async function applyMove(db: Db, sellerId: string, id: string, input: MoveInput, ctx: MoveContext): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await findOrder(db, sellerId, id);
    if (!order) throw notFound('Order');
    await requireOrderVersion(db, sellerId, order, ctx.expectedVersion);
    const facts = { status: order.status, paymentStatus: order.paymentStatus, asked: input.move === 'transition' ? input.to : undefined };
    // The status decides first: a move the model refuses is 409 whatever lines it names.
    const allowed = planMove(input.move, facts);
    if (!allowed.ok) throw conflict(allowed.code, allowed.message);
    const plan = input.move === 'ship' || input.move === 'return' ? planMove(input.move, { ...facts, unitsLeftAfter: await checkLines(db, sellerId, id, input) }) : allowed;
    if (!plan.ok) throw conflict(plan.code, plan.message);
    const at = new Date().toISOString();
    const stock = await stockStatements(db, sellerId, order, input, plan.to, { at, source: ctx.source, actor: ctx.actor });
    await runBatch(db, [...moveStatements(db, sellerId, order, input, plan.to, { at, source: ctx.source, actor: ctx.actor }), ...stock]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}

/**
 * Statements taking units back on an order already read, checked and planned
 * as applyMove checks a return (409 when the status refuses, 400 per line):
 * a refund with a return adds them to its own batch.
 */
export async function returnMoveStatements(
  db: Db,
  sellerId: string,
  order: MovingOrder & { paymentStatus: OrderDetail['paymentStatus'] },
  input: Extract<MoveInput, { move: 'return' }>,
  ctx: { at: string; source: EventSource; actor: string },
): Promise<Statement[]> {
  const plan = planMove('return', { status: order.status, paymentStatus: order.paymentStatus });
  if (!plan.ok) throw conflict(plan.code, plan.message);
  await checkLines(db, sellerId, order.id, input);
  const stock = await stockStatements(db, sellerId, order, input, plan.to, ctx);
  return [...moveStatements(db, sellerId, order, input, plan.to, { at: ctx.at, source: ctx.source, actor: ctx.actor }), ...stock];
}

/**
 * Statements moving one order already read and checked to `to`: status
 * (guarded on the version read), history, holds, shipment or return, and
 * the events the move publishes. Pick lists use it for many orders at once.
 */
export function moveStatements(db: Db, sellerId: string, order: MovingOrder, input: AnyMove, to: OrderStatus, when: { at: string; source: EventSource; actor: string }): Statement[] {
  const { at, source, actor } = when;
  const from = order.status;
  const reason = historyReason(input);
  const parcel = parcelOf(input, at);
  const out: Statement[] = [
    ...setOrderStatus(db, sellerId, order.id, order.version, to, at),
    ...insertEvents(db, sellerId, [
      {
        id: newId('evt'),
        orderId: order.id,
        at,
        source,
        actor,
        kind: MOVES[input.move].history,
        fromStatus: from,
        toStatus: to,
        changes: from !== to ? [{ field: 'status', from, to }] : [],
        reason,
      },
    ]),
  ];
  if (input.move === 'hold') out.push(placeHold(db, sellerId, { id: newId('hld'), orderId: order.id, reason: input.reason, note: input.note ?? null, at }));
  if (from === 'on_hold' && to !== 'on_hold') out.push(releaseHolds(db, sellerId, order.id, input.move === 'release' ? (input.reason ?? 'released') : (reason ?? input.move), at));
  if (parcel) out.push(...recordShipment(db, sellerId, order.id, { ...parcel, lines: parcel.lines ? [...parcel.lines] : undefined }));
  if (input.move === 'return') out.push(recordReturn(db, sellerId, { id: newId('ret'), orderId: order.id, lines: input.lines, restock: input.restock, reason: input.reason ?? null, at }));
  out.push(...outboxStatements(db, sellerId, outboxEvents(order, input, to, reason, parcel), at));
  return out;
}

/** Refuses (400 naming each line) quantities a shipment or return cannot take; answers the units left to ship after it. */
async function checkLines(db: Db, sellerId: string, orderId: string, input: Extract<MoveInput, { move: 'ship' | 'return' }>): Promise<number> {
  const lines = await readMoveLines(db, sellerId, orderId);
  const issues: FieldIssue[] = [];
  input.lines.forEach((asked, i) => {
    const line = lines.find((l) => l.id === asked.lineId);
    if (!line) issues.push({ path: `lines.${i}.lineId`, message: `No line ${asked.lineId} in this order.` });
    else if (input.move === 'ship' && asked.quantity > line.quantity - line.shipped)
      issues.push({ path: `lines.${i}.quantity`, message: `Only ${line.quantity - line.shipped} unit(s) of this line are left to ship.` });
    else if (input.move === 'return' && asked.quantity > line.shipped) issues.push({ path: `lines.${i}.quantity`, message: `Only ${line.shipped} unit(s) of this line were shipped.` });
  });
  if (issues.length) throw invalidInput(issues);
  const leftNow = lines.reduce((n, l) => n + l.quantity - l.shipped, 0);
  return input.move === 'ship' ? leftNow - input.lines.reduce((n, s) => n + s.quantity, 0) : leftNow;
}

/** What the move does to stock, as its declared effect says. */
async function stockStatements(db: Db, sellerId: string, order: MovingOrder, input: MoveInput, to: OrderStatus, ctx: { at: string; source: EventSource; actor: string }): Promise<Statement[]> {
  switch (MOVES[input.move].stock) {
    case 'none':
      return [];
    case 'ship_lines':
      return shipLines(db, sellerId, order.id, (input as Extract<MoveInput, { move: 'ship' }>).lines, ctx);
    case 'release_all':
      return releaseOrderStock(db, sellerId, order.id, ctx);
    case 'restock_lines': {
      const ret = input as Extract<MoveInput, { move: 'return' }>;
      return ret.restock ? restockReturn(db, sellerId, order.id, ctx, ret.lines) : [];
    }
    case 'by_status':
      return orderMoveStatements(db, sellerId, order.id, order.status, to, ctx, { restock: input.move === 'transition' && input.restock === true });
  }
}

function historyReason(input: AnyMove): string | null {
  switch (input.move) {
    case 'transition':
      return input.reason ?? null;
    case 'hold':
      return `On hold: ${input.reason.replace(/_/g, ' ')}${input.note ? ` (${input.note})` : ''}`;
    case 'release':
      return `Released${input.reason ? `: ${input.reason}` : ''}`;
    case 'pick':
      return `On pick list ${input.listId}`;
    case 'ship':
      return `Shipped ${units(input.lines)} unit(s) with ${input.carrier} ${input.trackingNumber}`;
    case 'deliver':
      return input.reason ?? 'Delivered';
    case 'cancel':
      return input.reason ? `Cancelled: ${input.reason}` : 'Cancelled';
    case 'return':
      return `Returned ${units(input.lines)} unit(s)${input.restock ? ', restocked' : ', not restocked'}${input.reason ? `: ${input.reason}` : ''}`;
  }
}

const units = (lines: LineQuantities) => lines.reduce((n, l) => n + l.quantity, 0);

/** The parcel a move records: a shipment's, or the tracking a free transition gave. */
function parcelOf(input: AnyMove, at: string): ShipmentEventData | null {
  if (input.move === 'ship') return { id: newId('shp'), carrier: input.carrier, service: input.service ?? null, trackingNumber: input.trackingNumber, shippedAt: at, lines: input.lines };
  if (input.move === 'transition' && input.tracking) {
    return { id: newId('shp'), carrier: input.tracking.carrier ?? null, service: input.tracking.service ?? null, trackingNumber: input.tracking.number, shippedAt: at, lines: null };
  }
  return null;
}

function outboxEvents(order: MovingOrder, input: AnyMove, to: OrderStatus, reason: string | null, parcel: ShipmentEventData | null): OutboxEvent[] {
  const from = order.status;
  const move = { from, to, reason };
  const returned = input.move === 'return' ? { lines: input.lines, restock: input.restock } : { lines: null, restock: input.move === 'transition' && input.restock === true };
  const events: OutboxEvent[] = [];
  for (const type of moveEvents(input.move, from, to)) {
    if (type === 'order.status_changed') events.push({ type, subject: order.id, data: orderEventData(order, move) });
    else if (type === 'order.shipped') {
      const shipment = parcel ? { id: parcel.id, carrier: parcel.carrier, service: parcel.service, trackingNumber: parcel.trackingNumber, lines: parcel.lines } : null;
      events.push({ type, subject: order.id, data: orderEventData(order, { shipment, complete: to === 'shipped' }) });
    } else events.push(...orderEndEvents(order, move, returned).filter((e) => e.type === type));
  }
  if (parcel) events.push(shipmentCreatedEvent(order, parcel));
  return events;
}
