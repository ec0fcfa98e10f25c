/**
 * The stock rows a split moves: reservations and line components follow the
 * units of a line into the order's new part. Counters on the levels do not
 * change (the same units stay reserved), so no ledger move is written.
 */
import { sql } from 'drizzle-orm';
import { guard, type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/** What the given lines hold and consume per unit. */
export async function readLineStock(
  db: Db,
  sellerId: string,
  lineIds: readonly string[],
): Promise<{ held: Array<{ lineId: string; sku: string; location: string; quantity: number }>; components: Array<{ lineId: string; sku: string; perUnit: number }> }> {
  const ids = JSON.stringify(lineIds);
  const [held, components] = await Promise.all([
    db.all<{ lineId: string; sku: string; location: string; quantity: number }>(sql`
      SELECT r.line_id AS lineId, r.sku, r.location, r.quantity FROM json_each(${ids}) k
       CROSS JOIN reservations r ON r.line_id = k.value WHERE r.seller_id = ${sellerId}`),
    db.all<{ lineId: string; sku: string; perUnit: number }>(sql`
      SELECT c.line_id AS lineId, c.sku, c.per_unit AS perUnit FROM json_each(${ids}) k
       CROSS JOIN line_components c ON c.line_id = k.value WHERE c.seller_id = ${sellerId}`),
  ]);
  return { held, components };
}

/** Aborts the batch unless the line still holds `units` in all (a concurrent reallocation moved them). */
export function lineHoldsGuard(db: Db, sellerId: string, lineId: string, units: number): Statement {
  return guard(db, sql`(SELECT coalesce(sum(quantity), 0) FROM reservations WHERE seller_id = ${sellerId} AND line_id = ${lineId}) = ${units}`);
}

/** Statements handing a whole line's stock rows to another order. */
export function moveLineStockRows(db: Db, sellerId: string, lineId: string, toOrderId: string): Statement[] {
  return [
    statement(db, sql`UPDATE reservations SET order_id = ${toOrderId} WHERE seller_id = ${sellerId} AND line_id = ${lineId}`),
    statement(db, sql`UPDATE line_components SET order_id = ${toOrderId} WHERE seller_id = ${sellerId} AND line_id = ${lineId}`),
  ];
}

/**
 * Statements dividing a line's stock rows with a new line of another order:
 * the new line consumes the same components per unit; the reservations are
 * rewritten as `kept` (old line) and `taken` (new line).
 */
export function divideLineStockRows(
  db: Db,
  sellerId: string,
  split: {
    fromLineId: string;
    toLineId: string;
    toOrderId: string;
    fromOrderId: string;
    kept: ReadonlyArray<{ sku: string; location: string; quantity: number }>;
    taken: ReadonlyArray<{ sku: string; location: string; quantity: number }>;
  },
): Statement[] {
  const rows = [...split.kept.map((r) => ({ ...r, lineId: split.fromLineId, orderId: split.fromOrderId })), ...split.taken.map((r) => ({ ...r, lineId: split.toLineId, orderId: split.toOrderId }))];
  const out: Statement[] = [
    statement(
      db,
      sql`INSERT INTO line_components (seller_id, line_id, order_id, sku, per_unit)
          SELECT seller_id, ${split.toLineId}, ${split.toOrderId}, sku, per_unit FROM line_components WHERE seller_id = ${sellerId} AND line_id = ${split.fromLineId}`,
    ),
    statement(db, sql`DELETE FROM reservations WHERE seller_id = ${sellerId} AND line_id = ${split.fromLineId}`),
  ];
  if (rows.length) {
    out.push(
      statement(
        db,
        sql`INSERT INTO reservations (seller_id, line_id, order_id, sku, location, quantity)
            SELECT ${sellerId}, j->>'lineId', j->>'orderId', j->>'sku', j->>'location', j->>'quantity' FROM (SELECT value AS j FROM json_each(${JSON.stringify(rows)}))`,
      ),
    );
  }
  return out;
}
