/**
 * Stock that follows a split: the reserved units of each line stay with the
 * units that own them, whether a line leaves whole or in part. Short and
 * unmapped lines hold nothing; a short line divided in two may leave a
 * smaller piece that the units available now cover, so short lines of those
 * SKUs are allocated again in the same batch, oldest ship-by first.
 */
import type { Statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { StockBook, type StockLine } from './allocation.js';
import { readShortLines, readStock, type StockContext, stockGuards, stockWrites } from './queries.js';
import { divideLineStockRows, lineHoldsGuard, moveLineStockRows, readLineStock } from './queries-split.js';
import { divideReservations } from './rules-split.js';

/** One line's move in a split, as the stock sees it. */
export interface SplitLineStock {
  lineId: string;
  /** The new line in the part; equal to lineId when the line leaves whole. */
  toLineId: string;
  units: number;
  whole: boolean;
  /** The line is short: dividing it may leave a piece the available units cover. */
  short: boolean;
}

/**
 * Guards and writes moving the stock of the split lines from `fromOrderId`
 * to `toOrderId`. The writes assume the part's new lines are written before
 * them in the same batch.
 */
export async function splitStockStatements(
  db: Db,
  sellerId: string,
  fromOrderId: string,
  toOrderId: string,
  lines: readonly SplitLineStock[],
  ctx: StockContext,
): Promise<{ guards: Statement[]; writes: Statement[] }> {
  const { held, components } = await readLineStock(
    db,
    sellerId,
    lines.map((l) => l.lineId),
  );
  const guards: Statement[] = [];
  const writes: Statement[] = [];
  for (const line of lines) {
    const rows = held.filter((h) => h.lineId === line.lineId);
    guards.push(
      lineHoldsGuard(
        db,
        sellerId,
        line.lineId,
        rows.reduce((n, r) => n + r.quantity, 0),
      ),
    );
    if (line.whole) {
      writes.push(...moveLineStockRows(db, sellerId, line.lineId, toOrderId));
      continue;
    }
    const perUnit = new Map(components.filter((c) => c.lineId === line.lineId).map((c) => [c.sku, c.perUnit]));
    const { kept, taken } = divideReservations(rows, perUnit, line.units);
    writes.push(...divideLineStockRows(db, sellerId, { fromLineId: line.lineId, toLineId: line.toLineId, fromOrderId, toOrderId, kept, taken }));
  }
  const refill = await refillShortLines(db, sellerId, toOrderId, lines, ctx);
  return { guards: [...guards, ...refill.guards], writes: [...writes, ...refill.writes] };
}

/** Allocates short lines of the SKUs a divided short line needs, seeing the lines as the split leaves them. */
async function refillShortLines(db: Db, sellerId: string, toOrderId: string, lines: readonly SplitLineStock[], ctx: StockContext): Promise<{ guards: Statement[]; writes: Statement[] }> {
  if (!lines.some((l) => l.short && !l.whole)) return { guards: [], writes: [] };
  const { components } = await readLineStock(
    db,
    sellerId,
    lines.filter((l) => l.short).map((l) => l.lineId),
  );
  const skus = [...new Set(components.map((c) => c.sku))];
  const candidates = await readShortLines(db, sellerId, skus);
  const book = new StockBook();
  const read = await readStock(db, sellerId, [...new Set([...skus, ...candidates.flatMap((c) => c.components.map((x) => x.sku))])]);
  book.addStock(read.levels, read.skus);
  const after: StockLine[] = candidates.flatMap((c): StockLine[] => {
    const moved = lines.find((l) => l.lineId === c.lineId);
    if (!moved) return [c];
    if (moved.whole) return [{ ...c, orderId: toOrderId }];
    return [
      { ...c, quantity: c.quantity - moved.units },
      { ...c, lineId: moved.toLineId, orderId: toOrderId, quantity: moved.units },
    ];
  });
  book.reallocate(after);
  const plan = book.plan();
  return { guards: stockGuards(db, sellerId, plan), writes: stockWrites(db, sellerId, plan, ctx) };
}
