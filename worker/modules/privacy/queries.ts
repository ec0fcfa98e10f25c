/**
 * SQL of buyer-data retention and erasure: which orders are due, what they
 * hold, and the statements that remove buyer data from every place it was
 * copied to. Order ids travel as one JSON parameter (json_each), so no
 * statement binds more than a handful of parameters.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { AddressInput } from '../../../shared/schemas/order.js';
import type { OrderStatus } from '../../../shared/status.js';
import { guard, type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { erasureReceipts, retentionSettings } from '../../db/schema.js';
import { BUYER_CHANGE_FIELDS, CLOSED_STATUSES, DEFAULT_RETENTION_DAYS, MARKETPLACE_MAX_DAYS, MAX_RETENTION_DAYS, SHIPPED_OR_CLOSED } from './rules.js';

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The seller's retention settings: channel kind (or `*`) → days. */
export async function readRetentionSettings(db: Db, sellerId: string): Promise<Map<string, number>> {
  const rows = await db.select().from(retentionSettings).where(eq(retentionSettings.sellerId, sellerId));
  return new Map(rows.map((r) => [r.channelKind, r.days]));
}

/** Statements replacing the seller's retention settings with `settings` (kind or `*` → days). */
export function replaceRetentionSettings(db: Db, sellerId: string, settings: ReadonlyMap<string, number>, at: string): Statement[] {
  const rows = [...settings].map(([channelKind, days]) => ({ channelKind, days }));
  return [
    statement(db, db.delete(retentionSettings).where(eq(retentionSettings.sellerId, sellerId))),
    statement(
      db,
      sql`
      INSERT INTO retention_settings (seller_id, channel_kind, days, updated_at)
      SELECT ${sellerId}, value->>'channelKind', value->>'days', ${at} FROM json_each(${JSON.stringify(rows)})`,
    ),
  ];
}

/** An order whose buyer data is due to go. */
export interface DueOrder {
  id: string;
  sellerId: string;
  /** Why: the retention period ran out, or an erasure waited for it to ship. */
  cause: 'retention' | 'erasure';
  /** Its SQLite rowid, compared with the customer sync's mark. */
  rowid: number;
}

/**
 * Up to `limit` orders, of any seller, whose buyer data is due to go at
 * `now`: closed orders past their seller's period for their channel kind
 * (counted from when the order reached its closing status, by the channel's
 * own time when a capture brought it there), and orders whose erasure waited
 * for them to ship.
 */
export async function readDueOrders(db: Db, now: string, limit: number): Promise<DueOrder[]> {
  const maxima = JSON.stringify(MARKETPLACE_MAX_DAYS);
  return db.all<DueOrder>(sql`
    SELECT id, seller_id AS sellerId, 'erasure' AS cause, rowid FROM orders
     WHERE id IN (SELECT order_id FROM pending_erasures)
       AND status IN (${list(SHIPPED_OR_CLOSED)})
    UNION ALL
    SELECT * FROM (
      SELECT o.id, o.seller_id AS sellerId, 'retention' AS cause, o.rowid AS rowid
        FROM orders o
        JOIN channels c ON c.id = o.channel_id
        LEFT JOIN retention_settings rk ON rk.seller_id = o.seller_id AND rk.channel_kind = c.kind
        LEFT JOIN retention_settings rd ON rd.seller_id = o.seller_id AND rd.channel_kind = '*'
       WHERE o.redacted_at IS NULL AND o.status IN (${list(CLOSED_STATUSES)})
         AND julianday(COALESCE(
               (SELECT MAX(CASE WHEN e.kind IN ('captured', 'updated') THEN MIN(e.at, o.source_updated_at) ELSE e.at END)
                  FROM order_events e
                 WHERE e.order_id = o.id AND e.to_status = o.status AND e.from_status IS NOT e.to_status),
               o.source_updated_at))
             + MIN(COALESCE(rk.days, rd.days, ${DEFAULT_RETENTION_DAYS}), COALESCE(json_extract(${maxima}, '$.' || c.kind), ${MAX_RETENTION_DAYS}))
             <= julianday(${now})
       LIMIT ${limit})
    LIMIT ${limit}`);
}

/** What redacting an order needs to know of it. */
export interface OrderToRedact {
  id: string;
  externalId: string;
  status: OrderStatus;
  version: number;
  buyerName: string | null;
  buyerEmail: string | null;
  shipTo: AddressInput | null;
  lines: Array<{ sku: string | null; channelSku: string | null }>;
  tracking: string[];
}

