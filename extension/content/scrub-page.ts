/**
 * "Save this page for support": a copy of a portal page as one HTML file
 * with names, addresses, emails, phones and free text replaced by
 * placeholders of the same shape, and order numbers, SKUs, statuses, amounts,
 * dates and the markup kept, so that it can become a test fixture. Pure: the
 * page is read, never changed; the copy is written out node by node (no
 * recursion, so no page is too deep). What stays is decided in
 * scrub-rules.ts; links in scrub-url.ts.
 */

import type { PortalPack } from '../../shared/schemas/portal-pack.js';
import { MARK } from './core/observe.js';
import { packFor, packLabels } from './portals/packs.js';
import type { CapturedOrder, ListingQuantity, PageKind, PortalAdapter } from './portals/types.js';
import { placeholder, type ScrubRules, scrubRules } from './scrub-rules.js';
import { urlScrubber } from './scrub-url.js';

/** A portal adapter: its parsers (the labels it reads values by are its pack's). */
export type ScrubbingAdapter = PortalAdapter;

/** What `scrubPage` needs besides the page. */
export interface ScrubOptions {
  /** The adapter of the page's portal. */
  portal: ScrubbingAdapter;
  url: URL;
  /** More strings to keep wherever they are the whole of a text. */
  keep?: readonly string[];
  /** When the copy was made (default now). */
  now?: Date;
  /** The extension's version, for the header. */
  version?: string;
}

