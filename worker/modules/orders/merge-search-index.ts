/**
 * Nightly upkeep of the order-search index. FTS5 keeps it as several
 * b-trees (segments) and a prefix match ("Surn…", a lookup's last word)
 * seeks every one of them, so a book's growth makes each lookup slower.
 * Merging them rewrites the whole index, so it runs in one quiet hour a day,
 * in bounded steps, and only when the day's writes have split it again.
 */
import type { Db } from '../../db/client.js';
import { mergeOrderSearch, orderSearchSegments } from './queries-search-index.js';

/** The hour (UTC) in which the index is merged. */
export const MERGE_HOUR_UTC = 3;
/** Segments tolerated before a merge: a few small ones cost little, and each merge rewrites the index. */
export const MAX_SEGMENTS = 4;
/** Pages written per step: a step holds the book's writer, so it stays well under a second. */
export const MERGE_PAGES = 500;

/** One bounded merge step when it is the merge hour and the index is split; answers whether one ran. */
export async function mergeSearchIndex(db: Db, now: Date): Promise<boolean> {
  if (now.getUTCHours() !== MERGE_HOUR_UTC) return false;
  if ((await orderSearchSegments(db)) <= MAX_SEGMENTS) return false;
  await mergeOrderSearch(db, MERGE_PAGES);
  return true;
}
