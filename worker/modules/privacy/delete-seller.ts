/**
 * A seller who leaves takes everything (GET /v1/export) and leaves nothing.
 * The admin first reads what would go and a confirmation code, then
 * confirms with that code: the seller's tokens stop at once, and the cron
 * deletes every row of the seller, table by table in bounded chunks, the
 * seller row last.
 */
import { runBatch } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ApiError, invalidInput, notFound } from '../../errors.js';
import { sha256Hex } from '../../ids.js';
import { forgetSeller } from '../accounts/service.js';
import { confirmDeletion, countSellerRows, deleteSellerRow, deleteSellerRows, findSellerToDelete, readConfirmedDeletions, SELLER_TABLES } from './queries-leaving.js';

/** Rows deleted per statement. */
export const DELETION_CHUNK = 500;
/** Deleting statements per cron run (plus one look at each emptied table): a big seller goes over several runs. */
export const DELETION_STATEMENTS_PER_RUN = 100;

/** Rows counted per table in a preview: a big seller's tables are told as "more than" this, not counted whole. */
export const DELETION_COUNT_LIMIT = 10_000;

/** What a deletion would remove, and the code that confirms it. */
export interface DeletionPreview {
  sellerId: string;
  name: string;
  rows: Record<string, number>;
  moreThan: string[];
  confirmation: string;
  confirmedAt: string | null;
}

/** The code that confirms deleting a seller: it changes with the seller, so it cannot be reused for another. */
async function confirmationCode(seller: { id: string; createdAt: string }): Promise<string> {
  return (await sha256Hex(`delete-seller:${seller.id}:${seller.createdAt}`)).slice(0, 12);
}

/** The rows a deletion of the seller removes, and its confirmation code. */
export async function previewDeletion(db: Db, sellerId: string): Promise<DeletionPreview> {
  const seller = await findSellerToDelete(db, sellerId);
  if (!seller) throw notFound('Seller');
  const counted = await countSellerRows(db, sellerId, DELETION_COUNT_LIMIT);
  const moreThan = Object.keys(counted).filter((t) => (counted[t] ?? 0) > DELETION_COUNT_LIMIT);
  const rows = Object.fromEntries(Object.entries(counted).map(([t, n]) => [t, Math.min(n, DELETION_COUNT_LIMIT)]));
  return { sellerId, name: seller.name, rows, moreThan, confirmation: await confirmationCode(seller), confirmedAt: seller.confirmedAt };
}

/** Confirms the deletion with the code the preview gave; 400 naming query.confirm when it does not match. */
export async function confirmSellerDeletion(db: Db, sellerId: string, confirm: string): Promise<DeletionPreview> {
  const seller = await findSellerToDelete(db, sellerId);
  if (!seller) throw notFound('Seller');
  if (confirm !== (await confirmationCode(seller))) {
    throw invalidInput([{ path: 'query.confirm', message: 'not the confirmation code of this seller’s deletion preview' }]);
  }
  if (seller.confirmedAt) throw new ApiError(409, 'deletion_under_way', 'This seller’s deletion is already under way.');
  await runBatch(db, confirmDeletion(db, sellerId, new Date().toISOString()));
  forgetSeller(sellerId);
  return previewDeletion(db, sellerId);
}

/** Deletes rows of confirmed sellers in bounded chunks; answers how many went and whether more are left. */
export async function deleteLeavingSellers(db: Db, maxStatements = DELETION_STATEMENTS_PER_RUN): Promise<{ deleted: number; more: boolean }> {
  let statements = 0;
  let deleted = 0;
  for (const sellerId of await readConfirmedDeletions(db, 10)) {
    for (const table of SELLER_TABLES) {
      // seller_deletions goes with the seller row, after everything else.
      if (table === 'seller_deletions') continue;
      // Only statements that deleted rows count against the bound: a run always gets past emptied tables.
      for (;;) {
        if (statements >= maxStatements) return { deleted, more: true };
        const n = await deleteSellerRows(db, table, sellerId, DELETION_CHUNK);
        if (n > 0) statements += 1;
        deleted += n;
        if (n < DELETION_CHUNK) break;
      }
    }
    await deleteSellerRow(db, sellerId);
    await deleteSellerRows(db, 'seller_deletions', sellerId, 1);
  }
  return { deleted, more: false };
}
