/**
 * Shopify admin: orders (`/store/{handle}/orders`), one order
 * (`/orders/{id}`), and variant quantities on Inventory
 * (`/products/inventory`) and a product's page (`/products/{id}`); also the
 * legacy `{shop}.myshopify.com/admin/…` paths. Polaris class names carry
 * hashed suffixes that change between releases, so this adapter leans on
 * link hrefs, table headers, headings and visible words instead.
 * Orders are known by their name (`#1001`), as in Shopify's order export.
 */
import { mapShopifyStatus } from '../../shared/status.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageKind, ParsedPage, RowAnchor } from './types.js';
import {
  all, elementAfterLabel, linesOf, nothingHere, readRows, shownValue, skipRow, tableRows, text, textWithout, valueAfterLabel,
} from './dom.js';
import { pageKindOf, type PageRoute } from './urls.js';
import { addressFromLines, compact, moneyIn, parsePortalDate, quantityIn, withMissing } from './values.js';

export const id = 'shopify';

export const matches = ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'];

const ADMIN = String.raw`^(?:\/store\/[^/]+|\/admin)`;
const ROUTES: readonly PageRoute[] = [
  ['order', new RegExp(String.raw`${ADMIN}\/orders\/\d+\/?$`)],
  ['orders', new RegExp(String.raw`${ADMIN}\/orders\/?$`)],
  ['listings', new RegExp(String.raw`${ADMIN}\/products\/(?:inventory|\d+)\/?$`)],
];

/** Every CSS selector this adapter uses; class names only by their stable prefix. */
export const selectors = {
  table: { headers: 'table thead th', rows: 'table tbody tr', cells: 'td' },
  orderLink: 'a[href*="/orders/"]',
  variantLink: 'a[href*="/variants/"]',
  lineItem: 'li, [role="listitem"], tr',
  customerLink: 'a[href*="/customers/"]',
  email: 'a[href^="mailto:"]',
  badge: '[class*="Polaris-Badge"]',
  visuallyHidden: '[class*="visuallyHidden"]',
  title: 'main h1',
  sidebar: 'aside',
} as const;

/** Column headers, labels and the status words the admin prints. */
export const labels = {
  columns: {
    order: ['Order'], date: ['Date'], customer: ['Customer'], total: ['Total'], payment: ['Payment status'],
    fulfillment: ['Fulfillment status'], delivery: ['Delivery method'],
    sku: ['SKU'], available: ['Available'], price: ['Price'],
  },
  total: ['Total'],
  deliveryMethod: ['Delivery method', 'Shipping method'],
  shippingAddress: ['Shipping address'],
  sku: ['SKU'],
  noCustomer: 'No customer',
  /** Payment badges, as the financial status they stand for. */
  payment: {
    paid: 'paid', 'payment pending': 'pending', pending: 'pending', authorized: 'authorized', 'partially paid': 'partially_paid',
    refunded: 'refunded', 'partially refunded': 'partially_refunded', voided: 'voided', expired: 'expired', overdue: 'pending',
  } as Readonly<Record<string, string>>,
  fulfillment: ['unfulfilled', 'fulfilled', 'partially fulfilled', 'on hold', 'scheduled', 'delivered', 'in progress'] as readonly string[],
  cancelled: ['canceled', 'cancelled'] as readonly string[],
} as const;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total'];
const DETAIL_EXPECTS = [...LIST_EXPECTS, 'buyer.name', 'serviceLevel', 'shipTo', 'lines', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['title', 'listedQuantity'];

const VARIANT_ID = /\/variants\/(\d+)/;
/** "#1001", or a name with the store's own prefix or suffix ("SO-1001"); it always has a digit. */
const ORDER_NAME = /^(?=.{1,40}$)#?[\w-]*\d[\w-]*$/;

/** Which admin page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, ROUTES);
}

/** A badge's visible word, without the tone ("Attention") read to screen readers. */
const badgeWord = (badge: Element | undefined) => textWithout(badge?.querySelector(selectors.badge) ?? badge, selectors.visuallyHidden);

/** Status fields from the admin's payment and fulfillment badge words. */
function statusOf(words: readonly (string | undefined)[]): Pick<CapturedOrder, 'channelStatus' | 'status' | 'paymentStatus'> {
  const shown = words.filter((w): w is string => w !== undefined);
  if (shown.length === 0) return {};
  const lower = shown.map((w) => w.toLowerCase());
  const payment = lower.map((w) => labels.payment[w]).find((w) => w !== undefined);
  const fulfillment = lower.find((w) => labels.fulfillment.includes(w));
  const cancelled = lower.some((w) => labels.cancelled.includes(w));
  const mapped = payment || fulfillment || cancelled ? mapShopifyStatus(payment ?? '', fulfillment, cancelled) : undefined;
  return { channelStatus: shown.join(', '), status: mapped?.status, paymentStatus: mapped?.paymentStatus };
}

/** A product link's title with its variant line, as Shopify's export names line items ("Tee - Black / M"). */
function variantTitle(link: Element | null): string | undefined {
  const variant = text(link?.nextElementSibling);
  return [text(link), variant && !/^SKU\b/i.test(variant) ? variant : undefined].filter(Boolean).join(' - ') || undefined;
}

function parseOrderIndex(doc: Document): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const rows = tableRows(doc, selectors.table);
  if (rows.length === 0) warnings.push('no order rows on the page');
  const items = readRows(rows, 'order row', warnings, ({ row, cell }) => {
    const name = text(row.querySelector(selectors.orderLink));
    const externalId = name && ORDER_NAME.test(name) ? name : skipRow('no order name');
    const total = moneyIn(text(cell(labels.columns.total)));
    const customer = text(cell(labels.columns.customer));
    const order = {
      externalId,
      ...statusOf([badgeWord(cell(labels.columns.payment)), badgeWord(cell(labels.columns.fulfillment))]),
      placedAt: parsePortalDate(text(cell(labels.columns.date)), 'mdy'),
      serviceLevel: text(cell(labels.columns.delivery)),
      currency: total?.currency,
      total: total?.amount,
      buyer: customer && customer !== labels.noCustomer ? { name: customer } : undefined,
      lines: [],
    };
    return withMissing(order, LIST_EXPECTS);
  });
  return { items, warnings };
}

