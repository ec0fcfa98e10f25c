/**
 * The handler of a GET that answers every one of the seller's records of a
 * kind, as `{ [key]: records }`, read from the seller's book by `read`.
 */
import type { Context } from 'hono';
import { type Db, database } from '../db/client.js';
import type { AppEnv } from '../env.js';

/** Answers `{ [key]: await read(book, seller) }` with 200. */
export function everyRecord<K extends string, T>(key: K, read: (db: Db, sellerId: string) => Promise<T[]>) {
  return async (c: Context<AppEnv>) => c.json({ [key]: await read(database(c.env.DB), c.get('sellerId')) } as Record<K, T[]>, 200);
}
