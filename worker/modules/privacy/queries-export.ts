/**
 * SQL of a seller's whole export: one resource type after another, each
 * read by rowid after a position, so an export resumes where a cursor left
 * off. Rows come as stored; JSON columns are parsed by the caller.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/** One resource type of the export: its table, and the columns it leaves out (secrets). */
export interface ExportedType {
  type: string;
  table: string;
  /** Columns never exported. */
  omit?: readonly string[];
  /** Columns holding JSON text, exported parsed. */
  json?: readonly string[];
}

/** What a seller owns, in export order. Orders carry their lines, history, shipments, holds and returns. */
export const EXPORTED_TYPES: readonly ExportedType[] = [
  { type: 'channel', table: 'channels', omit: ['webhook_secret'] },
  { type: 'order', table: 'orders', json: ['ship_to'], omit: ['search_text'] },
  { type: 'sku', table: 'skus' },
  { type: 'location', table: 'locations' },
  { type: 'inventory_level', table: 'inventory_levels' },
  { type: 'stock_ledger_entry', table: 'inventory_ledger' },
  { type: 'listing', table: 'listings', json: ['variation'] },
  { type: 'listing_component', table: 'listing_components' },
  { type: 'safety_buffer', table: 'safety_buffers' },
  { type: 'rule_set', table: 'rule_sets', json: ['rules'] },
  { type: 'pick_list', table: 'pick_lists', json: ['order_ids', 'items'] },
  { type: 'customer', table: 'customers', json: ['tags'] },
  { type: 'customer_key', table: 'customer_keys' },
  { type: 'webhook', table: 'webhook_endpoints', json: ['events'], omit: ['secret'] },
  { type: 'retention_setting', table: 'retention_settings' },
  { type: 'erasure_receipt', table: 'erasure_receipts', json: ['places'] },
];

/** The order's parts exported inside each order record. */
const ORDER_PARTS = [
  { key: 'lines', table: 'order_lines', order: 'line_no', json: [] as string[] },
  { key: 'events', table: 'order_events', order: 'at, rowid', json: ['changes'] },
  { key: 'shipments', table: 'shipments', order: 'shipped_at', json: ['lines'] },
  { key: 'holds', table: 'order_holds', order: 'placed_at', json: [] as string[] },
  { key: 'returns', table: 'order_returns', order: 'at', json: ['lines'] },
  { key: 'refunds', table: 'order_refunds', order: 'refunded_at, rowid', json: ['lines'] },
] as const;

/** Up to `limit` rows of one type of the seller after rowid `after`, with their rowid as `_rowid`. */
export async function readExportRows(db: Db, sellerId: string, t: ExportedType, after: number, limit: number): Promise<Array<Record<string, unknown>>> {
  return db.all<Record<string, unknown>>(sql`
    SELECT rowid AS _rowid, * FROM ${sql.identifier(t.table)}
     WHERE seller_id = ${sellerId} AND rowid > ${after} ORDER BY rowid LIMIT ${limit}`);
}

/** The parts of the seller's orders `ids`: part key → order id → rows. */
export async function readOrderParts(db: Db, sellerId: string, ids: readonly string[]): Promise<Map<string, Map<string, Array<Record<string, unknown>>>>> {
  const out = new Map<string, Map<string, Array<Record<string, unknown>>>>();
  const list = JSON.stringify(ids);
  for (const part of ORDER_PARTS) {
    const rows = await db.all<Record<string, unknown>>(sql`
      SELECT * FROM ${sql.identifier(part.table)}
       WHERE seller_id = ${sellerId} AND order_id IN (SELECT value FROM json_each(${list}))
       ORDER BY order_id, ${sql.raw(part.order)}`);
    const byOrder = new Map<string, Array<Record<string, unknown>>>();
    for (const r of rows) {
      for (const c of part.json) if (typeof r[c] === 'string') r[c] = JSON.parse(r[c] as string);
      const id = r.order_id as string;
      byOrder.set(id, [...(byOrder.get(id) ?? []), r]);
    }
    out.set(part.key, byOrder);
  }
  return out;
}

/** The keys of the order parts, as each order record carries them. */
export const ORDER_PART_KEYS = ORDER_PARTS.map((p) => p.key);
