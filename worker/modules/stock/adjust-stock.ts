/**
 * Counting and adjusting stock (PUT /v1/inventory/:sku, adjustments, CSV
 * import): validates every change against the seller's SKUs and locations,
 * applies them all or none, re-balances reservations (a count below what is
 * reserved turns the newest lines short; new units go to the oldest short
 * lines) and writes everything, ledger included, in one guarded batch.
 */
import { runBatch, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { type FieldIssue, invalidInput } from '../../errors.js';
import { StockBook } from './allocation.js';
import { findSkus, knownLocations } from './queries-inventory.js';
import { loadStock, planStatements, type StockContext, settle } from './service.js';
import type { LedgerReason } from './stock-types.js';

/** One change: set on hand to `onHand`, or move it by `delta`. `path` names it in errors ("adjustments.2"). */
export type StockChange = { sku: string; location: string; reason: LedgerReason; note: string | null; path: string } & ({ onHand: number } | { delta: number });

/** Applies stock changes all or nothing; 400 naming each bad field, and then nothing changes. */
export async function changeStock(db: Db, sellerId: string, changes: readonly StockChange[], ctx: StockContext): Promise<void> {
  const [skus, places] = await Promise.all([
    findSkus(
      db,
      sellerId,
      changes.map((c) => c.sku),
    ),
    knownLocations(
      db,
      sellerId,
      changes.map((c) => c.location),
    ),
  ]);
  const unknown: FieldIssue[] = changes.flatMap((c) => [
    ...(skus.has(c.sku) ? [] : [{ path: `${c.path}.sku`, message: `No SKU ${c.sku}; create it with POST /v1/skus first.` }]),
    ...(places.has(c.location) ? [] : [{ path: `${c.path}.location`, message: `No location ${c.location}; add it with POST /v1/locations first.` }]),
  ]);
  if (unknown.length) throw invalidInput(unknown, 'Unknown SKU or location.');

  await withConflictRetry(async () => {
    const book = new StockBook();
    await loadStock(
      db,
      sellerId,
      book,
      changes.map((c) => c.sku),
    );
    const below: FieldIssue[] = [];
    for (const c of changes) {
      const current = book.onHand(c.sku, c.location);
      const delta = 'onHand' in c ? c.onHand - current : c.delta;
      if (current + delta < 0) {
        below.push({ path: `${c.path}.delta`, message: `${c.sku} has ${current} on hand at ${c.location}; taking ${-delta} would leave fewer than 0.` });
        continue;
      }
      book.changeOnHand(c.sku, c.location, delta, c.reason, { note: c.note });
    }
    if (below.length) throw invalidInput(below, 'An adjustment would leave fewer than 0 on hand.');
    await runBatch(db, planStatements(db, sellerId, await settle(db, sellerId, book), ctx));
  });
}
