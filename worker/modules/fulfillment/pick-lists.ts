/**
 * Making pick lists: the orders named (each must be at the top of the
 * house: ready, not held, fully allocated — else 409 naming it) or the best
 * of the queue matching a filter; their reserved units gathered per SKU and
 * location; the list stored and every order moved to in_progress, all in
 * one batch guarded on each order's version.
 */
import type { PickList, PickListBody } from '../../../shared/schemas/fulfillment.js';
import { planMove } from '../../../shared/status.js';
import { runBatch, type Statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ApiError } from '../../errors.js';
import { newId } from '../../ids.js';
import { mergeGroupsOf, moveStatements } from '../orders/service.js';
import { aggregatePicks } from './pick-list.js';
import { queueStandingOf, readyEntriesWhere } from './pick-queue.js';
import { insertPickList, readPickNeeds } from './queries-pick-lists.js';

/** Creates a pick list and moves its orders to in_progress. */
export async function createPickList(db: Db, sellerId: string, body: PickListBody, actor: string): Promise<PickList> {
  return withConflictRetry(async () => {
    let ids: string[];
    if ('orderIds' in body) {
      ids = [...new Set(body.orderIds)];
      const standing = await queueStandingOf(db, sellerId, ids);
      refusePending(standing.pending);
      const issues = body.orderIds.flatMap((id, i) => {
        if (standing.ready.has(id)) return [];
        const h = standing.held.get(id);
        const why = h ? `is on hold (${h.reason.replace(/_/g, ' ')})` : standing.short.has(id) ? 'is short of stock' : 'is not ready to pick (unknown, or already picked, shipped or cancelled)';
        return [{ path: `orderIds.${i}`, message: `Order ${id} ${why}.` }];
      });
      if (issues.length) throw new ApiError(409, 'not_pickable', 'Some orders cannot be picked now.', issues);
      // A merge group is picked whole: naming one member takes the others the queue holds ready with it.
      ids = await withGroupMembers(db, sellerId, ids, standing.ready);
    } else {
      const f = body.filter;
      const top = await readyEntriesWhere(
        db,
        sellerId,
        (e) =>
          (!f.channelId || e.channelId === f.channelId) && (!f.serviceLevel || e.serviceLevel.toLowerCase() === f.serviceLevel.toLowerCase()) && (!f.shipSpeed || f.shipSpeed.includes(e.shipSpeed)),
        f.limit,
      );
      refusePending(top.pending);
      ids = top.entries.map((e) => e.orderId);
      if (ids.length === 0) throw new ApiError(409, 'nothing_to_pick', 'No order in the queue matches the filter.');
      ids = await withGroupMembers(db, sellerId, ids, top.orderIds);
    }
    const { orders, needs } = await readPickNeeds(db, sellerId, ids);
    const at = new Date().toISOString();
    const list: PickList = { id: newId('pck'), createdAt: at, orderIds: ids, items: aggregatePicks(needs.filter((n) => n.units > 0)) };
    const byId = new Map(orders.map((o) => [o.id, o]));
    const stmts: Statement[] = [insertPickList(db, sellerId, list)];
    for (const id of ids) {
      const o = byId.get(id)!;
      const plan = planMove('pick', o);
      if (!plan.ok) throw new ApiError(409, 'not_pickable', 'Some orders cannot be picked now.', [{ path: 'orderIds', message: `Order ${id}: ${plan.message}` }]);
      stmts.push(...moveStatements(db, sellerId, o, { move: 'pick', listId: list.id }, plan.to, { at, source: 'api', actor }));
    }
    await runBatch(db, stmts);
    return list;
  });
}

/** The ids with every member of their merge groups that the queue holds ready, after the member named. */
async function withGroupMembers(db: Db, sellerId: string, ids: readonly string[], readyIds: ReadonlySet<string>): Promise<string[]> {
  const groups = new Map((await mergeGroupsOf(db, sellerId, ids)).map((g) => [g.orderId, g.members]));
  const out = new Set<string>();
  for (const id of ids) {
    out.add(id);
    for (const m of groups.get(id) ?? []) if (readyIds.has(m)) out.add(m);
  }
  return [...out];
}

/** A list drawn from a queue still being placed could skip orders that belong at its top. */
function refusePending(pending: number): void {
  if (pending > 0) {
    throw new ApiError(409, 'queue_pending', `${pending} orders are still being placed in the queue; try again in a few seconds.`, undefined, { 'Retry-After': '5' });
  }
}
