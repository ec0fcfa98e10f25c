/**
 * The fulfillment tables: versioned priority rules, customers recognised
 * across channels, holds, pick lists, returns, and the outgoing-webhook
 * outbox with its deliveries. Every row carries its seller. Re-exported from
 * schema.ts so drizzle-kit writes them into the migrations.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** One version of a seller's ordered rule list; the highest version is current. */
export const ruleSets = sqliteTable(
  'rule_sets',
  {
    sellerId: text('seller_id').notNull(),
    version: integer('version').notNull(),
    rules: text('rules', { mode: 'json' }).notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.version] })],
);

/** A buyer, recognised across channels by email or a channel's buyer id. */
export const customers = sqliteTable(
  'customers',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    name: text('name'),
    email: text('email'),
    /** JSON array of tags such as "VIP" or "blocked". */
    tags: text('tags', { mode: 'json' }).notNull().default(sql`'[]'`),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('customers_seller_created').on(t.sellerId, t.createdAt, t.id)],
);

/** What recognises a customer: `email:<lowercased>` or `buyer:<channelId>:<buyer id>`. */
export const customerKeys = sqliteTable(
  'customer_keys',
  {
    sellerId: text('seller_id').notNull(),
    key: text('key').notNull(),
    customerId: text('customer_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.key] }), index('customer_keys_customer').on(t.customerId)],
);

/** Which customer placed each order (filled by the customer sync). */
export const orderCustomers = sqliteTable(
  'order_customers',
  {
    orderId: text('order_id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    customerId: text('customer_id').notNull(),
  },
  (t) => [index('order_customers_customer').on(t.sellerId, t.customerId)],
);

/** How far the customer sync has read the seller's orders (by SQLite rowid). */
export const customerSync = sqliteTable('customer_sync', {
  sellerId: text('seller_id').primaryKey(),
  lastOrderRowid: integer('last_order_rowid').notNull().default(0),
});

/**
 * A hold on an order: `manual` (placed by the seller, moves the order to
 * on_hold) or `rule` (a rule's verdict, recorded when first seen). Active
 * while `released_at` is null.
 */
export const orderHolds = sqliteTable(
  'order_holds',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    orderId: text('order_id').notNull(),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    ruleId: text('rule_id'),
    placedAt: text('placed_at').notNull(),
    releasedAt: text('released_at'),
    releaseReason: text('release_reason'),
  },
  (t) => [index('order_holds_seller_active').on(t.sellerId, t.releasedAt, t.orderId), index('order_holds_order').on(t.orderId)],
);

/** A pick list: what to take from where, fixed when it was made. */
export const pickLists = sqliteTable(
  'pick_lists',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    orderIds: text('order_ids', { mode: 'json' }).notNull(),
    items: text('items', { mode: 'json' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('pick_lists_seller_created').on(t.sellerId, t.createdAt)],
);

/** Units that came back, per line, and whether they went back on the shelf. */
export const orderReturns = sqliteTable(
  'order_returns',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    orderId: text('order_id').notNull(),
    lines: text('lines', { mode: 'json' }).notNull(),
    restock: integer('restock', { mode: 'boolean' }).notNull(),
    reason: text('reason'),
    at: text('at').notNull(),
  },
  (t) => [index('order_returns_order').on(t.orderId)],
);

/** An endpoint a seller registered for outgoing webhooks. The secret signs deliveries. */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    url: text('url').notNull(),
    /** JSON array of event types. */
    events: text('events', { mode: 'json' }).notNull(),
    secret: text('secret').notNull(),
    description: text('description'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('webhook_endpoints_seller').on(t.sellerId)],
);

/**
 * The durable outbox: every event, written in the same batch as the change
 * that caused it. `seq` orders events; `subject` (an order id, or `sku:<sku>`)
 * is what deliveries keep in order.
 */
export const outboxEvents = sqliteTable(
  'outbox_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    sellerId: text('seller_id').notNull(),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    payload: text('payload').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('outbox_events_id').on(t.id),
    index('outbox_events_seller_created').on(t.sellerId, t.createdAt),
    // The event feed reads one seller's events after a seq, in seq order.
    index('outbox_events_seller_seq').on(t.sellerId, t.seq),
  ],
);

/** One event to one endpoint: pending until the endpoint answers 2xx, or dead after the last try. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    endpointId: text('endpoint_id').notNull(),
    eventSeq: integer('event_seq').notNull(),
    subject: text('subject').notNull(),
    /** pending | delivered | dead */
    state: text('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    /** A drain that claimed this delivery owns it until then. */
    leaseUntil: text('lease_until'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: text('delivered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('webhook_deliveries_due').on(t.state, t.nextAttemptAt),
    index('webhook_deliveries_subject').on(t.endpointId, t.subject, t.state, t.eventSeq),
    index('webhook_deliveries_endpoint').on(t.sellerId, t.endpointId, t.eventSeq),
  ],
);

/** Each try of a delivery: when, what the endpoint answered, how long it took. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    deliveryId: text('delivery_id').notNull(),
    at: text('at').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery').on(t.deliveryId, t.at)],
);

/**
 * The queue's memory: each open order's place as of its last evaluation
 * (bucket, sort key, the entry shown). An entry is trusted only while the
 * order's version and the rules version are those it was made from, and
 * until `valid_until` (the next ship-by threshold a rule watches); otherwise
 * the order is evaluated again on the next read. Triggers (migration 0008)
 * bump the version when the order's lines, allocation or buyer change, and
 * delete the entry when the order leaves the open statuses. `customer_sig`
 * and `short` only record what the entry was made from.
 */
export const queueEntries = sqliteTable(
  'queue_entries',
  {
    orderId: text('order_id').primaryKey(),
    sellerId: text('seller_id').notNull(),
    orderVersion: integer('order_version').notNull(),
    rulesVersion: integer('rules_version').notNull(),
    customerSig: text('customer_sig'),
    short: integer('short').notNull(),
    /** ready | short | held */
    bucket: text('bucket').notNull(),
    sortKey: text('sort_key').notNull(),
    validUntil: text('valid_until').notNull(),
    entry: text('entry').notNull(),
  },
  (t) => [
    index('queue_entries_bucket').on(t.sellerId, t.bucket, t.sortKey),
    // Entries made under other rules, or past their ship-by threshold, found by range.
    index('queue_entries_rules_until').on(t.sellerId, t.rulesVersion, t.validUntil, t.orderId),
  ],
);

/**
 * Orders whose queue place is to be worked out again, marked by triggers
 * (migration 0010) when an order is captured or changes version while open,
 * or leaves the open statuses with a rule hold on record. The queue read
 * clears a mark in the batch that stores the order's place, so a read finds
 * what changed without comparing every open order.
 */
export const queueStale = sqliteTable(
  'queue_stale',
  {
    orderId: text('order_id').primaryKey(),
    sellerId: text('seller_id').notNull(),
  },
  (t) => [index('queue_stale_seller').on(t.sellerId, t.orderId)],
);
