/**
 * Reading seller portal pages: visible text, "Label: value" pairs, table
 * cells found by their column header's text, links' ids, and rows read one
 * at a time so that one odd row becomes a warning instead of an exception.
 * Shared by every portal adapter; pure over the Document it is given.
 */

import { collapse, currentRead, foldedText, isWhitespace, laidOut, linesOf, type RenderedRow, renderedCell, renderedRow, text } from './page-text.js';
import type { ParsedPage } from './types.js';

export { forgetChanged, linesOf, pageMemory, type ReadMemory, readingOnce, text } from './page-text.js';

const fold = (s: string) => collapse(s).toLowerCase();

/** The text of the first element under `root` matching `selector`. */
export function textAt(root: ParentNode, selector: string): string | undefined {
  return text(root.querySelector(selector));
}

/** The first element under `root` matching the first of `selectors` any element matches, tried in turn. */
export function firstElementAt(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/** The text of the first element matching the first of `selectors` any element matches, or undefined. */
export function firstTextAt(root: ParentNode, selectors: readonly string[]): string | undefined {
  const found = firstElementAt(root, selectors);
  return found ? text(found) : undefined;
}

/** All elements under `root` matching `selector`, as an array. */
export function all(root: ParentNode, selector: string): Element[] {
  return arrayOf(root.querySelectorAll(selector));
}

/** A table row as the page shows it: the visible lines of each of its cells, found by the cell's name. */
export interface ShownRow<K extends string> {
  readonly row: Element;
  /** What the row holds, its `textContent`: rows with the same key and group read the same (see readOrderRows). */
  readonly key: string;
  /** Which cell shows what, and whether the row is laid out (read from its rendering where that tabs its cells apart). */
  readonly group: string;
  /** The visible lines of the row's cell named `name`, joined by line breaks ('' when the row has no such cell). */
  text(name: K): string;
  /** The visible lines of all the row's cells, joined by line breaks. */
  lines(): string;
}

/** Where each named cell of rows of one shape (so many cells) sits, and their rows' groups (see ShownRow). */
interface RowShape {
  at: ReadonlyMap<string, number>;
  /** The group of rows of this shape read from their rendering, and from their elements (see ShownRow). */
  rendered: string;
  elements: string;
}

/**
 * The rows matching `rowSelector` under `root`, each read as the page shows
 * it, with its cells named by their `nameAttribute` (Amazon's
 * `data-test-id`). A laid-out row is read from the browser's rendering of it
 * in one call (see renderedRow); otherwise each cell's lines are worked out
 * from its elements (see linesOf), when first asked for. Rows with as many
 * cells are taken to have them in the same columns, as a table's header
 * cells are: the names are read from the first row of each shape, so that
 * a 500-row table costs a few attribute reads rather than thousands.
 */
export function shownRows<K extends string>(root: ParentNode, rowSelector: string, nameAttribute: string): Array<ShownRow<K>> {
  const rows = root.querySelectorAll(rowSelector);
  const shapes = new Map<number, RowShape>();
  const result: Array<ShownRow<K>> = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells = row.childElementCount;
    let shape = shapes.get(cells);
    if (!shape) shapes.set(cells, (shape = shapeOf(row, nameAttribute)));
    result[i] = shownRow(row, cells, shape);
  }
  return result;
}

function shapeOf(row: Element, nameAttribute: string): RowShape {
  const at = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0, cell = row.firstElementChild; cell; i++, cell = cell.nextElementSibling) {
    const name = cell.getAttribute(nameAttribute) ?? '';
    names.push(name);
    if (name !== '' && !at.has(name)) at.set(name, i);
  }
  const cellNames = names.join('\t');
  return { at, rendered: `rendered\t${cellNames}`, elements: `elements\t${cellNames}` };
}

/**
 * A row keyed by its `textContent` and read from its rendering only when a
 * cell is asked for: a row recalled by its key (an SPA drawing the same
 * orders again as new elements) costs one text read instead of an
 * `innerText`, which lays out what it reads. Rows holding the same text in
 * the same cells render alike unless the page's styles differ between them,
 * which page readings never follow (changes to attributes start no pass).
 */
function shownRow<K extends string>(row: Element, cells: number, shape: RowShape): ShownRow<K> {
  return new TableRowShown<K>(row, cells, shape);
}

