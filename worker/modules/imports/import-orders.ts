/**
 * Capturing an order file into the book as it is read: each batch the
 * parser yields (at most 500 validated orders) is captured before the next
 * is read, so a 100,000-row file never sits in memory and every order is
 * written whole or not at all (one D1 batch per capture). The answer tallies
 * the capture outcomes and lists the file's problems by line.
 */
import type { ImportBatch, ImportError } from '../../../shared/imports/index.js';
import { type ImportErrorItem, type ImportResult, MAX_LISTED_ERRORS } from '../../../shared/schemas/imports.js';
import type { Db } from '../../db/client.js';
import { captureOrders } from '../orders/capture-orders.js';

/**
 * Captures every batch of an import for a seller, in file order, as
 * `source: 'import'` by `actor` (the token's name). Re-importing the same file captures every order as
 * `unchanged`. `failed` counts the orders named by an error and not
 * captured; errors past the first {@link MAX_LISTED_ERRORS} are only counted.
 */
export async function captureImport(db: Db, sellerId: string, batches: AsyncIterable<ImportBatch>, actor: string): Promise<ImportResult> {
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, failed: 0, errors: [], moreErrors: 0 };
  const captured = new Set<string>();
  const failed = new Set<string>();

  for await (const batch of batches) {
    for (const error of batch.errors) addError(result, error, failed);
    if (batch.orders.length === 0) continue;
    const paths = batch.orders.map((o) => `order ${o.externalId}`);
    const { results } = await captureOrders(db, sellerId, batch.orders, 'import', actor, paths);
    for (const r of results) {
      result[r.outcome] += 1;
      captured.add(r.externalId);
    }
  }
  for (const id of failed) if (!captured.has(id)) result.failed += 1;
  return result;
}

function addError(result: ImportResult, error: ImportError, failed: Set<string>): void {
  if (error.externalId !== undefined) failed.add(error.externalId);
  if (result.errors.length >= MAX_LISTED_ERRORS) {
    result.moreErrors += 1;
    return;
  }
  const item: ImportErrorItem = {
    line: error.line,
    column: error.column ?? null,
    message: error.message,
    externalId: error.externalId ?? null,
    file: error.file ?? null,
  };
  result.errors.push(item);
}
