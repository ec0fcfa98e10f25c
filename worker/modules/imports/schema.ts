/**
 * Imports run through the imports queue: one row per uploaded file, its
 * progress as the consumer captures it slice by slice, and what it found.
 * The file itself waits in R2 under `imports/<sellerId>/<id>`.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sellerScoped } from '../../db/schema-columns.js';

/**
 * One queued import. `errors` is a JSON array of at most MAX_LISTED_ERRORS
 * problems (they may quote buyer data: erasure and seller deletion remove
 * them), `more_errors` counts the rest. `content_hash` (SHA-256 of the file)
 * with the channel finds the same file re-sent while the first still runs.
 */
export const importRuns = sqliteTable(
  'import_runs',
  {
    ...sellerScoped,
    id: text('id').notNull(),
    channelId: text('channel_id').notNull(),
    format: text('format').notNull(),
    defaultCurrency: text('default_currency'),
    contentType: text('content_type'),
    actor: text('actor').notNull(),
    /** queued | running | done | failed. */
    status: text('status').notNull(),
    bytes: integer('bytes').notNull(),
    contentHash: text('content_hash').notNull(),
    /** Parser batches captured so far: the next slice starts after them. */
    batchesDone: integer('batches_done').notNull().default(0),
    ordersRead: integer('orders_read').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    errors: text('errors').notNull().default('[]'),
    moreErrors: integer('more_errors').notNull().default(0),
    failureReason: text('failure_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.id] }), index('import_runs_hash').on(t.sellerId, t.channelId, t.contentHash)],
);
