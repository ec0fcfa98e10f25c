/**
 * Parcels learned from order files: which tracking numbers an order already
 * has, and writing the new ones with their lookup text.
 */
import { sql } from 'drizzle-orm';
import { type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/** The tracking numbers each of these orders already has, by order id. */
export async function trackingByOrder(db: Db, sellerId: string, orderIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (let i = 0; i < orderIds.length; i += 500) {
    const rows = await db.all<{ orderId: string; trackingNumber: string }>(sql`
      SELECT s.order_id AS orderId, s.tracking_number AS trackingNumber
        FROM json_each(${JSON.stringify(orderIds.slice(i, i + 500))}) k
        CROSS JOIN shipments s ON s.order_id = k.value AND s.seller_id = ${sellerId} AND s.tracking_number IS NOT NULL`);
    for (const r of rows) {
      const set = found.get(r.orderId) ?? new Set<string>();
      set.add(r.trackingNumber);
      found.set(r.orderId, set);
    }
  }
  return found;
}

/** A parcel to record for an order. */
export interface ParcelWrite {
  id: string;
  orderId: string;
  trackingNumber: string;
  carrier: string | null;
  service: string | null;
  shippedAt: string;
  source: string;
}

/**
 * Statements recording parcels, each skipped when its order already has its
 * tracking number (a concurrent import got there first), and adding the
 * numbers to the orders' lookup text.
 */
export function insertParcels(db: Db, sellerId: string, parcels: readonly ParcelWrite[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < parcels.length; i += 250) {
    const part = JSON.stringify(parcels.slice(i, i + 250));
    out.push(
      statement(
        db,
        sql`
        UPDATE orders SET search_text = search_text || ' ' || n.numbers
          FROM (SELECT j.value->>'orderId' AS order_id, group_concat(j.value->>'trackingNumber', ' ') AS numbers
                  FROM json_each(${part}) j
                 WHERE NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = j.value->>'orderId' AND s.seller_id = ${sellerId}
                                      AND s.tracking_number = j.value->>'trackingNumber')
                 GROUP BY 1) n
         WHERE orders.id = n.order_id AND orders.seller_id = ${sellerId}`,
      ),
      statement(
        db,
        sql`
        INSERT INTO shipments (id, seller_id, order_id, carrier, service, tracking_number, shipped_at, lines, source)
        SELECT j.value->>'id', ${sellerId}, j.value->>'orderId', j.value->>'carrier', j.value->>'service', j.value->>'trackingNumber',
               j.value->>'shippedAt', '[]', j.value->>'source'
          FROM json_each(${part}) j
         WHERE NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = j.value->>'orderId' AND s.seller_id = ${sellerId}
                              AND s.tracking_number = j.value->>'trackingNumber')`,
      ),
    );
  }
  return out;
}
