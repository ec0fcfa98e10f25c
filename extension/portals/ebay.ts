/**
 * eBay Seller Hub: the orders grid (`/sh/ord/`), an order's details (now
 * `/mesh/ord/details?orderid=…`, formerly `/sh/ord/details?orderid=…`) and
 * active listings (`/sh/lst/active`), on eBay's US, UK, German, Australian
 * and Canadian sites. Pure parsing; selectors and labels are data below.
 * Items carry the eBay item number as `channelSku` and the seller's custom
 * label as `sku`. Order numbers come only from stable anchors (the row's
 * checkbox, its id, a details link's URL, the page's URL), never from text.
 */
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { all, linesOf, nothingHere, readRows, skipRow, startsWithLabel, tableRows, text, textAt, valueAfterLabel, type TableRow } from './dom.js';
import { parseOrderPage, type EbayReading } from './ebay-order-page.js';
import { ebayMoney, ebaySiteOf, itemNumberIn, orderIdIn, orderIdOfUrl, pageOfResults, statusOfText } from './ebay-values.js';
import { readOrderRows, unitPriceOf, type OrderRowReader } from './rows.js';
import { pageKindOf, pageParam, type PageRoute } from './urls.js';
import { addressFromLines, parsePortalDate, quantityIn, withMissing } from './values.js';

export const id = 'ebay';

/** eBay sites' hosts (see ebay-values.ts for their currencies and date orders). */
const HOSTS = ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.de', 'www.ebay.com.au', 'www.ebay.ca'] as const;

/** Seller Hub (`/sh/`) and the newer order pages (`/mesh/ord/`), on each site. */
export const matches = HOSTS.flatMap((host) => [`https://${host}/sh/*`, `https://${host}/mesh/ord/*`]);

const ROUTES: readonly PageRoute[] = [
  ['order', /^\/(?:sh|mesh)\/ord\/details\/?$/],
  ['orders', /^\/sh\/ord\/?$/],
  ['listings', /^\/sh\/lst\/active\/?$/],
];

/** Every CSS selector this adapter uses. */
export const selectors = {
  /** Listings, and the orders grid where no table holds order checkboxes (older grids). */
  grid: { headers: '#mainContent table > thead th', rows: '#mainContent table > tbody > tr', cells: 'td' },
  orders: {
    /** The orders table is the one whose rows hold these; the summary table above it holds none. */
    checkbox: ['input[data-testid="order-checkbox"]', 'input[id^="grid-table-bulk-checkbox"]', 'input[name^="grid-table-bulk-checkbox"]'],
    table: 'table',
    headers: 'thead th',
    headerTitle: '.th-title',
    rows: 'tbody > tr',
    cells: 'td, th',
    summaryRow: '.totalSummaryTableRow',
    /** An order row's id, `orderid_12-34567-89012__order-info`. */
    rowId: 'tr[id^="orderid_"][id$="__order-info"]',
  },
  detailsLink: ['a[href*="/mesh/ord/details"]', 'a[href*="/sh/ord/details"]'],
  orderLink: '.order-details a',
  orderDetails: '.order-details',
  status: ['.order-status .sh-bold', '.order-status'],
  buyerButtonParts: '.buyer-modal-trigger-wrapper button span',
  buyerName: '.buyer-name',
  buyerId: '.user-name',
  totalPrice: '.total-price',
  priceColumnTotal: 'td.price-column .total-price',
  itemLink: 'a[href*="/itm/"]',
  itemTitle: '.item-title',
  itemId: '.item-id',
  resultCount: ['.summary-h2 .summary-content', '.results-summary'],
  pagination: '.pagination',
  currentPage: 'ol.pagination__items [aria-current="page"]',
  detail: {
    orderId: '.order-info .info-item .info-value',
    orderInfo: '.order-info',
    address: '.shipping-info .shipping-address',
    shippingInfo: '.shipping-info',
    items: { headers: '.line-items table > thead th', rows: '.line-items table > tbody > tr', cells: 'td' },
  },
  /** The order page on `/mesh/ord/details`: label/value pairs in `dl`s, items as cards. */
  mesh: {
    page: '.sh-core-layout.vod-details',
    pairLabel: 'dt',
    items: '#itemInfo .lineItemCard',
    itemLink: ['.lineItemCardInfo__content .details a', 'a[href*="/itm/"]'],
    itemId: '.lineItemCardInfo__itemId',
    sku: '.lineItemCardInfo__sku',
    labelledValue: 'span.sh-secondary',
    quantity: '.quantity__value span.sh-bold',
    soldPrice: '.soldPrice__value',
    itemTotal: '.total__value',
    buyerPaid: '.payment-info .buyer-paid',
    total: '.payment-info .buyer-paid dl.total dd.amount',
    address: '.shipping-info .shipping-address .address',
    addressPart: 'button.tooltip__host',
    phone: '.shipping-info dl.phone dd',
    buyerLink: 'a[href*="/usr/"]',
  },
  /** The signed-in seller's profile link in eBay's global header (buyers' links are elsewhere on the page). */
  sellerLink: ['#gh a[href*="/usr/"]', '#gh-eb-u a[href*="/usr/"]'],
} as const;

