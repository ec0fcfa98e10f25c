/**
 * Master SKUs, locations, stock and ledger reads on D1, always scoped to one
 * seller. Writes to stock itself go through a StockPlan (queries.ts).
 */
import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { LedgerEntry, SkuInput, SkuRecord, StockRecord } from '../../../shared/schemas/inventory.js';
import { statement } from '../../db/batch.js';
import { chunks, rowsPerStatement } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { inventoryLedger, locations, skus } from '../../db/schema.js';
import { DEFAULT_LOCATION } from './allocation.js';

/** Codes bound per read: one parameter each, beside the seller id. */
const CODES_PER_READ = rowsPerStatement(1, 1);

const skuColumns = {
  sku: skus.sku,
  title: skus.title,
  barcode: skus.barcode,
  lowStockThreshold: skus.lowStockThreshold,
  createdAt: skus.createdAt,
  updatedAt: skus.updatedAt,
};

/** Creates SKUs, or updates the given fields of ones that exist; the default location comes with the first. */
export async function upsertSkus(db: Db, sellerId: string, rows: readonly SkuInput[], at: string): Promise<SkuRecord[]> {
  const json = JSON.stringify(rows.map((r) => ({ ...r, hasThreshold: r.lowStockThreshold !== undefined })));
  await db.$client.batch([
    statement(db, sql`INSERT INTO locations (seller_id, code, name, created_at) VALUES (${sellerId}, ${DEFAULT_LOCATION}, 'Default', ${at}) ON CONFLICT DO NOTHING`),
    statement(
      db,
      sql`INSERT INTO skus (seller_id, sku, title, barcode, low_stock_threshold, created_at, updated_at)
      SELECT ${sellerId}, g.value->>'sku', g.value->>'title', g.value->>'barcode', g.value->>'lowStockThreshold', ${at}, ${at}
        FROM json_each(${json}) g WHERE true
      ON CONFLICT (seller_id, sku) DO UPDATE SET
        title = coalesce(excluded.title, skus.title), barcode = coalesce(excluded.barcode, skus.barcode),
        low_stock_threshold = CASE WHEN (SELECT g2.value->>'hasThreshold' FROM json_each(${json}) g2 WHERE g2.value->>'sku' = excluded.sku LIMIT 1)
                                   THEN excluded.low_stock_threshold ELSE skus.low_stock_threshold END,
        updated_at = excluded.updated_at`,
    ),
  ]);
  const found = await findSkus(
    db,
    sellerId,
    rows.map((r) => r.sku),
  );
  return rows.map((r) => found.get(r.sku)!).filter(Boolean);
}

/** The seller's SKUs among `codes`, by code. */
export async function findSkus(db: Db, sellerId: string, codes: readonly string[]): Promise<Map<string, SkuRecord>> {
  const out = new Map<string, SkuRecord>();
  const unique = [...new Set(codes)];
  for (const part of chunks(unique, CODES_PER_READ)) {
    const rows = await db
      .select(skuColumns)
      .from(skus)
      .where(and(eq(skus.sellerId, sellerId), inArray(skus.sku, part)));
    for (const r of rows) out.set(r.sku, r);
  }
  return out;
}

/** A page of the seller's SKUs, by code. */
export async function listSkus(db: Db, sellerId: string, limit: number, after?: string): Promise<SkuRecord[]> {
  return db
    .select(skuColumns)
    .from(skus)
    .where(and(eq(skus.sellerId, sellerId), after ? gt(skus.sku, after) : undefined))
    .orderBy(asc(skus.sku))
    .limit(limit);
}

/** Creates a location; false when the code is taken. */
export async function insertLocation(db: Db, sellerId: string, code: string, name: string): Promise<boolean> {
  const rows = await db.insert(locations).values({ sellerId, code, name }).onConflictDoNothing().returning({ code: locations.code });
  return rows.length > 0;
}

/** The seller's locations, the default one first (it exists even before anything is stored). */
export async function listLocations(db: Db, sellerId: string): Promise<Array<{ code: string; name: string; createdAt: string | null }>> {
  const rows = await db.select({ code: locations.code, name: locations.name, createdAt: locations.createdAt }).from(locations).where(eq(locations.sellerId, sellerId)).orderBy(asc(locations.code));
  const others = rows.filter((r) => r.code !== DEFAULT_LOCATION);
  return [rows.find((r) => r.code === DEFAULT_LOCATION) ?? { code: DEFAULT_LOCATION, name: 'Default', createdAt: null }, ...others];
}

