/**
 * Buyers recognised across channels: customers, the keys that recognise
 * them, which customer placed each order, and how far the sync has read.
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { perOrder, sellerRecord, sellerScoped, timestampsNow } from '../../db/schema-columns.js';

/** A buyer, recognised across channels by email or a channel's buyer id. */
export const customers = sqliteTable(
  'customers',
  {
    ...sellerRecord,
    name: text('name'),
    email: text('email'),
    /** JSON array of tags such as "VIP" or "blocked". */
    tags: text('tags', { mode: 'json' }).notNull().default(sql`'[]'`),
    ...timestampsNow,
    /** When the buyer's name and email were removed (retention or erasure, modules/privacy). */
    redactedAt: text('redacted_at'),
  },
  (t) => [index('customers_seller_created').on(t.sellerId, t.createdAt, t.id)],
);

/** What recognises a customer: `email:<lowercased>` or `buyer:<channelId>:<buyer id>`. */
export const customerKeys = sqliteTable(
  'customer_keys',
  {
    ...sellerScoped,
    key: text('key').notNull(),
    customerId: text('customer_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.key] }), index('customer_keys_customer').on(t.customerId)],
);

/** Which customer placed each order (filled by the customer sync). */
export const orderCustomers = sqliteTable(
  'order_customers',
  {
    ...perOrder,
    customerId: text('customer_id').notNull(),
  },
  (t) => [index('order_customers_customer').on(t.sellerId, t.customerId)],
);

/** How far the customer sync has read the seller's orders (by SQLite rowid). */
export const customerSync = sqliteTable('customer_sync', {
  sellerId: text('seller_id').primaryKey(),
  lastOrderRowid: integer('last_order_rowid').notNull().default(0),
});
