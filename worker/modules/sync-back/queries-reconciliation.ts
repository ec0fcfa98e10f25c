/**
 * What portal list pages showed of a channel's orders, and the reads that
 * set it against the book: orders the book lacks, and orders whose portal
 * status and book status disagree.
 */
import { sql } from 'drizzle-orm';
import type { PortalSightingsBody } from '../../../shared/schemas/sync-back.js';
import type { Db } from '../../db/client.js';

/** Records sightings; an older sighting never replaces a newer one. */
export async function recordPortalOrders(db: Db, sellerId: string, body: PortalSightingsBody): Promise<void> {
  const json = JSON.stringify(body.orders.map((o) => ({ ...o, seenAt: new Date(o.seenAt).toISOString() })));
  await db.run(sql`INSERT INTO portal_orders (seller_id, channel_id, external_id, channel_status, seen_at)
    SELECT ${sellerId}, ${body.channelId}, g.value->>'externalId', g.value->>'channelStatus', g.value->>'seenAt' FROM json_each(${json}) g WHERE true
    ON CONFLICT (seller_id, channel_id, external_id) DO UPDATE SET channel_status = excluded.channel_status, seen_at = excluded.seen_at
     WHERE excluded.seen_at >= portal_orders.seen_at`);
}

/** Orders a portal showed that the book lacks: how many, and the newest `limit` ids. */
export async function portalOrdersMissing(db: Db, sellerId: string, channelId: string, limit: number): Promise<{ count: number; externalIds: string[] }> {
  const missing = sql`FROM portal_orders p WHERE p.seller_id = ${sellerId} AND p.channel_id = ${channelId}
    AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.seller_id = p.seller_id AND o.channel_id = p.channel_id AND o.external_id = p.external_id)`;
  const [count, ids] = await Promise.all([
    db.get<{ n: number }>(sql`SELECT count(*) AS n ${missing}`),
    db.all<{ externalId: string }>(sql`SELECT p.external_id AS externalId ${missing} ORDER BY p.seen_at DESC, p.external_id LIMIT ${limit}`),
  ]);
  return { count: count?.n ?? 0, externalIds: ids.map((r) => r.externalId) };
}

/** A status pair to look for: portal words (lowercased) against book statuses. */
export interface StatusPair {
  portal: readonly string[];
  book: readonly string[];
}

/**
 * Orders of the channel whose portal status (the newest sighting, else the
 * status captured with the order) is one of `pair.portal` while the book's
 * is one of `pair.book`: how many, and the first `limit`.
 */
export async function statusPairs(
  db: Db,
  sellerId: string,
  channelId: string,
  pair: StatusPair,
  limit: number,
): Promise<{ count: number; orders: Array<{ orderId: string; externalId: string; portalStatus: string; bookStatus: string }> }> {
  const portal = JSON.stringify(pair.portal);
  const book = JSON.stringify(pair.book);
  // Two disjoint halves, each read through its word index: orders sighted (the sighting's word counts) and orders never sighted (the captured word counts).
  // MATERIALIZED: else ORDER BY external_id … LIMIT walks every order of the channel in external id order.
  const matched = sql`WITH x AS MATERIALIZED (
      SELECT o.id, o.external_id, o.status, p.channel_status AS portal_status
        FROM portal_orders p JOIN orders o ON o.seller_id = p.seller_id AND o.channel_id = p.channel_id AND o.external_id = p.external_id
       WHERE p.seller_id = ${sellerId} AND p.channel_id = ${channelId}
         AND lower(trim(p.channel_status)) IN (SELECT value FROM json_each(${portal}))
         AND o.status IN (SELECT value FROM json_each(${book}))
      UNION ALL
      SELECT o.id, o.external_id, o.status, o.channel_status AS portal_status
        FROM orders o
       WHERE o.seller_id = ${sellerId} AND o.channel_id = ${channelId}
         AND lower(trim(o.channel_status)) IN (SELECT value FROM json_each(${portal}))
         AND o.status IN (SELECT value FROM json_each(${book}))
         AND NOT EXISTS (SELECT 1 FROM portal_orders p WHERE p.seller_id = o.seller_id AND p.channel_id = o.channel_id AND p.external_id = o.external_id))`;
  const [count, rows] = await Promise.all([
    db.get<{ n: number }>(sql`${matched} SELECT count(*) AS n FROM x`),
    db.all<{ orderId: string; externalId: string; portalStatus: string; bookStatus: string }>(
      sql`${matched} SELECT x.id AS orderId, x.external_id AS externalId, x.portal_status AS portalStatus, x.status AS bookStatus FROM x ORDER BY x.external_id LIMIT ${limit}`,
    ),
  ]);
  return { count: count?.n ?? 0, orders: rows };
}
