/**
 * What a capture does to stock, planned before the capture's batch is
 * written so both commit together: new lines of orders in a
 * stock-committing status are resolved (SKU, else the channel's listing)
 * and allocated, all or nothing per line, oldest ship-by first; replaced
 * lines give back what they held; orders the channel reports cancelled
 * release their units and orders it reports shipped ship them.
 *
 * Orders first seen already shipped, delivered, cancelled or returned (an
 * import of history) leave stock untouched: their lines are `none`.
 */
import { commitsStock, type OrderStatus } from '../../../shared/status.js';
import type { Db } from '../../db/client.js';
import { byPriority, StockBook } from './allocation.js';
import { readCatalog, readOrderLines } from './queries.js';
import { catalogKeys, resolveLine } from './resolve-lines.js';
import { loadStock, settle } from './service.js';
import { applyStatusMove } from './stock-effects.js';
import type { StockPlan } from './stock-types.js';

/** An order a capture writes, as stock needs to see it. */
export interface CapturedOrder {
  id: string;
  channelId: string;
  status: OrderStatus;
  placedAt: string;
  shipBy: string | null;
  /** The status the book held before this capture; null for a new order. */
  previousStatus: OrderStatus | null;
  /** The order's lines when this capture (re)writes them, with their new ids; null when they stay. */
  newLines: ReadonlyArray<{ id: string; sku: string | null; channelSku: string | null; quantity: number }> | null;
}

/** Plans the stock side of a capture; undefined when the capture touches no stock. */
export async function planCaptureStock(db: Db, sellerId: string, orders: readonly CapturedOrder[]): Promise<StockPlan | undefined> {
  const leaving = (o: CapturedOrder) => o.previousStatus !== null && commitsStock(o.previousStatus) && !commitsStock(o.status);
  const withOldLines = orders.filter((o) => o.previousStatus !== null && (o.newLines !== null || leaving(o)));
  const placing = orders.filter((o) => o.newLines !== null && commitsStock(o.status));
  if (withOldLines.length === 0 && placing.length === 0) return undefined;

  const book = new StockBook();
  const old = withOldLines.length
    ? await readOrderLines(
        db,
        sellerId,
        withOldLines.map((o) => o.id),
      )
    : [];
  const newLines = placing.flatMap((o) => o.newLines!.map((l) => ({ ...l, channelId: o.channelId })));
  const catalog = newLines.length ? await readCatalog(db, sellerId, catalogKeys(newLines)) : undefined;
  // The catalog read brings the stock of every SKU the new lines may resolve to; the book takes it as read.
  if (catalog) book.addStock(catalog.stock.levels, catalog.stock.skus);
  const resolved = new Map(newLines.map((l) => [l.id, catalog ? resolveLine(l, l.channelId, catalog) : []]));
  await loadStock(db, sellerId, book, [...old.flatMap((l) => [...l.components.map((c) => c.sku), ...l.held.map((h) => h.sku)]), ...[...resolved.values()].flatMap((cs) => cs.map((c) => c.sku))]);
  book.addLines(old);

  for (const o of withOldLines) {
    const lineIds = old.filter((l) => l.orderId === o.id).map((l) => l.lineId);
    if (o.newLines !== null) for (const id of lineIds) book.release(id);
    else applyStatusMove(book, lineIds, o.previousStatus!, o.status);
  }

  const toPlace = orders
    .filter((o) => o.newLines !== null)
    .flatMap((o) =>
      o.newLines!.map((l) => ({
        lineId: l.id,
        orderId: o.id,
        quantity: l.quantity,
        components: resolved.get(l.id) ?? [],
        shipBy: o.shipBy,
        placedAt: o.placedAt,
        commits: commitsStock(o.status),
      })),
    )
    .sort(byPriority);
  for (const { commits, ...line } of toPlace) book.place(line, commits);
  return settle(db, sellerId, book);
}
