/**
 * SQL of moving a seller between books: the move's record on the directory
 * (every change compare-and-set on how far it got, so two drivers never both
 * advance it), and reading, copying and deleting a seller's rows table by
 * table on any book.
 */
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { guard, runBatch, statement, WriteConflict } from '../../db/batch.js';
import { chunks, rowsPerStatement } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { sellerMoves, sellers } from '../../db/schema.js';
import type { MovedTable } from './rules.js';

/** A move as recorded. */
export type MoveRow = typeof sellerMoves.$inferSelect;

/** How far a move got: a step's change applies only if the move is still there. */
export type MovePosition = Pick<MoveRow, 'phase' | 'tableIndex' | 'cursor' | 'checked'>;

/** The seller's latest move, if any. */
export async function readMove(db: Db, sellerId: string): Promise<MoveRow | undefined> {
  const [row] = await db.select().from(sellerMoves).where(eq(sellerMoves.sellerId, sellerId));
  return row;
}

/** Sellers with a move under way, oldest first. */
export async function unfinishedMoves(db: Db, limit: number): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`SELECT seller_id AS id FROM seller_moves WHERE phase NOT IN ('done', 'failed') ORDER BY started_at LIMIT ${limit}`);
  return rows.map((r) => r.id);
}

/** Closes the seller's requests and records a new move, unless one is under way (WriteConflict then). */
export async function startMove(db: Db, move: Omit<MoveRow, 'tableIndex' | 'cursor' | 'checked' | 'restarts' | 'copied' | 'cleaned' | 'finishedAt'>): Promise<void> {
  await runBatch(db, [
    guard(db, sql`EXISTS (SELECT 1 FROM sellers WHERE id = ${move.sellerId} AND moving_to IS NULL AND shard = ${move.fromShard})`),
    statement(
      db,
      db
        .update(sellers)
        .set({ movingTo: move.toShard })
        .where(and(eq(sellers.id, move.sellerId), isNull(sellers.movingTo))),
    ),
    statement(db, sql`DELETE FROM seller_moves WHERE seller_id = ${move.sellerId}`),
    statement(db, db.insert(sellerMoves).values(move)),
  ]);
}

function atPosition(sellerId: string, at: MovePosition): SQL {
  return and(eq(sellerMoves.sellerId, sellerId), eq(sellerMoves.phase, at.phase), eq(sellerMoves.tableIndex, at.tableIndex), eq(sellerMoves.cursor, at.cursor), eq(sellerMoves.checked, at.checked))!;
}

/** Records a step's progress if the move is still where the step found it: the move as recorded, or undefined when another driver moved it on. */
export async function advanceMove(db: Db, sellerId: string, at: MovePosition, next: Partial<Omit<MoveRow, 'sellerId'>>): Promise<MoveRow | undefined> {
  const [row] = await db.update(sellerMoves).set(next).where(atPosition(sellerId, at)).returning();
  return row;
}

/** Points the directory at the new book and reopens the seller's requests, with the move's next phase, as one write. */
export async function switchBook(db: Db, sellerId: string, toShard: number, at: MovePosition, next: Partial<Omit<MoveRow, 'sellerId'>>): Promise<boolean> {
  try {
    await runBatch(db, [
      guard(db, sql`EXISTS (SELECT 1 FROM seller_moves WHERE seller_id = ${sellerId} AND phase = ${at.phase} AND table_index = ${at.tableIndex} AND cursor = ${at.cursor})`),
      statement(db, db.update(sellers).set({ shard: toShard, movingTo: null }).where(eq(sellers.id, sellerId))),
      statement(db, db.update(sellerMoves).set(next).where(eq(sellerMoves.sellerId, sellerId))),
    ]);
    return true;
  } catch (error) {
    if (error instanceof WriteConflict) return false;
    throw error;
  }
}

/** Gives a move up: the seller stays on its book and its requests reopen. */
export async function abandonMove(db: Db, sellerId: string, at: MovePosition, next: Partial<Omit<MoveRow, 'sellerId'>>): Promise<boolean> {
  try {
    await runBatch(db, [
      guard(db, sql`EXISTS (SELECT 1 FROM seller_moves WHERE seller_id = ${sellerId} AND phase = ${at.phase} AND table_index = ${at.tableIndex} AND cursor = ${at.cursor})`),
      statement(db, db.update(sellers).set({ movingTo: null }).where(eq(sellers.id, sellerId))),
      statement(db, db.update(sellerMoves).set(next).where(eq(sellerMoves.sellerId, sellerId))),
    ]);
    return true;
  } catch (error) {
    if (error instanceof WriteConflict) return false;
    throw error;
  }
}

