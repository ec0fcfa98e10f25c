/**
 * Amazon Seller Central: Manage Orders (`/orders-v3…`), an order's details
 * (`/orders-v3/order/{id}`, built from `kat-*` web components whose light DOM
 * is all we read) and Manage Inventory (`/myinventory/inventory`, legacy
 * `/inventory`). Pure parsing; selectors and labels are data below.
 */
import type { Money } from '../../shared/money.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageKind, ParsedPage, RowAnchor } from './types.js';
import {
  all, firstLine, firstTextAt, linesOf, nothingHere, readRows, shownRows, shownValue, skipRow, startsWithLabel, tableRows, text, textAt, valueAfterLabel, valueInLines,
  type ShownRow, type TableRow,
} from './dom.js';
import { readOrderRows, unitPriceOf, type OrderRowReader } from './rows.js';
import { pageKindOf, pageParam, type PageRoute } from './urls.js';
import {
  addressFromLines, moneyIn, parsePageInfo, parsePortalDate, quantityIn, rememberingByText, statusFields, withMissing, type NumericDateOrder,
} from './values.js';

export const id = 'amazon';

/** Seller Central hosts, with the currency a bare amount is in and how numeric dates are written. */
const HOSTS: Readonly<Record<string, { currency: string; dates: NumericDateOrder }>> = {
  'sellercentral.amazon.com': { currency: 'USD', dates: 'mdy' },
  'sellercentral-europe.amazon.com': { currency: 'EUR', dates: 'dmy' },
  'sellercentral.amazon.co.uk': { currency: 'GBP', dates: 'dmy' },
  'sellercentral.amazon.de': { currency: 'EUR', dates: 'dmy' },
  'sellercentral.amazon.fr': { currency: 'EUR', dates: 'dmy' },
  'sellercentral.amazon.it': { currency: 'EUR', dates: 'dmy' },
  'sellercentral.amazon.es': { currency: 'EUR', dates: 'dmy' },
};

export const matches = Object.keys(HOSTS).map((host) => `https://${host}/*`);

const ROUTES: readonly PageRoute[] = [
  ['order', /^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}\/?$/],
  ['orders', /^\/orders-v3(?:\/(?!order\/)[\w=.-]+)*\/?$/],
  ['listings', /^\/(?:myinventory\/inventory|inventory)\/?$/],
];

/** Every CSS selector this adapter uses. */
export const selectors = {
  orderRows: '#orders-table > tbody > tr',
  /** The attribute naming a Manage Orders cell, and the names of those read. */
  listCellName: 'data-test-id',
  listCells: { date: 'oth-order-date', details: 'oth-order-details', product: 'oth-product-info', option: 'oth-customer-option', status: 'oth-order-status' },
  orderLink: '.cell-body-title a',
  buyerName: '[data-test-id="buyer-name-with-link"]',
  status: '.main-status',
  orderCount: 'div.total-orders-heading > span',
  /** Tried in turn: one class at a time is looked up far faster than a selector list. */
  pagination: ['.myo-pagination', '.a-pagination'],
  loading: '#apploading',
  detail: {
    root: '#MYO-app',
    address: '[data-test-id="shipping-section-buyer-address"]',
    items: { headers: 'kat-table-head kat-table-cell', rows: 'kat-table-body > kat-table-row', cells: 'kat-table-cell' },
    itemTitle: 'a',
  },
  inventory: {
    table: { headers: '#inventory-table thead th', rows: '#inventory-table tbody > tr', cells: 'td' },
    title: 'a',
    count: '.inventory-count',
    pagination: '.pagination',
  },
} as const;

/** Labels printed before values, in the languages we have seen. */
export const labels = {
  sku: ['SKU'],
  asin: ['ASIN'],
  buyer: ['Buyer name', 'Käufername'],
  quantity: ['Quantity', 'Menge'],
  itemSubtotal: ['Item subtotal', 'Artikelzwischensumme'],
  shipBy: ['Ship by date', 'Ship by', 'Versand bis'],
  shippingService: ['Shipping service', 'Versandservice'],
  purchaseDate: ['Purchase date', 'Kaufdatum'],
  grandTotal: ['Grand total', 'Order total', 'Gesamtsumme'],
  columns: { product: ['Product name'], info: ['More information'], quantity: ['Quantity'], unitPrice: ['Unit price'] },
  inventory: { sku: ['SKU'], asin: ['ASIN'], title: ['Product name'], available: ['Available'], price: ['Price + Shipping', 'Price'] },
} as const;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice'];
const DETAIL_EXPECTS = [...LIST_EXPECTS, 'shipBy', 'serviceLevel', 'currency', 'total', 'buyer.name', 'shipTo'];
const LISTING_EXPECTS = ['sku', 'title', 'listedQuantity', 'price'];

