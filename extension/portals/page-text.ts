/**
 * An element's text as the page shows it (lines split at `<br>` and block
 * elements, whitespace collapsed), worked out without layout, and the memory
 * of what was read: for one read (`readingOnce`) or across reads of a watched
 * page (`pageMemory`, told of changes with `forgetChanged`). Pure over the
 * nodes it is given; part of the adapters' reading helpers (see dom.ts).
 */

/** Text with its runs of whitespace made single spaces, trimmed. */
export const collapse = (s: string) => (NEEDS_COLLAPSING.test(s) ? s.replace(/[\s\u00a0\u202f]+/g, ' ').trim() : s);

/**
 * Whether `collapse` would change a text: whitespace other than a plain space,
 * two spaces in a row, or a space at either end. Most texts are already
 * collapsed, and testing is far cheaper than replacing and trimming.
 */
const NEEDS_COLLAPSING = /[^\S ]| {2}|^ | $/;

/**
 * The element's text as the page shows it: whitespace collapsed, and a space
 * where a block element or `<br>` ends a line (textContent would run
 * "2 hours ago" and "Sep 18, 2026" together). Undefined when there is none.
 */
export function text(node: Node | null | undefined): string | undefined {
  if (node && node.nodeType === 1) {
    const read = elementRead(node as Element);
    if (!read.joined) {
      read.text = read.lines.join(' ') || undefined;
      read.joined = true;
    }
    return read.text;
  }
  const t = collapse(node?.textContent ?? '');
  return t === '' ? undefined : t;
}

/** What is worked out about one element's text: its visible lines and, once asked for, their text on one line. */
export interface ElementRead {
  lines: string[];
  text?: string | undefined;
  joined: boolean;
}

/** An element that shows text, with that text as is and lowercased (for label lookups). */
export interface LabelCandidate {
  el: Element;
  t: string;
  lower: string;
}

/**
 * Readings by node: those of the current read and, when a page's readings are
 * kept, those of the read before, taken over as they are used. What a read
 * does not use is let go at the next one: plain Maps that never hold more
 * than two reads' worth (WeakMaps kept across reads slowed a pass over a
 * re-rendered 500-row table by about a third).
 */
class Readings<K extends object, V> {
  private current = new Map<K, V>();
  private previous: Map<K, V> | undefined;

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined || !this.previous) return value;
    const kept = this.previous.get(key);
    if (kept !== undefined) this.current.set(key, kept);
    return kept;
  }

  set(key: K, value: V): void {
    this.current.set(key, value);
  }

  delete(key: K): void {
    this.current.delete(key);
    this.previous?.delete(key);
  }

  /** Starts another read, with what the last one read at hand. */
  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** What is remembered of a page's elements while it is read (see `readingOnce`). */
export interface ReadMemory {
  elements: Readings<Element, ElementRead>;
  descendants: Readings<ParentNode, Element[]>;
  candidates: Readings<ParentNode, LabelCandidate[]>;
}

let memo: ReadMemory | undefined;

/**
 * Memory of a page's readings that outlives one read, for whoever watches
 * the page: it must be told of every change with `forgetChanged` before the
 * next read, and then only what a change touched is read again.
 */
export function pageMemory(): ReadMemory {
  return { elements: new Readings(), descendants: new Readings(), candidates: new Readings() };
}

/**
 * Forgets what was read of the nodes a change touched (a mutation's target)
 * and of their ancestors, whose text holds theirs. Elements elsewhere keep
 * their readings: their text and descendants are what they were.
 */
export function forgetChanged(memory: ReadMemory, touched: Iterable<Node>): void {
  const forgotten = new Set<Node>();
  for (const node of touched) {
    // Once a node is forgotten, so are all its ancestors: the walk up can stop there.
    for (let at: Node | null = node; at && !forgotten.has(at); at = at.parentNode) {
      forgotten.add(at);
      if (at.nodeType !== 1 && at.nodeType !== 9 && at.nodeType !== 11) continue;
      memory.elements.delete(at as Element);
      memory.descendants.delete(at as ParentNode);
      memory.candidates.delete(at as ParentNode);
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
  if (memo) return read();
  if (memory) {
    memory.elements.turn();
    memory.descendants.turn();
    memory.candidates.turn();
  }
  memo = memory ?? pageMemory();
  try {
    return read();
  } finally {
    memo = undefined;
  }
}

/** What is remembered during the current read, if one is under way (for the helpers in dom.ts). */
export function remembered(): ReadMemory | undefined {
  return memo;
}

const BLOCKS = new Set([
  'address', 'article', 'div', 'p', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tr', 'td', 'th', 'section', 'header', 'footer',
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
  // An element holding only text is read faster than it is looked up: it is not remembered.
  if (!el.firstElementChild) {
    const t = collapse(el.textContent ?? '');
    return t === '' ? { lines: [], text: undefined, joined: true } : { lines: [t], text: t, joined: true };
  }
  let read = memo?.elements.get(el);
  if (!read) {
    read = { lines: readLines(el), joined: false };
    memo?.elements.set(el, read);
  }
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
    const t = collapse(current);
    if (t !== '') lines.push(t);
    current = '';
  };
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeName === 'BR') flush();
    else if (node.nodeType === 1 && BLOCKS.has((node as Element).localName)) {
      flush();
      lines.push(...visibleLines(node as Element));
    } else if (node.nodeType === 3) current += node.textContent ?? '';
    else if (node.nodeType === 1 && !SKIPPED.has((node as Element).localName)) {
      // An inline element holding blocks (a link around divs) is read line by line; otherwise as it is.
      const inline = node as Element;
      current += holds(inline, LINE_BREAKERS) ? ` ${visibleLines(inline).join(' ')} ` : (inline.textContent ?? '');
    }
  }
  flush();
  return lines;
}

