/**
 * What a status move does to stock. Pure. Moving out of a stock-committing
 * status (shared/status.ts) into shipped or delivered ships every unit not
 * yet shipped; into cancelled or returned releases them. A return can put
 * the shipped units back on hand (restock), a choice the seller makes.
 * Moves between committing statuses (ready → on hold) change nothing.
 */
import { commitsStock, type OrderStatus } from '../../../shared/status.js';
import type { StockBook } from './allocation.js';

/** Units of a line that left a location (and may come back on a return). */
export interface ShippedUnits {
  lineId: string;
  orderId: string;
  sku: string;
  location: string;
  quantity: number;
}

/**
 * Applies the move `from` → `to` of an order to the book, for its lines
 * (already in the book). `restock` lists the units to put back when the
 * order is returned; pass none to leave stock as it is.
 */
export function applyStatusMove(book: StockBook, lineIds: readonly string[], from: OrderStatus, to: OrderStatus, restock: readonly ShippedUnits[] = []): void {
  if (commitsStock(from) && !commitsStock(to)) {
    if (to === 'shipped' || to === 'delivered') book.shipLines(lineIds.map((lineId) => ({ lineId, units: Number.MAX_SAFE_INTEGER })));
    else for (const id of lineIds) book.release(id);
  }
  if (to === 'returned') {
    for (const r of restock) book.changeOnHand(r.sku, r.location, r.quantity, 'restocked', { orderId: r.orderId, lineId: r.lineId });
  }
}