/** The seller's orders among `ids`, with what their search text is made of. */
export async function readOrdersToRedact(db: Db, sellerId: string, ids: readonly string[]): Promise<OrderToRedact[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT o.id, o.external_id, o.status, o.version, o.buyer_name, o.buyer_email, o.ship_to,
           (SELECT json_group_array(json_object('sku', l.sku, 'channelSku', l.channel_sku)) FROM order_lines l WHERE l.order_id = o.id) AS lines,
           (SELECT json_group_array(s.tracking_number) FROM shipments s WHERE s.order_id = o.id AND s.tracking_number IS NOT NULL) AS tracking
      FROM json_each(${JSON.stringify(ids)}) k
      CROSS JOIN orders o ON o.id = k.value AND o.seller_id = ${sellerId}`);
  return rows.map((r) => ({
    id: r.id as string,
    externalId: r.external_id as string,
    status: r.status as OrderStatus,
    version: r.version as number,
    buyerName: r.buyer_name as string | null,
    buyerEmail: r.buyer_email as string | null,
    shipTo: r.ship_to == null ? null : (JSON.parse(r.ship_to as string) as AddressInput),
    lines: JSON.parse(r.lines as string) as OrderToRedact['lines'],
    tracking: JSON.parse(r.tracking as string) as string[],
  }));
}

/** One order's state after redaction, as the statements write it. */
export interface RedactedOrder {
  id: string;
  /** The version read: the batch aborts if the order changed since. */
  version: number;
  searchText: string;
  shipTo: AddressInput | null;
  /** True: the buyer data is gone for good (`redacted_at` set); false: the address stays until the order ships. */
  final: boolean;
}

/**
 * Statements removing the buyer data of `rows` from the orders, their
 * history's changes, the search index (through search_text's trigger), and
 * stored idempotent answers naming them; guarded on each order's version.
 */
export function redactOrderStatements(db: Db, sellerId: string, rows: readonly RedactedOrder[], at: string): Statement[] {
  if (rows.length === 0) return [];
  const json = JSON.stringify(rows);
  const ids = JSON.stringify(rows.map((r) => r.id));
  const fields = list(BUYER_CHANGE_FIELDS);
  return [
    guard(db, sql`NOT EXISTS (SELECT 1 FROM json_each(${json}) j JOIN orders o ON o.id = j.value->>'id' WHERE o.version != j.value->>'version')`),
    statement(
      db,
      sql`
      UPDATE orders SET buyer_name = NULL, buyer_email = NULL,
             ship_to = CASE WHEN j.value->>'shipTo' IS NULL THEN NULL ELSE json(j.value->'shipTo') END,
             search_text = j.value->>'searchText',
             redacted_at = CASE WHEN j.value->>'final' THEN ${at} ELSE redacted_at END,
             version = version + 1
        FROM json_each(${json}) j
       -- The unary + keeps the planner on the id lookups: an index on seller_id would scan the seller's whole book per chunk.
       WHERE orders.id = j.value->>'id' AND +orders.seller_id = ${sellerId}`,
    ),
    statement(
      db,
      sql`
      UPDATE order_events SET changes = (
               SELECT json_group_array(CASE WHEN c.value->>'field' IN (${fields})
                                            THEN json_object('field', c.value->>'field', 'from', NULL, 'to', NULL, 'redacted', json('true'))
                                            ELSE json(c.value) END)
                 FROM json_each(order_events.changes) c)
       WHERE seller_id = ${sellerId} AND order_id IN (SELECT value FROM json_each(${ids}))
         AND EXISTS (SELECT 1 FROM json_each(order_events.changes) c WHERE c.value->>'field' IN (${fields}) AND c.value->>'redacted' IS NULL)`,
    ),
    // Stored answers live a day; one that named these orders may carry their buyer.
    statement(
      db,
      sql`
      DELETE FROM idempotency_keys WHERE seller_id = ${sellerId} AND response_body IS NOT NULL
         AND EXISTS (SELECT 1 FROM json_each(${ids}) k WHERE instr(idempotency_keys.response_body, k.value) > 0)`,
    ),
  ];
}

/**
 * Statements removing name and email from the customers who placed `orderIds`
 * once none of their orders holds buyer data any more, with the email keys
 * that recognised them. `customerIds` are erased whatever their orders hold.
 */
export function redactCustomerStatements(db: Db, sellerId: string, orderIds: readonly string[], customerIds: readonly string[], at: string): Statement[] {
  const orders = JSON.stringify(orderIds);
  const named = JSON.stringify(customerIds);
  // Reached from the orders' links (an index probe each), never by scanning the seller's customers.
  const affected = sql`SELECT value FROM json_each(${named})
    UNION
    SELECT l.customer_id FROM json_each(${orders}) k
      CROSS JOIN order_customers l ON l.order_id = k.value AND l.seller_id = ${sellerId}
     WHERE NOT EXISTS (SELECT 1 FROM order_customers oc JOIN orders o ON o.id = oc.order_id
                        WHERE oc.seller_id = ${sellerId} AND oc.customer_id = l.customer_id AND o.redacted_at IS NULL)`;
  // `+seller_id`: look up the affected few by id, not scan every customer and key of the seller.
  return [
    statement(db, sql`DELETE FROM customer_keys WHERE +seller_id = ${sellerId} AND key LIKE 'email:%' AND customer_id IN (${affected})`),
    statement(
      db,
      sql`UPDATE customers SET name = NULL, email = NULL, redacted_at = COALESCE(redacted_at, ${at}), updated_at = ${at}
                       WHERE +seller_id = ${sellerId} AND id IN (${affected}) AND (name IS NOT NULL OR email IS NOT NULL OR redacted_at IS NULL)`,
    ),
  ];
}

/** Statements dropping stored idempotent answers of the seller that contain any of `texts` (a buyer's email, name…). */
export function forgetAnswersContaining(db: Db, sellerId: string, texts: readonly string[]): Statement[] {
  if (texts.length === 0) return [];
  return [
    statement(
      db,
      sql`
    DELETE FROM idempotency_keys WHERE seller_id = ${sellerId} AND response_body IS NOT NULL
       AND EXISTS (SELECT 1 FROM json_each(${JSON.stringify(texts)}) t WHERE instr(lower(idempotency_keys.response_body), lower(t.value)) > 0)`,
    ),
  ];
}

/** Statements marking open orders whose erasure waits for shipping. */
export function awaitShipment(db: Db, sellerId: string, orderIds: readonly string[], receiptId: string): Statement[] {
  if (orderIds.length === 0) return [];
  return [
    statement(
      db,
      sql`
    INSERT OR REPLACE INTO pending_erasures (order_id, seller_id, receipt_id)
    SELECT value, ${sellerId}, ${receiptId} FROM json_each(${JSON.stringify(orderIds)})`,
    ),
  ];
}

/** Statement clearing the waiting marks of orders now erased. */
export function clearPendingErasures(db: Db, sellerId: string, orderIds: readonly string[]): Statement[] {
  if (orderIds.length === 0) return [];
  return [statement(db, sql`DELETE FROM pending_erasures WHERE seller_id = ${sellerId} AND order_id IN (SELECT value FROM json_each(${JSON.stringify(orderIds)}))`)];
}

/** An erasure receipt: what was erased, when, by whom; never the data itself. */
export type ErasureReceiptRow = typeof erasureReceipts.$inferSelect;

/** Statement storing a receipt. */
export function insertReceipt(db: Db, receipt: ErasureReceiptRow): Statement {
  return statement(db, db.insert(erasureReceipts).values(receipt));
}

/** The seller's receipt `id`, if any. */
export async function readReceipt(db: Db, sellerId: string, id: string): Promise<ErasureReceiptRow | undefined> {
  const [row] = await db
    .select()
    .from(erasureReceipts)
    .where(and(eq(erasureReceipts.sellerId, sellerId), eq(erasureReceipts.id, id)));
  return row;
}

/** The orders of a buyer: those linked to the customer and those bearing the email. */
export async function readBuyerOrders(db: Db, sellerId: string, customerId: string | null, email: string | null): Promise<Array<{ id: string; status: OrderStatus }>> {
  return db.all<{ id: string; status: OrderStatus }>(sql`
    SELECT id, status FROM orders
     WHERE seller_id = ${sellerId} AND id IN (SELECT order_id FROM order_customers WHERE seller_id = ${sellerId} AND customer_id = ${customerId})
    UNION
    SELECT id, status FROM orders WHERE seller_id = ${sellerId} AND ${email} IS NOT NULL AND buyer_email = lower(${email})
     ORDER BY id`);
}

/** The seller's customer by id, or the owner of an email key. */
export async function findBuyer(db: Db, sellerId: string, by: { customerId: string } | { email: string }): Promise<{ id: string; name: string | null; email: string | null } | undefined> {
  const [row] =
    'customerId' in by
      ? await db.all<{ id: string; name: string | null; email: string | null }>(sql`SELECT id, name, email FROM customers WHERE seller_id = ${sellerId} AND id = ${by.customerId}`)
      : await db.all<{ id: string; name: string | null; email: string | null }>(sql`
        SELECT c.id, c.name, c.email FROM customer_keys k JOIN customers c ON c.id = k.customer_id
         WHERE k.seller_id = ${sellerId} AND k.key = ${`email:${by.email.toLowerCase()}`}`);
  return row;
}
