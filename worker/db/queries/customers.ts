/**
 * Customers on D1. The customer sync reads orders captured since it last
 * ran (by SQLite rowid, a cheap range), recognises their buyers
 * (domain/customers.ts) and writes customers, keys and order links in one
 * batch guarded on its own watermark — so capture needs no change and two
 * syncs never both apply the same orders. It runs before every read that
 * needs customers (lists, the queue) and from the cron.
 */
import { sql } from 'drizzle-orm';
import type { Customer, CustomerKey } from '../../../shared/schemas/customers.js';
import { assignCustomers, type OrderBuyer } from '../../domain/customers.js';
import { newId } from '../../ids.js';
import { guard, runBatch, statement, withConflictRetry, type Statement } from '../batch.js';
import type { Db } from '../client.js';

/** Orders read per sync round. */
const SYNC_ROUND = 2000;

/** Brings the seller's customers up to date with every captured order. */
export async function syncCustomers(db: Db, sellerId: string): Promise<void> {
  for (let more = true; more; ) more = await withConflictRetry(() => syncRound(db, sellerId));
}

async function syncRound(db: Db, sellerId: string): Promise<boolean> {
  const [mark] = await db.all<{ last: number }>(sql`SELECT last_order_rowid AS last FROM customer_sync WHERE seller_id = ${sellerId}`);
  const last = mark?.last ?? 0;
  const rows = await db.all<{ rowid: number; orderId: string; channelId: string; name: string | null; email: string | null; buyerExternalId: string | null }>(sql`
    SELECT rowid, id AS orderId, channel_id AS channelId, buyer_name AS name, buyer_email AS email, buyer_external_id AS buyerExternalId
      FROM orders WHERE rowid > ${last} AND seller_id = ${sellerId} ORDER BY rowid LIMIT ${SYNC_ROUND}`);
  if (rows.length === 0) return false;
  const orders: OrderBuyer[] = rows;
  const wanted = [...new Set(orders.flatMap((o) => [o.email ? `email:${o.email.trim().toLowerCase()}` : '', o.buyerExternalId ? `buyer:${o.channelId}:${o.buyerExternalId.trim()}` : '']))].filter(Boolean);
  const known = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += 500) {
    const found = await db.all<{ key: string; customerId: string }>(sql`
      SELECT k.key, k.customer_id AS customerId FROM json_each(${JSON.stringify(wanted.slice(i, i + 500))}) w
        JOIN customer_keys k ON k.seller_id = ${sellerId} AND k.key = w.value`);
    for (const f of found) known.set(f.key, f.customerId);
  }
  const a = assignCustomers(orders, known, () => newId('cus'));
  const at = new Date().toISOString();
  const upTo = rows[rows.length - 1]!.rowid;
  const json = (v: unknown) => JSON.stringify(v);
  const stmts: Statement[] = [
    guard(db, sql`coalesce((SELECT last_order_rowid FROM customer_sync WHERE seller_id = ${sellerId}), 0) = ${last}`),
    statement(db, sql`INSERT INTO customer_sync (seller_id, last_order_rowid) VALUES (${sellerId}, ${upTo})
                      ON CONFLICT (seller_id) DO UPDATE SET last_order_rowid = excluded.last_order_rowid`),
  ];
  if (a.created.length) {
    stmts.push(statement(db, sql`INSERT INTO customers (id, seller_id, name, email, tags, created_at, updated_at)
      SELECT value->>'id', ${sellerId}, value->>'name', value->>'email', '[]', ${at}, ${at} FROM json_each(${json(a.created)})`));
  }
  for (const m of a.merges) stmts.push(...mergeCustomers(db, sellerId, m.from, m.into, at));
  if (a.keys.length) {
    stmts.push(statement(db, sql`INSERT INTO customer_keys (seller_id, key, customer_id)
      SELECT ${sellerId}, value->>'key', value->>'customerId' FROM json_each(${json(a.keys)})`));
  }
  if (a.links.length) {
    stmts.push(statement(db, sql`INSERT INTO order_customers (order_id, seller_id, customer_id)
      SELECT value->>'orderId', ${sellerId}, value->>'customerId' FROM json_each(${json(a.links)}) WHERE true
      ON CONFLICT (order_id) DO UPDATE SET customer_id = excluded.customer_id`));
  }
  if (a.fills.length) {
    stmts.push(statement(db, sql`UPDATE customers SET name = coalesce(customers.name, f.value->>'name'), email = coalesce(customers.email, f.value->>'email')
      FROM json_each(${json(a.fills)}) f WHERE customers.id = f.value->>'id' AND customers.seller_id = ${sellerId}`));
  }
  await runBatch(db, stmts);
  return rows.length === SYNC_ROUND;
}