/** Column headers and labels, as eBay's US, UK (dispatch, postage) and German sites print them. */
export const labels = {
  columns: {
    item: ['Item', 'Artikel'], quantity: ['Qty', 'Quantity', 'Menge', 'Anzahl'],
    soldFor: ['Sold for', 'Item price', 'Price', 'Verkauft für', 'Preis'], total: ['Total', 'Gesamt', 'Gesamtbetrag'],
    dateSold: ['Date sold', 'Verkaufsdatum'], shipBy: ['Ship by', 'Dispatch by', 'Ship by date', 'Dispatch by date', 'Versand bis'],
    status: ['Status'],
    sku: ['Custom label (SKU)', 'Custom label'], title: ['Title'], available: ['Available quantity', 'Available'], price: ['Current price', 'Price'],
  },
  itemNumber: ['Item number', 'Artikelnummer'],
  sku: ['Custom label (SKU)', 'Custom label', 'Eigene Artikelnummer (SKU)', 'Eigene Artikelnummer'],
  orderNumber: ['Order number', 'Bestellnummer'],
  dateSold: ['Date sold', 'Verkaufsdatum', 'Verkauft am'],
  buyer: ['Buyer', 'Käufer'],
  status: ['Order status', 'Bestellstatus'],
  shipBy: ['Dispatch by', 'Ship by', 'Versand bis', 'Versenden bis'],
  /** Status cells that say only when to ship: the order is paid and waiting ("Dispatch by 21 Sep"). */
  shipByStatus: ['Ship by', 'Dispatch by', 'Versand bis', 'Versenden bis'],
  service: ['Postage service', 'Shipping service', 'Versandservice'],
  total: ['Order total', 'Gesamtbetrag', 'Bestellsumme'],
  phone: ['Phone', 'Telefon'],
} as const;

/** What every read of an eBay page needs: its site, selectors and labels. */
function readingOf(url: URL): EbayReading {
  return { site: ebaySiteOf(url), selectors, labels };
}

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total', 'buyer.externalId', 'lines', 'lines.channelSku', 'lines.unitPrice'];
/** What an order's page shows beyond a grid row (the `/mesh` page's reader expects the same). */
export const DETAIL_EXPECTS = [...LIST_EXPECTS, 'shipBy', 'serviceLevel', 'buyer.name', 'shipTo'];
const LISTING_EXPECTS = ['title', 'listedQuantity', 'price'];

