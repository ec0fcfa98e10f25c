/**
 * An element's text as the page shows it (lines split at `<br>` and block
 * elements, whitespace collapsed), worked out without layout, and the memory
 * of what was read: for one read (`readingOnce`) or across reads of a watched
 * page (`pageMemory`, told of changes with `forgetChanged`). Pure over the
 * nodes it is given; part of the adapters' reading helpers (see dom.ts).
 */

/** Text with its runs of whitespace made single spaces, trimmed. */
export const collapse = (s: string) => (needsCollapsing(s) ? s.replace(/\s+/g, ' ').trim() : s);

/**
 * A leading or trailing space, two spaces in a row, or whitespace other than
 * a plain space: what makes `collapse` change a text.
 */
const UNCOLLAPSED = /^ | $| {2}|[^\S ]/;

/**
 * Whether `collapse` would change a text. Most texts are already collapsed,
 * and one test is far cheaper than replacing and trimming. A regular
 * expression rather than a walk over the characters: a page's first pass runs
 * before the JIT has compiled anything of ours, where a loop over every
 * character of every text costs several times what the native match does.
 */
export function needsCollapsing(s: string): boolean {
  return UNCOLLAPSED.test(s);
}

/**
 * Whether the character code is one that `\s` matches: ASCII space, tab and
 * line breaks, and above ASCII no-break, ogham, en to hair, line and paragraph
 * separators, narrow no-break, math, ideographic and BOM.
 */
export function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * The element's text as the page shows it: whitespace collapsed, and a space
 * where a block element or `<br>` ends a line (textContent would run
 * "2 hours ago" and "Sep 18, 2026" together). Undefined when there is none.
 */
export function text(node: Node | null | undefined): string | undefined {
  if (node && node.nodeType === 1) return joinedText(elementRead(node as Element));
  const t = collapse(node?.textContent ?? '');
  return t === '' ? undefined : t;
}

function joinedText(read: ElementRead): string | undefined {
  if (!read.joined) {
    read.text = read.lines.join(' ') || undefined;
    read.joined = true;
  }
  return read.text;
}

/**
 * The element's text as `text` gives it, lowercased (for label lookups).
 * Undefined when there is none.
 */
export function foldedText(el: Element): string | undefined {
  const read = elementRead(el);
  if (read.lower === undefined) {
    const t = joinedText(read);
    if (t === undefined) return undefined;
    read.lower = t.toLowerCase();
  }
  return read.lower;
}

/** What is worked out about one element's text: its visible lines and, once asked for, their text on one line and lowercased. */
export interface ElementRead {
  lines: string[];
  text: string | undefined;
  joined: boolean;
  lower: string | undefined;
  /** The stamp of the memory it belongs to (0: forgotten). */
  stamp: number;
}

/**
 * What is remembered of a page's elements: a stamp. Each element read while
 * a memory is in use carries its reading under a symbol of ours, stamped with
 * that memory's stamp; a reading with another stamp is not this memory's and
 * is worked out afresh. Kept on the element (in the content script's own
 * world: the page never sees it), a reading is one property load away and is
 * let go with the element.
 */
export interface ReadMemory {
  readonly stamp: number;
}

const READING = Symbol('orderlens.reading');

/** An element as the overlay sees it: possibly carrying a reading. */
type Remembering = Element & { [READING]?: ElementRead };

let stamps = 0;
/** The stamp of the read under way (see `readingOnce`), if any, and its memory. */
let reading: number | undefined;
let readingMemory: ReadMemory | undefined;
/** Reads so far, and the number of the one under way (undefined outside a read). */
let reads = 0;
let readNumber: number | undefined;

/**
 * Memory of a page's readings that outlives one read, for whoever watches
 * the page: it must be told of every change with `forgetChanged` before the
 * next read, and then only what a change touched is read again.
 */
export function pageMemory(): ReadMemory {
  return { stamp: ++stamps };
}

/**
 * Forgets what was read of the nodes a change touched (a mutation's target)
 * and of their ancestors, whose text holds theirs. Elements elsewhere keep
 * their readings: their text is what it was.
 */
