/**
 * Making pick lists: the orders named (each must be at the top of the
 * house: ready, not held, fully allocated — else 409 naming it) or the best
 * of the queue matching a filter; their reserved units gathered per SKU and
 * location; the list stored and every order moved to in_progress, all in
 * one batch guarded on each order's version.
 */
import { sql } from 'drizzle-orm';
import type { PickList, PickListBody } from '../../shared/schemas/fulfillment.js';
import { runBatch, statement, withConflictRetry, type Statement } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { insertEvents, setOrderStatus } from '../db/queries/orders.js';
import { orderEventData, outboxStatements } from '../db/queries/outbox.js';
import { pickLists } from '../db/schema.js';
import { aggregatePicks, type PickNeed } from '../domain/pick-list.js';
import { ApiError } from '../errors.js';
import { newId } from '../ids.js';
import { readQueue } from './fulfillment-queue.js';

/** Creates a pick list and moves its orders to in_progress. */
export async function createPickList(db: Db, sellerId: string, body: PickListBody): Promise<PickList> {
  return withConflictRetry(async () => {
    const q = await readQueue(db, sellerId, { limit: 1_000_000, dueSoonHours: 24 });
    let ids: string[];
    if ('orderIds' in body) {
      ids = [...new Set(body.orderIds)];
      const ready = new Set(q.queue.map((e) => e.orderId));
      const held = new Map(q.held.map((h) => [h.orderId, h]));
      const short = new Set(q.short.map((e) => e.orderId));
      const issues = body.orderIds.flatMap((id, i) => {
        if (ready.has(id)) return [];
        const h = held.get(id);
        const why = h ? `is on hold (${h.reason.replace(/_/g, ' ')})` : short.has(id) ? 'is short of stock' : 'is not ready to pick (unknown, or already picked, shipped or cancelled)';
        return [{ path: `orderIds.${i}`, message: `Order ${id} ${why}.` }];
      });
      if (issues.length) throw new ApiError(409, 'not_pickable', 'Some orders cannot be picked now.', issues);
    } else {
      const f = body.filter;
      ids = q.queue
        .filter((e) => (!f.channelId || e.channelId === f.channelId) && (!f.serviceLevel || e.serviceLevel.toLowerCase() === f.serviceLevel.toLowerCase()))
        .slice(0, f.limit)
        .map((e) => e.orderId);
      if (ids.length === 0) throw new ApiError(409, 'nothing_to_pick', 'No order in the queue matches the filter.');
    }
    const json = JSON.stringify(ids);
    const orders = await db.all<{ id: string; externalId: string; channelId: string; version: number; status: string }>(sql`
      SELECT id, external_id AS externalId, channel_id AS channelId, version, status FROM orders
       WHERE seller_id = ${sellerId} AND id IN (SELECT value FROM json_each(${json}))`);
    const needs = await db.all<PickNeed>(sql`
      SELECT o.id AS orderId, o.external_id AS externalId, l.id AS lineId,
             coalesce(r.sku, l.sku, l.channel_sku) AS sku, coalesce(r.location, 'default') AS location,
             coalesce(r.quantity, l.quantity - l.shipped_quantity) AS units
        FROM json_each(${json}) k JOIN orders o ON o.id = k.value AND o.seller_id = ${sellerId}
        JOIN order_lines l ON l.order_id = o.id AND +l.seller_id = o.seller_id
        LEFT JOIN reservations r ON r.line_id = l.id AND +r.seller_id = o.seller_id
       ORDER BY k.key, l.line_no`);
    const at = new Date().toISOString();
    const list: PickList = { id: newId('pck'), createdAt: at, orderIds: ids, items: aggregatePicks(needs.filter((n) => n.units > 0)) };
    const byId = new Map(orders.map((o) => [o.id, o]));
    const stmts: Statement[] = [statement(db, db.insert(pickLists).values({ id: list.id, sellerId, orderIds: ids, items: list.items, createdAt: at }))];
    for (const id of ids) {
      const o = byId.get(id)!;
      stmts.push(...setOrderStatus(db, sellerId, id, o.version, 'in_progress', at));
    }
    stmts.push(
      ...insertEvents(db, sellerId, ids.map((id) => ({
        id: newId('evt'), orderId: id, at, source: 'api' as const, kind: 'picking', fromStatus: 'ready' as const, toStatus: 'in_progress' as const,
        changes: [{ field: 'status', from: 'ready', to: 'in_progress' }], reason: `On pick list ${list.id}`,
      }))),
      ...outboxStatements(db, sellerId, ids.map((id) => ({
        type: 'order.status_changed' as const, subject: id, data: orderEventData(byId.get(id)!, { from: 'ready', to: 'in_progress', reason: `On pick list ${list.id}` }),
      })), at),
    );
    await runBatch(db, stmts);
    return list;
  });
}

/** A stored pick list, or undefined. */
export async function findPickList(db: Db, sellerId: string, id: string): Promise<PickList | undefined> {
  const [row] = await db.all<{ id: string; createdAt: string; orderIds: string; items: string }>(sql`
    SELECT id, created_at AS createdAt, order_ids AS orderIds, items FROM pick_lists WHERE id = ${id} AND seller_id = ${sellerId}`);
  return row && { id: row.id, createdAt: row.createdAt, orderIds: JSON.parse(row.orderIds) as string[], items: JSON.parse(row.items) as PickList['items'] };
}
