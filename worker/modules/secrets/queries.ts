/**
 * The rows that hold sealed secrets, for key rotation: finding the ones not
 * yet sealed with the current key (older keys and legacy clear text), and
 * writing them back re-sealed. Rotation spans every seller, so these are the
 * only secret queries not scoped to one.
 */
import { type SQL, sql } from 'drizzle-orm';
import { statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/** A table with a sealed secret column, and the context prefix its values are bound to (db/secret-box.ts). */
export type SecretTable = 'webhook_endpoints' | 'channels';

/** A stored secret as read, to be written back sealed with the current key. */
export interface StoredSecret {
  table: SecretTable;
  id: string;
  stored: string;
}

// Fixed SQL per table: table and column names are never bound values.
const SOURCES = {
  webhook_endpoints: { from: sql`webhook_endpoints`, column: sql`secret` },
  channels: { from: sql`channels`, column: sql`webhook_secret` },
} as const;

const notSealedWith = (column: SQL, prefix: string) => sql`${column} IS NOT NULL AND substr(${column}, 1, ${prefix.length}) <> ${prefix}`;

/** Up to `limit` secrets of a table that are not sealed with `keyId`, in id order. */
export async function secretsNotSealedWith(db: Db, table: SecretTable, keyId: string, limit: number): Promise<StoredSecret[]> {
  const { from, column } = SOURCES[table];
  const rows = await db.all<{ id: string; stored: string }>(sql`SELECT id, ${column} AS stored FROM ${from} WHERE ${notSealedWith(column, `v1.${keyId}.`)} ORDER BY id LIMIT ${limit}`);
  return rows.map((r) => ({ table, id: r.id, stored: r.stored }));
}

/** How many secrets, across both tables, are not sealed with `keyId`. */
export async function countNotSealedWith(db: Db, keyId: string): Promise<number> {
  const prefix = `v1.${keyId}.`;
  const [row] = await db.all<{ n: number }>(sql`
    SELECT (SELECT count(*) FROM webhook_endpoints WHERE ${notSealedWith(sql`secret`, prefix)})
         + (SELECT count(*) FROM channels WHERE ${notSealedWith(sql`webhook_secret`, prefix)}) AS n`);
  return row?.n ?? 0;
}

/**
 * Writes re-sealed secrets in one batch. Each update is guarded by the value
 * read (compare and swap, four bound values), so a row changed meanwhile is
 * left alone and counted as remaining. Returns how many rows were written.
 */
export async function writeResealed(db: Db, rows: ReadonlyArray<StoredSecret & { sealed: string }>): Promise<number> {
  if (rows.length === 0) return 0;
  const statements = rows.map(({ table, id, stored, sealed }) => {
    const { from, column } = SOURCES[table];
    return statement(db, sql`UPDATE ${from} SET ${column} = ${sealed} WHERE id = ${id} AND ${column} = ${stored} RETURNING id`);
  });
  const results = await db.$client.batch<{ id: string }>(statements);
  return results.reduce((n, r) => n + r.results.length, 0);
}
