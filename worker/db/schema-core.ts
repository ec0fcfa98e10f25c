/**
 * Tables every module leans on: stored idempotent answers and the batch guard
 * (see batch.ts).
 * Re-exported from schema.ts, which drizzle-kit reads.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sellerScoped } from './schema-columns.js';

/** Idempotency keys: the first answer to a keyed request, replayed for 24 h. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    ...sellerScoped,
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
