/**
 * Orders read from table rows, where an order's extra items sit in rows of
 * their own below it (their order cell empty). Each adapter says how a row
 * starts an order and what item a row shows; this folds the rows into orders
 * and marks what each order lacks. Rows can be remembered by what they show from
 * one read of a watched page to the next (see `RememberedRowReader`).
 */

import { readRows, skippedRow, skipRow } from './dom.js';
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
  remembered?: undefined;
}

/**
 * How the order rows of a portal read where rows showing the same read the
 * same: a row's reading depends on nothing but its key and group (see
 * HasRow) and `remembered`, a context (the portal's host, say). Rows are
 * then remembered by their keys from one read of a watched page to the next
 * (see `readingOnce`): a row the portal drew again showing the same, as new
 * elements that carry no readings, is not read again. Only the last read's
 * rows are kept. A row is read on its own, never with the order above it,
 * and the order `start` builds is the order returned (marked in place):
 * on a page's first read no order is copied.
 */
export interface RememberedRowReader<R> {
  remembered: string;
  /**
   * The order a row starts, its lines empty (they are the fold's), noting
   * in `via` which strategy read each field; undefined for a row holding
   * another item of the order above. Throws for rows it cannot read.
   */
  start(row: R, via: Record<string, number>): Omit<CapturedOrder, 'partial' | 'missing'> | undefined;
  /** The item a row shows, if any; a line that cannot be read adds its field name to `unread` (noted on the row's order). */
  line(row: R, unread: string[]): CapturedLine | undefined;
}

/** What readOrderRows needs of a row: the element holding all it shows, and what keys it when remembered. */
interface HasRow {
  readonly row: Element;
  /** What the row shows, for remembering it (see ShownRow); the row's `textContent` when absent. */
  readonly key?: string;
  /** What else its reading depends on (which cell shows what, say): rows are recalled by key among rows of their group. */
  readonly group?: string;
}

/** Why an item row before any order row is skipped. */
const NO_ORDER_ABOVE = 'an item row with no order above it';

/**
 * `unread` (made when absent) naming `lines`: a row that cannot be read may
 * hold another item of the order above, whose lines are then not known to be all.
 */
function linesUnknown(unread: string[] | undefined): string[] {
  if (!unread) return ['lines'];
  if (!unread.includes('lines')) unread.push('lines');
  return unread;
}

