/**
 * How well the extension reads the portals: the sellers' page-read reports
 * (one row per pass over a page, kept 90 days) and the portal packs the
 * operator publishes for every seller's extension.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sellerScoped } from '../../db/schema-columns.js';

/**
 * One report of one pass over one portal page (shared/schemas/page-reads.ts):
 * counts and field names only, no order data. The key starts with the seller
 * and the pass's time, so a seller's summary over a range is one index range;
 * `at` alone serves the cron's pruning of reports past 90 days.
 */
export const pageReads = sqliteTable(
  'page_reads',
  {
    ...sellerScoped,
    /** The pass's time, ISO UTC (its first ten characters are its UTC day). */
    at: text('at').notNull(),
    id: text('id').notNull(),
    portal: text('portal').notNull(),
    pageKind: text('page_kind').notNull(),
    packVersion: integer('pack_version').notNull(),
    idsSeen: integer('ids_seen').notNull(),
    countPrinted: integer('count_printed'),
    rowsRead: integer('rows_read').notNull(),
    rowsSkipped: integer('rows_skipped').notNull(),
    /** JSON object: field → items it was not read on. */
    fieldsMissing: text('fields_missing').notNull(),
    /** JSON object: field → {strategy number → items it read the field on}. */
    strategies: text('strategies').notNull(),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.at, t.id] }), index('page_reads_at').on(t.at)],
);

/**
 * Portal packs: deployment-wide, not seller data. The operator publishes
 * them with the admin token (PUT /v1/admin/portal-packs/:portal); every
 * seller's extension reads them. One row per portal, the newest version.
 */
export const portalPacks = sqliteTable('portal_packs', {
  portal: text('portal').primaryKey(),
  version: integer('version').notNull(),
  /** The pack as published, validated by shared/schemas/portal-pack.ts. */
  pack: text('pack').notNull(),
  publishedAt: text('published_at').notNull(),
});
