/**
 * Stock changes that ride along with order writes. Each function here reads
 * what it needs, plans the change in a StockBook (modules/stock/allocation.ts) and
 * returns batch statements: guards first, then writes. The caller puts them
 * in the SAME batch as its own order writes and runs the whole
 * read-plan-write inside `withConflictRetry`, so stock and orders commit
 * together or not at all, and a concurrent change makes the batch retry
 * instead of allocating a unit twice.
 *
 * For the fulfillment workflow: `shipLines` (partial or full shipments),
 * `restockReturn` (returned units back on hand), `releaseOrderStock`
 * (cancellation) and `orderMoveStatements` (any status move).
 */
import type { OrderStatus } from '../../../shared/status.js';
import type { Statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { StockBook } from './allocation.js';
import { readHoldingLines, readOrderLines, readShippedUnits, readShortLines, readStock, type StockContext, stockGuards, stockWrites } from './queries.js';
import { applyStatusMove, type ShippedUnits } from './stock-effects.js';
import type { StockPlan } from './stock-types.js';

export type { StockContext } from './queries.js';
/** The stock statements a capture adds to its own batch (guards first, then writes). */
export { stockGuards, stockWrites } from './queries.js';
/** An item's and a listing's stored records, as their GETs answer them (http/versions.ts compares ETags with them). */
export { readStockRecords } from './queries-inventory.js';
export { listListings } from './queries-listings.js';

/** Adds the stock of the given SKUs to the book, reading only SKUs it does not know yet. */
export async function loadStock(db: Db, sellerId: string, book: StockBook, skus: readonly string[]): Promise<void> {
  const missing = [...new Set(skus)].filter((s) => !book.knowsSku(s));
  if (missing.length === 0) return;
  const read = await readStock(db, sellerId, missing);
  book.addStock(read.levels, read.skus);
}

/**
 * Finishes a plan: reservations that no longer fit are undone (newest first)
 * and freed units go to short lines (oldest ship-by first). Reads the lines
 * involved as it goes.
 */
export async function settle(db: Db, sellerId: string, book: StockBook): Promise<StockPlan> {
  const over = book.overReservedSkus();
  if (over.length > 0) {
    const holders = await readHoldingLines(db, sellerId, over);
    await loadStock(db, sellerId, book, book.unknownSkus(holders));
    book.fit(holders);
  }
  const freed = book.freedSkus();
  if (freed.length > 0) {
    const candidates = await readShortLines(db, sellerId, freed);
    await loadStock(db, sellerId, book, book.unknownSkus(candidates));
    book.reallocate(candidates);
  }
  return book.plan();
}

/** A plan as batch statements: its guards, then its writes. */
export function planStatements(db: Db, sellerId: string, plan: StockPlan, ctx: StockContext): Statement[] {
  return [...stockGuards(db, sellerId, plan), ...stockWrites(db, sellerId, plan, ctx)];
}

/** Reads an order's lines into a new book, with the stock they touch. */
async function bookForOrder(db: Db, sellerId: string, orderId: string) {
  const book = new StockBook();
  const lines = await readOrderLines(db, sellerId, [orderId]);
  await loadStock(db, sellerId, book, [...lines.flatMap((l) => l.components.map((c) => c.sku)), ...lines.flatMap((l) => l.held.map((h) => h.sku))]);
  book.addLines(lines);
  return { book, lines };
}

/**
 * Statements that ship units of an order's lines: allocated units leave
 * on hand and their reservations; a short line's units leave on hand too
 * (reservations that no longer fit go short). Also sets each line's
 * `shipped_quantity`, so the caller must not. Units beyond what a line has
 * left to ship are refused (400 naming `lines.i.quantity`).
 */
export async function shipLines(db: Db, sellerId: string, orderId: string, lines: ReadonlyArray<{ lineId: string; quantity: number }>, ctx: StockContext): Promise<Statement[]> {
  const { book } = await bookForOrder(db, sellerId, orderId);
  const issues = lines.flatMap((s, i) => {
    const line = book.line(s.lineId);
    if (!line) return [{ path: `lines.${i}.lineId`, message: `No line ${s.lineId} in this order.` }];
    const left = line.quantity - line.shipped;
    return s.quantity > left ? [{ path: `lines.${i}.quantity`, message: `Only ${left} unit(s) of this line are left to ship.` }] : [];
  });
  if (issues.length) throw invalidInput(issues);
  book.shipLines(lines.map((s) => ({ lineId: s.lineId, units: s.quantity })));
  return planStatements(db, sellerId, await settle(db, sellerId, book), ctx);
}

/**
 * Statements that put returned units back on hand. Without `lines`, every
 * unit the order shipped and has not restocked goes back to the location
 * it left; with `lines`, `quantity` units of each line (capped at what it
 * shipped) go back to `location` or to where they left. Freed units go to
 * short lines at once.
 */
export async function restockReturn(
  db: Db,
  sellerId: string,
  orderId: string,
  ctx: StockContext,
  lines?: ReadonlyArray<{ lineId: string; quantity: number; location?: string }>,
): Promise<Statement[]> {
  const { book, lines: stored } = await bookForOrder(db, sellerId, orderId);
  const units = restockUnits(await readShippedUnits(db, sellerId, orderId), stored, lines);
  await loadStock(
    db,
    sellerId,
    book,
    units.map((u) => u.sku),
  );
  for (const u of units) book.changeOnHand(u.sku, u.location, u.quantity, 'restocked', { orderId: u.orderId, lineId: u.lineId });
  return planStatements(db, sellerId, await settle(db, sellerId, book), ctx);
}

/** The units to restock: all shipped ones, or per line up to what it shipped (per unit sold, by its components). */
function restockUnits(
  shipped: readonly ShippedUnits[],
  stored: ReadonlyArray<{ lineId: string; quantity: number; shipped: number }>,
  lines?: ReadonlyArray<{ lineId: string; quantity: number; location?: string }>,
): ShippedUnits[] {
  if (!lines) return [...shipped];
  return lines.flatMap((want) => {
    const line = stored.find((l) => l.lineId === want.lineId);
    const parts = shipped.filter((s) => s.lineId === want.lineId);
    if (!line || line.shipped === 0) return [];
    const share = Math.min(1, want.quantity / line.shipped);
    return parts.map((p) => ({ ...p, location: want.location ?? p.location, quantity: Math.floor(p.quantity * share) })).filter((p) => p.quantity > 0);
  });
}

/** Statements releasing everything an order holds or is owed (a cancellation). */
export async function releaseOrderStock(db: Db, sellerId: string, orderId: string, ctx: StockContext): Promise<Statement[]> {
  const { book, lines } = await bookForOrder(db, sellerId, orderId);
  for (const l of lines) book.release(l.lineId);
  return planStatements(db, sellerId, await settle(db, sellerId, book), ctx);
}

/**
 * Statements for what moving an order from `from` to `to` does to stock
 * (see modules/stock/stock-effects.ts); `restock` puts a returned order's shipped
 * units back on hand.
 */
export async function orderMoveStatements(db: Db, sellerId: string, orderId: string, from: OrderStatus, to: OrderStatus, ctx: StockContext, opts: { restock?: boolean } = {}): Promise<Statement[]> {
  const { book, lines } = await bookForOrder(db, sellerId, orderId);
  const restock = to === 'returned' && opts.restock ? await readShippedUnits(db, sellerId, orderId) : [];
  await loadStock(
    db,
    sellerId,
    book,
    restock.map((r) => r.sku),
  );
  applyStatusMove(
    book,
    lines.map((l) => l.lineId),
    from,
    to,
    restock,
  );
  return planStatements(db, sellerId, await settle(db, sellerId, book), ctx);
}
export { type SplitLineStock, splitStockStatements } from './split-stock.js';
