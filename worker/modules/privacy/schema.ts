/**
 * Buyer data kept only as long as it is needed: each seller's retention
 * periods, receipts of erasures (what and when, never the data itself),
 * orders whose erasure waits for them to ship, and sellers being deleted.
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { perOrder, sellerRecord, sellerScoped } from '../../db/schema-columns.js';

/** Days after an order closes that its buyer data is kept: per channel kind, `*` for the seller's default. */
export const retentionSettings = sqliteTable(
  'retention_settings',
  {
    ...sellerScoped,
    /** A channel kind, or `*` for every kind without its own period. */
    channelKind: text('channel_kind').notNull(),
    days: integer('days').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.channelKind] })],
);

/** What one erasure removed, when and by whom: counts and places only, no buyer data. */
export const erasureReceipts = sqliteTable(
  'erasure_receipts',
  {
    ...sellerRecord,
    customerId: text('customer_id'),
    /** The API token that asked. */
    requestedBy: text('requested_by'),
    erasedAt: text('erased_at').notNull(),
    ordersErased: integer('orders_erased').notNull(),
    /** Open orders keeping their shipping address until they ship. */
    ordersAwaitingShipment: integer('orders_awaiting_shipment').notNull(),
    /** JSON array of the places the data was removed from. */
    places: text('places', { mode: 'json' }).notNull(),
  },
  (t) => [index('erasure_receipts_seller').on(t.sellerId, t.erasedAt)],
);

/** Open orders whose buyer asked to be erased: the cron erases each once it ships or closes. */
export const pendingErasures = sqliteTable(
  'pending_erasures',
  {
    ...perOrder,
    receiptId: text('receipt_id').notNull(),
  },
  (t) => [index('pending_erasures_seller').on(t.sellerId)],
);

/** A seller the admin confirmed for deletion: its tokens stop at once, the cron deletes its rows in chunks. */
export const sellerDeletions = sqliteTable('seller_deletions', {
  sellerId: text('seller_id').primaryKey(),
  confirmedAt: text('confirmed_at').notNull(),
});
