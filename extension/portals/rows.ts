/**
 * Orders read from table rows, where an order's extra items sit in rows of
 * their own below it (their order cell empty). Each adapter says how a row
 * starts an order and what item a row shows; this folds the rows into orders
 * and marks what each order lacks.
 */
import type { CapturedLine, CapturedOrder } from './types.js';
import { readRows, skipRow } from './dom.js';
import { withMissing } from './values.js';

/** An order being put together from its rows; `unread` names fields that were there but could not be read. */
export type OrderDraft = Omit<CapturedOrder, 'partial' | 'missing'> & { unread: string[] };

/** How one portal's order rows read. */
export interface OrderRowReader<R> {
  /** The order a row starts, or undefined for a row holding another item of the order above. Throws for rows it cannot read. */
  start(row: R): OrderDraft | undefined;
  /** The item a row of `order` shows, if any; a line that cannot be read adds its field name to `order.unread`. */
  line(row: R, order: OrderDraft): CapturedLine | undefined;
  /** Settles what only all of an order's rows tell (a status per line), before the order is marked. */
  finish?(draft: OrderDraft): void;
}

/** Folds rows into orders, one warning per row that cannot be read, each order marked with what it lacks. */
export function readOrderRows<R>(rows: Iterable<R>, reader: OrderRowReader<R>, expected: readonly string[], warnings: string[]): CapturedOrder[] {
  const drafts: OrderDraft[] = [];
  readRows(rows, 'order row', warnings, (row) => {
    const started = reader.start(row);
    const draft = started ?? drafts.at(-1) ?? skipRow('an item row with no order above it');
    const line = reader.line(row, draft);
    if (line) draft.lines.push(line);
    if (started) drafts.push(started);
    return undefined;
  });
  return drafts.map((draft) => {
    reader.finish?.(draft);
    const { unread, ...order } = draft;
    return withMissing(order, expected, unread);
  });
}

/** The unit price of a line whose row prints the line's total, when it divides evenly. */
export function unitPriceOf(lineTotal: number | undefined, quantity: number): number | undefined {
  return lineTotal !== undefined && quantity > 0 && lineTotal % quantity === 0 ? lineTotal / quantity : undefined;
}