/** Which Seller Hub page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, ROUTES);
}

/** The first element under `root` matching one of `list`, tried in turn. */
function firstOf(root: ParentNode, list: readonly string[]): Element | undefined {
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/**
 * The table that holds the orders: the one whose body holds order
 * checkboxes (the summary table above it holds none), else, on older grids,
 * the one whose body links to order details, else the first.
 */
function ordersTable(doc: Document): Element | undefined {
  const tables = all(doc, selectors.orders.table);
  const holding = (list: readonly string[]) => tables.find((t) => list.some((s) => t.querySelector(`tbody ${s}`) !== null));
  return holding(selectors.orders.checkbox) ?? holding(selectors.detailsLink) ?? tables.find((t) => !t.querySelector(selectors.orders.summaryRow));
}

/** The orders table's body rows, cells found by their header's title (`.th-title`, without the sort button's words); summary rows left out. */
function orderRows(table: Element): TableRow[] {
  const columns = all(table, selectors.orders.headers).map((th) =>
    (textAt(th, selectors.orders.headerTitle) ?? th.getAttribute('aria-label') ?? text(th) ?? '').toLowerCase());
  const headerCells = new Set(all(table, selectors.orders.headers));
  return all(table, selectors.orders.rows).flatMap((row) => {
    if (row.matches(selectors.orders.summaryRow)) return [];
    const cells = Array.from(row.children).filter((c) => c.matches(selectors.orders.cells) && !headerCells.has(c));
    return cells.length === 0 ? [] : [{ row, cell: (names: readonly string[]) => cellUnder(cells, columns, names) }];
  });
}

function cellUnder(cells: readonly Element[], columns: readonly string[], names: readonly string[]): Element | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  let at = columns.findIndex((c) => wanted.includes(c));
  if (at < 0) at = columns.findIndex((c) => wanted.some((w) => c.startsWith(w)));
  return at < 0 ? undefined : cells[at];
}

/**
 * A grid row's order number, from its stable anchors only: the checkbox's
 * `data-ordernumber`, id or name, the row's id, the details link's
 * `orderid`. A row starts an order only when it holds a checkbox or a
 * details link (an item row below may carry its order's number in its id);
 * anchors that disagree make the row unreadable rather than a guess.
 */
function orderIdOfRow(row: Element): string | undefined {
  const box = firstOf(row, selectors.orders.checkbox);
  const links = selectors.detailsLink.flatMap((s) => all(row, s));
  if (!box && links.length === 0) {
    if (textAt(row, selectors.orderDetails) !== undefined) skipRow('no order number');
    return undefined;
  }
  const found = new Set<string>();
  const add = (id: string | undefined) => id && found.add(id);
  if (box) {
    add(orderIdIn(box.getAttribute('data-ordernumber')));
    add(orderIdIn(box.id));
    add(orderIdIn(box.getAttribute('name')));
  }
  if (row.matches(selectors.orders.rowId)) add(orderIdIn(row.id));
  for (const link of links) add(orderIdOfUrl(link.getAttribute('href')));
  if (found.size > 1) skipRow(`order numbers disagree: ${[...found].join(', ')}`);
  const [only] = found;
  return only ?? skipRow('no order number');
}

/** The buyer a grid row names: the buyer button's name and user id spans (newer grids), or their own elements (older). */
function buyerOfRow(row: Element): CapturedOrder['buyer'] {
  const parts = all(row, selectors.buyerButtonParts).map((span) => text(span));
  const fromBox = firstOf(row, selectors.orders.checkbox)?.getAttribute('data-buyer-id') ?? undefined;
  // Two spans, name then user id; with fewer, which one is shown is not known.
  const [name, userId] = parts.length >= 2 ? [parts[0], parts[1]?.replace(/^\((.*)\)$/, '$1')] : [undefined, undefined];
  const buyer = {
    name: name ?? textAt(row, selectors.buyerName),
    externalId: fromBox || userId || textAt(row, selectors.buyerId),
  };
  return buyer.name || buyer.externalId ? buyer : undefined;
}

