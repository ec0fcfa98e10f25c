/** The order-search (FTS5) index's own upkeep: how many b-trees it holds, and merging them. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/** How many segments (separate b-trees) the book's order-search index holds. */
export async function orderSearchSegments(db: Db): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT count(DISTINCT segid) AS n FROM orders_fts_idx`);
  return row?.n ?? 0;
}

/**
 * Writes up to about `pages` pages of a merge of every segment into one
 * (FTS5's 'merge' with a negative page count); a later call goes on where
 * this one stopped.
 */
export async function mergeOrderSearch(db: Db, pages: number): Promise<void> {
  if (!Number.isInteger(pages) || pages <= 0) throw new Error(`pages must be a positive integer, not ${pages}`);
  // A literal: D1 binds numbers as reals, and FTS5 takes only an integer here.
  await db.run(sql`INSERT INTO orders_fts(orders_fts, rank) VALUES ('merge', ${sql.raw(String(-pages))})`);
}
