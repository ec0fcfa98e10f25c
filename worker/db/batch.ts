/**
 * Atomic writes on D1. A `batch()` runs as one transaction and is the only
 * way to make several writes atomic (D1 refuses BEGIN). A batch cannot read
 * and decide half-way, so writers read first, decide in pure code, then send
 * a batch that carries guards: statements that abort the whole batch when
 * what was read has changed meanwhile. The writer then reads again and
 * retries (optimistic concurrency).
 */
import { type SQL, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';

/** A statement that belongs in a batch: a bound D1 statement. */
export type Statement = D1PreparedStatement;

const dialect = new SQLiteAsyncDialect();

/**
 * Binds an SQL template or a drizzle query builder as a D1 statement for a
 * batch. (drizzle's own batch cannot take raw `sql` statements.)
 */
export function statement(db: Db, query: SQL | { toSQL(): { sql: string; params: unknown[] } }): Statement {
  const { sql: text, params } = 'toSQL' in query ? query.toSQL() : dialect.sqlToQuery(query);
  return db.$client.prepare(text).bind(...params);
}

/**
 * A statement that aborts its batch unless `condition` (an SQL boolean
 * expression) holds when it runs: it inserts a 0 into `batch_guard`, whose
 * CHECK refuses it.
 */
export function guard(db: Db, condition: SQL): Statement {
  return statement(db, sql`INSERT INTO batch_guard (ok) SELECT 0 WHERE NOT (${condition})`);
}

/** Thrown when a guard or a unique key shows that a concurrent writer got there first. */
export class WriteConflict extends Error {
  constructor(cause: unknown) {
    super('A concurrent write changed what this write was based on.', { cause });
    this.name = 'WriteConflict';
  }
}

function isConflict(error: unknown): boolean {
  const text = String((error as { cause?: unknown })?.cause ?? '') + String((error as Error)?.message ?? '');
  return /batch_guard|UNIQUE constraint failed/i.test(text);
}

/** Runs statements as one transaction; a tripped guard or unique key becomes WriteConflict. */
export async function runBatch(db: Db, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return;
  try {
    await db.$client.batch(statements);
  } catch (error) {
    if (isConflict(error)) throw new WriteConflict(error);
    throw error;
  }
}

/**
 * Runs read-decide-write `attempt` until it commits without conflict, with a
 * short jittered pause between tries. Gives up after `tries` attempts.
 */
export async function withConflictRetry<T>(attempt: () => Promise<T>, tries = 25): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WriteConflict) || i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * i)));
    }
  }
}
