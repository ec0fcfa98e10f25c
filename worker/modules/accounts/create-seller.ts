/**
 * Creating a seller: its directory row and first token, on the book with
 * the fewest sellers (db/books.ts). The book gets its copy of the seller row
 * first, so the seller's rows there have their parent before any token works.
 */
import { bookBinding, openBooks } from '../../db/books.js';
import { database } from '../../db/client.js';
import type { Env } from '../../env.js';
import { newId } from '../../ids.js';
import { copySellerRow, findSeller, insertSellerWithToken, sellersPerBook } from './queries.js';
import { chooseBook } from './rules.js';
import { mintToken } from './tokens.js';

/** Creates the seller and its owner token; answers the seller and the token's secret (shown once). */
export async function createSeller(env: Env, name: string) {
  const directory = database(env.DB);
  const shard = chooseBook(openBooks(env), await sellersPerBook(directory));
  const created = { id: newId('sel'), name, createdAt: new Date().toISOString(), shard };
  if (shard !== 0) await copySellerRow(database(bookBinding(env, shard)), created);
  const { secret, row } = await mintToken('owner', 'owner');
  await insertSellerWithToken(directory, created, row);
  return { seller: (await findSeller(directory, created.id))!, token: secret, book: shard };
}
