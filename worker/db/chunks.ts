/**
 * Splitting rows into statements D1 accepts. D1 binds at most 100 parameters
 * per statement, so a statement binding each row's columns takes
 * `rowsPerStatement(columns)` rows; a statement passing its rows as one JSON
 * parameter (unpacked with json_each) is bounded by the value's size instead
 * and names its own row count.
 */

/** The most parameters D1 binds in one statement. */
export const D1_MAX_PARAMS = 100;

/**
 * How many rows of `columns` bound parameters fit in one statement that
 * also binds `otherParams` parameters of its own (the seller id, a time…).
 */
export function rowsPerStatement(columns: number, otherParams = 0): number {
  const rows = Math.floor((D1_MAX_PARAMS - otherParams) / columns);
  if (rows < 1) throw new RangeError(`${columns} columns and ${otherParams} other parameters exceed D1's ${D1_MAX_PARAMS}`);
  return rows;
}

/** `items` in consecutive runs of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError(`chunk size ${size} is not a positive count`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Reads `keys` at most `size` at a time, each chunk handed to `read` as one
 * JSON array (for json_each), and joins what the chunks read in chunk order.
 */
export async function readInChunks<K, T>(keys: readonly K[], size: number, read: (json: string) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks(keys, size)) out.push(...(await read(JSON.stringify(part))));
  return out;
}
