/**
 * eBay Seller Hub: the orders grid (`/sh/ord/`), an order's details
 * (`/sh/ord/details?orderid=…`) and active listings (`/sh/lst/active`), on
 * eBay's US, UK, German, Australian and Canadian sites. Pure parsing;
 * selectors and labels are data below. Items carry the eBay item number as
 * `channelSku` and the seller's custom label as `sku`.
 */
import type { CapturedLine, CapturedOrder, ListingQuantity, PageKind, ParsedPage, RowAnchor } from './types.js';
import { all, linesOf, nothingHere, readRows, skipRow, tableRows, text, textAt, valueAfterLabel, type TableRow } from './dom.js';
import { readOrderRows, unitPriceOf, type OrderRowReader } from './rows.js';
import { pageKindOf, pageParam, type PageRoute } from './urls.js';
import {
  addressFromLines, moneyIn, parsePageInfo, parsePortalDate, quantityIn, statusFields, withMissing, type NumericDateOrder,
} from './values.js';

export const id = 'ebay';

/** eBay sites, with the currency a bare amount is in and how numeric dates are written. */
const HOSTS: Readonly<Record<string, { currency: string; dates: NumericDateOrder }>> = {
  'www.ebay.com': { currency: 'USD', dates: 'mdy' },
  'www.ebay.co.uk': { currency: 'GBP', dates: 'dmy' },
  'www.ebay.de': { currency: 'EUR', dates: 'dmy' },
  'www.ebay.com.au': { currency: 'AUD', dates: 'dmy' },
  'www.ebay.ca': { currency: 'CAD', dates: 'mdy' },
};

export const matches = Object.keys(HOSTS).map((host) => `https://${host}/sh/*`);

const ROUTES: readonly PageRoute[] = [
  ['order', /^\/sh\/ord\/details\/?$/],
  ['orders', /^\/sh\/ord\/?$/],
  ['listings', /^\/sh\/lst\/active\/?$/],
];

/** Every CSS selector this adapter uses. */
export const selectors = {
  grid: { headers: '#mainContent table > thead th', rows: '#mainContent table > tbody > tr', cells: 'td' },
  orderLink: '.order-details a',
  buyerName: '.buyer-name',
  buyerId: '.user-name',
  itemTitle: '.item-title',
  itemId: '.item-id',
  resultCount: '.results-summary',
  pagination: '.pagination',
  detail: {
    orderId: '.order-info .info-item .info-value',
    orderInfo: '.order-info',
    address: '.shipping-info .shipping-address',
    shippingInfo: '.shipping-info',
    items: { headers: '.line-items table > thead th', rows: '.line-items table > tbody > tr', cells: 'td' },
  },
} as const;

/** Column headers and labels, as eBay's US and UK sites print them. */
export const labels = {
  columns: {
    item: ['Item'], quantity: ['Qty', 'Quantity'], soldFor: ['Sold for', 'Item price', 'Price'], total: ['Total'],
    dateSold: ['Date sold'], shipBy: ['Ship by', 'Dispatch by'], status: ['Status'],
    sku: ['Custom label (SKU)', 'Custom label'], title: ['Title'], available: ['Available quantity', 'Available'], price: ['Current price', 'Price'],
  },
  itemNumber: ['Item number'],
  sku: ['Custom label (SKU)', 'Custom label'],
  dateSold: ['Date sold'],
  status: ['Order status'],
  shipBy: ['Dispatch by', 'Ship by'],
  service: ['Postage service', 'Shipping service'],
  total: ['Order total'],
} as const;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total', 'buyer.externalId', 'lines', 'lines.channelSku', 'lines.unitPrice'];
const DETAIL_EXPECTS = [...LIST_EXPECTS, 'shipBy', 'serviceLevel', 'buyer.name', 'shipTo'];
const LISTING_EXPECTS = ['title', 'listedQuantity', 'price'];

const ORDER_ID = /\b(\d{2}-\d{5}-\d{5})\b/;
const hostOf = (url: URL) => HOSTS[url.hostname] ?? { currency: 'USD', dates: 'mdy' as const };

/** Which Seller Hub page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, ROUTES);
}

/**
 * An order line from an item cell (title, item number, custom label) with the
 * row's quantity and price: the orders grid prints what the line sold for,
 * the details page the price of one item.
 */
function itemLine(cells: TableRow, priced: 'per line' | 'per item', currency: string, unread: string[]): CapturedLine | undefined {
  const item = cells.cell(labels.columns.item);
  if (!item || text(item) === undefined) return undefined;
  const quantity = quantityIn(text(cells.cell(labels.columns.quantity)));
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  const price = moneyIn(text(cells.cell(labels.columns.soldFor)), currency)?.amount;
  return {
    sku: valueAfterLabel(item, labels.sku),
    channelSku: valueAfterLabel(item, labels.itemNumber),
    title: textAt(item, selectors.itemTitle),
    quantity,
    unitPrice: priced === 'per line' ? unitPriceOf(price, quantity) : price,
  };
}

