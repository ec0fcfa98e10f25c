/** SQL of queued imports: one row per uploaded file, its progress and what it found. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ImportErrorItem } from '../../../shared/schemas/imports.js';
import { type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { importRuns } from './schema.js';

/** A queued import as stored. */
export type ImportRun = typeof importRuns.$inferSelect;

/** What a new queued import records. */
export type NewImportRun = Pick<ImportRun, 'sellerId' | 'id' | 'channelId' | 'format' | 'defaultCurrency' | 'contentType' | 'actor' | 'bytes' | 'contentHash'>;

/**
 * Records a queued import unless the same file for the same channel is
 * still queued or running: one statement, so two uploads racing cannot
 * both start. Answers the running import's id when there is one.
 */
export async function insertImportRun(db: Db, run: NewImportRun, at: string): Promise<{ inserted: boolean; runningId: string | null }> {
  const inserted = await db.$client
    .prepare(
      `INSERT INTO import_runs (seller_id, id, channel_id, format, default_currency, content_type, actor, status, bytes, content_hash, created_at, updated_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', ?8, ?9, ?10, ?10
       WHERE NOT EXISTS (SELECT 1 FROM import_runs WHERE seller_id = ?1 AND channel_id = ?3 AND content_hash = ?9 AND status IN ('queued', 'running'))`,
    )
    .bind(run.sellerId, run.id, run.channelId, run.format, run.defaultCurrency, run.contentType, run.actor, run.bytes, run.contentHash, at)
    .run();
  if (inserted.meta.changes === 1) return { inserted: true, runningId: null };
  const running = await db
    .select({ id: importRuns.id })
    .from(importRuns)
    .where(and(eq(importRuns.sellerId, run.sellerId), eq(importRuns.channelId, run.channelId), eq(importRuns.contentHash, run.contentHash), inArray(importRuns.status, ['queued', 'running'])))
    .get();
  return { inserted: false, runningId: running?.id ?? null };
}

/** One seller's import, or undefined (another seller's too). */
export async function findImportRun(db: Db, sellerId: string, id: string): Promise<ImportRun | undefined> {
  return db
    .select()
    .from(importRuns)
    .where(and(eq(importRuns.sellerId, sellerId), eq(importRuns.id, id)))
    .get();
}

/** What one slice adds to an import's progress. */
export interface SliceProgress {
  batches: number;
  orders: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: ImportErrorItem[];
  moreErrors: number;
  done: boolean;
}

/**
 * Adds a captured slice to the import, only if it still stands at
 * `fromBatch` (a redelivered message that lost the race writes nothing).
 */
export async function saveSlice(db: Db, sellerId: string, id: string, fromBatch: number, slice: SliceProgress, at: string): Promise<boolean> {
  const result = await db
    .update(importRuns)
    .set({
      status: slice.done ? 'done' : 'running',
      batchesDone: sql`${importRuns.batchesDone} + ${slice.batches}`,
      ordersRead: sql`${importRuns.ordersRead} + ${slice.orders}`,
      created: sql`${importRuns.created} + ${slice.created}`,
      updated: sql`${importRuns.updated} + ${slice.updated}`,
      unchanged: sql`${importRuns.unchanged} + ${slice.unchanged}`,
      failed: sql`${importRuns.failed} + ${slice.failed}`,
      errors: sql`${JSON.stringify(slice.errors)}`,
      moreErrors: sql`${importRuns.moreErrors} + ${slice.moreErrors}`,
      updatedAt: at,
    })
    .where(and(eq(importRuns.sellerId, sellerId), eq(importRuns.id, id), eq(importRuns.batchesDone, fromBatch), inArray(importRuns.status, ['queued', 'running'])))
    .run();
  return result.meta.changes === 1;
}

/** Ends an import as failed with the reason the seller sees. */
export async function failImportRun(db: Db, sellerId: string, id: string, reason: string, at: string): Promise<void> {
  await db
    .update(importRuns)
    .set({ status: 'failed', failureReason: reason, updatedAt: at })
    .where(and(eq(importRuns.sellerId, sellerId), eq(importRuns.id, id), inArray(importRuns.status, ['queued', 'running'])))
    .run();
}

/**
 * Statement dropping, from the seller's import error lists, every problem
 * that quotes any of `texts` (a buyer's name, email, address…), for an
 * erasure's batch.
 */
export function forgetImportErrorsContaining(db: Db, sellerId: string, texts: readonly string[]): Statement[] {
  if (texts.length === 0) return [];
  const wanted = JSON.stringify(texts);
  return [
    statement(
      db,
      sql`
    UPDATE import_runs SET errors = COALESCE(
      (SELECT json_group_array(json(e.value)) FROM json_each(import_runs.errors) e
        WHERE NOT EXISTS (SELECT 1 FROM json_each(${wanted}) t WHERE instr(lower(e.value), lower(t.value)) > 0)), '[]')
    WHERE seller_id = ${sellerId}
      AND EXISTS (SELECT 1 FROM json_each(import_runs.errors) e, json_each(${wanted}) t WHERE instr(lower(e.value), lower(t.value)) > 0)`,
    ),
  ];
}

/**
 * Empties the error lists of up to `limit` imports that ended before
 * `before`: they may quote buyer data and only serve fixing the file at
 * hand. Answers how many were emptied.
 */
export async function clearOldImportErrors(db: Db, before: string, limit: number): Promise<number> {
  const result = await db.run(sql`
    UPDATE import_runs SET errors = '[]'
     WHERE rowid IN (SELECT rowid FROM import_runs WHERE status IN ('done', 'failed') AND updated_at < ${before} AND errors <> '[]' LIMIT ${limit})`);
  return result.meta.changes;
}
