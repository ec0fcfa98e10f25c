/**
 * Channel listings (channel SKU → master SKUs with quantities), safety
 * buffers and portal observations on D1, scoped to one seller; and the one
 * read that gathers, per listing, everything available-to-sell and oversell
 * risk are computed from.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { ComponentStock } from '../../../shared/risk.js';
import type { BufferRecord, ListingBody, ListingRecord, ObservationInput } from '../../../shared/schemas/inventory.js';
import { guard, type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/** Statements creating or replacing a listing and its components. */
export function putListingStatements(db: Db, sellerId: string, body: ListingBody, at: string, needsSku: boolean): Statement[] {
  const key = sql`seller_id = ${sellerId} AND channel_id = ${body.channelId} AND channel_sku = ${body.channelSku}`;
  const variation = body.variation?.length ? JSON.stringify(body.variation) : null;
  return [
    statement(
      db,
      sql`INSERT INTO listings (seller_id, channel_id, channel_sku, item_id, variation, needs_sku, title, created_at, updated_at)
      VALUES (${sellerId}, ${body.channelId}, ${body.channelSku}, ${body.itemId ?? null}, ${variation}, ${needsSku ? 1 : 0}, ${body.title ?? null}, ${at}, ${at})
      ON CONFLICT (seller_id, channel_id, channel_sku) DO UPDATE SET item_id = excluded.item_id, variation = excluded.variation, needs_sku = excluded.needs_sku,
                                                                   title = excluded.title, updated_at = excluded.updated_at`,
    ),
    statement(db, sql`DELETE FROM listing_components WHERE ${key}`),
    statement(
      db,
      sql`INSERT INTO listing_components (seller_id, channel_id, channel_sku, sku, quantity)
      SELECT ${sellerId}, ${body.channelId}, ${body.channelSku}, g.value->>'sku', g.value->>'quantity' FROM json_each(${JSON.stringify(body.components)}) g`,
    ),
  ];
}

/** Removes a listing; false when there was none. */
export async function deleteListing(db: Db, sellerId: string, channelId: string, channelSku: string): Promise<boolean> {
  const key = sql`seller_id = ${sellerId} AND channel_id = ${channelId} AND channel_sku = ${channelSku}`;
  const [, gone] = await db.$client.batch([statement(db, sql`DELETE FROM listing_components WHERE ${key}`), statement(db, sql`DELETE FROM listings WHERE ${key}`)]);
  return (gone?.meta.changes ?? 0) > 0;
}