/** A ShownRow as a class: a 500-row table makes 500 of them, and methods on a prototype are not made per row. */
class TableRowShown<K extends string> implements ShownRow<K> {
  readonly key: string;
  readonly group: string;
  /** The row's rendering: null when it is read from its elements, undefined until first asked for. */
  private rendered: RenderedRow | null | undefined;
  private readonly read: Array<string | undefined>;

  constructor(
    readonly row: Element,
    private readonly cells: number,
    private readonly shape: RowShape,
  ) {
    this.key = row.textContent ?? '';
    this.rendered = laidOut(row, cells) ? undefined : null;
    // Rows read either way are kept apart: hidden text counts in one and not the other.
    this.group = this.rendered === null ? shape.elements : shape.rendered;
    this.read = new Array(cells);
  }

  private rendering(): RenderedRow | null {
    if (this.rendered === undefined) this.rendered = renderedRow(this.row, this.cells, true) ?? null;
    return this.rendered;
  }

  text(name: K): string {
    const i = this.shape.at.get(name);
    if (i === undefined) return '';
    const known = this.read[i];
    if (known !== undefined) return known;
    const shown = this.rendering();
    return (this.read[i] = shown ? renderedCell(shown, i) : linesOf(this.row.children[i]).join('\n'));
  }

  lines(): string {
    // A rendered row separates its cells by tabs: each cell's lines become lines of the row.
    const shown = this.rendering();
    return shown ? shown.text.replaceAll('\t', '\n') : linesOf(this.row).join('\n');
  }
}

/*
 * DOM lists are copied and walked by index or sibling links, never with
 * Array.from or for…of: a NodeList's iterator costs about ten times as much,
 * and a page pass walks thousands of them.
 */

/** The items of a DOM list, as an array. */
function arrayOf<T>(list: ArrayLike<T>): T[] {
  const items: T[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) items[i] = list[i]!;
  return items;
}

/**
 * The value printed after a label such as "SKU:" or "Order date", looked up
 * under `root`: the rest of the innermost element whose text starts with the
 * label (the first such element in document order), or, when that element
 * holds only the label (`<dt>`, `<th>`, a label span), the text of its next
 * sibling element.
 */
export function valueAfterLabel(root: ParentNode, labels: readonly string[]): string | undefined {
  const found = labelledAmong(root, foldedLabels(labels));
  if (!found) return undefined;
  const rest = found.after.replace(/^\s*:\s*/, '').trim();
  return rest !== '' ? rest : text(found.el.nextElementSibling);
}

interface Labelled {
  el: Element;
  /** The element's text after the label. */
  after: string;
}

/**
 * The first element under `parent` (in document order) whose text starts with
 * one of `wanted`, narrowed to its innermost such descendant. Walked from the
 * top, looking only inside elements whose text holds a label at all: a row
 * costs a few lookups of remembered texts, not a pass over all its elements.
 */
function labelledAmong(parent: ParentNode, wanted: readonly string[]): Labelled | undefined {
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === 'script' || el.localName === 'style') continue;
    const lower = foldedText(el);
    if (lower === undefined) continue;
    const label = labelAtStart(lower, wanted);
    if (label !== undefined) return labelledAmong(el, wanted) ?? { el, after: text(el)!.slice(label.length) };
    if (holdsAny(lower, wanted)) {
      const inside = labelledAmong(el, wanted);
      if (inside) return inside;
    }
  }
  return undefined;
}

/**
 * The value printed after one of `labels` in a cell that prints one value
 * per line after its label ("SKU: BCB-L-001"), given as its visible lines
 * (see linesOf) joined by line breaks: the rest of the first line that
 * starts with one of the labels (ignoring case; followed by its end, a colon
 * or a space), or the next line when the label stands alone on its line.
 * One regular expression over the lines: a cheaper way to the answers
 * `valueAfterLabel` gives for such cells, where each lookup walks the
 * cell's elements.
 */
export function valueInLines(lines: string, labels: readonly string[]): string | undefined {
  let from = labelEnd(lines, labels);
  if (from < 0) return undefined;
  const end = lineEnd(lines, from);
  // The value's spaces are skipped where it is printed: only the value itself becomes a string.
  let to = end;
  while (from < to && isWhitespace(lines.charCodeAt(from))) from++;
  while (to > from && isWhitespace(lines.charCodeAt(to - 1))) to--;
  if (from < to) return lines.slice(from, to);
  return end < lines.length ? lines.slice(end + 1, lineEnd(lines, end + 1)) : undefined;
}

