/**
 * The order book: orders, their lines and event history, manual holds, the
 * units that came back and the money given back.
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdNow, provenance, sellerRecord, timestampsNow } from '../../db/schema-columns.js';
import { channels, sellerOwnedRecord } from '../accounts/schema.js';

/** One order of one channel. (seller, channel, external id) is unique. */
export const orders = sqliteTable(
  'orders',
  {
    ...sellerOwnedRecord,
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id),
    externalId: text('external_id').notNull(),
    status: text('status').notNull(),
    channelStatus: text('channel_status'),
    placedAt: text('placed_at').notNull(),
    /** 'day' when the sources gave only the day (placed_at is its midnight UTC), 'time' when one gave the time; NULL before this was recorded. */
    placedAtPrecision: text('placed_at_precision').$type<'day' | 'time'>(),
    /** The channel's own last-update time of the newest capture applied. */
    sourceUpdatedAt: text('source_updated_at').notNull(),
    currency: text('currency').notNull(),
    total: integer('total').notNull(),
    /** The total was never read (a list row showing none): `total` then holds 0 and means nothing. Rows older than this flag were read with totals. */
    totalUnknown: integer('total_unknown', { mode: 'boolean' }).notNull().default(false),
    /** No source has named the currency (a store's bare "$" on a channel with none set): `currency` then means nothing. */
    currencyUnknown: integer('currency_unknown', { mode: 'boolean' }).notNull().default(false),
    buyerName: text('buyer_name'),
    buyerEmail: text('buyer_email'),
    buyerExternalId: text('buyer_external_id'),
    /** The channel's own service words. */
    serviceLevel: text('service_level').notNull(),
    /** The unified speed those words mean (shared/service-levels.ts SHIP_SPEEDS). */
    shipSpeed: text('ship_speed').notNull().default('unknown'),
    /** The marketplace promise the capture showed (shared/service-levels.ts DELIVERY_PROMISES), or null. */
    deliveryPromise: text('delivery_promise'),
    shipBy: text('ship_by'),
    paymentStatus: text('payment_status').notNull(),
    /** What was refunded so far, minor units of `currency`: the sum of the order's order_refunds. */
    refunded: integer('refunded').notNull().default(0),
    shipTo: text('ship_to', { mode: 'json' }),
    /** Text the lookup searches (order number, buyer, SKUs, tracking), indexed by FTS5. */
    searchText: text('search_text').notNull(),
    /** When retention or an erasure removed the buyer's personal data (modules/privacy); null while it is held. */
    redactedAt: text('redacted_at'),
    /**
     * Set on a part split off another order (modules/orders/split-order.ts): the
     * order the channel knows. Its external id is the parent's plus `-2`, `-3`…
     */
    parentOrderId: text('parent_order_id'),
    /** The merge group the order ships in (modules/orders/merge-orders.ts); null when it ships alone. */
    mergeGroupId: text('merge_group_id'),
    /** Bumped on every write; guards optimistic updates. */
    version: integer('version').notNull().default(1),
    ...timestampsNow,
  },
  (t) => [
    uniqueIndex('orders_channel_external').on(t.sellerId, t.channelId, t.externalId),
    index('orders_seller_external').on(t.sellerId, t.externalId),
    // The rest after the id: the fulfillment report reads a window of orders from the index alone.
    index('orders_seller_placed').on(t.sellerId, t.placedAt, t.id, t.channelId, t.shipSpeed, t.status, t.shipBy),
    index('orders_seller_status_placed').on(t.sellerId, t.status, t.placedAt),
    // Erasure finds a buyer's orders by the email they bear.
    index('orders_seller_buyer_email').on(t.sellerId, t.buyerEmail),
    // Reconciliation finds orders by the portal word captured with them, read as it reads them; most have none.
    index('orders_channel_word').on(t.sellerId, t.channelId, sql`lower(trim(${t.channelStatus}))`, t.status),
    // Ends in the rowid: the customer sync reads a seller's orders captured since its watermark by range.
    index('orders_seller_rowid').on(t.sellerId),
    // The retention sweep reads only closed orders still holding buyer data.
    index('orders_retention_due').on(t.status, t.sellerId).where(sql`redacted_at IS NULL`),
    index('orders_parent').on(t.parentOrderId).where(sql`parent_order_id IS NOT NULL`),
    index('orders_merge_group').on(t.mergeGroupId).where(sql`merge_group_id IS NOT NULL`),
  ],
);