export function forgetChanged(memory: ReadMemory, touched: Iterable<Node>): void {
  const forgotten = new Set<Node>();
  for (const node of touched) {
    // Once a node is forgotten, so are all its ancestors: the walk up can stop there.
    for (let at: Node | null = node; at && !forgotten.has(at); at = at.parentNode) {
      forgotten.add(at);
      const read = (at as Remembering)[READING];
      if (read !== undefined && read.stamp === memory.stamp) read.stamp = 0;
    }
  }
}

/**
 * Runs `read` with each element's visible text remembered. Within one read
 * the page does not change, so an element's lines are worked out once, not
 * once per label looked up under each of its ancestors: on a 500-row page
 * that is the difference between a few milliseconds and a few hundred.
 * With `memory` (see `pageMemory`) the readings are also kept for the next
 * read. Reads may nest; the outermost one says what is remembered.
 */
export function readingOnce<T>(read: () => T, memory?: ReadMemory): T {
  if (reading !== undefined) return read();
  readingMemory = memory ?? pageMemory();
  reading = readingMemory.stamp;
  readNumber = ++reads;
  try {
    return read();
  } finally {
    reading = undefined;
    readingMemory = undefined;
    readNumber = undefined;
  }
}

/**
 * A number naming the read under way (see `readingOnce`), for what may be
 * worked out once per read but not kept past it; undefined outside a read.
 */
export function currentRead(): number | undefined {
  return readNumber;
}

/**
 * The memory of the read under way (see `readingOnce`), for readers keeping
 * more than element readings in it (see readOrderRows); undefined outside a read.
 */
export function memoryOfRead(): ReadMemory | undefined {
  return readingMemory;
}

const BLOCKS = new Set([
  'address',
  'article',
  'div',
  'p',
  'li',
  'ul',
  'ol',
  'dl',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'section',
  'header',
  'footer',
]);

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** The visible lines of an element: text split at `<br>` and around block elements. */
export function linesOf(el: Element | null | undefined): string[] {
  return el ? visibleLines(el).slice() : [];
}

/** linesOf, remembered while a page is read (see readingOnce); callers must not change the array. */
function visibleLines(el: Element): string[] {
  return elementRead(el).lines;
}

/** What is known about `el`'s text, worked out once for as long as readings are remembered. */
function elementRead(el: Element): ElementRead {
  const stamp = reading;
  if (stamp !== undefined) {
    const known = (el as Remembering)[READING];
    if (known !== undefined && known.stamp === stamp) return known;
  }
  let read: ElementRead;
  if (el.firstElementChild) read = { lines: readLines(el), text: undefined, joined: false, lower: undefined, stamp: stamp ?? 0 };
  else {
    // An element holding only text has one line at most: its text.
    const t = collapse(el.textContent ?? '');
    read = { lines: t === '' ? [] : [t], text: t === '' ? undefined : t, joined: true, lower: undefined, stamp: stamp ?? 0 };
  }
  if (stamp !== undefined) (el as Remembering)[READING] = read;
  return read;
}

/** Elements that break a line, and those that break a line or are not shown, by local name. */
const LINE_BREAKERS: ReadonlySet<string> = new Set([...BLOCKS, 'br']);
const BREAKS_OR_HIDES: ReadonlySet<string> = new Set([...LINE_BREAKERS, ...SKIPPED]);

/**
 * Whether any element under `el` has one of `names` (as `querySelector` would
 * find it). Walked by sibling links: for the few elements of a cell this is
 * several times cheaper than asking the browser to match a 30-part selector.
 */
function holds(el: Element, names: ReadonlySet<string>): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (names.has(child.localName) || holds(child, names)) return true;
  }
  return false;
}

