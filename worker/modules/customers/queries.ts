/**
 * Customers on D1, scoped to one seller: the sync's reads and its guarded
 * statements (service.ts runs the sync), lists, reads and writes.
 */
import { sql } from 'drizzle-orm';
import type { Customer, CustomerKey } from '../../../shared/schemas/customers.js';
import { guard, runBatch, type Statement, statement } from '../../db/batch.js';
import { readInChunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import type { CustomerAssignment, OrderBuyer } from './rules.js';

/** Where the seller's customer sync stopped: the rowid of the last order it read (0 before the first). */
export async function readSyncMark(db: Db, sellerId: string): Promise<number> {
  const [mark] = await db.all<{ last: number }>(sql`SELECT last_order_rowid AS last FROM customer_sync WHERE seller_id = ${sellerId}`);
  return mark?.last ?? 0;
}

/** Up to `limit` of the seller's orders captured after rowid `last`, with their buyers, in rowid order. */
export async function readOrderBuyersAfter(db: Db, sellerId: string, last: number, limit: number): Promise<Array<OrderBuyer & { rowid: number }>> {
  return db.all<OrderBuyer & { rowid: number }>(sql`
    SELECT rowid, id AS orderId, channel_id AS channelId, buyer_name AS name, buyer_email AS email, buyer_external_id AS buyerExternalId
      FROM orders WHERE rowid > ${last} AND seller_id = ${sellerId} ORDER BY rowid LIMIT ${limit}`);
}

/**
 * Which customer holds each of `keys` that one holds, read in chunks of bound-size JSON lists.
 * CROSS JOIN: each key is looked up by (seller, key); the planner otherwise walked the seller's every key.
 */
export async function readKeyOwners(db: Db, sellerId: string, keys: readonly string[]): Promise<Map<string, string>> {
  const found = await readInChunks(keys, 500, (json) =>
    db.all<{ key: string; customerId: string }>(sql`
      SELECT k.key, k.customer_id AS customerId FROM json_each(${json}) w
        CROSS JOIN customer_keys k ON k.seller_id = ${sellerId} AND k.key = w.value`),
  );
  return new Map(found.map((f) => [f.key, f.customerId]));
}

/**
 * The statements of one sync round: a guard that the watermark is still
 * `last`, the new watermark `upTo`, and what `a` creates, merges, keys,
 * links and fills in.
 */
export function syncStatements(db: Db, sellerId: string, last: number, upTo: number, a: CustomerAssignment, at: string): Statement[] {
  const json = (v: unknown) => JSON.stringify(v);
  const stmts: Statement[] = [
    guard(db, sql`coalesce((SELECT last_order_rowid FROM customer_sync WHERE seller_id = ${sellerId}), 0) = ${last}`),
    statement(
      db,
      sql`INSERT INTO customer_sync (seller_id, last_order_rowid) VALUES (${sellerId}, ${upTo})
                      ON CONFLICT (seller_id) DO UPDATE SET last_order_rowid = excluded.last_order_rowid`,
    ),
  ];
  if (a.created.length) {
    stmts.push(
      statement(
        db,
        sql`INSERT INTO customers (id, seller_id, name, email, tags, created_at, updated_at)
      SELECT value->>'id', ${sellerId}, value->>'name', value->>'email', '[]', ${at}, ${at} FROM json_each(${json(a.created)})`,
      ),
    );
  }
  for (const m of a.merges) stmts.push(...mergeCustomers(db, sellerId, m.from, m.into, at));
  if (a.keys.length) {
    stmts.push(
      statement(
        db,
        sql`INSERT INTO customer_keys (seller_id, key, customer_id)
      SELECT ${sellerId}, value->>'key', value->>'customerId' FROM json_each(${json(a.keys)})`,
      ),
    );
  }
  if (a.links.length) {
    stmts.push(
      statement(
        db,
        sql`INSERT INTO order_customers (order_id, seller_id, customer_id)
      SELECT value->>'orderId', ${sellerId}, value->>'customerId' FROM json_each(${json(a.links)}) WHERE true
      ON CONFLICT (order_id) DO UPDATE SET customer_id = excluded.customer_id`,
      ),
    );
  }
  if (a.fills.length) {
    stmts.push(
      statement(
        db,
        // Each fill finds its customer by id: on the seller's index the update walked every customer once per fill.
        sql`UPDATE customers SET name = coalesce(customers.name, f.value->>'name'), email = coalesce(customers.email, f.value->>'email')
      FROM json_each(${json(a.fills)}) f WHERE customers.id = f.value->>'id' AND +customers.seller_id = ${sellerId}`,
      ),
    );
  }
  return stmts;
}

/** Statements folding customer `from` into `into`: keys, orders and tags move, `from` goes. */
function mergeCustomers(db: Db, sellerId: string, from: string, into: string, at: string): Statement[] {
  return [
    statement(db, sql`UPDATE customer_keys SET customer_id = ${into} WHERE seller_id = ${sellerId} AND customer_id = ${from}`),
    statement(db, sql`UPDATE order_customers SET customer_id = ${into} WHERE seller_id = ${sellerId} AND customer_id = ${from}`),
    statement(
      db,
      sql`UPDATE customers SET updated_at = ${at}, tags = (
        SELECT json_group_array(value) FROM (SELECT value FROM json_each(customers.tags) UNION
                                             SELECT value FROM json_each((SELECT tags FROM customers WHERE id = ${from} AND seller_id = ${sellerId}))))
      WHERE id = ${into} AND seller_id = ${sellerId}`,
    ),
    statement(db, sql`DELETE FROM customers WHERE id = ${from} AND seller_id = ${sellerId}`),
  ];
}

/** Filters and position of a customer list. */
export interface CustomerFilter {
  tag?: string;
  email?: string;
  after?: { createdAt: string; id: string };
}

/** Customers oldest first, with their keys and numbers. */
export async function listCustomers(db: Db, sellerId: string, filter: CustomerFilter, limit: number): Promise<Customer[]> {
  const rows = await db.all<{ id: string }>(sql`
    SELECT c.id FROM customers c WHERE c.seller_id = ${sellerId}
      ${filter.tag ? sql`AND EXISTS (SELECT 1 FROM json_each(c.tags) t WHERE lower(t.value) = lower(${filter.tag}))` : sql``}
      ${filter.email ? sql`AND c.id IN (SELECT customer_id FROM customer_keys WHERE seller_id = ${sellerId} AND key = ${`email:${filter.email.toLowerCase()}`})` : sql``}
      ${filter.after ? sql`AND (c.created_at, c.id) > (${filter.after.createdAt}, ${filter.after.id})` : sql``}
     ORDER BY c.created_at, c.id LIMIT ${limit}`);
  return readCustomers(
    db,
    sellerId,
    rows.map((r) => r.id),
  );
}

/**
 * The given customers (in that order) with keys, order count and lifetime value.
 * Found by id (`+seller_id` keeps the planner off the seller's whole index).
 */
export async function readCustomers(db: Db, sellerId: string, ids: readonly string[]): Promise<Customer[]> {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const [base, keys, stats] = await Promise.all([
    db.all<{ id: string; name: string | null; email: string | null; tags: string; createdAt: string; redactedAt: string | null }>(sql`
      SELECT id, name, email, tags, created_at AS createdAt, redacted_at AS redactedAt FROM customers WHERE id IN (SELECT value FROM json_each(${list})) AND +seller_id = ${sellerId}`),
    db.all<{ customerId: string; key: string }>(sql`
      SELECT customer_id AS customerId, key FROM customer_keys WHERE customer_id IN (SELECT value FROM json_each(${list})) AND +seller_id = ${sellerId} ORDER BY key`),
    db.all<{ customerId: string; currency: string; orders: number; value: number }>(sql`
      -- A part split off an order is not another purchase: it counts in the value, not as an order.
      SELECT oc.customer_id AS customerId, o.currency, sum(o.parent_order_id IS NULL) AS orders,
             sum(CASE WHEN o.status IN ('cancelled', 'returned') THEN 0 ELSE o.total END) AS value
        FROM order_customers oc JOIN orders o ON o.id = oc.order_id AND +o.seller_id = oc.seller_id
       WHERE oc.seller_id = ${sellerId} AND oc.customer_id IN (SELECT value FROM json_each(${list}))
       GROUP BY oc.customer_id, o.currency`),
  ]);
  const byId = new Map(base.map((b) => [b.id, b]));
  return ids.flatMap((id) => {
    const b = byId.get(id);
    if (!b) return [];
    const mine = stats.filter((s) => s.customerId === id);
    return [
      {
        id,
        name: b.name,
        email: b.email,
        tags: JSON.parse(b.tags) as string[],
        keys: keys.filter((k) => k.customerId === id).map((k) => parseKey(k.key)),
        orderCount: mine.reduce((n, s) => n + s.orders, 0),
        lifetimeValue: Object.fromEntries(mine.map((s) => [s.currency, s.value])),
        redactedAt: b.redactedAt,
        createdAt: b.createdAt,
      },
    ];
  });
}

function parseKey(key: string): CustomerKey {
  if (key.startsWith('email:')) return { type: 'email', email: key.slice(6) };
  const [, channelId = '', ...rest] = key.split(':');
  return { type: 'buyer', channelId, buyerId: rest.join(':') };
}

/** Which of `keys` already belong to a customer. */
export async function ownersOfKeys(db: Db, sellerId: string, keys: readonly string[]): Promise<Array<{ key: string; customerId: string }>> {
  return db.all(sql`SELECT key, customer_id AS customerId FROM customer_keys WHERE seller_id = ${sellerId} AND key IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`);
}

/** Inserts a customer with its keys (a key taken meanwhile aborts the batch). */
export async function insertCustomer(db: Db, sellerId: string, c: { id: string; name: string | null; email: string | null; tags: string[]; keys: string[] }): Promise<void> {
  const at = new Date().toISOString();
  await runBatch(db, [
    statement(
      db,
      sql`INSERT INTO customers (id, seller_id, name, email, tags, created_at, updated_at)
                      VALUES (${c.id}, ${sellerId}, ${c.name}, ${c.email}, ${JSON.stringify(c.tags)}, ${at}, ${at})`,
    ),
    statement(db, sql`INSERT INTO customer_keys (seller_id, key, customer_id) SELECT ${sellerId}, value, ${c.id} FROM json_each(${JSON.stringify(c.keys)})`),
  ]);
}

/** Replaces a customer's tags; false when the customer is not the seller's. */
export async function setCustomerTags(db: Db, sellerId: string, id: string, tags: readonly string[]): Promise<boolean> {
  const res = await db.$client.prepare('UPDATE customers SET tags = ?, updated_at = ? WHERE id = ? AND seller_id = ?').bind(JSON.stringify(tags), new Date().toISOString(), id, sellerId).run();
  return res.meta.changes > 0;
}