/** The order a row is part of: deleting the order deletes the row. */
export const partOfOrder = {
  orderId: text('order_id')
    .notNull()
    .references(() => orders.id, { onDelete: 'cascade' }),
};

/** A seller's record under its own id that is part of one order: the id, the seller, then the order. */
export const orderRecord = { ...sellerRecord, ...partOfOrder };

/** The lines of an order. */
export const orderLines = sqliteTable(
  'order_lines',
  {
    ...orderRecord,
    lineNo: integer('line_no').notNull(),
    sku: text('sku'),
    channelSku: text('channel_sku'),
    /** The marketplace's item id beside the channel SKU (Amazon's ASIN), when a source gave it. */
    channelItemId: text('channel_item_id'),
    /** The channel's own id of the line (order-item-id, Transaction ID, Line#), when a source gave it. */
    channelLineId: text('channel_line_id'),
    title: text('title'),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    /** The unit price was never read: `unit_price` then holds 0 and means nothing. */
    unitPriceUnknown: integer('unit_price_unknown', { mode: 'boolean' }).notNull().default(false),
    shippedQuantity: integer('shipped_quantity').notNull().default(0),
    /** The line's number on the channel's order, when a split moved it to another part (line_no is then its place in that part). */
    channelLineNo: integer('channel_line_no'),
    /** allocated | short | unmapped | none (not committing stock). */
    allocation: text('allocation').notNull().default('none'),
  },
  (t) => [
    uniqueIndex('order_lines_order_line').on(t.orderId, t.lineNo),
    index('order_lines_seller_sku').on(t.sellerId, t.sku),
    // A listing change looks for the lines waiting on it: the unmapped ones, a few among the seller's lines.
    index('order_lines_unmapped').on(t.sellerId).where(sql`allocation = 'unmapped'`),
  ],
);

/** The history of an order: every change, where it came from and when. */
export const orderEvents = sqliteTable(
  'order_events',
  {
    ...orderRecord,
    at: text('at').notNull(),
    ...provenance,
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

/**
 * A hold on an order: `manual` (placed by the seller, moves the order to
 * on_hold) or `rule` (a rule's verdict, recorded when first seen). Active
 * while `released_at` is null.
 */
export const orderHolds = sqliteTable(
  'order_holds',
  {
    ...sellerRecord,
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

/** Units that came back, per line, and whether they went back on the shelf. */
export const orderReturns = sqliteTable(
  'order_returns',
  {
    ...sellerRecord,
    orderId: text('order_id').notNull(),
    lines: text('lines', { mode: 'json' }).notNull(),
    restock: integer('restock', { mode: 'boolean' }).notNull(),
    reason: text('reason'),
    at: text('at').notNull(),
  },
  (t) => [index('order_returns_order').on(t.orderId)],
);

/**
 * Money given back on an order: by the seller through the API, or captured
 * from a channel (portal, import, webhook) that reported it. `externalId`
 * is the channel's id of a captured refund, unique per order so a refund
 * reported twice is recorded once.
 */
export const orderRefunds = sqliteTable(
  'order_refunds',
  {
    ...orderRecord,
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    /** Units refunded per line ([{lineId, quantity}]); empty when the refund names no lines. */
    lines: text('lines', { mode: 'json' }).notNull(),
    reason: text('reason'),
    source: text('source').notNull(),
    externalId: text('external_id'),
    /** When the money went back (the channel's time for captured refunds); reports count it then. */
    refundedAt: text('refunded_at').notNull(),
    ...createdNow,
  },
  (t) => [
    index('order_refunds_order').on(t.orderId, t.refundedAt),
    uniqueIndex('order_refunds_external').on(t.sellerId, t.orderId, t.externalId),
    // Sales reports sum a seller's refunds by when they happened.
    index('order_refunds_seller_at').on(t.sellerId, t.refundedAt),
  ],
);

/**
 * Orders of one seller shipped together: one queue and pick-list entry, one
 * parcel whose tracking every member records. Members point here through
 * `orders.merge_group_id`; each keeps its own channel identity and status.
 */
export const mergeGroups = sqliteTable(
  'merge_groups',
  {
    ...sellerOwnedRecord,
    /** The normalised ship-to every member shares. */
    addressKey: text('address_key').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('merge_groups_seller').on(t.sellerId, t.createdAt)],
);