function gridReader(url: URL): OrderRowReader<TableRow> {
  const { currency, dates } = hostOf(url);
  return {
    start(cells) {
      const externalId = ORDER_ID.exec(textAt(cells.row, selectors.orderLink) ?? '')?.[1];
      if (!externalId) {
        if (textAt(cells.row, '.order-details') !== undefined) skipRow('no order number');
        return undefined;
      }
      const total = moneyIn(text(cells.cell(labels.columns.total)), currency);
      const buyer = { name: textAt(cells.row, selectors.buyerName), externalId: textAt(cells.row, selectors.buyerId) };
      return {
        externalId,
        ...statusFields('ebay', text(cells.cell(labels.columns.status))),
        placedAt: parsePortalDate(text(cells.cell(labels.columns.dateSold)), dates),
        shipBy: parsePortalDate(text(cells.cell(labels.columns.shipBy)), dates),
        currency: total?.currency,
        total: total?.amount,
        buyer: buyer.name || buyer.externalId ? buyer : undefined,
        lines: [],
        unread: [],
      };
    },
    line: (cells, order) => itemLine(cells, 'per line', currency, order.unread),
  };
}

function parseOrderGrid(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const rows = tableRows(doc, selectors.grid);
  if (rows.length === 0) warnings.push('no order rows on the page');
  const items = readOrderRows(rows, gridReader(url), LIST_EXPECTS, warnings);
  const page = { ...parsePageInfo(textAt(doc, selectors.resultCount)), ...parsePageInfo(textAt(doc, selectors.pagination)) };
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

function parseOrderDetails(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const { currency, dates } = hostOf(url);
  const info = doc.querySelector(selectors.detail.orderInfo);
  const externalId = ORDER_ID.exec(url.searchParams.get('orderid') ?? textAt(doc, selectors.detail.orderId) ?? '')?.[1];
  if (!info || !externalId) return nothingHere('no order details on the page');
  const warnings: string[] = [];
  const unread: string[] = [];
  const lines = readRows(tableRows(doc, selectors.detail.items), 'item row', warnings, (cells) => itemLine(cells, 'per item', currency, unread));
  const shipping = doc.querySelector(selectors.detail.shippingInfo) ?? doc;
  const total = moneyIn(valueAfterLabel(doc, labels.total), currency);
  const buyer = { name: textAt(info, selectors.buyerName), externalId: textAt(info, selectors.buyerId) };
  const order = {
    externalId,
    ...statusFields('ebay', valueAfterLabel(info, labels.status)),
    placedAt: parsePortalDate(valueAfterLabel(info, labels.dateSold), dates),
    shipBy: parsePortalDate(valueAfterLabel(shipping, labels.shipBy), dates),
    serviceLevel: valueAfterLabel(shipping, labels.service),
    currency: total?.currency,
    total: total?.amount,
    buyer: buyer.name || buyer.externalId ? buyer : undefined,
    lines,
    shipTo: addressFromLines(linesOf(doc.querySelector(selectors.detail.address))),
  };
  return { items: [withMissing(order, DETAIL_EXPECTS, unread)], warnings };
}

/** Orders on the Seller Hub orders grid (extra item rows folded into their order) or an order's details page. */
export function parseOrders(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind === 'orders') return parseOrderGrid(doc, url);
  if (kind === 'order') return parseOrderDetails(doc, url);
  return nothingHere(`not an eBay orders page: ${url.pathname}`);
}

function itemNumberOf(cells: TableRow): string | undefined {
  return textAt(cells.row, selectors.itemId);
}

/** Active listings: item number, custom label, title, available quantity and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not an eBay listings page: ${url.pathname}`);
  const { currency } = hostOf(url);
  const warnings: string[] = [];
  const rows = tableRows(doc, selectors.grid);
  if (rows.length === 0) warnings.push('no listing rows on the page');
  const items = readRows(rows, 'listing row', warnings, (cells) => {
    const price = moneyIn(text(cells.cell(labels.columns.price)), currency);
    const listing = {
      channelSku: itemNumberOf(cells) ?? skipRow('no item number'),
      sku: text(cells.cell(labels.columns.sku)),
      title: textAt(cells.row, selectors.itemTitle),
      listedQuantity: quantityIn(text(cells.cell(labels.columns.available))),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings, page: parsePageInfo(textAt(doc, selectors.resultCount)) };
}

/** Order-number links on the orders grid and available-quantity cells on listings, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  for (const link of all(doc, selectors.orderLink)) {
    const externalId = ORDER_ID.exec(text(link) ?? '')?.[1];
    if (externalId) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  for (const cells of tableRows(doc, selectors.grid)) {
    const channelSku = itemNumberOf(cells);
    const anchor = cells.cell(labels.columns.available);
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}