/** Statements folding customer `from` into `into`: keys, orders and tags move, `from` goes. */
function mergeCustomers(db: Db, sellerId: string, from: string, into: string, at: string): Statement[] {
  return [
    statement(db, sql`UPDATE customer_keys SET customer_id = ${into} WHERE seller_id = ${sellerId} AND customer_id = ${from}`),
    statement(db, sql`UPDATE order_customers SET customer_id = ${into} WHERE seller_id = ${sellerId} AND customer_id = ${from}`),
    statement(db, sql`UPDATE customers SET updated_at = ${at}, tags = (
        SELECT json_group_array(value) FROM (SELECT value FROM json_each(customers.tags) UNION
                                             SELECT value FROM json_each((SELECT tags FROM customers WHERE id = ${from} AND seller_id = ${sellerId}))))
      WHERE id = ${into} AND seller_id = ${sellerId}`),
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
  return readCustomers(db, sellerId, rows.map((r) => r.id));
}

/** The given customers (in that order) with keys, order count and lifetime value. */
export async function readCustomers(db: Db, sellerId: string, ids: readonly string[]): Promise<Customer[]> {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const [base, keys, stats] = await Promise.all([
    db.all<{ id: string; name: string | null; email: string | null; tags: string; createdAt: string }>(sql`
      SELECT id, name, email, tags, created_at AS createdAt FROM customers WHERE seller_id = ${sellerId} AND id IN (SELECT value FROM json_each(${list}))`),
    db.all<{ customerId: string; key: string }>(sql`
      SELECT customer_id AS customerId, key FROM customer_keys WHERE seller_id = ${sellerId} AND customer_id IN (SELECT value FROM json_each(${list})) ORDER BY key`),
    db.all<{ customerId: string; currency: string; orders: number; value: number }>(sql`
      SELECT oc.customer_id AS customerId, o.currency, count(*) AS orders,
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
    return [{
      id,
      name: b.name,
      email: b.email,
      tags: JSON.parse(b.tags) as string[],
      keys: keys.filter((k) => k.customerId === id).map((k) => parseKey(k.key)),
      orderCount: mine.reduce((n, s) => n + s.orders, 0),
      lifetimeValue: Object.fromEntries(mine.map((s) => [s.currency, s.value])),
      createdAt: b.createdAt,
    }];
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
export async function insertCustomer(
  db: Db,
  sellerId: string,
  c: { id: string; name: string | null; email: string | null; tags: string[]; keys: string[] },
): Promise<void> {
  const at = new Date().toISOString();
  await runBatch(db, [
    statement(db, sql`INSERT INTO customers (id, seller_id, name, email, tags, created_at, updated_at)
                      VALUES (${c.id}, ${sellerId}, ${c.name}, ${c.email}, ${JSON.stringify(c.tags)}, ${at}, ${at})`),
    statement(db, sql`INSERT INTO customer_keys (seller_id, key, customer_id) SELECT ${sellerId}, value, ${c.id} FROM json_each(${JSON.stringify(c.keys)})`),
  ]);
}

/** Replaces a customer's tags; false when the customer is not the seller's. */
export async function setCustomerTags(db: Db, sellerId: string, id: string, tags: readonly string[]): Promise<boolean> {
  const res = await db.$client
    .prepare('UPDATE customers SET tags = ?, updated_at = ? WHERE id = ? AND seller_id = ?')
    .bind(JSON.stringify(tags), new Date().toISOString(), id, sellerId)
    .run();
  return res.meta.changes > 0;
}
