/**
 * Page health: what a page shows against what one pass understood. Order
 * ids are counted where the portal's id pattern finds them (links' addresses
 * and, for distinctive ids, the page's text), beside the count the portal
 * prints; the rows read, the rows skipped and the fields each item lacks
 * are counted from the reading. When they disagree the seller is told, and
 * the same counts (no personal data) become the reading report the worker keeps.
 */
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { orderIdPatterns } from '../portals/packs.js';
import { viaOf } from '../portals/strategies.js';
import type { CapturedOrder, ListingQuantity, PageKind, PortalId } from '../portals/types.js';

/** How well one pass read one page. */
export interface PageHealth {
  portal: PortalId;
  pageKind: PageKind;
  packVersion: number;
  /** The pack is not yet confirmed on a real page. */
  experimental: boolean;
  /** Distinct order ids the page shows (orders pages), or listing rows found (listings pages). */
  idsSeen: number;
  /** The number of items the portal prints for this page, when it prints one and it covers this page alone. */
  countPrinted?: number;
  /** Items understood (an order with its id, a listing with its item id). */
  rowsRead: number;
  /** Rows that looked like items but could not be read. */
  rowsSkipped: number;
  /** For each field not read, on how many items. */
  fieldsMissing: Record<string, number>;
  /** For each field, on how many items each strategy (by its place in the pack's list) read it. */
  strategies: Record<string, Record<string, number>>;
  /** Items the seller should know are not fully understood: ids seen but not read, and items without a status. */
  unread: number;
  /** Everything the page shows was read. */
  ok: boolean;
}

/** What a pass read, as page health needs it. */
export interface PassReading {
  portal: PortalId;
  kind: PageKind;
  url: URL;
  orders: readonly CapturedOrder[];
  listings: readonly ListingQuantity[];
  warnings: readonly string[];
  /** What the page prints of its numbering. */
  page?: { current?: number; total?: number; totalItems?: number } | undefined;
}

const SKIPPED = / skipped: /;

/** Counts what `doc` shows against what `reading` understood of it. */
export function pageHealth(doc: Document, pack: PortalPack, reading: PassReading): PageHealth {
  const items: readonly (CapturedOrder | ListingQuantity)[] = reading.kind === 'listings' ? reading.listings : reading.orders;
  const fieldsMissing: Record<string, number> = {};
  const strategies: Record<string, Record<string, number>> = {};
  let statusUnknown = 0;
  // Walked by index: on a page's first pass this runs uncompiled, where for…of makes an iterator result per item.
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const missing = item.missing;
    for (let j = 0; j < missing.length; j++) fieldsMissing[missing[j]!] = (fieldsMissing[missing[j]!] ?? 0) + 1;
    // A status the page should show and did not give: the chip would show what the book holds, not the page.
    if (reading.kind !== 'listings' && missing.includes('status')) statusUnknown++;
    const via = viaOf(item);
    if (!via) continue;
    for (const field in via) {
      const counts = (strategies[field] ??= {});
      const at = String(via[field]);
      counts[at] = (counts[at] ?? 0) + 1;
    }
  }
  let rowsSkipped = 0;
  for (const warning of reading.warnings) if (SKIPPED.test(warning)) rowsSkipped++;
  const rowsRead = items.length;
  const idsSeen = reading.kind === 'order' ? Math.max(rowsRead, idInUrl(pack, reading.url) ? 1 : 0) : reading.kind === 'orders' ? orderIdsShown(doc, pack, rowsRead).size : rowsRead + rowsSkipped;
  // A printed count covers this page alone when the page says it is the only one.
  const single = reading.page?.total === undefined || reading.page.total <= 1;
  const countPrinted = reading.kind === 'orders' && single ? reading.page?.totalItems : undefined;
  const unread = Math.max(itemsShown({ idsSeen, countPrinted, rowsRead, rowsSkipped }) - rowsRead, 0) + statusUnknown;
  return {
    portal: reading.portal,
    pageKind: reading.kind,
    packVersion: pack.version,
    experimental: pack.experimental === true,
    idsSeen,
    ...(countPrinted !== undefined ? { countPrinted } : {}),
    rowsRead,
    rowsSkipped,
    fieldsMissing,
    strategies,
    unread,
    ok: unread === 0,
  };
}

/**
 * The distinct order ids the page shows: in its links' addresses, and in its
 * text where the pack says ids are distinctive. The text (a few hundred KB on
 * a full page) is searched only when the links show fewer ids than were read,
 * none at all included: where every order read has its link, the links alone
 * tell whether orders were missed.
 */
export function orderIdsShown(doc: Document, pack: PortalPack, rowsRead = 0): Set<string> {
  const { href, text, links: linkSelector } = orderIdPatterns(pack);
  const ids = new Set<string>();
  const links = doc.querySelectorAll(linkSelector);
  for (let i = 0; i < links.length; i++) {
    const address = links[i]!.getAttribute('href')!;
    href.lastIndex = 0;
    const m = href.exec(address);
    if (m?.[1]) ids.add(m[1]);
  }
  if (text && doc.body && (ids.size === 0 || ids.size < rowsRead)) {
    // The body's text includes its scripts' and templates': an id printed only there is not shown.
    const shown = occurrences(text, doc.body.textContent ?? '');
    const hidden = doc.body.querySelectorAll('script, style, template, noscript');
    for (let i = 0; i < hidden.length; i++) {
      for (const [id, n] of occurrences(text, hidden[i]!.textContent ?? '')) shown.set(id, (shown.get(id) ?? 0) - n);
    }
    for (const [id, n] of shown) if (n > 0) ids.add(id);
  }
  return ids;
}

function occurrences(pattern: RegExp, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (m[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}

function idInUrl(pack: PortalPack, url: URL): boolean {
  const { href } = orderIdPatterns(pack);
  href.lastIndex = 0;
  return href.test(url.pathname + url.search);
}

/** How many items the page shows: the most of the ids it shows, the count it prints and the rows there were to read. */
export function itemsShown(health: Pick<PageHealth, 'idsSeen' | 'countPrinted' | 'rowsRead' | 'rowsSkipped'>): number {
  return Math.max(health.idsSeen, health.countPrinted ?? 0, health.rowsRead + health.rowsSkipped);
}

/** What the seller is told of a page not fully read, or undefined when it was. */
export function healthWords(health: PageHealth): string | undefined {
  if (health.ok) return undefined;
  const noun = health.pageKind === 'listings' ? 'listings' : 'orders';
  const shown = itemsShown(health);
  const fully = Math.max(shown - health.unread, 0);
  return `Orderlens can't fully read this page (${fully} of ${shown} ${noun})`;
}