/** Listings by channel and channel SKU, optionally of one channel or using one SKU, after a cursor. */
export async function listListings(
  db: Db,
  sellerId: string,
  filter: { channelId?: string; sku?: string; channelSkus?: readonly string[] },
  limit: number,
  after?: { channelId: string; channelSku: string },
): Promise<ListingRecord[]> {
  const where: SQL[] = [sql`l.seller_id = ${sellerId}`];
  if (filter.channelId) where.push(sql`l.channel_id = ${filter.channelId}`);
  if (filter.channelSkus) where.push(sql`l.channel_sku IN (SELECT value FROM json_each(${JSON.stringify(filter.channelSkus)}))`);
  if (filter.sku) {
    where.push(sql`EXISTS (SELECT 1 FROM listing_components c WHERE c.seller_id = l.seller_id AND c.channel_id = l.channel_id
                                                          AND c.channel_sku = l.channel_sku AND c.sku = ${filter.sku})`);
  }
  if (after) where.push(sql`(l.channel_id, l.channel_sku) > (${after.channelId}, ${after.channelSku})`);
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT l.channel_id, l.channel_sku, l.item_id, l.variation, l.needs_sku, l.title, l.updated_at,
           (SELECT json_group_array(json_object('sku', c.sku, 'quantity', c.quantity)) FROM listing_components c
             WHERE c.seller_id = l.seller_id AND c.channel_id = l.channel_id AND c.channel_sku = l.channel_sku) AS components
      FROM listings l WHERE ${sql.join(where, sql` AND `)}
     ORDER BY l.channel_id, l.channel_sku LIMIT ${limit}`);
  return rows.map((r) => ({
    channelId: r.channel_id as string,
    channelSku: r.channel_sku as string,
    itemId: r.item_id as string | null,
    variation: r.variation ? (JSON.parse(r.variation as string) as Array<{ name: string; value: string }>) : [],
    needsSku: r.needs_sku === 1,
    title: r.title as string | null,
    components: (JSON.parse(r.components as string) as Array<{ sku: string; quantity: number }>).sort((a, b) => (a.sku < b.sku ? -1 : 1)),
    updatedAt: r.updated_at as string,
  }));
}

/** Sets a safety buffer ('' = every channel / every SKU). */
export async function putBuffer(db: Db, sellerId: string, channelId: string, sku: string, units: number, at: string): Promise<void> {
  await db.run(sql`INSERT INTO safety_buffers (seller_id, channel_id, sku, units, updated_at) VALUES (${sellerId}, ${channelId}, ${sku}, ${units}, ${at})
    ON CONFLICT (seller_id, channel_id, sku) DO UPDATE SET units = excluded.units, updated_at = excluded.updated_at`);
}

/** Removes a safety buffer; false when there was none. */
export async function deleteBuffer(db: Db, sellerId: string, channelId: string, sku: string): Promise<boolean> {
  const res = await db.run(sql`DELETE FROM safety_buffers WHERE seller_id = ${sellerId} AND channel_id = ${channelId} AND sku = ${sku}`);
  return (res.meta.changes ?? 0) > 0;
}

/** Every safety buffer of the seller (a short list). */
export async function listBuffers(db: Db, sellerId: string): Promise<BufferRecord[]> {
  const rows = await db.all<{ channelId: string; sku: string; units: number; updatedAt: string }>(sql`
    SELECT channel_id AS channelId, sku, units, updated_at AS updatedAt FROM safety_buffers WHERE seller_id = ${sellerId} ORDER BY channel_id, sku`);
  return rows.map((r) => ({ channelId: r.channelId || null, sku: r.sku || null, units: r.units, updatedAt: r.updatedAt }));
}

/** The statement recording what portal pages showed; an older sighting never replaces a newer one. */
export function observationStatement(db: Db, sellerId: string, rows: readonly ObservationInput[]): Statement {
  const json = JSON.stringify(rows.map((r) => ({ ...r, seenAt: new Date(r.seenAt).toISOString() })));
  return statement(
    db,
    sql`INSERT INTO listing_observations (seller_id, channel_id, channel_sku, listed_quantity, seen_at)
    SELECT ${sellerId}, g.value->>'channelId', g.value->>'channelSku', g.value->>'listedQuantity', g.value->>'seenAt'
      FROM json_each(${json}) g WHERE true
    ON CONFLICT (seller_id, channel_id, channel_sku) DO UPDATE SET listed_quantity = excluded.listed_quantity, seen_at = excluded.seen_at
     WHERE excluded.seen_at >= listing_observations.seen_at`,
  );
}

/** A guard aborting the batch unless each listing's kept sighting is still the one read (seenAt null: none was kept). */
export function observationsUnchanged(db: Db, sellerId: string, read: ReadonlyArray<{ channelId: string; channelSku: string; seenAt: string | null }>): Statement {
  return guard(
    db,
    sql`NOT EXISTS (SELECT 1 FROM json_each(${JSON.stringify(read)}) g
      LEFT JOIN listing_observations o ON o.seller_id = ${sellerId} AND o.channel_id = g.value->>'channelId' AND o.channel_sku = g.value->>'channelSku'
     WHERE o.seen_at IS NOT g.value->>'seenAt')`,
  );
}

/** A listing with its components' stock and what its channel last showed. */
export interface ListingStock {
  channelId: string;
  channelSku: string;
  components: Array<Omit<ComponentStock, 'buffer'>>;
  listed: number | null;
  seenAt: string | null;
}

/** A listing's stock with what a marketplace upload file needs of it. */
export interface ListingStockDetail extends ListingStock {
  itemId: string | null;
  variation: Array<{ name: string; value: string }>;
  needsSku: boolean;
  title: string | null;
}

/** Where a page of one channel's listings starts: after this (item id or '', channel SKU). */
export interface ListingPageKey {
  itemId: string;
  channelSku: string;
}

/**
 * One page of a channel's listings with their stock, ordered by (item id,
 * channel SKU) so an item's variations come together, after `after`.
 */
export async function readListingStockPage(db: Db, sellerId: string, channelId: string, limit: number, after?: ListingPageKey): Promise<ListingStockDetail[]> {
  const rows = await listingStockRows(
    db,
    sellerId,
    [
      sql`l.channel_id = ${channelId}`,
      // Spelled out rather than as a row value, so SQLite seeks the (item id, channel SKU) index instead of scanning to the page.
      ...(after ? [sql`coalesce(l.item_id, '') >= ${after.itemId} AND (coalesce(l.item_id, '') > ${after.itemId} OR l.channel_sku > ${after.channelSku})`] : []),
    ],
    sql`ORDER BY coalesce(l.item_id, ''), l.channel_sku LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    ...listingStockOf(r),
    itemId: r.item_id as string | null,
    variation: r.variation ? (JSON.parse(r.variation as string) as Array<{ name: string; value: string }>) : [],
    needsSku: r.needs_sku === 1,
    title: r.title as string | null,
  }));
}