/** The row's total: the `.total-price` under the Total column, else the one total price the row holds. */
function totalOfRow(cells: TableRow): string | undefined {
  const cell = cells.cell(labels.columns.total);
  if (cell) return textAt(cell, selectors.totalPrice) ?? text(cell);
  const prices = all(cells.row, selectors.priceColumnTotal);
  return prices.length === 1 ? text(prices[0]) : undefined;
}

/**
 * An order line from an item cell (title, item number, custom label) with the
 * row's quantity and price: the orders grid prints what the line sold for,
 * the old details page the price of one item. A cell with no item in it
 * (a note row's, a spacer's) is no line.
 */
export function itemLine(cells: TableRow, priced: 'per line' | 'per item', reading: EbayReading, unread: string[]): CapturedLine | undefined {
  const item = cells.cell(labels.columns.item);
  if (!item || text(item) === undefined) return undefined;
  const link = item.querySelector(selectors.itemLink);
  if (!link && !item.querySelector(selectors.itemTitle) && valueAfterLabel(item, labels.itemNumber) === undefined) return undefined;
  const quantity = quantityIn(text(cells.cell(labels.columns.quantity)));
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  const price = ebayMoney(text(cells.cell(labels.columns.soldFor)), reading.site)?.amount;
  return {
    sku: valueAfterLabel(item, labels.sku),
    channelSku: itemNumberIn(link?.getAttribute('href')) ?? itemNumberIn(valueAfterLabel(item, labels.itemNumber)),
    title: textAt(item, selectors.itemTitle) ?? text(link),
    quantity,
    unitPrice: priced === 'per line' ? unitPriceOf(price, quantity) : price,
  };
}

function gridReader(reading: EbayReading): OrderRowReader<TableRow> {
  const { dates } = reading.site;
  return {
    start(cells) {
      const externalId = orderIdOfRow(cells.row);
      if (!externalId) return undefined;
      const total = ebayMoney(totalOfRow(cells), reading.site);
      return {
        externalId,
        ...statusOfText(firstTextOf(cells.row, selectors.status) ?? text(cells.cell(labels.columns.status)), labels.shipByStatus),
        placedAt: parsePortalDate(text(cells.cell(labels.columns.dateSold)), dates),
        shipBy: parsePortalDate(text(cells.cell(labels.columns.shipBy)), dates),
        currency: total?.currency,
        total: total?.amount,
        buyer: buyerOfRow(cells.row),
        lines: [],
        unread: [],
      };
    },
    line: (cells, order) => itemLine(cells, 'per line', reading, order.unread),
  };
}

function firstTextOf(root: ParentNode, list: readonly string[]): string | undefined {
  return text(firstOf(root, list));
}

