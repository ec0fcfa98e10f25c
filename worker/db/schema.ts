/**
 * The D1 schema, as drizzle tables. Every table carries `seller_id` and every
 * query filters on it. Times are ISO-8601 UTC text; money is integer minor
 * units beside a currency. drizzle-kit turns this file into the SQL
 * migrations under worker/migrations.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** A business selling on one or more marketplaces. */
export const sellers = sqliteTable('sellers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/** API tokens; only a SHA-256 hash of the secret is kept. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull().references(() => sellers.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: text('created_at').notNull().default(now),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash').on(t.tokenHash), index('api_tokens_seller').on(t.sellerId)],
);

/** A marketplace account (or another source of orders) of a seller. */
export const channels = sqliteTable(
  'channels',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull().references(() => sellers.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Shared secret for the channel's incoming webhooks (e.g. Shopify), if set. */
    webhookSecret: text('webhook_secret'),
    /** Which of the seller's accounts on the marketplace this is (e.g. `amazon.de`, a Shopify store handle), when known. */
    accountKey: text('account_key'),
    createdAt: text('created_at').notNull().default(now),
  },
  // NULL keys are distinct in SQLite, so channels without an account key never collide.
  (t) => [index('channels_seller').on(t.sellerId), uniqueIndex('channels_seller_kind_account').on(t.sellerId, t.kind, t.accountKey)],
);

/** One order of one channel. (seller, channel, external id) is unique. */
export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull().references(() => sellers.id),
    channelId: text('channel_id').notNull().references(() => channels.id),
    externalId: text('external_id').notNull(),
    status: text('status').notNull(),
    channelStatus: text('channel_status'),
    placedAt: text('placed_at').notNull(),
    /** The channel's own last-update time of the newest capture applied. */
    sourceUpdatedAt: text('source_updated_at').notNull(),
    currency: text('currency').notNull(),
    total: integer('total').notNull(),
    buyerName: text('buyer_name'),
    buyerEmail: text('buyer_email'),
    buyerExternalId: text('buyer_external_id'),
    serviceLevel: text('service_level').notNull(),
    shipBy: text('ship_by'),
    paymentStatus: text('payment_status').notNull(),
    shipTo: text('ship_to', { mode: 'json' }),
    /** Text the lookup searches (order number, buyer, SKUs, tracking), indexed by FTS5. */
    searchText: text('search_text').notNull(),
    /** Bumped on every write; guards optimistic updates. */
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('orders_channel_external').on(t.sellerId, t.channelId, t.externalId),
    index('orders_seller_external').on(t.sellerId, t.externalId),
    index('orders_seller_placed').on(t.sellerId, t.placedAt, t.id),
    index('orders_seller_status_placed').on(t.sellerId, t.status, t.placedAt),
    // Ends in the rowid: the customer sync reads a seller's orders captured since its watermark by range.
    index('orders_seller_rowid').on(t.sellerId),
  ],
);

/** The lines of an order. */
export const orderLines = sqliteTable(
  'order_lines',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    orderId: text('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    sku: text('sku'),
    channelSku: text('channel_sku'),
    title: text('title'),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    shippedQuantity: integer('shipped_quantity').notNull().default(0),
    /** allocated | short | unmapped | none (not committing stock). */
    allocation: text('allocation').notNull().default('none'),
  },
  (t) => [uniqueIndex('order_lines_order_line').on(t.orderId, t.lineNo), index('order_lines_seller_sku').on(t.sellerId, t.sku)],
);

/** The history of an order: every change, where it came from and when. */
export const orderEvents = sqliteTable(
  'order_events',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    orderId: text('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    source: text('source').notNull(),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    changes: text('changes', { mode: 'json' }).notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('order_events_order').on(t.orderId, t.at),
    // Reports find when an order moved into a shipped status without reading every event of it.
    index('order_events_order_to_status').on(t.orderId, t.toStatus, t.at),
  ],
);

/** Parcels sent for an order, with their tracking. */
export const shipments = sqliteTable(
  'shipments',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    orderId: text('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    carrier: text('carrier'),
    service: text('service'),
    trackingNumber: text('tracking_number'),
    shippedAt: text('shipped_at').notNull(),
    /** The lines and quantities in this parcel: [{lineId, quantity}]. */
    lines: text('lines', { mode: 'json' }).notNull().default(sql`'[]'`),
  },
  (t) => [
    index('shipments_order').on(t.orderId),
    index('shipments_seller_tracking').on(t.sellerId, t.trackingNumber),
    // Reports read an order's first ship time from the index alone.
    index('shipments_order_shipped').on(t.orderId, t.shippedAt),
  ],
);

/** Idempotency keys: the first answer to a keyed request, replayed for 24 h. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    sellerId: text('seller_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    /** running | done */
    state: text('state').notNull(),
    statusCode: integer('status_code'),
    responseBody: text('response_body'),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.key] }), index('idempotency_keys_expires').on(t.expiresAt)],
);

/**
 * A one-column table whose CHECK fails on any inserted 0: a batch inserts
 * `SELECT 0 WHERE <condition broken>` to abort itself (see db/batch.ts), as
 * D1 has no interactive transactions.
 */
export const batchGuard = sqliteTable('batch_guard', { ok: integer('ok').notNull() }, (t) => [check('batch_guard_ok', sql`${t.ok} = 1`)]);

export * from './schema-inventory.js';
export * from './schema-fulfillment.js';
export * from './schema-hooks.js';
export * from './schema-reading.js';
