/**
 * Reading seller portal pages: visible text, "Label: value" pairs, table
 * cells found by their column header's text, links' ids, and rows read one
 * at a time so that one odd row becomes a warning instead of an exception.
 * Shared by every portal adapter; pure over the Document it is given.
 */

import { collapse, remembered, text, type LabelCandidate } from './page-text.js';
import type { ParsedPage } from './types.js';

export { forgetChanged, linesOf, pageMemory, readingOnce, text, type ReadMemory } from './page-text.js';

const fold = (s: string) => collapse(s).toLowerCase();

/** The text of the first element under `root` matching `selector`. */
export function textAt(root: ParentNode, selector: string): string | undefined {
  return text(root.querySelector(selector));
}

/** All elements under `root` matching `selector`, as an array. */
export function all(root: ParentNode, selector: string): Element[] {
  if (selector !== '*') return arrayOf(root.querySelectorAll(selector));
  let found = remembered()?.descendants.get(root);
  if (!found) {
    found = descendants(root, []);
    remembered()?.descendants.set(root, found);
  }
  return found.slice();
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

/** Every element under `root` in document order (what `querySelectorAll('*')` finds), appended to `into`. */
function descendants(root: ParentNode, into: Element[]): Element[] {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    into.push(el);
    descendants(el, into);
  }
  return into;
}

/**
 * The value printed after a label such as "SKU:" or "Order date", looked up
 * under `root`: the rest of the innermost element whose text starts with the
 * label, or, when that element holds only the label (`<dt>`, `<th>`, a label
 * span), the text of its next sibling element.
 */
export function valueAfterLabel(root: ParentNode, labels: readonly string[]): string | undefined {
  const wanted = foldedLabels(labels);
  let best: { el: Element; after: string } | undefined;
  const candidates = labelCandidates(root);
  for (let i = 0; i < candidates.length; i++) {
    const { el, t, lower } = candidates[i]!;
    for (const label of wanted) {
      if (!lower.startsWith(label)) continue;
      const after = t.slice(label.length);
      // "SKU" must not match "SKUs: 3"; a label ends at a colon, a space or the end.
      if (after !== '' && !endsLabel(after)) continue;
      if (!best || best.el.contains(el)) best = { el, after };
      break;
    }
  }
  if (!best) return undefined;
  const rest = best.after.replace(/^\s*:\s*/, '').trim();
  return rest !== '' ? rest : text(best.el.nextElementSibling);
}

/** Whether the text right after a label's words ends the label: a colon or a space. */
const endsLabel = (after: string) => after[0] === ':' || /^\s/.test(after);

/** Label lists are constants: each is folded once, not once per row it is looked up in. */
const folded = new WeakMap<readonly string[], string[]>();

function foldedLabels(labels: readonly string[]): string[] {
  let wanted = folded.get(labels);
  if (!wanted) folded.set(labels, (wanted = labels.map((l) => fold(l).replace(/:$/, ''))));
  return wanted;
}

/** Elements under `root` that show text (scripts and styles left out), with their text as is and lowercased. */
function labelCandidates(root: ParentNode): LabelCandidate[] {
  const known = remembered()?.candidates.get(root);
  if (known) return known;
  const found: LabelCandidate[] = [];
  const els = all(root, '*');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const t = el.localName === 'script' || el.localName === 'style' ? undefined : text(el);
    if (t !== undefined) found.push({ el, t, lower: t.toLowerCase() });
  }
  remembered()?.candidates.set(root, found);
  return found;
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
  const wanted = names.map(fold);
  let index = columns.findIndex((c) => wanted.includes(c));
  if (index < 0) index = columns.findIndex((c) => wanted.some((w) => c.startsWith(w)));
  return index < 0 ? undefined : cells[index];
}

/**
 * Reads rows one by one. `parse` returns undefined for rows that hold no
 * item (spacers, group headers) and throws for rows it cannot make sense
 * of; those become warnings naming the row.
 */
export function readRows<R, T>(rows: Iterable<R>, what: string, warnings: string[], parse: (row: R) => T | undefined): T[] {
  const items: T[] = [];
  let n = 0;
  for (const row of rows) {
    n += 1;
    try {
      const item = parse(row);
      if (item !== undefined) items.push(item);
    } catch (error) {
      warnings.push(`${what} ${n} skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return items;
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
  const columns = columnsOf(all(root, s.headers));
  return all(root, s.rows).flatMap((row) => {
    const cells = arrayOf(row.children).filter((c) => c.matches(s.cells));
    return cells.length === 0 ? [] : [{ row, cell: (names: readonly string[]) => cellByHeader(cells, columns, names) }];
  });
}

/** What a cell shows: the value of its input when it has one (editable quantities and prices), else its text. */
export function shownValue(cell: Element | undefined): string | undefined {
  const input = cell?.querySelector('input:not([type="checkbox"]), select');
  const value = (input as HTMLInputElement | null)?.value?.trim();
  return value ? value : text(cell);
}

/** The result for a page that holds nothing of the kind asked for. */
export function nothingHere<T>(warning: string): ParsedPage<T> {
  return { items: [], warnings: [warning] };
}
