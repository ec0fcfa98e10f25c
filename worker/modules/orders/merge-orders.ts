/**
 * Merging orders of one seller that go to the same address: they ship as one
 * parcel (one queue and pick-list entry, one tracking number recorded on
 * every member) while each keeps its own channel identity and status. A
 * group is made only of orders not yet picked whose ship-to is known and the
 * same once normalised (rules-merge.ts); read → decide → one guarded batch.
 */
import type { EventSource, OrderDetail } from '../../../shared/schemas/order.js';
import { planMove } from '../../../shared/status.js';
import { runBatch, type Statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ApiError, conflict, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { mergeFlags } from '../fulfillment/fulfillment-queue.js';
import { shipLines } from '../stock/service.js';
import { moveStatements } from './apply-move.js';
import { findOrder, getOrderDetail, insertEvents } from './queries.js';
import { deleteMergeGroup, insertMergeGroup, type MergeRow, readGroupMembers, readGroupsOf, readMergeRows, readProposalCandidates, setMergeGroup } from './queries-merge.js';
import { readMoveLines } from './queries-moves.js';
import { orderVersionGuard } from './queries-split.js';
import { type MergeProposal, planMerge, proposeMerges } from './rules-merge.js';

/** Who acts. */
interface Actor {
  source: EventSource;
  actor: string;
}

/** A merge group and its members as they now stand. */
export interface MergeGroupView {
  id: string;
  orders: OrderDetail[];
}

const details = async (db: Db, sellerId: string, ids: readonly string[]) => Promise.all(ids.map(async (id) => (await getOrderDetail(db, sellerId, id))!));

/** Merges the orders into one shipment group. Another seller's order is 404; any other refusal is 422 naming `orderIds.i`. */
export async function mergeOrders(db: Db, sellerId: string, orderIds: readonly string[], ctx: Actor): Promise<MergeGroupView> {
  const groupId = await withConflictRetry(async () => {
    const rows = await readMergeRows(db, sellerId, orderIds);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const asked = orderIds.map((id) => byId.get(id));
    const plan = planMerge(asked);
    if (!plan.ok) throw plan.missing ? new ApiError(404, 'not_found', 'Order not found.', plan.issues) : new ApiError(422, 'merge_refused', 'These orders cannot ship as one.', plan.issues);
    const members = asked as MergeRow[];
    const at = new Date().toISOString();
    const id = newId('mrg');
    await runBatch(db, [
      ...members.map((m) => orderVersionGuard(db, sellerId, m.id, m.version)),
      insertMergeGroup(db, sellerId, { id, addressKey: plan.key, at }),
      setMergeGroup(
        db,
        sellerId,
        members.map((m) => m.id),
        id,
        at,
      ),
      ...insertEvents(db, sellerId, groupEvents(members, 'merged', at, ctx.source, ctx.actor)),
    ]);
    return id;
  });
  return { id: groupId, orders: await details(db, sellerId, orderIds) };
}

/** Takes a group apart before it ships: each member ships alone again. */
export async function unmergeOrders(db: Db, sellerId: string, groupId: string, ctx: Actor): Promise<OrderDetail[]> {
  const ids = await withConflictRetry(async () => {
    const members = await readGroupMembers(db, sellerId, groupId);
    if (members.length === 0) throw notFound('Merge group');
    const gone = members.find((m) => m.status !== 'pending' && m.status !== 'on_hold' && m.status !== 'ready' && m.status !== 'in_progress');
    if (gone) throw conflict('not_unmergeable', `Order ${gone.externalId} is ${gone.status.replace(/_/g, ' ')}: a group that has shipped stays as it shipped.`);
    const at = new Date().toISOString();
    await runBatch(db, [
      ...members.map((m) => orderVersionGuard(db, sellerId, m.id, m.version)),
      setMergeGroup(
        db,
        sellerId,
        members.map((m) => m.id),
        null,
        at,
      ),
      deleteMergeGroup(db, sellerId, groupId),
      ...insertEvents(db, sellerId, groupEvents(members, 'unmerged', at, ctx.source, ctx.actor)),
    ]);
    return members.map((m) => m.id);
  });
  return details(db, sellerId, ids);
}

/**
 * Ships every unit left of every member in one parcel: one batch records a
 * shipment with the same carrier and tracking number on each member, moves
 * each member's own status and takes the units off stock.
 */
export async function shipMergeGroup(db: Db, sellerId: string, groupId: string, parcel: { carrier: string; service?: string | null; trackingNumber: string }, ctx: Actor): Promise<MergeGroupView> {
  const ids = await withConflictRetry(async () => {
    const members = await readGroupMembers(db, sellerId, groupId);
    if (members.length === 0) throw notFound('Merge group');
    const at = new Date().toISOString();
    const statements: Statement[] = [];
    for (const m of members) {
      const order = (await findOrder(db, sellerId, m.id))!;
      const lines = (await readMoveLines(db, sellerId, m.id)).filter((l) => l.quantity > l.shipped).map((l) => ({ lineId: l.id, quantity: l.quantity - l.shipped }));
      const plan = planMove('ship', { status: order.status, paymentStatus: order.paymentStatus, unitsLeftAfter: 0 });
      if (!plan.ok) throw conflict(plan.code, `Order ${order.externalId}: ${plan.message}`);
      const input = { move: 'ship' as const, lines, carrier: parcel.carrier, service: parcel.service ?? null, trackingNumber: parcel.trackingNumber };
      const stockCtx = { at, source: ctx.source, actor: ctx.actor };
      // Each member's stock plan is read before any is written; their level changes are deltas, so they add up in one batch.
      statements.push(...moveStatements(db, sellerId, order, input, plan.to, { at, source: ctx.source, actor: ctx.actor }), ...(await shipLines(db, sellerId, m.id, lines, stockCtx)));
    }
    await runBatch(db, statements);
    return members.map((m) => m.id);
  });
  return { id: groupId, orders: await details(db, sellerId, ids) };
}

/** Most flagged orders a proposal read considers. */
const PROPOSAL_CANDIDATES = 5000;

/**
 * Proposed merges among the open orders the seller's `proposeMerge` rules
 * flagged: same rule, same buyer, same address, placed within the rule's
 * window. No such rule, no proposals.
 */
export async function mergeProposals(db: Db, sellerId: string): Promise<MergeProposal[]> {
  const flags = await mergeFlags(db, sellerId, PROPOSAL_CANDIDATES);
  const flagOf = new Map(flags.map((f) => [f.orderId, f]));
  const rows = await readProposalCandidates(
    db,
    sellerId,
    flags.map((f) => f.orderId),
  );
  return proposeMerges(rows.map((r) => ({ ...r, rule: flagOf.get(r.id)!.rule, held: flagOf.get(r.id)!.held })));
}

/** The merge group of each given order in one, with its members (placed time order): the queue and pick lists fold groups with it. */
export function mergeGroupsOf(db: Db, sellerId: string, orderIds: readonly string[]) {
  return readGroupsOf(db, sellerId, orderIds);
}

function groupEvents(members: readonly MergeRow[], kind: 'merged' | 'unmerged', at: string, source: EventSource, actor: string) {
  return members.map((m) => {
    const others = members
      .filter((o) => o.id !== m.id)
      .map((o) => o.externalId)
      .join(', ');
    return {
      id: newId('evt'),
      orderId: m.id,
      at,
      source,
      actor,
      kind,
      fromStatus: m.status,
      toStatus: m.status,
      changes: [],
      reason: kind === 'merged' ? `Ships with ${others}` : `No longer ships with ${others}`,
    };
  });
}