function orderLine(link: Element, unread: string[]): CapturedLine | undefined {
  const item = link.closest(selectors.lineItem) ?? link.parentElement!;
  // Shopify prints a line's price and quantity as "$22.00 × 2".
  const priced = /(\S*\d[\d.,]*\S*)\s*×\s*(\d+)/.exec(text(item) ?? '');
  if (!priced) {
    unread.push('lines.quantity');
    return undefined;
  }
  return {
    sku: valueAfterLabel(item, labels.sku),
    channelSku: VARIANT_ID.exec(link.getAttribute('href') ?? '')?.[1],
    title: variantTitle(link),
    quantity: Number(priced[2]),
    unitPrice: moneyIn(priced[1])?.amount,
  };
}

function parseOrderPage(doc: Document): ParsedPage<CapturedOrder> {
  const heading = doc.querySelector(selectors.title);
  const externalId = text(heading);
  if (!heading || !externalId || !ORDER_NAME.test(externalId)) return nothingHere('no order on the page');
  const header = heading.parentElement ?? heading;
  const main = heading.closest('main') ?? doc.body;
  const sidebar = main.querySelector(selectors.sidebar) ?? main;
  const unread: string[] = [];
  const lines = all(main, selectors.variantLink)
    .map((link) => orderLine(link, unread))
    .filter((l): l is CapturedLine => l !== undefined);
  const total = moneyIn(valueAfterLabel(main, labels.total));
  const customer = sidebar.querySelector(selectors.customerLink);
  const order = {
    externalId,
    ...statusOf(all(header, selectors.badge).map(badgeWord)),
    placedAt: parsePortalDate(text(header), 'mdy'),
    serviceLevel: valueAfterLabel(main, labels.deliveryMethod),
    currency: total?.currency,
    total: total?.amount,
    buyer: compact({
      name: text(customer),
      email: text(sidebar.querySelector(selectors.email)),
      externalId: /\/customers\/(\d+)/.exec(customer?.getAttribute('href') ?? '')?.[1],
    }),
    lines,
    shipTo: addressFromLines(linesOf(elementAfterLabel(sidebar, labels.shippingAddress))),
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
      channelSku: VARIANT_ID.exec(link?.getAttribute('href') ?? '')?.[1] ?? skipRow('no variant link'),
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

/** Order-name links on the orders list and Available cells on inventory, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  for (const { row, cell } of tableRows(doc, selectors.table)) {
    const link = row.querySelector(selectors.orderLink);
    const name = text(link);
    if (link && name && ORDER_NAME.test(name)) anchors.push({ kind: 'order', externalId: name, anchor: link });
    const channelSku = VARIANT_ID.exec(row.querySelector(selectors.variantLink)?.getAttribute('href') ?? '')?.[1];
    const available = cell(labels.columns.available);
    if (channelSku && available) anchors.push({ kind: 'listing', channelSku, anchor: available });
  }
  return anchors;
}