function readLines(el: Element): string[] {
  // Most elements hold only inline text: their one line is their text, read by the browser at once.
  if (!holds(el, BREAKS_OR_HIDES)) {
    const t = collapse(el.textContent ?? '');
    return t === '' ? [] : [t];
  }
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    // The whitespace between blocks is most of what is flushed: it is dropped without collapsing.
    if (current !== '' && current.trim() !== '') lines.push(collapse(current));
    current = '';
  };
  const walk = (parent: Element) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3) {
        current += (node as Text).data;
        continue;
      }
      if (type !== 1) continue;
      const child = node as Element;
      const name = child.localName;
      if (name === 'br') flush();
      else if (BLOCKS.has(name)) {
        flush();
        const inner = visibleLines(child);
        for (let i = 0; i < inner.length; i++) lines.push(inner[i]!);
      } else if (!SKIPPED.has(name)) {
        // An inline element holding blocks (a span around divs) breaks where they do, as the browser lays it out.
        if (holds(child, BREAKS_OR_HIDES)) walk(child);
        else current += child.textContent ?? '';
      }
    }
  };
  walk(el);
  flush();
  return lines;
}

/** A row as the browser renders it (see renderedRow): its text, and where each cell's text ends in it. */
export interface RenderedRow {
  readonly text: string;
  /** The end of each cell's text: the tab after it, or the end of the row's text for the last cell. */
  readonly ends: readonly number[];
}

/**
 * A table row of `cells` cells as the browser renders it, or undefined when
 * the row is not laid out. A laid-out row's `innerText` puts a tab between
 * its cells and a line break wherever a line ends inside one: the browser
 * has already worked out, with the page's own styles, what linesOf works out
 * from the elements, in one call instead of a walk over each cell's
 * elements. Its layout is fresh when a pass runs (passes wait for the page
 * to be idle, after it has been drawn). The text is what the seller sees:
 * what the page's styles hide is left out, and a `text-transform` they set
 * is applied. A row with other than one tab fewer than its cells (a cell
 * hidden, a table inside a cell) is not read this way, nor is a row without
 * a box, whose innerText would be its textContent (the markup's tabs).
 * Cells are found by their tabs' places, not cut out: only the cells read
 * become strings (see renderedCell).
 */
export function renderedRow(row: Element, cells: number, known = false): RenderedRow | undefined {
  // `known`: laidOut already said the row is laid out.
  if (!known && !laidOut(row, cells)) return undefined;
  const text = (row as HTMLElement).innerText;
  // Sized for its cells: pushed one by one, it would make room for 17.
  const ends: number[] = new Array(cells);
  let n = 0;
  for (let tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', tab + 1)) {
    if (n === cells - 1) return undefined;
    ends[n++] = tab;
  }
  if (n !== cells - 1) return undefined;
  ends[n] = text.length;
  return { text, ends };
}

/**
 * Whether a row of `cells` cells is laid out, as renderedRow needs it: a
 * style check, not a layout, so a row's way of being read is known before
 * its rendering is asked for.
 */
export function laidOut(row: Element, cells: number): boolean {
  // An engine without layout (the tests' DOM) puts no tabs between cells: its rows are read from their elements.
  return cells >= 2 && typeof row.checkVisibility === 'function' && row.checkVisibility();
}

/** The visible lines of a rendered row's cell `i`, joined by line breaks (see renderedLines). */
export function renderedCell(row: RenderedRow, i: number): string {
  return renderedLines(row.text, i === 0 ? 0 : row.ends[i - 1]! + 1, row.ends[i]);
}

/** What makes a rendered cell's text (its line breaks at the ends left out) other than collapsed lines joined by line breaks. */
const UNCOLLAPSED_LINES = /[^\S \n]| {2}| \n|\n |^ | $|\n\n/;

/**
 * A rendered cell's text (see renderedRow; `rendered` from `from` to `to`)
 * as its visible lines joined by line breaks, as
 * `linesOf(cell).join('\n')` gives them: most cells render exactly so but
 * for the line breaks at their ends, and are taken as they are; the others
 * are split and collapsed line by line.
 */
export function renderedLines(rendered: string, from = 0, to = rendered.length): string {
  while (from < to && rendered.charCodeAt(from) === 10) from++;
  while (to > from && rendered.charCodeAt(to - 1) === 10) to--;
  const inner = rendered.slice(from, to);
  if (!UNCOLLAPSED_LINES.test(inner)) return inner;
  const lines: string[] = [];
  const printed = inner.split('\n');
  for (let i = 0; i < printed.length; i++) {
    const line = collapse(printed[i]!);
    if (line !== '') lines.push(line);
  }
  return lines.join('\n');
}