/**
 * Where the first of `labels` at a line's start in `lines`, and what
 * separates it from its value, end; -1 when none is there. Found by a test,
 * not a match: nothing becomes a string (a pass looks up thousands).
 */
function labelEnd(lines: string, labels: readonly string[]): number {
  const label = labelPattern(labels);
  label.lastIndex = 0;
  return label.test(lines) ? label.lastIndex : -1;
}

/** Where the line holding `from` ends in `lines`: at its line break, or at the end. */
function lineEnd(lines: string, from: number): number {
  const end = lines.indexOf('\n', from);
  return end < 0 ? lines.length : end;
}

/** The first of lines joined by line breaks, or undefined when there are none. */
export function firstLine(lines: string): string | undefined {
  return lines === '' ? undefined : lines.slice(0, lineEnd(lines, 0));
}

/** Whether a line starts with one of `labels`, as `valueInLines` finds labels. */
export function startsWithLabel(line: string, labels: readonly string[]): boolean {
  return labelEnd(line, labels) >= 0;
}

/** Label lists are constants: each one's pattern is made once. */
const labelPatterns = new WeakMap<readonly string[], RegExp>();

/** A label of `labels` at a line's start and what separates it from its value (global: the match's end is its lastIndex). */
function labelPattern(labels: readonly string[]): RegExp {
  let pattern = labelPatterns.get(labels);
  if (!pattern) {
    const names = foldedLabels(labels).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // A label at a line's start, then a colon (spaces around it), spaces or the line's end.
    pattern = new RegExp(`^(?:${names.join('|')})(?:[^\\S\\n]*:[^\\S\\n]*|[^\\S\\n]+|(?=\\n|$))`, 'gim');
    labelPatterns.set(labels, pattern);
  }
  return pattern;
}

/** The label `lower` starts with, as a label: followed by its end, a colon or a space ("SKU" must not match "SKUs: 3"). */
function labelAtStart(lower: string, wanted: readonly string[]): string | undefined {
  for (let i = 0; i < wanted.length; i++) {
    const label = wanted[i]!;
    if (!lower.startsWith(label)) continue;
    if (lower.length === label.length) return label;
    const next = lower.charCodeAt(label.length);
    if (next === 58 /* : */ || isWhitespace(next)) return label;
  }
  return undefined;
}

function holdsAny(lower: string, wanted: readonly string[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (lower.includes(wanted[i]!)) return true;
  return false;
}

/** Label lists are constants: each is folded once, not once per row it is looked up in. */
const folded = new WeakMap<readonly string[], string[]>();

function foldedLabels(labels: readonly string[]): string[] {
  let wanted = folded.get(labels);
  if (!wanted) folded.set(labels, (wanted = labels.map((l) => fold(l).replace(/:$/, ''))));
  return wanted;
}

/**
 * The element right after the one that reads exactly `labels` (a heading
 * such as "Shipping address"), unless that is the next heading: then the
 * section is empty.
 */
export function elementAfterLabel(root: ParentNode, labels: readonly string[]): Element | undefined {
  const wanted = labels.map(fold);
  const label = all(root, '*')
    .filter((el) => wanted.includes(fold(el.textContent ?? '')))
    .at(-1);
  const next = label?.nextElementSibling;
  return next && !/^h[1-6]$/.test(next.localName) && next.localName !== label?.localName ? next : undefined;
}

/** An element's text leaving out descendants matching `hidden` (screen-reader-only words inside badges). */
export function textWithout(el: Element | null | undefined, hidden: string): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !(child as Element).matches(hidden)) walk(child);
    }
  };
  walk(el);
  const t = collapse(parts.join(' '));
  return t === '' ? undefined : t;
}

/** Column headers' texts in order, lowercased, so that cells can be found by header text. */
export function columnsOf(headers: Iterable<Element>): string[] {
  return Array.from(headers, (h) => fold(h.getAttribute('aria-label') ?? h.textContent ?? ''));
}

/**
 * The cell under the first column whose header is one of `names` (exactly,
 * ignoring case), else whose header starts with one of them.
 */
export function cellByHeader(cells: readonly Element[], columns: readonly string[], names: readonly string[]): Element | undefined {
  const index = columnIndex(columns, names);
  return index < 0 ? undefined : cells[index];
}

/** Where cellByHeader finds the column of `names` among `columns`; -1 for none. */
function columnIndex(columns: readonly string[], names: readonly string[]): number {
  const wanted = names.map(fold);
  const index = columns.findIndex((c) => wanted.includes(c));
  return index >= 0 ? index : columns.findIndex((c) => wanted.some((w) => c.startsWith(w)));
}

