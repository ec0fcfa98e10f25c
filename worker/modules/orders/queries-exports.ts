/**
 * Orders for export, one row per line, a page at a time: newest placed
 * first with keyset pagination on (placed_at, id), filtered like the order
 * list. An order is never split across pages.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { OrderStatus } from '../../../shared/status.js';
import type { Db } from '../../db/client.js';
import type { OrderCursor, OrderFilter } from './queries.js';

/** One line of one order, with the order's fields. */
export interface ExportRow {
  id: string;
  channel_id: string;
  channel_kind: string;
  external_id: string;
  status: OrderStatus;
  channel_status: string | null;
  placed_at: string;
  updated_at: string;
  currency: string;
  /** Null when no source has shown it: exported as an empty cell. */
  total: number | null;
  payment_status: string;
  service_level: string;
  ship_by: string | null;
  buyer_name: string | null;
  buyer_email: string | null;
  ship_to: string | null;
  line_no: number | null;
  sku: string | null;
  channel_sku: string | null;
  title: string | null;
  quantity: number | null;
  unit_price: number | null;
  shipped_quantity: number | null;
}

/**
 * The lines of the next `orders` orders after `after` (or from the newest).
 * Returns the rows and the cursor of the last order, if a page was full.
 */
export async function exportPage(db: Db, sellerId: string, filter: OrderFilter, orders: number, after?: OrderCursor): Promise<{ rows: ExportRow[]; next?: OrderCursor }> {
  const where: SQL[] = [sql`o.seller_id = ${sellerId}`];
  if (filter.status?.length) where.push(sql`o.status IN (SELECT value FROM json_each(${JSON.stringify(filter.status)}))`);
  if (filter.channelId) where.push(sql`o.channel_id = ${filter.channelId}`);
  if (filter.placedFrom) where.push(sql`o.placed_at >= ${filter.placedFrom}`);
  if (filter.placedTo) where.push(sql`o.placed_at < ${filter.placedTo}`);
  if (after) where.push(sql`(o.placed_at < ${after.placedAt} OR (o.placed_at = ${after.placedAt} AND o.id < ${after.id}))`);
  const rows = await db.all<ExportRow>(sql`
    SELECT o.id, o.channel_id, c.kind AS channel_kind, o.external_id, o.status, o.channel_status, o.placed_at, o.updated_at,
           o.currency, CASE WHEN o.total_unknown THEN NULL ELSE o.total END AS total, o.payment_status, o.service_level, o.ship_by, o.buyer_name, o.buyer_email, o.ship_to,
           l.line_no, l.sku, l.channel_sku, l.title, l.quantity,
           CASE WHEN l.unit_price_unknown THEN NULL ELSE l.unit_price END AS unit_price, l.shipped_quantity
      FROM (SELECT * FROM orders o WHERE ${sql.join(where, sql` AND `)} ORDER BY o.placed_at DESC, o.id DESC LIMIT ${orders}) o
      JOIN channels c ON c.id = o.channel_id AND +c.seller_id = o.seller_id
      LEFT JOIN order_lines l ON l.order_id = o.id AND +l.seller_id = o.seller_id
     ORDER BY o.placed_at DESC, o.id DESC, l.line_no`);
  const ids = new Set(rows.map((r) => r.id));
  const last = rows[rows.length - 1];
  return { rows, ...(ids.size === orders && last ? { next: { placedAt: last.placed_at, id: last.id } } : {}) };
}
