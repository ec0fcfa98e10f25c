/** Pick lists on D1: what a list needs of its orders, storing a list, reading one back. */
import { sql } from 'drizzle-orm';
import type { PickList } from '../../../shared/schemas/fulfillment.js';
import type { OrderStatus, PaymentStatus } from '../../../shared/status.js';
import { type Statement, statement } from '../../db/batch.js';
import { readInChunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { pickLists } from '../../db/schema.js';
import type { PickNeed } from './pick-list.js';

/** An order as a pick list moves it: its version guards the move. */
export interface PickedOrder {
  id: string;
  externalId: string;
  channelId: string;
  version: number;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
}

/** The seller's orders among `ids`, and what each line needs picked (its reservations, else its open units), in the order given. */
export async function readPickNeeds(db: Db, sellerId: string, ids: readonly string[]): Promise<{ orders: PickedOrder[]; needs: PickNeed[] }> {
  // Looked up by id from the list (CROSS JOIN fixes the order): `id IN (…)` let the planner walk all the seller's orders.
  const orders = await readInChunks(ids, ORDERS_PER_READ, (json) =>
    db.all<PickedOrder>(sql`
        SELECT o.id, o.external_id AS externalId, o.channel_id AS channelId, o.version, o.status, o.payment_status AS paymentStatus
          FROM json_each(${json}) k CROSS JOIN orders o ON o.id = k.value
         WHERE o.seller_id = ${sellerId}`),
  );
  const needs = await readInChunks(ids, ORDERS_PER_READ, (json) =>
    db.all<PickNeed>(sql`
        SELECT o.id AS orderId, o.external_id AS externalId, l.id AS lineId,
               coalesce(r.sku, l.sku, l.channel_sku, l.channel_item_id) AS sku, coalesce(r.location, 'default') AS location,
               coalesce(r.quantity, l.quantity - l.shipped_quantity) AS units
          FROM json_each(${json}) k JOIN orders o ON o.id = k.value AND o.seller_id = ${sellerId}
          JOIN order_lines l ON l.order_id = o.id AND +l.seller_id = o.seller_id
          LEFT JOIN reservations r ON r.line_id = l.id AND +r.seller_id = o.seller_id
         ORDER BY k.key, l.line_no`),
  );
  return { orders, needs };
}
/** Orders read per statement: their ids travel as one JSON parameter, so this bounds its size. */
const ORDERS_PER_READ = 100;

/** The statement storing pick list `list`. */
export function insertPickList(db: Db, sellerId: string, list: PickList): Statement {
  return statement(db, db.insert(pickLists).values({ id: list.id, sellerId, orderIds: list.orderIds, items: list.items, createdAt: list.createdAt }));
}

/** A stored pick list, or undefined. */
export async function findPickList(db: Db, sellerId: string, id: string): Promise<PickList | undefined> {
  const [row] = await db.all<{ id: string; createdAt: string; orderIds: string; items: string }>(sql`
    SELECT id, created_at AS createdAt, order_ids AS orderIds, items FROM pick_lists WHERE id = ${id} AND seller_id = ${sellerId}`);
  return row && { id: row.id, createdAt: row.createdAt, orderIds: JSON.parse(row.orderIds) as string[], items: JSON.parse(row.items) as PickList['items'] };
}