function parseOrderGrid(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const table = ordersTable(doc);
  const rows = table ? orderRows(table) : [];
  if (rows.length === 0) warnings.push('no order rows on the page');
  const items = readOrderRows(rows, gridReader(readingOf(url)), LIST_EXPECTS, warnings);
  const page = pageOfResults(firstTextOf(doc, selectors.resultCount), textAt(doc, selectors.pagination), textAt(doc, selectors.currentPage));
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

/** An order's details page of the older kind: `.order-info` label/value items, items in a table. */
function parseOldOrderPage(doc: Document, url: URL, reading: EbayReading): ParsedPage<CapturedOrder> {
  const { dates } = reading.site;
  const info = doc.querySelector(selectors.detail.orderInfo);
  const externalId = orderIdOfUrl(url.href);
  if (!info || !externalId) return nothingHere('no order details on the page');
  const printed = orderIdIn(textAt(doc, selectors.detail.orderId));
  if (printed !== undefined && printed !== externalId) return nothingHere(`the page shows order ${printed}, not ${externalId}`);
  const warnings: string[] = [];
  const unread: string[] = [];
  const lines = readRows(tableRows(doc, selectors.detail.items), 'item row', warnings, (cells) => itemLine(cells, 'per item', reading, unread));
  const shipping = doc.querySelector(selectors.detail.shippingInfo) ?? doc;
  const total = ebayMoney(valueAfterLabel(doc, labels.total), reading.site);
  const buyer = { name: textAt(info, selectors.buyerName), externalId: textAt(info, selectors.buyerId) };
  const order = {
    externalId,
    ...statusOfText(valueAfterLabel(info, labels.status), labels.shipByStatus),
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
  if (kind !== 'order') return nothingHere(`not an eBay orders page: ${url.pathname}`);
  // Which kind of order page it is, by what it holds: eBay has served both at both addresses.
  return doc.querySelector(selectors.mesh.page) ? parseOrderPage(doc, url, readingOf(url), DETAIL_EXPECTS) : parseOldOrderPage(doc, url, readingOf(url));
}

function itemNumberOf(cells: TableRow): string | undefined {
  return textAt(cells.row, selectors.itemId);
}

/** Active listings: item number, custom label, title, available quantity and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not an eBay listings page: ${url.pathname}`);
  const { site } = readingOf(url);
  const warnings: string[] = [];
  const rows = tableRows(doc, selectors.grid);
  if (rows.length === 0) warnings.push('no listing rows on the page');
  const items = readRows(rows, 'listing row', warnings, (cells) => {
    const price = ebayMoney(text(cells.cell(labels.columns.price)), site);
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
  const page = pageOfResults(firstTextOf(doc, selectors.resultCount));
  return Object.keys(page).length > 0 ? { items, warnings, page } : { items, warnings };
}

/**
 * Chip anchors: order-number links on the orders grid (numbered by their
 * rows' anchors), the order number on an order's page (when the page's URL
 * names the same order), and available-quantity cells on listings.
 */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  const seen = new Set<Element>();
  for (const link of all(doc, selectors.orderLink)) {
    const row = link.closest('tr') ?? link;
    let externalId: string | undefined;
    try {
      externalId = orderIdOfRow(row) ?? orderIdOfUrl(link.getAttribute('href'));
    } catch {
      continue;
    }
    if (externalId && !seen.has(link)) {
      seen.add(link);
      anchors.push({ kind: 'order', externalId, anchor: link });
    }
  }
  const detailsAnchor = orderPageAnchor(doc);
  if (detailsAnchor) anchors.push(detailsAnchor);
  for (const cells of tableRows(doc, selectors.grid)) {
    const channelSku = itemNumberOf(cells);
    const anchor = cells.cell(labels.columns.available);
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}

/** On an order's `/mesh` page: the printed order number, when the page's own URL names that order. */
function orderPageAnchor(doc: Document): RowAnchor | undefined {
  const page = doc.querySelector(selectors.mesh.page);
  if (!page) return undefined;
  const externalId = orderIdOfUrl(doc.URL);
  if (!externalId) return undefined;
  const wanted = labels.orderNumber.map((l) => l.toLowerCase());
  const label = all(page, selectors.mesh.pairLabel).find((dt) => wanted.includes((text(dt) ?? '').toLowerCase().replace(/\s*:$/, '')));
  const value = label?.nextElementSibling;
  return value && orderIdIn(text(value)) === externalId ? { kind: 'order', externalId, anchor: value } : undefined;
}

/**
 * Which of the seller's eBay accounts a page is: the eBay site (its host
 * without `www.`), and the seller's user id when eBay's header links to the
 * seller's profile.
 */
export function account(doc: Document, url: URL): PageAccount | undefined {
  if (!(HOSTS as readonly string[]).includes(url.hostname)) return undefined;
  const key = url.hostname.replace(/^www\./, '');
  const link = firstOf(doc, selectors.sellerLink);
  const userId = /\/usr\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return userId ? { key, name: decodeURIComponent(userId) } : { key };
}
