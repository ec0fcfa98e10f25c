/**
 * Shopify admin: orders (`/store/{handle}/orders`), one order
 * (`/orders/{id}`), and variant quantities on Inventory
 * (`/products/inventory`) and a product's page (`/products/{id}`); also the
 * legacy `{shop}.myshopify.com/admin/…` paths. Polaris class names carry
 * hashed suffixes that change between releases, so this adapter leans on
 * link hrefs, ARIA roles, table headers, headings and visible words, and
 * matches classes only by their stable prefix.
 * Orders are known by their name (`#1001`), as in Shopify's order export,
 * read only from a link to the order's own page.
 */
import { mapShopifyStatus } from '../../shared/status.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import {
  all, cellByHeader, columnsOf, linesOf, nothingHere, readRows, shownValue, skipRow, tableRows, text, textWithout, valueAfterLabel,
} from './dom.js';
import { matchesPattern, pageKindOf, type PageRoute } from './urls.js';
import { addressFromLines, compact, moneyIn, parsePortalDate, quantityIn, withMissing } from './values.js';

export const id = 'shopify';

export const matches = ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'];

const ADMIN = String.raw`^(?:\/store\/[^/]+|\/admin)`;
const ROUTES: readonly PageRoute[] = [
  ['order', new RegExp(String.raw`${ADMIN}\/orders\/\d+\/?$`)],
  ['orders', new RegExp(String.raw`${ADMIN}\/orders\/?$`)],
  ['listings', new RegExp(String.raw`${ADMIN}\/products\/(?:inventory|\d+)\/?$`)],
];

/** How to find a grid's header cells, rows and each row's cells. */
interface GridSelectors {
  headers: string;
  rows: string;
  cells: string;
}

/** Every CSS selector this adapter uses; class names only by their stable prefix. */
export const selectors = {
  /**
   * The orders list as a grid, tried in turn until one holds order rows:
   * ARIA roles (what public scrapers read), the native IndexTable `<table>`,
   * then `Polaris-Table-TableRow…` rows known only by their class prefix.
   */
  orderGrids: [
    {
      headers: '[role="table"] [role="columnheader"], [role="grid"] [role="columnheader"]',
      rows: '[role="table"] [role="row"], [role="grid"] [role="row"]',
      cells: '[role="cell"], [role="gridcell"], [role="rowheader"]',
    },
    { headers: 'table thead th', rows: 'table tbody tr', cells: 'td' },
    {
      headers: '[class*="Polaris-Table-TableHeading"], [class*="Polaris-Table-TableHeader"] > *',
      rows: '[class*="Polaris-Table-TableRow"]',
      cells: '[class*="Polaris-Table-TableCell"], td',
    },
  ] as readonly GridSelectors[],
  /** The IndexTable's condensed (narrow) layout: a `<ul>` of items holding stacked text, no columns. */
  condensedRows: 'ul[class*="Polaris-IndexTable__CondensedList"] > li, li[class*="Polaris-IndexTable__TableRow"]',
  table: { headers: 'table thead th', rows: 'table tbody tr', cells: 'td' },
  orderLink: 'a[href*="/orders/"]',
  variantLink: 'a[href*="/variants/"]',
  productLink: 'a[href*="/products/"]',
  lineItem: 'li, [role="listitem"], tr',
  /** A line item's row on the live order page (`…_MainRow_x1y2z`). */
  lineRow: '[class*="_MainRow"]',
  lineQuantity: '[class*="Polaris-Tag"]',
  linePrice: '[class*="Polaris-Text--numeric"]',
  customerLink: 'a[href*="/customers/"]',
  email: 'a[href^="mailto:"]',
  /** Live pages print the email as a link-styled button that copies it. */
  emailButton: 'button[class*="Polaris-Link"], [role="button"][class*="Polaris-Link"]',
  deliveryMethod: '[id^="deliveryMethodDescriptor-"]',
  badge: '[class*="Polaris-Badge"]',
  visuallyHidden: '[class*="visuallyHidden"]',
  title: 'main h1',
  anyTitle: 'h1',
  sidebar: 'aside',
} as const;