/** A row read for a move: its columns, its rowid, and (for a delivery) its event's id. */
export type MovedRow = Record<string, unknown> & { _rowid: number; _event_id?: string | null };

/** Up to `limit` of the seller's rows of `table` after rowid `after`, in rowid order. */
export async function readSellerRows(db: Db, table: MovedTable, sellerId: string, after: number, limit: number): Promise<MovedRow[]> {
  const columns = sql.join(
    table.columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  // A delivery names its event by a number each book gives out itself: carry the event's id instead.
  const eventId = table.name === 'webhook_deliveries' ? sql`, (SELECT e.id FROM outbox_events e WHERE e.seq = webhook_deliveries.event_seq) AS _event_id` : sql``;
  return db.all<MovedRow>(sql`
    SELECT rowid AS _rowid, ${columns}${eventId} FROM ${sql.identifier(table.name)}
     WHERE seller_id = ${sellerId} AND rowid > ${after} ORDER BY rowid LIMIT ${limit}`);
}

/**
 * Writes rows read from another book. A row already there is left as it is,
 * so a chunk copied again after an interrupted step is not doubled.
 */
export async function insertCopiedRows(db: Db, table: MovedTable, rows: readonly MovedRow[]): Promise<void> {
  const delivery = table.name === 'webhook_deliveries';
  const names = [...table.columns, ...(delivery ? ['event_seq'] : [])];
  const perRow = names.length + (delivery ? 1 : 0);
  const statements = chunks(rows, rowsPerStatement(perRow)).map((part) => {
    const tuples = part.map((row) => {
      const values = table.columns.map((c) => sql`${row[c] ?? null}`);
      // The event's number on this book; the source's when the event itself was pruned there.
      if (delivery) values.push(sql`coalesce((SELECT seq FROM outbox_events WHERE id = ${row._event_id ?? null}), ${row.event_seq ?? 0})`);
      return sql`(${sql.join(values, sql`, `)})`;
    });
    return statement(
      db,
      sql`INSERT OR IGNORE INTO ${sql.identifier(table.name)} (${sql.join(
        names.map((n) => sql.identifier(n)),
        sql`, `,
      )}) VALUES ${sql.join(tuples, sql`, `)}`,
    );
  });
  await runBatch(db, statements);
}

/**
 * The index in `tables` of the first where the seller has a row, from `from`
 * on; `tables.length` when none has. One statement, so skipping the empty
 * tables of a seller costs one D1 call, not one per table.
 */
export async function firstTableWithRows(db: Db, tables: readonly MovedTable[], sellerId: string, from: number): Promise<number> {
  let at = from;
  // One bound id per table keeps a statement within D1's 100 parameters; CASE stops at the first table with a row.
  for (const part of chunks(tables.slice(from), 90)) {
    const whens = part.map((t, k) => sql`WHEN EXISTS (SELECT 1 FROM ${sql.identifier(t.name)} WHERE seller_id = ${sellerId}) THEN ${sql.raw(String(k))}`);
    const [row] = await db.all<{ k: number | null }>(sql`SELECT CASE ${sql.join(whens, sql` `)} ELSE NULL END AS k`);
    if (row?.k !== null && row?.k !== undefined) return at + row.k;
    at += part.length;
  }
  return tables.length;
}

/** Deletes up to `limit` of the seller's rows from `table`; answers how many went. */
export async function deleteSellerRows(db: Db, table: string, sellerId: string, limit: number): Promise<number> {
  const result = await db.run(sql`
    DELETE FROM ${sql.identifier(table)} WHERE rowid IN (SELECT rowid FROM ${sql.identifier(table)} WHERE seller_id = ${sellerId} LIMIT ${limit})`);
  return result.meta.changes ?? 0;
}

/** Deletes a book's copy of the seller row (never the directory's). */
export async function deleteSellerCopy(db: Db, sellerId: string): Promise<void> {
  await db.delete(sellers).where(eq(sellers.id, sellerId));
}

/** True when the seller's deletion was confirmed on this book. */
export async function isBeingDeleted(db: Db, sellerId: string): Promise<boolean> {
  const rows = await db.all<{ one: number }>(sql`SELECT 1 AS one FROM seller_deletions WHERE seller_id = ${sellerId}`);
  return rows.length > 0;
}
