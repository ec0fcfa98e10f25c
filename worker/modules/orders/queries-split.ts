/** The rows a split reads and writes: the order's lines and parts, the new part, the lines that move. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { guard, type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { orderLines, orders } from '../../db/schema.js';
import type { SplitSourceLine } from './rules-split.js';

/** The order's lines as a split sees them, in line order. */
export async function readSplitLines(db: Db, sellerId: string, orderId: string): Promise<SplitSourceLine[]> {
  return db
    .select({
      id: orderLines.id,
      lineNo: orderLines.lineNo,
      channelLineNo: orderLines.channelLineNo,
      quantity: orderLines.quantity,
      shippedQuantity: orderLines.shippedQuantity,
      unitPrice: sql<number | null>`CASE WHEN ${orderLines.unitPriceUnknown} THEN NULL ELSE ${orderLines.unitPrice} END`,
    })
    .from(orderLines)
    .where(and(eq(orderLines.sellerId, sellerId), eq(orderLines.orderId, orderId)))
    .orderBy(asc(orderLines.lineNo));
}

/** How many parts were split off the order so far. */
export async function countParts(db: Db, sellerId: string, parentId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), eq(orders.parentOrderId, parentId)));
  return row?.n ?? 0;
}

/** Aborts the batch unless the order still has the version read. */
export function orderVersionGuard(db: Db, sellerId: string, orderId: string, version: number): Statement {
  return guard(db, sql`EXISTS (SELECT 1 FROM orders WHERE id = ${orderId} AND seller_id = ${sellerId} AND version = ${version})`);
}

/**
 * Statements writing the new part: a copy of the order `fromId` (status,
 * buyer, address, channel, service level…) under its own id, number, total
 * and lookup text, pointing at `parentId`; the source loses the part's value.
 * A manual hold on the source holds the part too. A part of unknown value
 * (a price never read) leaves both totals unknown.
 */
export function insertPart(db: Db, sellerId: string, part: { id: string; fromId: string; parentId: string; externalId: string; total: number | null; searchText: string; at: string }): Statement[] {
  const unknown = part.total === null;
  const value = part.total ?? 0;
  return [
    statement(
      db,
      sql`
      INSERT INTO orders (id, seller_id, channel_id, external_id, status, channel_status, placed_at, placed_at_precision, source_updated_at, currency, currency_unknown, total, total_unknown,
                          buyer_name, buyer_email, buyer_external_id, service_level, ship_by, payment_status, ship_to, search_text,
                          redacted_at, parent_order_id, version, created_at, updated_at)
      SELECT ${part.id}, seller_id, channel_id, ${part.externalId}, status, channel_status, placed_at, placed_at_precision, source_updated_at, currency, currency_unknown, ${value}, ${unknown},
             buyer_name, buyer_email, buyer_external_id, service_level, ship_by, payment_status, ship_to, ${part.searchText},
             redacted_at, ${part.parentId}, 1, ${part.at}, ${part.at}
        FROM orders WHERE id = ${part.fromId} AND seller_id = ${sellerId}`,
    ),
    statement(
      db,
      sql`UPDATE orders SET total = total - ${value}, total_unknown = total_unknown OR ${unknown}, version = version + 1, updated_at = ${part.at} WHERE id = ${part.fromId} AND seller_id = ${sellerId}`,
    ),
    statement(
      db,
      sql`
      INSERT INTO order_holds (id, seller_id, order_id, kind, reason, note, rule_id, placed_at, released_at, release_reason)
      SELECT id || '.' || ${part.id}, seller_id, ${part.id}, kind, reason, note, rule_id, placed_at, NULL, NULL
        FROM order_holds WHERE order_id = ${part.fromId} AND seller_id = ${sellerId} AND kind = 'manual' AND released_at IS NULL`,
    ),
  ];
}

/** Statements moving a whole line to the part. */
export function moveLine(db: Db, sellerId: string, move: { lineId: string; toOrderId: string; lineNo: number; channelLineNo: number }): Statement {
  return statement(
    db,
    db
      .update(orderLines)
      .set({ orderId: move.toOrderId, lineNo: move.lineNo, channelLineNo: move.channelLineNo })
      .where(and(eq(orderLines.id, move.lineId), eq(orderLines.sellerId, sellerId))),
  );
}

/** Statements moving `quantity` units of a line into a new line of the part. */
export function divideLine(db: Db, sellerId: string, move: { lineId: string; newLineId: string; toOrderId: string; lineNo: number; channelLineNo: number; quantity: number }): Statement[] {
  return [
    statement(
      db,
      sql`
      INSERT INTO order_lines (id, seller_id, order_id, line_no, channel_line_no, sku, channel_sku, channel_item_id, channel_line_id, title, quantity, unit_price,
                               unit_price_unknown, shipped_quantity, allocation)
      SELECT ${move.newLineId}, seller_id, ${move.toOrderId}, ${move.lineNo}, ${move.channelLineNo}, sku, channel_sku, channel_item_id, channel_line_id, title, ${move.quantity}, unit_price,
             unit_price_unknown, 0, allocation
        FROM order_lines WHERE id = ${move.lineId} AND seller_id = ${sellerId}`,
    ),
    statement(db, sql`UPDATE order_lines SET quantity = quantity - ${move.quantity} WHERE id = ${move.lineId} AND seller_id = ${sellerId}`),
  ];
}