/** Everything availability and risk need, per listing, of one channel or all, optionally only some channel SKUs. */
export async function readListingStock(db: Db, sellerId: string, filter: { channelId?: string; channelSkus?: readonly string[] }): Promise<ListingStock[]> {
  const where: SQL[] = [];
  if (filter.channelId) where.push(sql`l.channel_id = ${filter.channelId}`);
  if (filter.channelSkus) where.push(sql`l.channel_sku IN (SELECT value FROM json_each(${JSON.stringify(filter.channelSkus)}))`);
  return (await listingStockRows(db, sellerId, where, sql`ORDER BY l.channel_id, l.channel_sku`)).map(listingStockOf);
}

async function listingStockRows(db: Db, sellerId: string, filter: SQL[], tail: SQL): Promise<Array<Record<string, unknown>>> {
  const where = [sql`l.seller_id = ${sellerId}`, ...filter];
  return db.all<Record<string, unknown>>(sql`
    SELECT l.channel_id, l.channel_sku, l.item_id, l.variation, l.needs_sku, l.title, o.listed_quantity, o.seen_at,
           (SELECT json_group_array(json_object(
                     'sku', c.sku, 'perUnit', c.quantity, 'backordered', s.backordered, 'threshold', s.low_stock_threshold,
                     'onHand', (SELECT coalesce(sum(v.on_hand), 0) FROM inventory_levels v WHERE v.seller_id = c.seller_id AND v.sku = c.sku),
                     'reserved', (SELECT coalesce(sum(v.reserved), 0) FROM inventory_levels v WHERE v.seller_id = c.seller_id AND v.sku = c.sku)))
              FROM listing_components c JOIN skus s ON s.seller_id = c.seller_id AND s.sku = c.sku
             WHERE c.seller_id = l.seller_id AND c.channel_id = l.channel_id AND c.channel_sku = l.channel_sku) AS components
      FROM listings l
      LEFT JOIN listing_observations o ON o.seller_id = l.seller_id AND o.channel_id = l.channel_id AND o.channel_sku = l.channel_sku
     WHERE ${sql.join(where, sql` AND `)}
     ${tail}`);
}

function listingStockOf(r: Record<string, unknown>): ListingStock {
  return {
    channelId: r.channel_id as string,
    channelSku: r.channel_sku as string,
    components: (JSON.parse(r.components as string) as ListingStock['components']).sort((a, b) => (a.sku < b.sku ? -1 : 1)),
    listed: r.listed_quantity as number | null,
    seenAt: r.seen_at as string | null,
  };
}
