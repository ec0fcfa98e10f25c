/**
 * Customers: the sync that recognises buyers, and adding one by hand. The
 * sync reads orders captured since it last ran (by SQLite rowid, a cheap
 * range), recognises their buyers (rules.ts) and writes customers, keys and
 * order links in one batch guarded on its own watermark — so capture needs no
 * change and two syncs never both apply the same orders. It runs before
 * every read that needs customers (lists, the queue) and from the cron.
 */
import type { Customer } from '../../../shared/schemas/customers.js';
import { runBatch, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ApiError, invalidInput } from '../../errors.js';
import { newId } from '../../ids.js';
import { findChannel } from '../accounts/service.js';
import { insertCustomer, ownersOfKeys, readCustomers, readKeyOwners, readOrderBuyersAfter, readSyncMark, syncStatements } from './queries.js';
import { assignCustomers, buyerKey, buyerKeys, emailKey } from './rules.js';

/** Orders read per sync round. */
const SYNC_ROUND = 2000;

/**
 * Brings the seller's customers up to date with captured orders, in at most
 * `maxRounds` rounds; answers true when more orders wait (the cron bounds it).
 */
export async function syncCustomers(db: Db, sellerId: string, maxRounds = Number.POSITIVE_INFINITY, roundSize = SYNC_ROUND): Promise<boolean> {
  for (let round = 0; round < maxRounds; round++) {
    if (!(await withConflictRetry(() => syncRound(db, sellerId, roundSize)))) return false;
  }
  return true;
}

/** The rowid up to which the seller's orders are linked to their customers. */
export const customerSyncMark = (db: Db, sellerId: string): Promise<number> => readSyncMark(db, sellerId);

/** One round: read → assign → one batch guarded on the watermark. True when more orders may wait. */
async function syncRound(db: Db, sellerId: string, size: number): Promise<boolean> {
  const last = await readSyncMark(db, sellerId);
  const rows = await readOrderBuyersAfter(db, sellerId, last, size);
  if (rows.length === 0) return false;
  const known = await readKeyOwners(db, sellerId, [...new Set(rows.flatMap(buyerKeys))]);
  const a = assignCustomers(rows, known, () => newId('cus'));
  await runBatch(db, syncStatements(db, sellerId, last, rows[rows.length - 1]!.rowid, a, new Date().toISOString()));
  return rows.length === size;
}

/** Tags compared without case; the last spelling given wins. */
export const uniqueTags = (tags: readonly string[]) => [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()];

/** What a seller gives to add a customer before their first order. */
export interface NewCustomer {
  name?: string | undefined;
  email?: string | undefined;
  buyer?: { channelId: string; buyerId: string } | undefined;
  tags?: string[] | undefined;
}

/** Adds a customer; 409 when one of its keys already belongs to another customer. */
export async function createCustomer(db: Db, sellerId: string, body: NewCustomer): Promise<Customer> {
  if (body.buyer && !(await findChannel(db, sellerId, body.buyer.channelId))) {
    throw invalidInput([{ path: 'buyer.channelId', message: `No channel ${body.buyer.channelId} for this seller.` }], 'Unknown channel.');
  }
  await syncCustomers(db, sellerId);
  const keys = [...(body.email ? [emailKey(body.email)] : []), ...(body.buyer ? [buyerKey(body.buyer.channelId, body.buyer.buyerId)] : [])];
  const [taken] = await ownersOfKeys(db, sellerId, keys);
  if (taken) throw new ApiError(409, 'customer_exists', `Customer ${taken.customerId} already has ${taken.key}; tag that one instead.`);
  const id = newId('cus');
  await insertCustomer(db, sellerId, { id, name: body.name ?? null, email: body.email?.toLowerCase() ?? null, tags: uniqueTags(body.tags ?? []), keys });
  const [created] = await readCustomers(db, sellerId, [id]);
  return created!;
}