/** Stock records of the given SKUs, or a page of all SKUs by code. */
export async function readStockRecords(db: Db, sellerId: string, opts: { skus?: readonly string[]; limit?: number; after?: string }): Promise<StockRecord[]> {
  const filter = opts.skus ? sql`s.sku IN (SELECT value FROM json_each(${JSON.stringify(opts.skus)}))` : opts.after ? sql`s.sku > ${opts.after}` : sql`1`;
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT s.sku, s.title, s.low_stock_threshold, s.backordered,
           (SELECT json_group_array(json_object('location', v.location, 'onHand', v.on_hand, 'reserved', v.reserved))
              FROM (SELECT * FROM inventory_levels v WHERE v.seller_id = s.seller_id AND v.sku = s.sku
                    ORDER BY v.location != ${DEFAULT_LOCATION}, v.location) v) AS levels
      FROM skus s
     WHERE s.seller_id = ${sellerId} AND ${filter}
     ORDER BY s.sku
     LIMIT ${opts.limit ?? 10_000}`);
  return rows.map((r) => {
    const levels = (JSON.parse(r.levels as string) as Array<{ location: string; onHand: number; reserved: number }>).map((l) => ({
      ...l,
      available: Math.max(0, l.onHand - l.reserved),
    }));
    const onHand = levels.reduce((n, l) => n + l.onHand, 0);
    const reserved = levels.reduce((n, l) => n + l.reserved, 0);
    return {
      sku: r.sku as string,
      title: r.title as string | null,
      lowStockThreshold: r.low_stock_threshold as number | null,
      onHand,
      reserved,
      available: Math.max(0, onHand - reserved),
      backordered: r.backordered as number,
      locations: levels,
    };
  });
}

/** Where a ledger page ended: newest first by time, then id. */
export interface LedgerCursor {
  at: string;
  id: string;
}

/** A SKU's ledger, newest first. */
export async function readLedger(db: Db, sellerId: string, sku: string, opts: { location?: string; limit: number; after?: LedgerCursor }): Promise<LedgerEntry[]> {
  const l = inventoryLedger;
  const rows = await db
    .select({
      id: l.id,
      sku: l.sku,
      location: l.location,
      onHandDelta: l.onHandDelta,
      reservedDelta: l.reservedDelta,
      reason: l.reason,
      note: l.note,
      orderId: l.orderId,
      lineId: l.lineId,
      source: l.source,
      actor: l.actor,
      at: l.at,
    })
    .from(l)
    .where(
      and(
        eq(l.sellerId, sellerId),
        eq(l.sku, sku),
        opts.location ? eq(l.location, opts.location) : undefined,
        opts.after ? or(lt(l.at, opts.after.at), and(eq(l.at, opts.after.at), lt(l.id, opts.after.id))) : undefined,
      ),
    )
    .orderBy(desc(l.at), desc(l.id))
    .limit(opts.limit);
  return rows as LedgerEntry[];
}

/** Every level of the seller, for the CSV export: SKU, location, counters. */
export async function readAllLevels(db: Db, sellerId: string): Promise<Array<{ sku: string; location: string; onHand: number; reserved: number }>> {
  return db.all(sql`
    SELECT s.sku, coalesce(v.location, ${DEFAULT_LOCATION}) AS location, coalesce(v.on_hand, 0) AS onHand, coalesce(v.reserved, 0) AS reserved
      FROM skus s LEFT JOIN inventory_levels v ON v.seller_id = s.seller_id AND v.sku = s.sku
     WHERE s.seller_id = ${sellerId}
     ORDER BY s.sku, v.location != ${DEFAULT_LOCATION}, v.location`);
}

/** Which of the given location codes the seller has (the default one always). */
export async function knownLocations(db: Db, sellerId: string, codes: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(codes)].filter((c) => c !== DEFAULT_LOCATION);
  const found = new Set<string>([DEFAULT_LOCATION]);
  for (const part of chunks(unique, CODES_PER_READ)) {
    const rows = await db
      .select({ code: locations.code })
      .from(locations)
      .where(and(eq(locations.sellerId, sellerId), inArray(locations.code, part)));
    for (const r of rows) found.add(r.code);
  }
  return found;
}
