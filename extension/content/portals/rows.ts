/**
 * Orders read from table rows, where an order's extra items sit in rows of
 * their own below it (their order cell empty). Each adapter says how a row
 * starts an order and what item a row shows; this folds the rows into orders
 * and marks what each order lacks. Rows can be remembered by what they show from
 * one read of a watched page to the next (see `OrderRowReader.remembered`).
 */

import { readRows, skipRow } from './dom.js';
import { memoryOfRead, type ReadMemory } from './page-text.js';
import { withVia } from './strategies.js';
import type { CapturedLine, CapturedOrder } from './types.js';
import { withMissing } from './values.js';

/** An order being put together from its rows; `unread` names fields that were there but could not be read. */
export type OrderDraft = Omit<CapturedOrder, 'partial' | 'missing'> & { unread: string[]; via?: Record<string, number> };

/** How one portal's order rows read. */
export interface OrderRowReader<R> {
  /** The order a row starts, or undefined for a row holding another item of the order above. Throws for rows it cannot read. */
  start(row: R): OrderDraft | undefined;
  /** The item a row of `order` shows, if any; a line that cannot be read adds its field name to `order.unread`. */
  line(row: R, order: OrderDraft): CapturedLine | undefined;
  /** Settles what only all of an order's rows tell (a status per line), before the order is marked. */
  finish?(draft: OrderDraft): void;
  /**
   * Set by readers for which rows showing the same read the same: a row's
   * reading depends on nothing but its key and group (see HasRow) and this
   * context (the portal's host, say), and `line` uses the order only to note
   * unread fields. Rows are then remembered by their keys from one read of a
   * watched page to the next (see `readingOnce`): a row the portal drew
   * again showing the same, as new elements that carry no readings, is not
   * read again. Only the last read's rows are kept.
   */
  remembered?: string;
}

/** What readOrderRows needs of a row: the element holding all it shows, and what keys it when remembered. */
interface HasRow {
  readonly row: Element;
  /** What the row shows, for remembering it (see ShownRow); the row's `textContent` when absent. */
  readonly key?: string;
  /** What else its reading depends on (which cell shows what, say): rows are recalled by key among rows of their group. */
  readonly group?: string;
}

/** What one row read as: the order it starts, the item it shows and the fields that item lacked, or why it was skipped. */
interface RowReading {
  started: OrderDraft | undefined;
  line: CapturedLine | undefined;
  unread: readonly string[];
  skipped: string | undefined;
}

/** Folds rows into orders, one warning per row that cannot be read, each order marked with what it lacks. */
export function readOrderRows<R extends HasRow>(rows: readonly R[], reader: OrderRowReader<R>, expected: readonly string[], warnings: string[]): CapturedOrder[] {
  const drafts: OrderDraft[] = [];
  const recall = reader.remembered === undefined ? undefined : rowMemory(reader.remembered);
  readRows(rows, 'order row', warnings, (row) => {
    try {
      if (recall)
        foldReading(
          recall(row.group ?? '', row.key ?? row.row.textContent ?? '', () => readingOf(row, reader)),
          drafts,
        );
      else {
        const started = reader.start(row);
        const draft = started ?? drafts.at(-1) ?? skipRow('an item row with no order above it');
        const line = reader.line(row, draft);
        if (line) draft.lines.push(line);
        if (started) drafts.push(started);
      }
    } catch (error) {
      // A row that cannot be read may hold another item of the order above: that order's lines are then not known to be all.
      const above = drafts.at(-1);
      if (above && !above.unread.includes('lines')) above.unread.push('lines');
      throw error;
    }
    return undefined;
  });
  return drafts.map((draft) => {
    reader.finish?.(draft);
    const { unread, via, ...order } = draft;
    return withVia(withMissing(order, expected, unread), via);
  });
}

/** What a row that starts an order notes on the order above: nothing (one array for every such row; readings are only read). */
const NOTHING_UNREAD: readonly string[] = [];

/** A row read on its own: what it starts and shows, kept apart from the orders being folded (readings are shared between reads). */
function readingOf<R>(row: R, reader: OrderRowReader<R>): RowReading {
  try {
    const started = reader.start(row);
    // An item row's line notes what it lacks on the order above; here, on a stand-in for it.
    const order = started ?? { externalId: '', lines: [], unread: [] };
    const line = reader.line(row, order);
    return { started, line, unread: started ? NOTHING_UNREAD : order.unread, skipped: undefined };
  } catch (error) {
    return { started: undefined, line: undefined, unread: [], skipped: error instanceof Error ? error.message : String(error) };
  }
}

/** Adds a row's reading to the orders folded so far, copying what the orders being built will change. */
function foldReading(reading: RowReading, drafts: OrderDraft[]): void {
  if (reading.skipped !== undefined) skipRow(reading.skipped);
  const { started, line } = reading;
  if (started) {
    drafts.push({ ...started, lines: line ? [line] : [], unread: started.unread.slice() });
    return;
  }
  const draft = drafts.at(-1) ?? skipRow('an item row with no order above it');
  if (line) draft.lines.push(line);
  for (let i = 0; i < reading.unread.length; i++) draft.unread.push(reading.unread[i]!);
}

/** Row readings by row group and key, per memory and reader context. */
type Readings = Map<string, Map<string, RowReading>>;

const rowReadings = new WeakMap<ReadMemory, Map<string, Readings>>();

/**
 * Looks rows up by their group and key among the rows of the last read with
 * the same memory and context, reading those it does not know; what this
 * read saw is what the next one will know. Outside a read with a memory,
 * identical rows of this read are read once. A key is looked up as it is,
 * never joined to its group: keys are whole rows' texts, and a joined string
 * would be copied whole to be looked up.
 */
function rowMemory(context: string): (group: string, key: string, read: () => RowReading) => RowReading {
  const memory = memoryOfRead();
  let contexts = memory && rowReadings.get(memory);
  if (memory && !contexts) rowReadings.set(memory, (contexts = new Map()));
  const before = contexts?.get(context);
  const now: Readings = new Map();
  contexts?.set(context, now);
  return (group, key, read) => {
    let known = now.get(group);
    if (!known) now.set(group, (known = new Map()));
    let reading = known.get(key) ?? before?.get(group)?.get(key);
    if (reading === undefined) reading = read();
    known.set(key, reading);
    return reading;
  };
}

/** The unit price of a line whose row prints the line's total, when it divides evenly. */
export function unitPriceOf(lineTotal: number | undefined, quantity: number): number | undefined {
  return lineTotal !== undefined && quantity > 0 && lineTotal % quantity === 0 ? lineTotal / quantity : undefined;
}
