/**
 * Splitting an order: the given quantities of its lines move into a new part
 * (same channel order number plus `-2`, `-3`…, `parentOrderId` set) that the
 * queue, pick lists, shipments and reports treat as an order of its own,
 * while the channel still knows one order. Read → plan (rules-split.ts) →
 * one guarded batch: the part, the lines, their reserved units, history on
 * both. Only orders not yet picked (pending, on hold, ready) split.
 *
 * How a capture treats a split family (capture-orders.ts): a capture of the
 * channel's order matches the order the channel knows (the parent); parts
 * are never matched by their own number. Every line keeps its number on the
 * channel's order (`channel_line_no`), so the family's lines add up to what
 * the channel shows and an unchanged capture changes nothing; captured line
 * changes are not applied to a split family (they would re-create units a
 * part now owns). Other fields go to every part; each part's status moves
 * forward from its own.
 */
import type { EventSource, OrderDetail } from '../../../shared/schemas/order.js';
import { runBatch, type Statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ApiError, conflict, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { splitStockStatements } from '../stock/service.js';
import { searchText } from './capture.js';
import { requireOrderVersion } from './order-version.js';
import { findOrder, getOrderDetail, insertEvents } from './queries.js';
import { countParts, divideLine, insertPart, moveLine, orderVersionGuard, readSplitLines } from './queries-split.js';
import { partExternalId, planSplit } from './rules-split.js';

/** Statuses an order can be split in: not yet on a pick list or shipped. */
const SPLITTABLE = new Set(['pending', 'on_hold', 'ready']);

/** Splits `asked` quantities off order `id`; answers the order and its new part. */
export async function splitOrder(
  db: Db,
  sellerId: string,
  id: string,
  asked: ReadonlyArray<{ lineId: string; quantity: number }>,
  ctx: { source: EventSource; actor: string; expectedVersion?: number },
): Promise<{ order: OrderDetail; part: OrderDetail }> {
  const partId = await withConflictRetry(async () => {
    const order = await findOrder(db, sellerId, id);
    if (!order) throw notFound('Order');
    await requireOrderVersion(db, sellerId, order, ctx.expectedVersion);
    if (!SPLITTABLE.has(order.status)) throw conflict('not_splittable', `An order that is ${order.status.replace(/_/g, ' ')} cannot be split: only pending, on-hold and ready orders can.`);
    const lines = await readSplitLines(db, sellerId, id);
    const plan = planSplit(lines, asked);
    if (!plan.ok) throw new ApiError(422, 'split_refused', 'These quantities cannot be split off.', plan.issues);
    // A part split off a part belongs to the order the channel knows, numbered after its siblings.
    const root = order.parentOrderId ? await findOrder(db, sellerId, order.parentOrderId) : order;
    if (!root) throw notFound('Order');
    const externalId = partExternalId(root.externalId, (await countParts(db, sellerId, root.id)) + 2);
    const at = new Date().toISOString();
    const partId = newId('ord');
    const moved = plan.lines.map((l) => ({ ...l, toLineId: l.whole ? l.lineId : newId('lin') }));
    const detail = (await getOrderDetail(db, sellerId, id))!;
    const short = new Set(detail.lines.filter((l) => l.allocation === 'short').map((l) => l.id));
    const stock = await splitStockStatements(
      db,
      sellerId,
      id,
      partId,
      moved.map((l) => ({ lineId: l.lineId, toLineId: l.toLineId, units: l.quantity, whole: l.whole, short: short.has(l.lineId) })),
      { at, source: ctx.source, actor: ctx.actor },
    );
    const partSearch = searchText(externalId, { buyerName: order.buyer.name, buyerEmail: order.buyer.email, lines: detail.lines.filter((l) => moved.some((m) => m.lineId === l.id)) });
    const units = plan.lines.reduce((n, l) => n + l.quantity, 0);
    const statements: Statement[] = [
      orderVersionGuard(db, sellerId, id, order.version),
      ...stock.guards,
      ...insertPart(db, sellerId, { id: partId, fromId: id, parentId: root.id, externalId, total: plan.partTotal, searchText: partSearch, at }),
      ...moved.flatMap((l) =>
        l.whole
          ? [moveLine(db, sellerId, { lineId: l.lineId, toOrderId: partId, lineNo: l.partLineNo, channelLineNo: l.channelLineNo })]
          : divideLine(db, sellerId, { lineId: l.lineId, newLineId: l.toLineId, toOrderId: partId, lineNo: l.partLineNo, channelLineNo: l.channelLineNo, quantity: l.quantity }),
      ),
      ...stock.writes,
      ...insertEvents(db, sellerId, [
        {
          id: newId('evt'),
          orderId: id,
          at,
          source: ctx.source,
          actor: ctx.actor,
          kind: 'split',
          fromStatus: order.status,
          toStatus: order.status,
          changes: [{ field: 'total', from: order.total, to: order.total === null || plan.partTotal === null ? null : order.total - plan.partTotal }],
          reason: `Split ${units} unit(s) into ${externalId}`,
        },
        {
          id: newId('evt'),
          orderId: partId,
          at,
          source: ctx.source,
          actor: ctx.actor,
          kind: 'split_off',
          fromStatus: null,
          toStatus: order.status,
          changes: [],
          reason: `Split off ${order.externalId}: ${units} unit(s)`,
        },
      ]),
    ];
    await runBatch(db, statements);
    return partId;
  });
  return { order: (await getOrderDetail(db, sellerId, id))!, part: (await getOrderDetail(db, sellerId, partId))! };
}
