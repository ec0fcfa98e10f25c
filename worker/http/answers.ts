/**
 * Answers that many routes build the same way: every record of a kind, and
 * one keyset page of a list, each under the key the route's contract names.
 */
import type { Context } from 'hono';
import { type Db, database } from '../db/client.js';
import { keyPage } from '../db/cursor.js';
import type { AppEnv } from '../env.js';

/**
 * The handler of a GET that answers every one of the seller's records of a
 * kind: `{ [key]: await read(book, seller) }` with 200.
 */
export function everyRecord<K extends string, T>(key: K, read: (db: Db, sellerId: string) => Promise<T[]>) {
  return async (c: Context<AppEnv>) => c.json({ [key]: await read(database(c.env.DB), c.get('sellerId')) } as Record<K, T[]>, 200);
}

/**
 * One keyset page of `rows`, read `limit + 1` deep, as `{ [key]: page, nextCursor }`:
 * the cursor names the page's last row by its `keyFields` (as decodeNamedCursor
 * reads them back), and is null on the last page.
 */
export function keyPageAnswer<K extends string, F extends string, T extends Record<F, string>>(key: K, rows: readonly T[], limit: number, keyFields: readonly F[]) {
  const { page, nextCursor } = keyPage(rows, limit, (last) => keyFields.map((f) => last[f]));
  return { [key]: page, nextCursor } as Record<K, T[]> & { nextCursor: string | null };
}