/** Elements left out of the copy with everything in them (and chips of ours, by their mark). */
const DROPPED = new Set(['script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'base', 'meta', 'param', 'portal']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
/** Elements that start and end a printed line: text on either side of them is not one run. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body br button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hr html input label legend li main nav ol optgroup option p pre section select summary table tbody td textarea tfoot th thead ' +
    'title tr ul img svg template'
  ).split(' '),
);
/** Attributes whose values are the page's structure, kept as they are. */
const STRUCTURAL = new Set(
  (
    'id class role data-test-id data-testid type colspan rowspan for name hidden disabled checked selected readonly multiple required ' +
    'tabindex width height lang dir scope headers slot part variant open span start reversed target rel method autocomplete spellcheck ' +
    'draggable contenteditable align valign xmlns xmlns:xlink version viewbox d fill stroke stroke-width stroke-linecap stroke-linejoin ' +
    'points x y x1 y1 x2 y2 cx cy r rx ry transform focusable preserveaspectratio fill-rule clip-rule opacity'
  ).split(' '),
);
/** ARIA attributes that carry words rather than states or ids. */
const ARIA_TEXT = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-placeholder', 'aria-roledescription', 'aria-braillelabel', 'aria-brailleroledescription']);
const LINKS = new Set(['href', 'action', 'formaction', 'xlink:href', 'cite']);
const SOURCES = new Set(['src', 'srcset', 'poster', 'lowsrc', 'data']);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Whether the copy leaves the element out with everything in it: elements that run or load things, and Orderlens's own chips. */
const leftOut = (el: Element, name: string) => DROPPED.has(name) || el.hasAttribute(MARK);

/** The page's name for an element: HTML names in lower case, SVG's as written. */
const nameOf = (el: Element) => (el.namespaceURI === HTML_NS || !el.namespaceURI ? el.localName.toLowerCase() : el.localName);
const isBlock = (name: string) => BLOCKS.has(name) || name.includes('-');

const escapeText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
/** Style text without the addresses it would load. */
const withoutUrls = (css: string) => css.replace(/@import\b[^;]*;?/gi, '').replace(/url\(\s*(['"]?)[^)]*\)/gi, 'url(data:,)');

/** Marks an element's end on the walk's stack (nodes have no such key; `close` they may: dialogs, documents). */
const CLOSE = Symbol('close');

/** A node's children as the copy sees them: a template's are its content's. */
function childrenOf(node: Node): ArrayLike<Node> {
  if (node.nodeType === 1 && nameOf(node as Element) === 'template') return (node as HTMLTemplateElement).content?.childNodes ?? node.childNodes;
  return node.childNodes;
}

/**
 * Visits `root`'s subtree in document order without recursion: `enter`
 * returns false to skip an element and what is in it.
 */
function walk(root: Node, visit: { enter(el: Element): boolean; exit(el: Element): void; text(t: Text): void }): void {
  const stack: Array<Node | { [CLOSE]: Element }> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (CLOSE in item) {
      visit.exit(item[CLOSE]);
      continue;
    }
    if (item.nodeType === 3) visit.text(item as Text);
    else if (item.nodeType === 1 || item.nodeType === 9 || item.nodeType === 11) {
      if (item.nodeType === 1) {
        if (!visit.enter(item as Element)) continue;
        stack.push({ [CLOSE]: item as Element });
      }
      const children = childrenOf(item);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}

/**
 * Each text's words in the copy. A text stays when the line it prints on
 * (text runs up to a block element or line break) is harmless as a whole,
 * or when it is strongly harmless alone (see ScrubRules).
 */
function scrubbedTexts(doc: Document, rules: ScrubRules): Map<Text, string> {
  const out = new Map<Text, string>();
  let line: Text[] = [];
  const endLine = () => {
    if (line.length === 0) return;
    const whole = line.map((t) => t.data).join('');
    const lineKept = rules.judge(whole) !== undefined;
    for (const t of line) out.set(t, lineKept ? t.data : rules.scrub(t.data, 'strong'));
    line = [];
  };
  walk(doc, {
    enter(el) {
      const name = nameOf(el);
      if (leftOut(el, name) || name === 'style') return false;
      if (isBlock(name)) endLine();
      return true;
    },
    exit(el) {
      if (isBlock(nameOf(el))) endLine();
    },
    text(t) {
      line.push(t);
    },
  });
  endLine();
  return out;
}

/** What the adapter reads off the original page: ids and statuses to keep, personal data to remove. */
function adapterReading(adapter: ScrubbingAdapter, doc: Document, url: URL, kind: PageKind | undefined): { keep: string[]; deny: string[] } {
  const keep: string[] = [];
  const deny: string[] = [];
  let orders: CapturedOrder[] = [];
  let listings: ListingQuantity[] = [];
  try {
    if (kind === 'orders' || kind === 'order') orders = adapter.parseOrders(doc, url).items;
    if (kind === 'listings') listings = adapter.parseListings(doc, url).items;
  } catch {
    // A page the adapter cannot read is scrubbed all the same, by the rules alone.
  }
  const add = (to: string[], ...values: Array<string | undefined>) => {
    for (const v of values) if (typeof v === 'string' && v.trim() !== '') to.push(v);
  };
  for (const order of orders) {
    add(keep, order.externalId, order.channelStatus, ...(order.channelStatus?.split(', ') ?? []));
    for (const line of order.lines) add(keep, line.sku, line.channelSku, line.channelItemId);
    add(deny, order.buyer?.name, order.buyer?.email, order.buyer?.externalId);
    const to = order.shipTo;
    if (to) add(deny, to.name, to.line1, to.line2, to.city, to.postalCode, to.phone);
  }
  for (const listing of listings) add(keep, listing.channelSku, listing.sku, listing.itemId);
  return { keep, deny };
}

/** Every CSS selector a pack reads by: its named selectors and its strategies' `css`. */
function packSelectors(pack: PortalPack): string[] {
  const all: string[] = [];
  for (const s of Object.values(pack.selectors)) all.push(...(typeof s === 'string' ? [s] : s));
  for (const strategies of Object.values(pack.fields)) for (const s of strategies) if (s.by === 'css') all.push(s.css);
  return all;
}

const ATTRIBUTE_SELECTOR = /\[\s*([\w:-]+)\s*([*^$~|]?)=\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*))\s*\]/g;

/**
 * What the adapter's selectors need the copy to keep: attribute values they
 * match exactly (`[aria-label="orders"]`), by attribute name, and the path
 * words their links are found by (`a[href*='/itm/']`).
 */
function selectorHooks(selectors: readonly string[]): { values: Map<string, Set<string>>; linkWords: Set<string> } {
  const values = new Map<string, Set<string>>();
  const linkWords = new Set<string>();
  for (const selector of selectors) {
    for (const m of selector.matchAll(ATTRIBUTE_SELECTOR)) {
      const name = m[1]!.toLowerCase();
      const value = m[3] ?? m[4] ?? m[5] ?? '';
      if (m[2] === '') {
        if (!values.has(name)) values.set(name, new Set());
        values.get(name)!.add(value);
      } else if (name === 'href') {
        for (const w of value.split(/[/?#&=]/)) if (/^[a-z][\w-]*$/i.test(w)) linkWords.add(w.toLowerCase());
      }
    }
  }
  return { values, linkWords };
}

/** SVG elements whose `href` is something to load, not a link. */
const LOADS_HREF = new Set(['image', 'feImage']);

/** One attribute of element `tag` as it is written in the copy, or '' when it is left out. */
function attributeOf(tag: string, name: string, value: string, rules: ScrubRules, scrubUrl: (href: string) => string, hooks: Map<string, Set<string>>): string {
  const lower = name.toLowerCase();
  if (!/^[^\s"'>/=]+$/.test(name) || lower.startsWith('on') || lower === 'ping' || lower === 'integrity' || lower === 'nonce') return '';
  let kept: string;
  if (lower === 'style') kept = withoutUrls(value);
  else if ((STRUCTURAL.has(lower) || (lower.startsWith('aria-') && !ARIA_TEXT.has(lower)) || hooks.get(lower)?.has(value)) && !rules.denied(value)) kept = value;
  else if (SOURCES.has(lower) || (LOADS_HREF.has(tag) && (lower === 'href' || lower === 'xlink:href'))) kept = 'data:,';
  else if (LINKS.has(lower)) kept = scrubUrl(value);
  else kept = rules.scrub(value, 'weak');
  return ` ${name}="${escapeAttribute(kept)}"`;
}

/** Text for the header comment: no `--`, no line breaks. */
const commentSafe = (s: string) => s.replace(/-{2,}/g, (m) => m.split('').join(' ')).replace(/[\r\n>]/g, ' ');

/**
 * The page as a complete HTML document with its personal data replaced,
 * headed by a comment saying what it is. Never changes `doc`. Open shadow
 * roots (Amazon's `kat-*` components) are not copied: only their light DOM,
 * which is all the adapters read.
 */
export function scrubPage(doc: Document, opts: ScrubOptions): string {
  const { portal, url } = opts;
  const kind = portal.pageKind(url);
  const reading = adapterReading(portal, doc, url, kind);
  const pack = packFor(portal.id);
  const rules = scrubRules(portal.id, { labels: packLabels(pack), keep: [...reading.keep, ...(opts.keep ?? [])], deny: reading.deny });
  const hooks = selectorHooks(packSelectors(pack));
  const scrubUrl = urlScrubber(rules, url.pathname, (id) => id !== '' && doc.getElementById(id) !== null, hooks.linkWords);
  const texts = scrubbedTexts(doc, rules);

  const out: string[] = [
    '<!DOCTYPE html>\n<!--\n',
    `  ${commentSafe('scrubbed by Orderlens: names, addresses, emails, phones and free text replaced')}\n`,
    `  portal: ${commentSafe(portal.id)}\n`,
    `  page: ${commentSafe(kind ?? 'unknown')}\n`,
    `  url: ${commentSafe(scrubUrl(url.pathname + url.search))}\n`,
    `  saved: ${(opts.now ?? new Date()).toISOString()}\n`,
    ...(opts.version ? [`  extension: ${commentSafe(opts.version)}\n`] : []),
    '  kept: order numbers, SKUs and item ids, statuses, amounts, dates, labels and the markup; open shadow roots are not serialized.\n-->\n',
  ];
  walk(doc, {
    enter(el) {
      const name = nameOf(el);
      if (leftOut(el, name)) return false;
      let tag = `<${name}`;
      for (const attribute of Array.from(el.attributes)) tag += attributeOf(name, attribute.name, attribute.value, rules, scrubUrl, hooks.values);
      out.push(`${tag}>`);
      if (name === 'head') out.push('<meta charset="utf-8">');
      if (name === 'style') {
        // Style text is written as it is (its addresses aside), not as escaped text.
        out.push(withoutUrls(el.textContent ?? '').replace(/<\/(style)/gi, '<\\/$1'), '</style>');
        return false;
      }
      return !VOID.has(name);
    },
    exit(el) {
      out.push(`</${nameOf(el)}>`);
    },
    text(t) {
      out.push(escapeText(texts.get(t) ?? placeholder(t.data)));
    },
  });
  return out.join('');
}
