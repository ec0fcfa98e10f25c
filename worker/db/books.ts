/**
 * Sellers over several D1 databases. `DB` is the directory (sellers, their
 * tokens, which book each lives on, global tables) and also book 0; books
 * 1…n are the bindings `BOOK_1`…`BOOK_n`. Every database carries the same
 * migrations, so each query runs unchanged on whichever book a seller is on.
 * With only `DB` bound there is one book and everything is as before.
 */
import type { Env } from '../env.js';

/** The bound books' numbers: 0, then 1, 2… while `BOOK_<n>` is bound (a gap ends the list). */
export function bookShards(env: Env): number[] {
  const shards = [0];
  while (env[`BOOK_${shards.length}`]) shards.push(shards.length);
  return shards;
}

/** The database of book `shard`; throws for a book that is not bound, which is a deploy error, not bad input. */
export function bookBinding(env: Env, shard: number): D1Database {
  const db = shard === 0 ? env.DB : env[`BOOK_${shard}`];
  if (!db) throw new Error(`Book ${shard} is not bound: declare BOOK_${shard} in wrangler.toml.`);
  return db;
}

/** Every bound book with its number, book 0 first. */
export function everyBook(env: Env): { shard: number; db: D1Database }[] {
  return bookShards(env).map((shard) => ({ shard, db: bookBinding(env, shard) }));
}

/** The books that take new sellers: NEW_SELLER_BOOKS when set (only bound ones), else every bound book. */
export function openBooks(env: Env): number[] {
  const bound = bookShards(env);
  if (!env.NEW_SELLER_BOOKS?.trim()) return bound;
  const listed = env.NEW_SELLER_BOOKS.split(',').map((s) => Number(s.trim()));
  const open = bound.filter((shard) => listed.includes(shard));
  // A list naming no bound book would leave nowhere to put a seller: book 0 always exists.
  return open.length > 0 ? open : [0];
}