const ORDER_ID = /(\d{3}-\d{7}-\d{7})/;
const hostOf = (url: URL) => HOSTS[url.hostname] ?? { currency: 'USD', dates: 'mdy' as const };

/** Which Seller Central page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, ROUTES);
}

type ListCell = (typeof selectors.listCells)[keyof typeof selectors.listCells];
type ListRow = ShownRow<ListCell>;

/** Every label a Manage Orders product cell prints: its first line is the title unless it is one of these. */
const PRODUCT_LABELS = [...labels.sku, ...labels.asin, ...labels.quantity, ...labels.itemSubtotal];

/** The item on a Manage Orders product cell, with `subtotal` its item subtotal: title, seller SKU, ASIN, quantity and unit price. */
function listLine(product: string, subtotal: Money | undefined, unread: string[]): CapturedLine | undefined {
  const quantity = quantityIn(valueInLines(product, labels.quantity));
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  const title = firstLine(product);
  return {
    sku: valueInLines(product, labels.sku),
    channelSku: valueInLines(product, labels.asin),
    title: title !== undefined && !startsWithLabel(title, PRODUCT_LABELS) ? title : undefined,
    quantity,
    unitPrice: unitPriceOf(subtotal?.amount, quantity),
  };
}

/**
 * Manage Orders rows, read as the page shows them, cell by cell: the order
 * cell prints the order number and then "Label: value" lines, as do the
 * product and customer option cells; the date cell prints how long ago,
 * the date and the time; the status cell the main status first.
 */
function listRowReader(url: URL): OrderRowReader<ListRow> {
  const { currency, dates } = hostOf(url);
  const dateOf = rememberingByText((t) => parsePortalDate(t, dates));
  const statusOf = rememberingByText((native) => statusFields('amazon', native));
  const cells = selectors.listCells;
  // A row's product cell gives its order's currency (start) and its item's price (line): read once.
  let lastProduct: string | undefined;
  let lastSubtotal: Money | undefined;
  const subtotalOf = (product: string) => {
    if (product !== lastProduct) [lastProduct, lastSubtotal] = [product, moneyIn(valueInLines(product, labels.itemSubtotal), currency)];
    return lastSubtotal;
  };
  return {
    // A row's reading depends on what it shows and on the host's currency and date order alone.
    remembered: `amazon list ${url.hostname}`,
    start(row) {
      const details = row.text(cells.details);
      const product = row.text(cells.product);
      const externalId = ORDER_ID.exec(details)?.[1];
      if (!externalId) {
        // An extra item of the order above sits in a row whose order cell is empty.
        if (details !== '' || product === '') skipRow('no order number');
        return undefined;
      }
      // The buyer's name follows its label; a row printing the name alone still links it.
      const buyer = valueInLines(details, labels.buyer) ?? textAt(row.row, selectors.buyerName);
      const option = row.text(cells.option);
      return {
        externalId,
        ...statusOf(firstLine(row.text(cells.status))),
        placedAt: dateOf(row.text(cells.date)),
        shipBy: dateOf(valueInLines(option, labels.shipBy)),
        serviceLevel: valueInLines(option, labels.shippingService),
        currency: subtotalOf(product)?.currency,
        buyer: buyer ? { name: buyer } : undefined,
        lines: [],
        unread: [],
      };
    },
    line(row, order) {
      const product = row.text(cells.product);
      return product !== '' ? listLine(product, subtotalOf(product), order.unread) : undefined;
    },
  };
}

