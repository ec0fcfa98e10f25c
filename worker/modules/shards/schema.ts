/**
 * Moves of a seller between book databases, kept on the directory: where
 * each move stands, so any step can stop and the next call resumes it.
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One seller's move (the latest). `phase`: drain → clear → copy → verify →
 * switch → cleanup → done. `table_index` and `cursor` (the last copied or
 * checked rowid) say how far the phase got; `checked` holds the running
 * counts and checksums of the table being verified, as JSON.
 */
export const sellerMoves = sqliteTable('seller_moves', {
  sellerId: text('seller_id').primaryKey(),
  fromShard: integer('from_shard').notNull(),
  toShard: integer('to_shard').notNull(),
  phase: text('phase').notNull(),
  tableIndex: integer('table_index').notNull().default(0),
  cursor: integer('cursor').notNull().default(0),
  checked: text('checked').notNull().default('{}'),
  /** Copies thrown away because the verification found the source changed meanwhile. */
  restarts: integer('restarts').notNull().default(0),
  /** Rows copied and rows cleaned up so far, for the answer and the logs. */
  copied: integer('copied').notNull().default(0),
  cleaned: integer('cleaned').notNull().default(0),
  /** The copy starts no earlier: requests begun before the seller's writes closed have ended by then. */
  drainUntil: text('drain_until').notNull(),
  actor: text('actor').notNull(),
  startedAt: text('started_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  finishedAt: text('finished_at'),
});