/** Column headers, labels and the status words the admin prints, in English and German. */
export const labels = {
  columns: {
    order: ['Order', 'Bestellung'], date: ['Date', 'Datum'], customer: ['Customer', 'Kunde', 'Kundin/Kunde'], total: ['Total', 'Gesamt', 'Summe'],
    payment: ['Payment status', 'Zahlungsstatus'],
    fulfillment: ['Fulfillment status', 'Fulfillmentstatus', 'Fulfillment-Status', 'Ausführungsstatus'],
    delivery: ['Delivery method', 'Versandart', 'Liefermethode'],
    sku: ['SKU'], available: ['Available'], price: ['Price'],
  },
  total: ['Total', 'Gesamt', 'Gesamtsumme', 'Summe'],
  deliveryMethod: ['Delivery method', 'Shipping method', 'Versandart', 'Liefermethode'],
  shippingAddress: ['Shipping address', 'Lieferadresse', 'Versandadresse'],
  /** Links and buttons printed inside an address card that are not part of the address. */
  notAddress: ['View map', 'Karte anzeigen', 'Copy', 'Kopieren', 'Edit', 'Bearbeiten'],
  sku: ['SKU', 'Artikelnummer (SKU)', 'Artikelnummer'],
  noCustomer: ['No customer', 'Kein Kunde', 'Keine Kundin/kein Kunde'] as readonly string[],
  /** Payment badges, as the financial status they stand for. */
  payment: {
    paid: 'paid', 'payment pending': 'pending', pending: 'pending', authorized: 'authorized', 'partially paid': 'partially_paid',
    refunded: 'refunded', 'partially refunded': 'partially_refunded', voided: 'voided', expired: 'expired', overdue: 'pending',
    bezahlt: 'paid', 'zahlung ausstehend': 'pending', ausstehend: 'pending', autorisiert: 'authorized', 'teilweise bezahlt': 'partially_paid',
    erstattet: 'refunded', rückerstattet: 'refunded', 'teilweise erstattet': 'partially_refunded', 'teilweise rückerstattet': 'partially_refunded',
    abgelaufen: 'expired', überfällig: 'pending',
  } as Readonly<Record<string, string>>,
  /** Fulfillment badges, as the fulfillment status they stand for. */
  fulfillment: {
    unfulfilled: 'unfulfilled', fulfilled: 'fulfilled', 'partially fulfilled': 'partially fulfilled', 'on hold': 'on hold',
    scheduled: 'scheduled', delivered: 'delivered', 'in progress': 'in progress',
    'nicht ausgeführt': 'unfulfilled', ausgeführt: 'fulfilled', 'teilweise ausgeführt': 'partially fulfilled',
    'nicht erfüllt': 'unfulfilled', erfüllt: 'fulfilled', 'teilweise erfüllt': 'partially fulfilled',
    zurückgestellt: 'on hold', geplant: 'scheduled', zugestellt: 'delivered', 'in bearbeitung': 'in progress',
  } as Readonly<Record<string, string>>,
  cancelled: ['canceled', 'cancelled', 'storniert'] as readonly string[],
  /** Badges that say nothing of payment or fulfillment. */
  neutral: ['archived', 'archiviert'] as readonly string[],
} as const;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total'];
const DETAIL_EXPECTS = [...LIST_EXPECTS, 'buyer.name', 'serviceLevel', 'shipTo', 'lines', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['title', 'listedQuantity'];

const VARIANT_ID = /\/variants\/(\d+)|[?&]variant=(\d+)/;
/** An order's own page: the admin's numeric id in a link is what marks a link as the order's. */
const ORDER_HREF = /\/orders\/(\d+)(?:[/?#]|$)/;
/** "#1001", or a name with the store's own prefix or suffix ("SO-1001"); it always has a digit. */
const ORDER_NAME = /^(?=.{1,40}$)#?[\w-]*\d[\w-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A line's price and quantity as Shopify prints them: "$22.00 × 2", "22,00 € × 2". */
const PRICE_TIMES = /(\S*\d[\d.,]*(?:[ \u00a0\u202f][€£$¥₹]|\S*))\s*×\s*(\d+)/;
/** A quantity tag: "2" or "× 2". */
const TAG_QUANTITY = /^(?:[×x]\s*)?(\d{1,5})$/;

/** Which admin page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, ROUTES);
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

/** A badge's visible word, without the tone ("Attention") read to screen readers. */
const badgeWord = (badge: Element | undefined) => textWithout(badge?.querySelector(selectors.badge) ?? badge, selectors.visuallyHidden);

/**
 * Status fields from the admin's payment and fulfillment badge words. A
 * status is given only when every word shown is known and the fulfillment
 * is shown (or the order is cancelled): "Paid" alone does not say whether
 * the order has shipped. The payment status comes from the payment word alone.
 */
function statusOf(words: readonly (string | undefined)[]): Pick<CapturedOrder, 'channelStatus' | 'status' | 'paymentStatus'> {
  const shown = words.filter((w): w is string => w !== undefined);
  if (shown.length === 0) return {};
  let payment: string | undefined;
  let fulfillment: string | undefined;
  let cancelled = false;
  let unknown = false;
  for (const word of shown) {
    const lower = word.toLowerCase();
    if (labels.payment[lower] !== undefined) payment ??= labels.payment[lower];
    else if (labels.fulfillment[lower] !== undefined) fulfillment ??= labels.fulfillment[lower];
    else if (labels.cancelled.includes(lower)) cancelled = true;
    else if (!labels.neutral.includes(lower)) unknown = true;
  }
  const settled = !unknown && (fulfillment !== undefined || cancelled || payment === 'voided');
  const mapped = settled ? mapShopifyStatus(payment ?? '', fulfillment, cancelled) : undefined;
  const paymentStatus = payment === undefined ? undefined : mapShopifyStatus(payment, 'unfulfilled')?.paymentStatus;
  return { channelStatus: shown.join(', '), status: mapped?.status, paymentStatus };
}

/** A product link's title with its variant line, as Shopify's export names line items ("Tee - Black / M"). */
function variantTitle(link: Element | null): string | undefined {
  const variant = text(link?.nextElementSibling);
  return [text(link), variant && !/^SKU\b/i.test(variant) ? variant : undefined].filter(Boolean).join(' - ') || undefined;
}

/** The link to an order's own page in `root` and the order name it shows. */
function orderLinkIn(root: ParentNode): { link: Element; name: string } | undefined {
  for (const link of all(root, selectors.orderLink)) {
    if (!ORDER_HREF.test(link.getAttribute('href') ?? '')) continue;
    const name = textWithout(link, selectors.visuallyHidden);
    if (name && ORDER_NAME.test(name)) return { link, name };
  }
  return undefined;
}

/** One order row, with its cell under a column found by header text when the row's cells line up with the headers. */
interface OrderRow {
  row: Element;
  cell(names: readonly string[]): Element | undefined;
}

const noCell = () => undefined;

/**
 * A grid's rows. Cells are found by header text only when a row has as many
 * cells as the grid has headers: a header row that lost or gained a cell
 * would otherwise put every value under the wrong name.
 */
function gridRows(root: ParentNode, grid: GridSelectors): OrderRow[] {
  const columns = columnsOf(all(root, grid.headers));
  return all(root, grid.rows).flatMap((row) => {
    const cells = Array.from(row.children).filter((c) => c.matches(grid.cells));
    if (cells.length === 0) return [];
    const cell = columns.length === cells.length ? (names: readonly string[]) => cellByHeader(cells, columns, names) : noCell;
    return [{ row, cell }];
  });
}

/** The orders list's rows, from the first layout that holds any order: a grid, else the condensed list. */
function orderRows(doc: Document): OrderRow[] {
  for (const grid of selectors.orderGrids) {
    const rows = gridRows(doc, grid);
    if (rows.some(({ row }) => orderLinkIn(row))) return rows;
  }
  return [...new Set(all(doc, selectors.condensedRows))].map((row) => ({ row, cell: noCell }));
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

/** Date and total of a row that has no columns to say which is which: each read only when the row prints exactly one. */
function fromRowText(row: Element): { placedAt?: string; total?: { amount: number; currency: string } } {
  const lines = linesOf(row);
  const placedAt = onlyOne(lines, (l) => parsePortalDate(l, 'mdy'));
  const amounts = onlyOne(lines, (l) => (isAmountLine(l) ? l : undefined));
  return { placedAt, total: moneyIn(amounts) };
}

function parseOrderIndex(doc: Document): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const rows = orderRows(doc);
  if (rows.length === 0) warnings.push('no order rows on the page');
  const items = readRows(rows, 'order row', warnings, ({ row, cell }) => {
    const externalId = orderLinkIn(row)?.name ?? skipRow('no order name');
    const [dateCell, totalCell, paymentCell, fulfillmentCell] = [
      cell(labels.columns.date), cell(labels.columns.total), cell(labels.columns.payment), cell(labels.columns.fulfillment),
    ];
    const byText = dateCell && totalCell ? {} : fromRowText(row);
    const total = totalCell ? moneyIn(text(totalCell)) : byText.total;
    const customer = text(cell(labels.columns.customer));
    const badges = paymentCell || fulfillmentCell ? [badgeWord(paymentCell), badgeWord(fulfillmentCell)] : all(row, selectors.badge).map(badgeWord);
    const order = {
      externalId,
      ...statusOf(badges),
      placedAt: dateCell ? parsePortalDate(text(dateCell), 'mdy') : byText.placedAt,
      serviceLevel: text(cell(labels.columns.delivery)),
      currency: total?.currency,
      total: total?.amount,
      buyer: customer && !labels.noCustomer.includes(customer) ? { name: customer } : undefined,
      lines: [],
    };
    return withMissing(order, LIST_EXPECTS);
  });
  return { items, warnings };
}

function orderLine(link: Element, unread: string[]): CapturedLine | undefined {
  const item = link.closest(selectors.lineItem) ?? link.parentElement!;
  // Shopify prints a line's price and quantity as "$22.00 × 2".
  const priced = PRICE_TIMES.exec(text(item) ?? '');
  if (!priced) {
    unread.push('lines.quantity');
    return undefined;
  }
  return {
    sku: valueAfterLabel(item, labels.sku),
    channelSku: variantIdOf(link),
    title: variantTitle(link),
    quantity: Number(priced[2]),
    unitPrice: moneyIn(priced[1])?.amount,
  };
}

const variantIdOf = (link: Element | undefined) => {
  const m = VARIANT_ID.exec(link?.getAttribute('href') ?? '');
  return m?.[1] ?? m?.[2];
};

/** Elements matching `selector` that are not inside another match (`_MainRow` also prefixes inner parts' classes). */
function outermost(root: ParentNode, selector: string): Element[] {
  return all(root, selector).filter((el) => !el.parentElement?.closest(selector));
}

/** The variant line beside a product link in a live line row: the next element after the link and its lone wrappers. */
function liveVariantTitle(link: Element, row: Element): string | undefined {
  let at: Element = link;
  while (at.parentElement && at.parentElement !== row && at.parentElement.childElementCount === 1) at = at.parentElement;
  const variant = text(at.nextElementSibling);
  const usable = variant && !/^SKU\b/i.test(variant) && !PRICE_TIMES.test(variant) && !TAG_QUANTITY.test(variant) && moneyIn(variant) === undefined;
  return [text(link), usable ? variant : undefined].filter(Boolean).join(' - ') || undefined;
}

/**
 * One line item of the live order page: a `_MainRow` holding `/products/`
 * links, the quantity in a Polaris tag and prices in numeric texts. The
 * quantity must be printed; the unit price is read only where the row says
 * which amount it is ("$22.00 × 2", or a unit and a total that agree).
 */
function liveOrderLine(row: Element, unread: string[]): CapturedLine | undefined {
  const links = all(row, selectors.productLink);
  const titled = links.find((l) => text(l) !== undefined);
  const prices = all(row, selectors.linePrice).map((el) => text(el) ?? '');
  const times = prices.map((p) => PRICE_TIMES.exec(p)).find((m) => m !== null) ?? PRICE_TIMES.exec(text(row) ?? '');
  const tagged = all(row, selectors.lineQuantity).map((el) => TAG_QUANTITY.exec(text(el) ?? '')?.[1]).find((q) => q !== undefined);
  const quantities = [tagged, times?.[2]].filter((q): q is string => q !== undefined);
  if (quantities.length === 0 || quantities.some((q) => q !== quantities[0])) {
    unread.push('lines.quantity');
    return undefined;
  }
  const quantity = Number(quantities[0]);
  const amounts = prices.filter(isAmountLine).map((p) => moneyIn(p)!.amount);
  let unitPrice = times ? moneyIn(times[1])?.amount : undefined;
  if (unitPrice === undefined && amounts.length === 2 && amounts[0]! * quantity === amounts[1]) unitPrice = amounts[0];
  if (unitPrice === undefined && amounts.length === 1 && quantity === 1) unitPrice = amounts[0];
  return compact({
    sku: valueAfterLabel(row, labels.sku),
    channelSku: links.map(variantIdOf).find((v) => v !== undefined),
    title: titled ? liveVariantTitle(titled, row) : undefined,
    quantity,
    unitPrice,
  }) as CapturedLine;
}

/** The order name in the page's heading: the heading itself, or its first word when badges share it ("#1001 Paid"). */
function orderNameIn(heading: Element | null): string | undefined {
  const shown = textWithout(heading, selectors.visuallyHidden);
  if (shown && ORDER_NAME.test(shown)) return shown;
  const first = shown?.split(' ')[0];
  return first?.startsWith('#') && ORDER_NAME.test(first) ? first : undefined;
}

/**
 * The page header around the order's heading: the largest of its nearest
 * ancestors (six at most) that holds none of the order's cards (line items,
 * customer, sidebar), so that its badges and date are the order's own.
 */
function headerOf(heading: Element): Element {
  const cards = `${selectors.productLink}, ${selectors.lineRow}, ${selectors.customerLink}, ${selectors.sidebar}`;
  let at: Element = heading;
  for (let i = 0; i < 6; i++) {
    const up = at.parentElement;
    if (!up || up.localName === 'main' || up.localName === 'body' || up.querySelector(cards)) break;
    at = up;
  }
  return at;
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

/**
 * The amount printed after a label such as "Total": in the label's own
 * text, or in the first sibling after it that prints anything (live pages
 * put an empty description cell between the two).
 */
function amountAfterLabel(root: ParentNode, names: readonly string[]): ReturnType<typeof moneyIn> {
  const inline = moneyIn(valueAfterLabel(root, names));
  if (inline) return inline;
  const label = labelElements(root, names)[0];
  let next = label?.nextElementSibling;
  while (next && text(next) === undefined) next = next.nextElementSibling;
  return moneyIn(text(next));
}

/** An address block's lines, without the map links and copy buttons printed inside it. */
function addressLines(block: Element | undefined): string[] {
  if (!block) return [];
  const copy = block.cloneNode(true) as Element;
  const chrome = labels.notAddress.map((l) => l.toLowerCase());
  for (const el of all(copy, 'button, a, [class*="visuallyHidden"]')) {
    if (el.localName === 'button' || el.matches(selectors.visuallyHidden) || chrome.includes((text(el) ?? '').toLowerCase())) el.remove();
  }
  return linesOf(copy);
}

/** The buyer's email: a mailto link, or the link-styled button live pages print it in. */
function emailIn(root: ParentNode): string | undefined {
  const mailto = text(root.querySelector(selectors.email));
  if (mailto && EMAIL.test(mailto)) return mailto;
  return all(root, selectors.emailButton).map((b) => text(b)).find((t) => t !== undefined && EMAIL.test(t));
}

/** The delivery method: its descriptor element on live pages, else the value after its label. */
function deliveryMethodIn(main: Element): string | undefined {
  const described = text(main.querySelector(selectors.deliveryMethod));
  if (described) {
    const label = labels.deliveryMethod.find((l) => described.toLowerCase().startsWith(l.toLowerCase()));
    return (label ? described.slice(label.length).replace(/^\s*:?\s*/, '') : described) || undefined;
  }
  return valueAfterLabel(main, labels.deliveryMethod);
}

function parseOrderPage(doc: Document): ParsedPage<CapturedOrder> {
  const heading = doc.querySelector(selectors.title) ?? doc.querySelector(selectors.anyTitle);
  const externalId = orderNameIn(heading);
  if (!heading || !externalId) return nothingHere('no order on the page');
  const header = headerOf(heading);
  const main = heading.closest('main') ?? doc.body;
  const sidebar = main.querySelector(selectors.sidebar) ?? main;
  const unread: string[] = [];
  const live = outermost(main, selectors.lineRow).filter((row) => row.querySelector(selectors.productLink));
  const lines = [
    ...live.map((row) => liveOrderLine(row, unread)),
    ...all(main, selectors.variantLink).filter((link) => !link.closest(selectors.lineRow)).map((link) => orderLine(link, unread)),
  ].filter((l): l is CapturedLine => l !== undefined);
  const total = amountAfterLabel(main, labels.total);
  const customer = all(sidebar, selectors.customerLink).find((link) => text(link) !== undefined);
  const order = {
    externalId,
    ...statusOf(all(header, selectors.badge).map(badgeWord)),
    placedAt: parsePortalDate(textWithout(header, selectors.visuallyHidden), 'mdy'),
    serviceLevel: deliveryMethodIn(main),
    currency: total?.currency,
    total: total?.amount,
    buyer: compact({
      name: text(customer),
      email: emailIn(sidebar),
      externalId: /\/customers\/(\d+)/.exec(customer?.getAttribute('href') ?? '')?.[1],
    }),
    lines,
    shipTo: addressFromLines(addressLines(sectionAfter(sidebar, labels.shippingAddress))),
  };
  return { items: [withMissing(order, DETAIL_EXPECTS, unread)], warnings: [] };
}

/** Orders on the admin's orders list, or the one order on an order's page. */
export function parseOrders(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind === 'orders') return parseOrderIndex(doc);
  if (kind === 'order') return parseOrderPage(doc);
  return nothingHere(`not a Shopify orders page: ${url.pathname}`);
}

/** Variant quantities on Inventory or a product's page: variant id, SKU, title, available (negative when oversold), price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not a Shopify inventory or product page: ${url.pathname}`);
  const warnings: string[] = [];
  const rows = tableRows(doc, selectors.table);
  if (rows.length === 0) warnings.push('no variant rows on the page');
  const items = readRows(rows, 'variant row', warnings, ({ row, cell }) => {
    const link = row.querySelector(selectors.variantLink);
    const price = moneyIn(shownValue(cell(labels.columns.price)));
    const listing = {
      channelSku: variantIdOf(link ?? undefined) ?? skipRow('no variant link'),
      sku: text(cell(labels.columns.sku)),
      title: variantTitle(link),
      listedQuantity: quantityIn(shownValue(cell(labels.columns.available))),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings };
}

/** Order-name links on the orders list (any layout) and Available cells on inventory, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  for (const { row } of orderRows(doc)) {
    const found = orderLinkIn(row);
    if (found) anchors.push({ kind: 'order', externalId: found.name, anchor: found.link });
  }
  for (const { row, cell } of tableRows(doc, selectors.table)) {
    if (orderLinkIn(row)) continue;
    const channelSku = variantIdOf(row.querySelector(selectors.variantLink) ?? undefined);
    const available = cell(labels.columns.available);
    if (channelSku && available) anchors.push({ kind: 'listing', channelSku, anchor: available });
  }
  return anchors;
}
