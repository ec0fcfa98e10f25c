/**
 * The fulfillment tables: versioned priority rules, the evaluated queue and
 * its stale marks, pick lists, and shipments.
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdNow, perOrder, sellerRecord, sellerScoped } from '../../db/schema-columns.js';
import { orderRecord } from '../orders/schema.js';

/** Parcels sent for an order, with their tracking. */
export const shipments = sqliteTable(
  'shipments',
  {
    ...orderRecord,
    carrier: text('carrier'),
    service: text('service'),
    trackingNumber: text('tracking_number'),
    shippedAt: text('shipped_at').notNull(),
    /** The lines and quantities in this parcel: [{lineId, quantity}]. */
    lines: text('lines', { mode: 'json' }).notNull().default(sql`'[]'`),
    /** Where the parcel was learned of: 'import' for a file's tracking; null for parcels Orderlens shipped. */
    source: text('source'),
  },
  (t) => [
    index('shipments_order').on(t.orderId),
    index('shipments_seller_tracking').on(t.sellerId, t.trackingNumber),
    // Reports read an order's first ship time, checked against its seller, from the index alone.
    index('shipments_order_shipped').on(t.orderId, t.shippedAt, t.sellerId),
  ],
);

/** One version of a seller's ordered rule list; the highest version is current. */
export const ruleSets = sqliteTable(
  'rule_sets',
  {
    ...sellerScoped,
    version: integer('version').notNull(),
    rules: text('rules', { mode: 'json' }).notNull(),
    note: text('note'),
    ...createdNow,
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.version] })],
);

/** A pick list: what to take from where, fixed when it was made. */
export const pickLists = sqliteTable(
  'pick_lists',
  {
    ...sellerRecord,
    orderIds: text('order_ids', { mode: 'json' }).notNull(),
    items: text('items', { mode: 'json' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('pick_lists_seller_created').on(t.sellerId, t.createdAt)],
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
    ...perOrder,
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
 * How many entries each bucket of a seller's queue holds, kept by triggers
 * on queue_entries (migration 0034): a read shows the counts without
 * walking every open order's entry.
 */
export const queueCounts = sqliteTable(
  'queue_counts',
  {
    ...sellerScoped,
    /** ready | short | held */
    bucket: text('bucket').notNull(),
    entries: integer('entries').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.bucket] })],
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
    ...perOrder,
  },
  (t) => [index('queue_stale_seller').on(t.sellerId, t.orderId)],
);
