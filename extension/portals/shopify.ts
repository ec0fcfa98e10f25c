/**
 * Shopify admin: orders (`/store/{handle}/orders`), one order
 * (`/orders/{id}`), and variant quantities on Inventory
 * (`/products/inventory`) and a product's page (`/products/{id}`); also the
 * legacy `{shop}.myshopify.com/admin/…` paths. Polaris class names carry
 * hashed suffixes that change between releases, so this adapter leans on
 * link hrefs, ARIA roles, table headers, headings and visible words, and
 * matches classes only by their stable prefix. Routes, selectors, labels and
 * each field's strategies are the Shopify pack (packs/shopify.json), read
 * afresh on every read so a newer pack applies at once.
 * Orders are known by their name (`#1001`), as in Shopify's order export,
 * read only from a link to the order's own page.
 */
import { mapShopifyStatus } from '../../shared/status.js';
import type { PortalPack } from '../../shared/schemas/portal-pack.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import {
  all, cellByHeader, columnsOf, linesOf, nothingHere, readRows, shownValue, skipRow, tableRows, text, textWithout, valueAfterLabel,
} from './dom.js';
import { BUNDLED_PACKS, labelsOf, orderIdPatterns, packFor, routesOf, selectorOf, selectorsOf } from './packs.js';
import { anyText, elementScope, fieldReader, withVia, type Scope } from './strategies.js';
import { matchesPattern, pageKindOf } from './urls.js';
import { addressFromLines, compact, moneyIn, parsePortalDate, quantityIn, withMissing } from './values.js';

export const id = 'shopify';

export const matches = ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'];