/**
 * Reads rows one by one. `parse` returns undefined for rows that hold no
 * item (spacers, group headers) and throws for rows it cannot make sense
 * of; those become warnings naming the row.
 */
export function readRows<R, T>(rows: readonly R[], what: string, warnings: string[], parse: (row: R) => T | undefined): T[] {
  const items: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    try {
      const item = parse(rows[i]!);
      if (item !== undefined) items.push(item);
    } catch (error) {
      warnings.push(skippedRow(what, i, error instanceof Error ? error.message : String(error)));
    }
  }
  return items;
}

/** The warning for row `index` (from 0) of the rows read as `what`, skipped for `reason`. */
export function skippedRow(what: string, index: number, reason: string): string {
  return `${what} ${index + 1} skipped: ${reason}`;
}

/** Throws the message as an error: for a row that cannot be read at all (see readRows). */
export function skipRow(reason: string): never {
  throw new Error(reason);
}

/** The first capture group of `pattern` in the `href` of the first link under `root` matching `selector`. */
export function idFromHref(root: ParentNode, selector: string, pattern: RegExp): string | undefined {
  for (const link of all(root, selector)) {
    const m = pattern.exec(link.getAttribute('href') ?? '');
    if (m?.[1]) return decodeURIComponent(m[1]);
  }
  return undefined;
}

/** How to find a table's header cells, body rows and each row's cells (native or ARIA). */
export interface TableSelectors {
  headers: string;
  rows: string;
  cells: string;
}

/** One body row of a table, with its cells findable by column header text. */
export interface TableRow {
  row: Element;
  cell(names: readonly string[]): Element | undefined;
}

/**
 * A table's body rows, each able to find its cell by column header text
 * rather than position. Rows without cells (ARIA header rows) are left out.
 */
export function tableRows(root: ParentNode, s: TableSelectors): TableRow[] {
  // An adapter reads a table for its items and again for its chips' anchors: within one read, the rows are found once.
  const read = currentRead();
  const selectors = `${s.headers}\n${s.rows}\n${s.cells}`;
  const known = read !== undefined ? tablesRead.get(root) : undefined;
  if (known && known.read === read && known.selectors === selectors) return known.rows;
  const rows = bodyRows(root, s);
  if (read !== undefined) tablesRead.set(root, { read, selectors, rows });
  return rows;
}

/** The last table read under each root, with the read it belongs to (see currentRead). */
const tablesRead = new WeakMap<ParentNode, { read: number; selectors: string; rows: TableRow[] }>();

/** A cell selector that is a bare tag name, which a cell's local name answers without matching a selector. */
const TAG_NAME = /^[a-z][a-z0-9-]*$/;

function bodyRows(root: ParentNode, s: TableSelectors): TableRow[] {
  const columns = columnsOf(all(root, s.headers));
  // Every row of a table has its cells under the same columns: each lookup by header is worked out once.
  const indexes = new Map<readonly string[], number>();
  const indexOf = (names: readonly string[]) => {
    let index = indexes.get(names);
    if (index === undefined) indexes.set(names, (index = columnIndex(columns, names)));
    return index;
  };
  const tag = TAG_NAME.test(s.cells) ? s.cells : undefined;
  const found = root.querySelectorAll(s.rows);
  const rows: TableRow[] = [];
  for (let i = 0; i < found.length; i++) {
    const row = found[i]!;
    const cells: Element[] = [];
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) if (tag !== undefined ? cell.localName === tag : cell.matches(s.cells)) cells.push(cell);
    if (cells.length === 0) continue;
    rows.push({
      row,
      cell: (names) => {
        const index = indexOf(names);
        return index < 0 ? undefined : cells[index];
      },
    });
  }
  return rows;
}

/** What a cell shows: the value of its input when it has one (editable quantities and prices), else its text. */
export function shownValue(cell: Element | undefined): string | undefined {
  // A cell of bare text (most prices) holds no field: no selector match for each of a page's rows.
  if (!cell?.firstElementChild) return text(cell);
  const input = cell.querySelector('input:not([type="checkbox"]), select');
  const value = (input as HTMLInputElement | null)?.value?.trim();
  return value ? value : text(cell);
}

/** The result for a page that holds nothing of the kind asked for. */
export function nothingHere<T>(warning: string): ParsedPage<T> {
  return { items: [], warnings: [warning] };
}
