/**
 * SQL of deleting a seller who leaves: every table holding a seller's rows,
 * in the order they can go (rows that point at others first), each emptied
 * in bounded chunks so a big book goes over several cron runs.
 */
import { sql } from 'drizzle-orm';
import { type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/**
 * Every table with a `seller_id`, children before the rows they point at;
 * `sellers` itself goes last. test/worker/privacy-leaving.test.ts checks the
 * list against the database, so a new table cannot be forgotten.
 */
export const SELLER_TABLES = [
  'queue_entries',
  // After the entries: deleting them counts down here.
  'queue_counts',
  'queue_stale',
  'pick_lists',
  'rule_sets',
  'reservations',
  'line_components',
  'inventory_ledger',
  'inventory_levels',
  'upload_file_rows',
  'upload_files',
  'sent_quantities',
  'sent_shipments',
  'portal_orders',
  'listing_components',
  'listing_observations',
  'listings',
  'safety_buffers',
  'skus',
  'locations',
  'order_customers',
  'customer_keys',
  'customers',
  'customer_sync',
  'webhook_attempts',
  'webhook_deliveries',
  'outbox_events',
  'webhook_endpoints',
  'inbound_webhooks',
  'order_holds',
  'order_returns',
  'order_refunds',
  'shipments',
  'order_events',
  'order_lines',
  'pending_erasures',
  'orders',
  // After the orders: deleting them marks their days, and those marks go here.
  'report_dirty_days',
  'report_sales_days',
  'report_sku_days',
  'report_refund_days',
  'report_fulfillment_days',
  'merge_groups',
  'idempotency_keys',
  'page_reads',
  'import_runs',
  'retention_settings',
  'erasure_receipts',
  'channels',
  'api_tokens',
  'seller_moves',
  'seller_deletions',
] as const;

/** The seller's rows per table, each counted up to `upTo + 1`: one more than `upTo` says "more than". */
export async function countSellerRows(db: Db, sellerId: string, upTo: number): Promise<Record<string, number>> {
  // One statement for every table: one round trip, and the seller bound once (D1 allows 100 parameters).
  const limit = sql.raw(String(Math.trunc(upTo) + 1));
  const counts = SELLER_TABLES.map((t) => sql`(SELECT count(*) FROM (SELECT 1 FROM ${sql.identifier(t)} x, seller WHERE x.seller_id = seller.id LIMIT ${limit})) AS ${sql.identifier(t)}`);
  const [row] = await db.all<Record<string, number>>(sql`WITH seller(id) AS (SELECT ${sellerId}) SELECT ${sql.join(counts, sql`, `)}`);
  return Object.fromEntries(SELLER_TABLES.map((t) => [t, row?.[t] ?? 0]));
}

/** The seller, if it exists, with whether its deletion was confirmed. */
export async function findSellerToDelete(db: Db, sellerId: string): Promise<{ id: string; name: string; createdAt: string; confirmedAt: string | null } | undefined> {
  const [row] = await db.all<{ id: string; name: string; createdAt: string; confirmedAt: string | null }>(sql`
    SELECT s.id, s.name, s.created_at AS createdAt, d.confirmed_at AS confirmedAt
      FROM sellers s LEFT JOIN seller_deletions d ON d.seller_id = s.id WHERE s.id = ${sellerId}`);
  return row;
}

/** Statements confirming a deletion: every token stops at once; the cron deletes the rows. */
export function confirmDeletion(db: Db, sellerId: string, at: string): Statement[] {
  return [
    statement(db, sql`INSERT OR IGNORE INTO seller_deletions (seller_id, confirmed_at) VALUES (${sellerId}, ${at})`),
    statement(db, sql`UPDATE api_tokens SET revoked_at = ${at} WHERE seller_id = ${sellerId} AND revoked_at IS NULL`),
  ];
}

/** Sellers whose deletion was confirmed, oldest first. */
export async function readConfirmedDeletions(db: Db, limit: number): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`SELECT seller_id AS id FROM seller_deletions ORDER BY confirmed_at LIMIT ${limit}`);
  return rows.map((r) => r.id);
}

/** Deletes up to `limit` of the seller's rows from `table`; answers how many went. */
export async function deleteSellerRows(db: Db, table: (typeof SELLER_TABLES)[number], sellerId: string, limit: number): Promise<number> {
  const result = await db.run(sql`
    DELETE FROM ${sql.identifier(table)} WHERE rowid IN (SELECT rowid FROM ${sql.identifier(table)} WHERE seller_id = ${sellerId} LIMIT ${limit})`);
  return result.meta.changes ?? 0;
}

/** Deletes the seller row itself, once nothing else of it is left. */
export async function deleteSellerRow(db: Db, sellerId: string): Promise<void> {
  await db.run(sql`DELETE FROM sellers WHERE id = ${sellerId}`);
}
