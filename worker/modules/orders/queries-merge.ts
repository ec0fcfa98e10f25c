/** The rows merges read and write: candidates, groups and their members, proposal candidates. */
import { and, eq, sql } from 'drizzle-orm';
import type { AddressInput } from '../../../shared/schemas/order.js';
import type { OrderStatus } from '../../../shared/status.js';
import { type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { mergeGroups } from '../../db/schema.js';

/** An order as a merge reads it. */
export interface MergeRow {
  id: string;
  externalId: string;
  status: OrderStatus;
  version: number;
  shipTo: AddressInput | null;
  mergeGroupId: string | null;
}

const toRow = (r: Record<string, unknown>): MergeRow => ({
  id: r.id as string,
  externalId: r.external_id as string,
  status: r.status as OrderStatus,
  version: r.version as number,
  shipTo: r.ship_to == null ? null : (JSON.parse(r.ship_to as string) as AddressInput),
  mergeGroupId: r.merge_group_id as string | null,
});

/** The seller's orders among `ids`. */
export async function readMergeRows(db: Db, sellerId: string, ids: readonly string[]): Promise<MergeRow[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT o.id, o.external_id, o.status, o.version, o.ship_to, o.merge_group_id FROM json_each(${JSON.stringify(ids)}) k
     CROSS JOIN orders o ON o.id = k.value WHERE o.seller_id = ${sellerId}`);
  return rows.map(toRow);
}

/**
 * The members of one of the seller's merge groups (none when the group is not
 * the seller's), found from the group's index: the seller's own index would
 * walk all its orders in placed order.
 */
export async function readGroupMembers(db: Db, sellerId: string, groupId: string): Promise<MergeRow[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT o.id, o.external_id, o.status, o.version, o.ship_to, o.merge_group_id FROM orders o
     WHERE o.merge_group_id = ${groupId} AND +o.seller_id = ${sellerId} ORDER BY o.placed_at, o.id`);
  return rows.map(toRow);
}

/** The merge group of each of the given orders that is in one, with the group's members. */
export async function readGroupsOf(db: Db, sellerId: string, orderIds: readonly string[]): Promise<Array<{ orderId: string; groupId: string; members: string[] }>> {
  if (orderIds.length === 0) return [];
  const rows = await db.all<{ orderId: string; groupId: string; members: string }>(sql`
    SELECT o.id AS orderId, o.merge_group_id AS groupId,
           (SELECT json_group_array(m.id) FROM (SELECT id FROM orders m WHERE m.merge_group_id = o.merge_group_id ORDER BY m.placed_at, m.id) m) AS members
      FROM json_each(${JSON.stringify(orderIds)}) k CROSS JOIN orders o ON o.id = k.value
     WHERE o.seller_id = ${sellerId} AND o.merge_group_id IS NOT NULL`);
  return rows.map((r) => ({ orderId: r.orderId, groupId: r.groupId, members: JSON.parse(r.members) as string[] }));
}

/**
 * Statements creating a group and putting the orders in it (or, with `groupId`
 * null, taking them out); each order by its id, as the seller's index would
 * walk all its orders.
 */
export function setMergeGroup(db: Db, sellerId: string, orderIds: readonly string[], groupId: string | null, at: string): Statement {
  return statement(
    db,
    sql`UPDATE orders SET merge_group_id = ${groupId}, version = version + 1, updated_at = ${at}
         WHERE id IN (SELECT value FROM json_each(${JSON.stringify(orderIds)})) AND +seller_id = ${sellerId}`,
  );
}

/** Statement recording a new merge group. */
export function insertMergeGroup(db: Db, sellerId: string, group: { id: string; addressKey: string; at: string }): Statement {
  return statement(db, db.insert(mergeGroups).values({ id: group.id, sellerId, addressKey: group.addressKey, createdAt: group.at }));
}

/** Statement removing a merge group record. */
export function deleteMergeGroup(db: Db, sellerId: string, groupId: string): Statement {
  return statement(db, db.delete(mergeGroups).where(and(eq(mergeGroups.id, groupId), eq(mergeGroups.sellerId, sellerId))));
}

/** Of the given orders, those of the seller still open, in no merge group and not split off another (a part and its order are one buyer's). */
export async function readProposalCandidates(db: Db, sellerId: string, ids: readonly string[]): Promise<Array<{ id: string; placedAt: string; buyerKey: string | null; shipTo: AddressInput | null }>> {
  if (ids.length === 0) return [];
  // The ids go as one JSON parameter: a flagged list can be longer than D1's 100 bound parameters.
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT o.id, o.placed_at, coalesce(o.buyer_external_id, o.buyer_email) AS buyer_key, o.ship_to FROM json_each(${JSON.stringify(ids)}) i
      JOIN orders o ON o.id = i.value AND +o.seller_id = ${sellerId}
     WHERE o.status IN ('pending', 'on_hold', 'ready') AND o.merge_group_id IS NULL AND o.parent_order_id IS NULL`);
  return rows.map((r) => ({
    id: r.id as string,
    placedAt: r.placed_at as string,
    buyerKey: r.buyer_key as string | null,
    shipTo: r.ship_to == null ? null : (JSON.parse(r.ship_to as string) as AddressInput),
  }));
}