function parseOrderList(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const rows = shownRows<ListCell>(doc, selectors.orderRows, selectors.listCellName);
  if (rows.length === 0) {
    warnings.push(doc.querySelector(selectors.loading) ? 'orders are still loading' : 'no order rows on the page');
  }
  const items = readOrderRows(rows, listRowReader(url), LIST_EXPECTS, warnings);
  const page = { ...parsePageInfo(textAt(doc, selectors.orderCount)), ...parsePageInfo(firstTextAt(doc, selectors.pagination)) };
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

function parseOrderDetail(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const { currency, dates } = hostOf(url);
  const externalId = ORDER_ID.exec(url.pathname)?.[1];
  const root = doc.querySelector(selectors.detail.root);
  if (!externalId || !root) return nothingHere('no order details on the page');
  const warnings: string[] = [];
  const unread: string[] = [];
  const lines = readRows(tableRows(root, selectors.detail.items), 'item row', warnings, ({ cell }) => {
    const quantity = quantityIn(text(cell(labels.columns.quantity)));
    if (quantity === undefined) return skipRow('no quantity');
    const product = cell(labels.columns.product);
    const info = cell(labels.columns.info) ?? product;
    return {
      sku: info ? valueAfterLabel(info, labels.sku) : undefined,
      channelSku: info ? valueAfterLabel(info, labels.asin) : undefined,
      title: product ? textAt(product, selectors.detail.itemTitle) ?? text(product) : undefined,
      quantity,
      unitPrice: moneyIn(text(cell(labels.columns.unitPrice)), currency)?.amount,
    };
  });
  if (lines.length === 0 && warnings.length > 0) unread.push('lines.quantity');
  const total = moneyIn(valueAfterLabel(root, labels.grandTotal), currency);
  const buyer = textAt(root, selectors.buyerName);
  const order: Omit<CapturedOrder, 'partial' | 'missing'> = {
    externalId,
    ...statusFields('amazon', textAt(root, selectors.status)),
    placedAt: parsePortalDate(valueAfterLabel(root, labels.purchaseDate), dates),
    shipBy: parsePortalDate(valueAfterLabel(root, labels.shipBy), dates),
    serviceLevel: valueAfterLabel(root, labels.shippingService),
    currency: total?.currency,
    total: total?.amount,
    buyer: buyer ? { name: buyer } : undefined,
    lines,
    shipTo: addressFromLines(linesOf(root.querySelector(selectors.detail.address))),
  };
  return { items: [withMissing(order, DETAIL_EXPECTS, unread)], warnings };
}

/** Orders on a Manage Orders page (one per order, extra item rows folded in) or on an order's details page. */
export function parseOrders(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind === 'orders') return parseOrderList(doc, url);
  if (kind === 'order') return parseOrderDetail(doc, url);
  return nothingHere(`not an Amazon orders page: ${url.pathname}`);
}

/** An inventory row's ASIN: its own column when the table has one, else printed under the title. */
function asinOf(row: Element, cell: TableRow['cell']): string | undefined {
  return text(cell(labels.inventory.asin)) ?? valueAfterLabel(row, labels.inventory.asin);
}

/** Listings on Manage Inventory: ASIN, seller SKU, title, available quantity and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not an Amazon inventory page: ${url.pathname}`);
  const { currency } = hostOf(url);
  const warnings: string[] = [];
  const rows = tableRows(doc, selectors.inventory.table);
  if (rows.length === 0) warnings.push('no inventory table on the page');
  const items = readRows(rows, 'inventory row', warnings, ({ row, cell }) => {
    const channelSku = asinOf(row, cell) ?? skipRow('no ASIN');
    const titleCell = cell(labels.inventory.title);
    const price = moneyIn(shownValue(cell(labels.inventory.price)), currency);
    const listing = {
      channelSku,
      sku: text(cell(labels.inventory.sku)),
      title: titleCell ? textAt(titleCell, selectors.inventory.title) : undefined,
      listedQuantity: quantityIn(shownValue(cell(labels.inventory.available))),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  const page = { ...parsePageInfo(textAt(doc, selectors.inventory.count)), ...parsePageInfo(textAt(doc, selectors.inventory.pagination)) };
  return { items, warnings, page };
}

/** Order-number links on Manage Orders and quantity cells on Manage Inventory, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  for (const link of all(doc, `${selectors.orderRows} ${selectors.orderLink}`)) {
    // An order number holds no spaces: the link's raw text is enough to find it in.
    const externalId = ORDER_ID.exec(link.textContent ?? '')?.[1];
    if (externalId) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  for (const { row, cell } of tableRows(doc, selectors.inventory.table)) {
    const channelSku = asinOf(row, cell);
    const anchor = cell(labels.inventory.available);
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}