/** Folds rows into orders, one warning per row that cannot be read, each order marked with what it lacks. */
export function readOrderRows<R extends HasRow>(rows: readonly R[], reader: OrderRowReader<R> | RememberedRowReader<R>, expected: readonly string[], warnings: string[]): CapturedOrder[] {
  if (reader.remembered !== undefined) return readRememberedRows(rows, reader, expected, warnings);
  const drafts: OrderDraft[] = [];
  readRows(rows, 'order row', warnings, (row) => {
    try {
      const started = reader.start(row);
      const draft = started ?? drafts.at(-1) ?? skipRow(NO_ORDER_ABOVE);
      const line = reader.line(row, draft);
      if (line) draft.lines.push(line);
      if (started) drafts.push(started);
    } catch (error) {
      const above = drafts.at(-1);
      if (above) above.unread = linesUnknown(above.unread);
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

/** What one row read as: the order it starts and which strategies read it, the item it shows and what that item lacked, or why it was skipped. */
interface RowReading {
  order: Omit<CapturedOrder, 'partial' | 'missing'> | undefined;
  via: Record<string, number> | undefined;
  line: CapturedLine | undefined;
  unread: readonly string[];
  skipped: string | undefined;
  /** Whether `order` was handed out by a read: then it is that read's, and later reads copy it. */
  given: boolean;
}

/** What a row whose line lacks nothing notes: one array for every such row (readings are only read). */
const NOTHING_UNREAD: readonly string[] = [];

/**
 * readOrderRows for a RememberedRowReader. A row's order is the object its
 * reader built the first time it is folded; a row recalled (or the same row
 * twice in one read) gives a copy, its lines its own line alone, so orders
 * of different reads never share what marking them changes.
 */
function readRememberedRows<R extends HasRow>(rows: readonly R[], reader: RememberedRowReader<R>, expected: readonly string[], warnings: string[]): CapturedOrder[] {
  // Sized once for the most orders the rows can hold (arrays grown by push are copied as they grow), cut to size at the end.
  const orders: Array<Omit<CapturedOrder, 'partial' | 'missing'>> = new Array(rows.length);
  let count = 0;
  // What each order lacks, made only for orders that lack something.
  const unreads: Array<string[] | undefined> = new Array(rows.length);
  const memory = rowMemory(reader.remembered);
  const notes: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const group = row.group ?? '';
    const key = row.key ?? row.row.textContent ?? '';
    let reading = memory.recall(group, key);
    if (reading === undefined) reading = readingOf(row, reader, notes);
    memory.keep(group, key, reading);
    const last = count - 1;
    if (reading.skipped !== undefined || (reading.order === undefined && last < 0)) {
      warnings.push(skippedRow('order row', i, reading.skipped ?? NO_ORDER_ABOVE));
      if (last >= 0) unreads[last] = linesUnknown(unreads[last]);
      continue;
    }
    if (reading.order !== undefined) {
      // A line is put in an array made to hold it: an empty array's first push makes room for 17.
      const order = reading.given ? { ...reading.order, lines: reading.line ? [reading.line] : [] } : reading.order;
      if (!reading.given && reading.line) order.lines = [reading.line];
      reading.given = true;
      withVia(order, reading.via);
      if (reading.unread.length > 0) unreads[count] = reading.unread.slice();
      orders[count++] = order;
      continue;
    }
    if (reading.line) orders[last]!.lines.push(reading.line);
    for (let j = 0; j < reading.unread.length; j++) (unreads[last] ??= []).push(reading.unread[j]!);
  }
  orders.length = count;
  for (let i = 0; i < count; i++) withMissing(orders[i]!, expected, unreads[i] ?? NOTHING_UNREAD);
  return orders as CapturedOrder[];
}

/** A row read on its own, `notes` lent for what its line lacks: what it starts and shows (readings are shared between reads). */
function readingOf<R>(row: R, reader: RememberedRowReader<R>, notes: string[]): RowReading {
  notes.length = 0;
  try {
    const via: Record<string, number> = {};
    const order = reader.start(row, via);
    const line = reader.line(row, notes);
    return { order, via: order ? via : undefined, line, unread: notes.length > 0 ? notes.slice() : NOTHING_UNREAD, skipped: undefined, given: false };
  } catch (error) {
    return { order: undefined, via: undefined, line: undefined, unread: NOTHING_UNREAD, skipped: error instanceof Error ? error.message : String(error), given: false };
  }
}

/** Row readings by row group and key, per memory and reader context. */
type Readings = Map<string, Map<string, RowReading>>;

const rowReadings = new WeakMap<ReadMemory, Map<string, Readings>>();

/** The rows one read recalls and keeps (see rowMemory). */
interface RowMemory {
  /** The reading of a row with this group and key, from this read or the last. */
  recall(group: string, key: string): RowReading | undefined;
  /** Keeps a row's reading for the rest of this read and the next one. */
  keep(group: string, key: string, reading: RowReading): void;
}

/**
 * Looks rows up by their group and key among the rows of the last read with
 * the same memory and context; what this read saw is what the next one will
 * know. Outside a read with a memory, identical rows of this read are read
 * once. A key is looked up as it is, never joined to its group: keys are
 * whole rows' texts, and a joined string would be copied whole to be looked up.
 */
function rowMemory(context: string): RowMemory {
  const memory = memoryOfRead();
  let contexts = memory && rowReadings.get(memory);
  if (memory && !contexts) rowReadings.set(memory, (contexts = new Map()));
  const before = contexts?.get(context);
  const now: Readings = new Map();
  contexts?.set(context, now);
  // Rows come group by group: the last group's map is looked up once per run of its rows.
  let lastGroup: string | undefined;
  let known: Map<string, RowReading> | undefined;
  const groupOf = (group: string) => {
    if (group !== lastGroup || !known) {
      lastGroup = group;
      known = now.get(group);
      if (!known) now.set(group, (known = new Map()));
    }
    return known;
  };
  return {
    recall: (group, key) => groupOf(group).get(key) ?? before?.get(group)?.get(key),
    keep: (group, key, reading) => {
      groupOf(group).set(key, reading);
    },
  };
}

/** The unit price of a line whose row prints the line's total, when it divides evenly. */
export function unitPriceOf(lineTotal: number | undefined, quantity: number): number | undefined {
  return lineTotal !== undefined && quantity > 0 && lineTotal % quantity === 0 ? lineTotal / quantity : undefined;
}