/** The bundled pack's selectors, for the checks every adapter's selectors pass. */
export const selectors = BUNDLED_PACKS.shopify.selectors;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total'];
const DETAIL_EXPECTS = [...LIST_EXPECTS, 'buyer.name', 'serviceLevel', 'shipTo', 'lines', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['title', 'listedQuantity'];

const VARIANT_ID = /\/variants\/(\d+)|[?&]variant=(\d+)/;
const CUSTOMER_ID = /\/customers\/(\d+)/;
/** "#1001", or a name with the store's own prefix or suffix ("SO-1001"); it always has a digit. */
const ORDER_NAME = /^(?=.{1,40}$)#?[\w-]*\d[\w-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A line's price and quantity as Shopify prints them: "$22.00 × 2", "22,00 € × 2". */
const PRICE_TIMES = /(\S*\d[\d.,]*(?:[ \u00a0\u202f][€£$¥₹]|\S*))\s*×\s*(\d+)/;
/** A quantity tag: "2" or "× 2". */
const TAG_QUANTITY = /^(?:[×x]\s*)?(\d{1,5})$/;

const orderName = (t: string) => (ORDER_NAME.test(t) ? t : undefined);
const variantIdIn = (href: string) => {
  const m = VARIANT_ID.exec(href);
  return m?.[1] ?? m?.[2];
};
const variantIdOf = (link: Element | null | undefined) => variantIdIn(link?.getAttribute('href') ?? '');

/** Which admin page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, routesOf(packFor('shopify')));
}

/**
 * The store the page belongs to: its handle (`admin.shopify.com/store/{handle}`
 * or `{handle}.myshopify.com`), and its name as the page title prints it
 * ("Orders · Acme Goods · Shopify").
 */
export function account(doc: Document, url: URL): PageAccount | undefined {
  if (!matches.some((p) => matchesPattern(p, url))) return undefined;
  const handle = url.hostname === 'admin.shopify.com'
    ? /^\/store\/([a-z0-9][a-z0-9-]*)(?:\/|$)/i.exec(url.pathname)?.[1]
    : /^([a-z0-9][a-z0-9-]*)\.myshopify\.com$/i.exec(url.hostname)?.[1];
  if (!handle) return undefined;
  const parts = (doc.title ?? '').split(' · ').map((p) => p.trim());
  const name = parts.length >= 3 && parts.at(-1) === 'Shopify' ? parts.at(-2) || undefined : undefined;
  return name ? { key: handle.toLowerCase(), name } : { key: handle.toLowerCase() };
}

/** An element without its screen-reader-only words (badge tones such as "Attention"), as a detached copy. */
function shown(pack: PortalPack, el: Element | undefined): Element | undefined {
  if (!el) return undefined;
  const hidden = selectorOf(pack, 'visuallyHidden');
  if (!el.querySelector(hidden)) return el;
  const copy = el.cloneNode(true) as Element;
  for (const h of all(copy, hidden)) h.remove();
  return copy;
}

/** The visible words of each badge under `root`. */
function badgeWords(pack: PortalPack, root: Element): string[] {
  return all(root, selectorOf(pack, 'badge'))
    .filter((b) => !b.parentElement?.closest(selectorOf(pack, 'badge')))
    .map((b) => textWithout(b, selectorOf(pack, 'visuallyHidden')))
    .filter((w): w is string => w !== undefined);
}

/** The pack's status words: label names `payment.<financial status>` and `fulfillment.<fulfillment status>`. */
function statusWords(pack: PortalPack): Map<string, readonly [kind: string, value: string]> {
  let words = statusWordCache.get(pack);
  if (!words) {
    words = new Map();
    for (const [name, list] of Object.entries(pack.labels)) {
      const [kind, value] = name.split('.');
      if ((kind !== 'payment' && kind !== 'fulfillment') || !value) continue;
      for (const word of list) words.set(word.toLowerCase(), [kind, value.replaceAll('_', ' ')]);
    }
    for (const word of labelsOf(pack, 'cancelled')) words.set(word.toLowerCase(), ['cancelled', '']);
    for (const word of labelsOf(pack, 'neutral')) words.set(word.toLowerCase(), ['neutral', '']);
    statusWordCache.set(pack, words);
  }
  return words;
}
const statusWordCache = new WeakMap<PortalPack, Map<string, readonly [string, string]>>();

/**
 * Status fields from the admin's payment and fulfillment badge words. A
 * status is given only when every word shown is known and the fulfillment
 * is shown (or the order is cancelled): "Paid" alone does not say whether
 * the order has shipped. The payment status comes from the payment word alone.
 */
function statusOf(pack: PortalPack, words: readonly string[]): Pick<CapturedOrder, 'channelStatus' | 'status' | 'paymentStatus'> {
  if (words.length === 0) return {};
  const known = statusWords(pack);
  let payment: string | undefined;
  let fulfillment: string | undefined;
  let cancelled = false;
  let unknown = false;
  for (const word of words) {
    const [kind, value] = known.get(word.toLowerCase()) ?? ['unknown', ''];
    if (kind === 'payment') payment ??= value;
    else if (kind === 'fulfillment') fulfillment ??= value;
    else if (kind === 'cancelled') cancelled = true;
    else if (kind === 'unknown') unknown = true;
  }
  const settled = !unknown && (fulfillment !== undefined || cancelled || payment === 'voided');
  const mapped = settled ? mapShopifyStatus(payment ?? '', fulfillment, cancelled) : undefined;
  const paymentStatus = payment === undefined ? undefined : mapShopifyStatus(payment, 'unfulfilled')?.paymentStatus;
  return { channelStatus: words.join(', '), status: mapped?.status, paymentStatus };
}

/** The link to an order's own page in `root`: the pack's link selectors tried in turn, the href holding an order id. */
function orderLinkIn(pack: PortalPack, root: ParentNode): Element | undefined {
  const { href } = orderIdPatterns(pack);
  for (const selector of selectorsOf(pack, 'orderLink')) {
    for (const link of all(root, selector)) {
      href.lastIndex = 0;
      if (href.test(link.getAttribute('href') ?? '')) return link;
    }
  }
  return undefined;
}

/** One order row, with its cell under a column found by header text when the row's cells line up with the headers. */
interface OrderRow {
  row: Element;
  cell(names: readonly string[]): Element | undefined;
  /** Whether any cell can be named: rows that cannot are read from their text. */
  named: boolean;
}

const noCell = () => undefined;

/**
 * A grid's rows. Cells are found by header text only when a row has as many
 * cells as the grid has headers: a header row that lost or gained a cell
 * would otherwise put every value under the wrong name.
 */
function gridRows(root: ParentNode, grid: { headers: string; rows: string; cells: string }): OrderRow[] {
  const columns = columnsOf(all(root, grid.headers));
  return all(root, grid.rows).flatMap((row) => {
    const cells = Array.from(row.children).filter((c) => c.matches(grid.cells));
    if (cells.length === 0) return [];
    const named = columns.length === cells.length;
    return [{ row, named, cell: named ? (names: readonly string[]) => cellByHeader(cells, columns, names) : noCell }];
  });
}

/** The orders list's rows, from the first layout that holds any order: a grid (ARIA, table, Polaris-Table), else the condensed list. */
function orderRows(doc: Document, pack: PortalPack): OrderRow[] {
  const [headers, rows, cells] = [selectorsOf(pack, 'orderGridHeaders'), selectorsOf(pack, 'orderGridRows'), selectorsOf(pack, 'orderGridCells')];
  for (let i = 0; i < rows.length; i++) {
    const found = gridRows(doc, { headers: headers[i] ?? headers[0]!, rows: rows[i]!, cells: cells[i] ?? cells[0]! });
    if (found.some(({ row }) => orderLinkIn(pack, row))) return found;
  }
  return [...new Set(all(doc, selectorOf(pack, 'condensedRows')))].map((row) => ({ row, named: false, cell: noCell }));
}

/** Whether a line prints an amount of money and nothing else ("$56.50", "56,50 €", "EUR 56.50"). */
function isAmountLine(line: string): boolean {
  return moneyIn(line) !== undefined && line.replace(/[A-Z]{1,3}\$|\b[A-Z]{3}\b|[\d.,\s\u00a0\u202f$£€¥₹+\-−]/g, '') === '';
}

/** The one value `read` finds among `lines`, or undefined when none or several different ones. */
function onlyOne<T>(lines: readonly string[], read: (line: string) => T | undefined): T | undefined {
  const found = [...new Set(lines.map(read).filter((v): v is T => v !== undefined))];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * An order row as a scope for the pack's strategies: its cells by column
 * header (without screen-reader words), its order link, its badges, and for
 * rows with no nameable cells the one date and the one amount its text
 * prints (none when it prints two: which would be which is a guess).
 */
function orderRowScope(pack: PortalPack, { row, cell, named }: OrderRow, link: Element | undefined): Scope {
  let lines: string[] | undefined;
  const rowLines = () => (lines ??= linesOf(row));
  const parts: Record<string, () => string | undefined> = {
    orderLink: () => (link ? textWithout(link, selectorOf(pack, 'visuallyHidden')) : undefined),
    badges: () => badgeWords(pack, row).join('\n'),
    soleDate: () => (named ? undefined : onlyOne(rowLines(), (l) => (parsePortalDate(l, 'mdy') ? l : undefined))),
    soleAmount: () => (named ? undefined : onlyOne(rowLines(), (l) => (isAmountLine(l) ? l : undefined))),
  };
  return {
    element: row,
    part: (name) => parts[name]?.() ?? '',
    partElement: (name) => (name === 'orderLink' ? link : undefined),
    column: (headers) => shown(pack, cell(headers)),
    lines: () => rowLines().join('\n'),
  };
}

function parseOrderIndex(doc: Document, pack: PortalPack): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const rows = orderRows(doc, pack);
  if (rows.length === 0) warnings.push('no order rows on the page');
  const noCustomer = labelsOf(pack, 'noCustomer').map((l) => l.toLowerCase());
  const items = readRows(rows, 'order row', warnings, (orderRow) => {
    const link = orderLinkIn(pack, orderRow.row);
    const scope = orderRowScope(pack, orderRow, link);
    const via: Record<string, number> = {};
    const read = fieldReader(pack.fields, via);
    const externalId = (link && read('list.orderName', scope, orderName)) ?? skipRow('no order name');
    const total = read('list.total', scope, (t) => moneyIn(t));
    const customer = read('list.customer', scope, (t) => (noCustomer.includes(t.toLowerCase()) ? undefined : t));
    const columns = [read('list.payment', scope, anyText), read('list.fulfillment', scope, anyText)].filter((w): w is string => w !== undefined);
    // A row without nameable cells shows its status only as badges; one with them, only in its status columns.
    const words = columns.length > 0 || orderRow.named ? columns : (read('list.badges', scope, (t) => t.split('\n')) ?? []);
    const order = {
      externalId,
      ...statusOf(pack, words),
      placedAt: read('list.placedAt', scope, (t) => parsePortalDate(t, 'mdy')),
      serviceLevel: read('list.serviceLevel', scope, anyText),
      currency: total?.currency,
      total: total?.amount,
      buyer: customer ? { name: customer } : undefined,
      lines: [],
    };
    return withVia(withMissing(order, LIST_EXPECTS), via);
  });
  return { items, warnings };
}

/** A product link's title with its variant line, as Shopify's export names line items ("Tee - Black / M"). */
function variantTitle(link: Element | null): string | undefined {
  const variant = text(link?.nextElementSibling);
  return [text(link), variant && !/^SKU\b/i.test(variant) ? variant : undefined].filter(Boolean).join(' - ') || undefined;
}

/** A line item of the order page as first written for it: a variant link in a list item printing "$22.00 × 2". */
function listedLine(pack: PortalPack, link: Element, unread: string[]): CapturedLine | undefined {
  const item = link.closest(selectorOf(pack, 'lineItem')) ?? link.parentElement!;
  const priced = PRICE_TIMES.exec(text(item) ?? '');
  if (!priced) {
    unread.push('lines.quantity');
    return undefined;
  }
  return {
    sku: valueAfterLabel(item, labelsOf(pack, 'sku')),
    channelSku: variantIdOf(link),
    title: variantTitle(link),
    quantity: Number(priced[2]),
    unitPrice: moneyIn(priced[1])?.amount,
  };
}

/** Elements matching `selector` that are not inside another match (`_MainRow` also prefixes inner parts' classes). */
function outermost(root: ParentNode, selector: string): Element[] {
  return all(root, selector).filter((el) => !el.parentElement?.closest(selector));
}

/** The variant line beside a product link in a live line row: the next element after the link and its lone wrappers. */
function liveTitle(link: Element, row: Element): string | undefined {
  let at: Element = link;
  while (at.parentElement && at.parentElement !== row && at.parentElement.childElementCount === 1) at = at.parentElement;
  const variant = text(at.nextElementSibling);
  const usable = variant && !/^SKU\b/i.test(variant) && !PRICE_TIMES.test(variant) && !TAG_QUANTITY.test(variant) && moneyIn(variant) === undefined;
  return [text(link), usable ? variant : undefined].filter(Boolean).join(' - ') || undefined;
}

/**
 * One line item of the live order page: a `_MainRow` holding `/products/`
 * links, the quantity in a Polaris tag and prices in numeric texts. The
 * quantity must be printed, and agree with "× n" where both are; the unit
 * price is read only where the row says which amount it is ("$22.00 × 2",
 * or a unit and a line total that agree).
 */
function liveLine(pack: PortalPack, row: Element, read: ReturnType<typeof fieldReader>, unread: string[]): CapturedLine | undefined {
  const rowText = text(row) ?? '';
  const times = PRICE_TIMES.exec(rowText);
  const quantity = read('line.quantity', elementScope(row), (t) => {
    const q = TAG_QUANTITY.exec(t)?.[1] ?? /^×\s*(\d+)$/.exec(t)?.[1] ?? (/^\d+$/.test(t) ? t : undefined);
    return q === undefined ? undefined : Number(q);
  });
  if (quantity === undefined || (times && Number(times[2]) !== quantity)) {
    unread.push('lines.quantity');
    return undefined;
  }
  // Amounts printed alone: a unit price and a line total that agree, or one amount for one item.
  const amounts = linesOf(row).filter(isAmountLine);
  const [first, second] = amounts.map((l) => moneyIn(l)!.amount);
  const agreed = (amounts.length === 2 && first! * quantity === second) || (amounts.length === 1 && quantity === 1) ? amounts[0]! : '';
  const scope: Scope = { ...elementScope(row), part: (name) => (name === 'agreedUnitPrice' ? agreed : '') };
  const titled = all(row, selectorOf(pack, 'productLink')).find((l) => text(l) !== undefined);
  return compact({
    sku: read('line.sku', scope, anyText),
    channelSku: read('line.channelSku', scope, variantIdIn),
    title: titled ? liveTitle(titled, row) : undefined,
    quantity,
    unitPrice: read('line.unitPrice', scope, (t) => moneyIn(t)?.amount),
  }) as CapturedLine;
}

/**
 * The page header around the order's heading: the largest of its nearest
 * ancestors (six at most) that holds none of the order's cards (line items,
 * customer, sidebar), so that its badges and date are the order's own.
 */
function headerOf(pack: PortalPack, heading: Element): Element {
  const cards = ['productLink', 'lineRow', 'customerLink', 'sidebar'].map((n) => selectorOf(pack, n)).join(', ');
  let at: Element = heading;
  for (let i = 0; i < 6; i++) {
    const up = at.parentElement;
    if (!up || up.localName === 'main' || up.localName === 'body' || up.querySelector(cards)) break;
    at = up;
  }
  return at;
}

/** Elements under `root` whose own words (leaving out buttons) are exactly one of `names`, in document order. */
function labelElements(root: ParentNode, names: readonly string[]): Element[] {
  const wanted = names.map((n) => n.toLowerCase());
  const longest = Math.max(...wanted.map((w) => w.length)) + 40;
  return all(root, '*').filter((el) => {
    const raw = el.textContent ?? '';
    // Most elements are ruled out by their raw text before their words are worked out.
    if (raw.length > longest * 4 || !wanted.some((w) => raw.toLowerCase().includes(w))) return false;
    return wanted.includes((textWithout(el, 'button') ?? '').toLowerCase());
  });
}

/** The element after a heading that reads exactly one of `names`, past its lone wrappers, unless another heading comes first. */
function sectionAfter(root: ParentNode, names: readonly string[]): Element | undefined {
  const label = labelElements(root, names).at(-1);
  for (let at: Element | null | undefined = label; at && at !== root; at = at.parentElement) {
    const next = at.nextElementSibling;
    if (next && text(next) !== undefined && next.localName !== 'button') {
      return /^h[1-6]$/.test(next.localName) || next.localName === label?.localName ? undefined : next;
    }
    if (at.parentElement && (textWithout(at.parentElement, 'button') ?? '').toLowerCase() !== (textWithout(at, 'button') ?? '').toLowerCase()) break;
  }
  return undefined;
}

/** An address block's lines, without the map links and copy buttons printed inside it. */
function addressLines(pack: PortalPack, block: Element | undefined): string[] {
  if (!block) return [];
  const copy = block.cloneNode(true) as Element;
  const chrome = labelsOf(pack, 'notAddress').map((l) => l.toLowerCase());
  const hidden = selectorOf(pack, 'visuallyHidden');
  for (const el of all(copy, `button, a, ${hidden}`)) {
    if (el.localName === 'button' || el.matches(hidden) || chrome.includes((text(el) ?? '').toLowerCase())) el.remove();
  }
  return linesOf(copy);
}

/** The delivery method as printed, without a label the descriptor may start with. */
function deliveryMethod(pack: PortalPack, described: string): string | undefined {
  const label = labelsOf(pack, 'deliveryMethod').find((l) => described.toLowerCase().startsWith(l.toLowerCase()));
  return (label ? described.slice(label.length).replace(/^\s*:?\s*/, '') : described) || undefined;
}

function parseOrderPage(doc: Document, pack: PortalPack): ParsedPage<CapturedOrder> {
  let heading: Element | null = null;
  for (const selector of selectorsOf(pack, 'title')) if ((heading = doc.querySelector(selector))) break;
  if (!heading) return nothingHere('no order on the page');
  const via: Record<string, number> = {};
  const read = fieldReader(pack.fields, via);
  const hidden = selectorOf(pack, 'visuallyHidden');
  const headingScope: Scope = { element: heading, lines: () => textWithout(heading, hidden) ?? '' };
  const externalId = read('order.name', headingScope, orderName);
  if (!externalId) return nothingHere('no order on the page');
  const header = headerOf(pack, heading);
  const main = heading.closest('main') ?? doc.body;
  const sidebar = main.querySelector(selectorOf(pack, 'sidebar')) ?? main;
  const headerScope: Scope = {
    ...elementScope(header),
    part: (name) => (name === 'headerBadges' ? badgeWords(pack, header).join('\n') : name === 'header' ? (textWithout(header, hidden) ?? '') : ''),
  };
  const sidebarScope: Scope = {
    ...elementScope(sidebar),
    part: (name) => (name === 'shippingAddress' ? addressLines(pack, sectionAfter(sidebar, labelsOf(pack, 'shippingAddress'))).join('\n') : ''),
  };
  const mainScope = elementScope(main);
  const unread: string[] = [];
  const lineRow = selectorOf(pack, 'lineRow');
  const productLink = selectorOf(pack, 'productLink');
  const lines = [
    ...outermost(main, lineRow).filter((row) => row.querySelector(productLink)).map((row) => liveLine(pack, row, read, unread)),
    ...all(main, selectorOf(pack, 'variantLink')).filter((link) => !link.closest(lineRow)).map((link) => listedLine(pack, link, unread)),
  ].filter((l): l is CapturedLine => l !== undefined);
  const total = read('order.total', mainScope, (t) => moneyIn(t));
  const order = {
    externalId,
    ...statusOf(pack, read('order.badges', headerScope, (t) => t.split('\n')) ?? []),
    placedAt: read('order.placedAt', headerScope, (t) => parsePortalDate(t, 'mdy')),
    serviceLevel: read('order.serviceLevel', mainScope, (t) => deliveryMethod(pack, t)),
    currency: total?.currency,
    total: total?.amount,
    buyer: compact({
      name: read('order.customer', sidebarScope, anyText),
      email: read('order.email', sidebarScope, (t) => (EMAIL.test(t) ? t : undefined)),
      externalId: read('order.customerId', sidebarScope, (t) => CUSTOMER_ID.exec(t)?.[1]),
    }),
    lines,
    shipTo: read('order.shipTo', sidebarScope, (t) => addressFromLines(t.split('\n'))),
  };
  return { items: [withVia(withMissing(order, DETAIL_EXPECTS, unread), via)], warnings: [] };
}

/** Orders on the admin's orders list, or the one order on an order's page. */
export function parseOrders(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const pack = packFor('shopify');
  const kind = pageKind(url);
  if (kind === 'orders') return parseOrderIndex(doc, pack);
  if (kind === 'order') return parseOrderPage(doc, pack);
  return nothingHere(`not a Shopify orders page: ${url.pathname}`);
}

/** Inventory's and a product page's variant table, by the pack's selectors. */
const listingTable = (pack: PortalPack) => ({
  headers: selectorOf(pack, 'listingHeaders'),
  rows: selectorOf(pack, 'listingRows'),
  cells: selectorOf(pack, 'listingCells'),
});

/** Variant quantities on Inventory or a product's page: variant id, SKU, title, available (negative when oversold), price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not a Shopify inventory or product page: ${url.pathname}`);
  const pack = packFor('shopify');
  const warnings: string[] = [];
  const rows = tableRows(doc, listingTable(pack));
  if (rows.length === 0) warnings.push('no variant rows on the page');
  const items = readRows(rows, 'variant row', warnings, ({ row, cell }) => {
    const link = row.querySelector(selectorOf(pack, 'variantLink'));
    const price = moneyIn(shownValue(cell(labelsOf(pack, 'columnPrice'))));
    const listing = {
      channelSku: variantIdOf(link) ?? skipRow('no variant link'),
      sku: text(cell(labelsOf(pack, 'columnSku'))),
      title: variantTitle(link),
      listedQuantity: quantityIn(shownValue(cell(labelsOf(pack, 'columnAvailable')))),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings };
}

/** Order-name links on the orders list (any layout) and Available cells on inventory, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const pack = packFor('shopify');
  const anchors: RowAnchor[] = [];
  for (const orderRow of orderRows(doc, pack)) {
    const link = orderLinkIn(pack, orderRow.row);
    const externalId = link && fieldReader(pack.fields, {})('list.orderName', orderRowScope(pack, orderRow, link), orderName);
    if (link && externalId) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  for (const { row, cell } of tableRows(doc, listingTable(pack))) {
    if (orderLinkIn(pack, row)) continue;
    const channelSku = variantIdOf(row.querySelector(selectorOf(pack, 'variantLink')));
    const available = cell(labelsOf(pack, 'columnAvailable'));
    if (channelSku && available) anchors.push({ kind: 'listing', channelSku, anchor: available });
  }
  return anchors;
}
