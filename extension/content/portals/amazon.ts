/**
 * Amazon Seller Central: Manage Orders (`/orders-v3…`), an order's details
 * (`/orders-v3/order/{id}`: a `table.a-keyvalue` of items as live pages show
 * them, or `kat-*` web components whose light DOM is all we read) and Manage
 * Inventory (`/myinventory/inventory`, legacy `/inventory`). Pure parsing;
 * routes, selectors, labels and each field's strategies are the Amazon pack
 * (packs/amazon.json), read afresh on every read so a newer pack applies at once.
 */
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import type { Money } from '../../../shared/money.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import {
  firstElementAt,
  firstLine,
  firstTextAt,
  linesOf,
  nothingHere,
  readRows,
  type ShownRow,
  shownRows,
  shownValue,
  skipRow,
  startsWithLabel,
  type TableRow,
  tableRows,
  text,
  textAt,
  valueAfterLabel,
  valueInLines,
} from './dom.js';
import amazonPack from './packs/amazon.json';
import { bundledPack, labelsOf, packFor, routesOf, selectorOf, selectorsOf } from './packs.js';
import { type RememberedRowReader, readOrderRows, unitPriceOf } from './rows.js';
import { anyText, elementScope, fieldReader, readInto, type Scope, withVia } from './strategies.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { pageKindOf, pageParam } from './urls.js';
import { addressFromLines, moneyIn, type NumericDateOrder, parsePageInfo, placedFrom, portalTimeIn, quantityIn, rememberingByText, statusFields, withMissing } from './values.js';

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

/** The bundled pack's selectors, for the checks every adapter's selectors pass. */
export const selectors = bundledPack(amazonPack as PortalPack).selectors;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice'];
const DETAIL_EXPECTS = [...LIST_EXPECTS, 'shipBy', 'serviceLevel', 'currency', 'total', 'buyer.name', 'shipTo'];
const LISTING_EXPECTS = ['sku', 'title', 'listedQuantity', 'price'];

const ORDER_ID = /(\d{3}-\d{7}-\d{7})/;
const ORDER_ID_AT = /\d{3}-\d{7}-\d{7}/;
/** The order number in `t`: found by position (`search` builds no match array, read twice per row), then cut out. */
const orderIdIn = (t: string) => {
  const at = t.search(ORDER_ID_AT);
  return at < 0 ? undefined : t.slice(at, at + 19);
};
const hostOf = (url: URL) => HOSTS[url.hostname] ?? { currency: 'USD', dates: 'mdy' as const };

/** Which Seller Central page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, routesOf(packFor('amazon')));
}

/** The Amazon marketplace a page belongs to: one seller account per Seller Central host. */
export function account(_doc: Document, url: URL): PageAccount | undefined {
  return HOSTS[url.hostname] ? { key: url.hostname.replace(/^sellercentral[.-]/, '') } : undefined;
}

type ListRow = ShownRow<string>;

/** The item on a Manage Orders product cell, with `subtotal` its item subtotal: title, seller SKU, ASIN, quantity and unit price. */
function listLine(pack: PortalPack, product: string, subtotal: Money | undefined, unread: string[]): CapturedLine | undefined {
  const quantity = quantityIn(valueInLines(product, labelsOf(pack, 'quantity')));
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  const title = firstLine(product);
  // Amazon stocks by seller SKU (one ASIN may carry several offers): the SKU is the line's key, the ASIN its item id.
  const sellerSku = valueInLines(product, labelsOf(pack, 'sku'));
  return {
    sku: sellerSku,
    channelSku: sellerSku,
    channelItemId: valueInLines(product, labelsOf(pack, 'asin')),
    title: title !== undefined && !startsWithLabel(title, productLabels(pack)) ? title : undefined,
    quantity,
    unitPrice: unitPriceOf(subtotal?.amount, quantity),
  };
}

/** Every label a Manage Orders product cell prints: its first line is the title unless it is one of these. */
const productLabelLists = new WeakMap<PortalPack, string[]>();
function productLabels(pack: PortalPack): string[] {
  let list = productLabelLists.get(pack);
  if (!list) productLabelLists.set(pack, (list = ['sku', 'asin', 'quantity', 'itemSubtotal'].flatMap((n) => labelsOf(pack, n))));
  return list;
}

/**
 * A Manage Orders row as a scope for the pack's strategies: its cells by
 * name, its whole text as lines. One scope serves a whole read, moved from
 * row to row (`at`): a 500-row page would otherwise make 500 scopes.
 */
class RowScope implements Scope {
  private row: ListRow | undefined;
  private joined: string | undefined;

  constructor(private readonly cellName: string) {}

  /** Points the scope at `row`; returns it. */
  at(row: ListRow): this {
    if (this.row !== row) {
      this.row = row;
      this.joined = undefined;
    }
    return this;
  }

  get element(): Element {
    return this.row!.row;
  }

  part(name: string): string {
    return this.row!.text(name);
  }

  partElement(name: string): Element | undefined {
    return this.row!.row.querySelector(`:scope > [${this.cellName}="${name}"]`) ?? undefined;
  }

  lines(): string {
    this.joined ??= this.row!.lines();
    return this.joined;
  }
}

/**
 * Where the product cell's strategy is noted: nowhere. It is read for an
 * order and for each of its items, and only an order's own fields are counted.
 */
const UNCOUNTED: Record<string, number> = {};

/**
 * Manage Orders rows, read as the page shows them: each field by the pack's
 * strategies (the named cell first, then classes public readers of the live
 * page rely on, then labels over the whole row); the date cell prints how
 * long ago, the date and the time; the status cell the main status first.
 */
function listRowReader(url: URL, pack: PortalPack, zone: string | undefined): RememberedRowReader<ListRow> {
  const { currency, dates } = hostOf(url);
  // Ship-by dates repeat from row to row and are remembered by text; a placed time, to the minute, is each order's own.
  const placedAtOf = (t: string) => portalTimeIn(t, dates, zone);
  const dateOf = rememberingByText((t) => portalTimeIn(t, dates, zone)?.at);
  // Remembered by the status text as read (row after row prints the same): its first line is cut out once per text.
  const statusOf = rememberingByText((shown) => statusFields('amazon', firstLine(shown)));
  const cellName = selectorOf(pack, 'listCellName');
  const fields = pack.fields;
  // A row's product cell gives its order's currency (start) and its item's price (line): read once.
  let lastProduct: string | undefined;
  let lastSubtotal: Money | undefined;
  const subtotalOf = (product: string) => {
    if (product !== lastProduct) {
      lastProduct = product;
      lastSubtotal = moneyIn(valueInLines(product, labelsOf(pack, 'itemSubtotal')), currency);
    }
    return lastSubtotal;
  };
  // The product cell is read by start and again by line for the same row: once is enough.
  let productRow: ListRow | undefined;
  let product = '';
  const productOf = (at: RowScope, row: ListRow) => {
    if (productRow !== row) {
      productRow = row;
      product = readInto(fields, 'list.product', at, anyText, UNCOUNTED) ?? '';
    }
    return product;
  };
  const scope = new RowScope(cellName);
  return {
    // A row's reading depends on what it shows, the host's currency and date order, the channel's zone, and the pack.
    remembered: `amazon list ${url.hostname} ${zone ?? '-'} ${packStamp(pack)}`,
    start(row, via) {
      const at = scope.at(row);
      const externalId = readInto(fields, 'list.orderId', at, orderIdIn, via);
      if (!externalId) {
        // An extra item of the order above sits in a row whose order cell is empty.
        if (row.text('oth-order-details') !== '' || productOf(at, row) === '') skipRow('no order number');
        return undefined;
      }
      const product = productOf(at, row);
      const buyer = readInto(fields, 'list.buyer', at, anyText, via);
      const status = readInto(fields, 'list.status', at, statusOf, via);
      const placed = readInto(fields, 'list.placedAt', at, placedAtOf, via);
      // One literal with every field, no spreads: spreading into it grows the object a property at a time.
      return {
        externalId,
        channelStatus: status?.channelStatus,
        status: status?.status,
        paymentStatus: status?.paymentStatus,
        placedAt: placed?.at,
        placedAtPrecision: placed?.precision === 'day' ? 'day' : undefined,
        shipBy: readInto(fields, 'list.shipBy', at, dateOf, via),
        serviceLevel: readInto(fields, 'list.serviceLevel', at, anyText, via),
        currency: product !== '' ? subtotalOf(product)?.currency : undefined,
        buyer: buyer ? { name: buyer } : undefined,
        lines: [],
      };
    },
    line(row, unread) {
      const product = productOf(scope.at(row), row);
      return product !== '' ? listLine(pack, product, subtotalOf(product), unread) : undefined;
    },
  };
}

/** A stamp naming one pack object while it is in use, so rows read with another pack are read again. */
const stamps = new WeakMap<PortalPack, number>();
let stamped = 0;
function packStamp(pack: PortalPack): string {
  let stamp = stamps.get(pack);
  if (stamp === undefined) stamps.set(pack, (stamp = ++stamped));
  return `v${pack.version}#${stamp}`;
}

function parseOrderList(doc: Document, url: URL, pack: PortalPack, zone: string | undefined): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const cellName = selectorOf(pack, 'listCellName');
  let rows: ListRow[] = [];
  for (const rowSelector of selectorsOf(pack, 'orderRows')) {
    rows = shownRows<string>(doc, rowSelector, cellName);
    if (rows.length > 0) break;
  }
  if (rows.length === 0) {
    warnings.push(doc.querySelector(selectorOf(pack, 'loading')) ? 'orders are still loading' : 'no order rows on the page');
  }
  const items = readOrderRows(rows, listRowReader(url, pack, zone), LIST_EXPECTS, warnings);
  const page = { ...parsePageInfo(firstTextAt(doc, selectorsOf(pack, 'orderCount'))), ...parsePageInfo(firstTextAt(doc, selectorsOf(pack, 'pagination'))) };
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

/** The order page's items table: the first of the pack's table shapes that has rows. */
function detailItemRows(root: Element, pack: PortalPack): TableRow[] {
  const tables = selectorsOf(pack, 'detailItemTables');
  for (let i = 0; i < tables.length; i++) {
    const table = root.querySelector(tables[i]!);
    if (!table) continue;
    const pick = (name: string) => selectorsOf(pack, name)[i] ?? selectorsOf(pack, name)[0]!;
    const rows = tableRows(table, { headers: pick('detailItemHeaders'), rows: pick('detailItemRows'), cells: pick('detailItemCells') });
    if (rows.length > 0) return rows;
  }
  return [];
}

function parseOrderDetail(doc: Document, url: URL, pack: PortalPack, zone: string | undefined): ParsedPage<CapturedOrder> {
  const { currency, dates } = hostOf(url);
  const externalId = ORDER_ID.exec(url.pathname)?.[1];
  const root = doc.querySelector(selectorOf(pack, 'detailRoot'));
  if (!externalId || !root) return nothingHere('no order details on the page');
  const warnings: string[] = [];
  const unread: string[] = [];
  const label = (name: string) => labelsOf(pack, name);
  const lines = readRows(detailItemRows(root, pack), 'item row', warnings, ({ cell }) => {
    const quantity = quantityIn(text(cell(label('columnQuantity'))));
    if (quantity === undefined) return skipRow('no quantity');
    const product = cell(label('columnProduct'));
    const info = cell(label('columnInfo')) ?? product;
    const sellerSku = info ? valueAfterLabel(info, label('sku')) : undefined;
    return {
      sku: sellerSku,
      channelSku: sellerSku,
      channelItemId: info ? valueAfterLabel(info, label('asin')) : undefined,
      title: product ? (textAt(product, selectorOf(pack, 'detailItemTitle')) ?? text(product)) : undefined,
      quantity,
      unitPrice: moneyIn(text(cell(label('columnUnitPrice'))), currency)?.amount,
    };
  });
  if (lines.length === 0 && warnings.length > 0) unread.push('lines.quantity');
  // The page prints what its items come to: items that do not add up to it are not all the order's items.
  const itemsTotal = moneyIn(valueAfterLabel(root, label('itemsTotal')), currency)?.amount;
  const linesTotal = lines.reduce((sum, l) => (sum === undefined || l.unitPrice === undefined ? undefined : sum + l.unitPrice * l.quantity), 0 as number | undefined);
  if (itemsTotal !== undefined && linesTotal !== undefined && linesTotal !== itemsTotal && !unread.includes('lines')) unread.push('lines');
  const via: Record<string, number> = {};
  const read = fieldReader(pack.fields, via);
  const scope = elementScope(root);
  const timeOf = (t: string) => portalTimeIn(t, dates, zone);
  const dateOf = (t: string) => timeOf(t)?.at;
  const total = read('order.total', scope, (t) => moneyIn(t, currency));
  const buyer = read('order.buyer', scope, anyText);
  const order: Omit<CapturedOrder, 'partial' | 'missing'> = {
    externalId,
    ...statusFields(
      'amazon',
      read('order.status', scope, (t) => firstLine(t)),
    ),
    ...placedFrom(read('order.placedAt', scope, timeOf)),
    shipBy: read('order.shipBy', scope, dateOf),
    serviceLevel: read('order.serviceLevel', scope, anyText),
    currency: total?.currency,
    total: total?.amount,
    buyer: buyer ? { name: buyer } : undefined,
    lines,
    shipTo: addressFromLines(linesOf(firstElementAt(root, selectorsOf(pack, 'detailAddress')))),
  };
  return { items: [withVia(withMissing(order, DETAIL_EXPECTS, unread), via)], warnings };
}

/** Orders on a Manage Orders page (one per order, extra item rows folded in) or on an order's details page. */
export function parseOrders(doc: Document, url: URL, locale?: ChannelLocale): ParsedPage<CapturedOrder> {
  const pack = packFor('amazon');
  const kind = pageKind(url);
  // Amazon prices in the marketplace's own currency (by host): only the zone comes from the channel.
  const zone = locale?.timeZone ?? undefined;
  if (kind === 'orders') return parseOrderList(doc, url, pack, zone);
  if (kind === 'order') return parseOrderDetail(doc, url, pack, zone);
  return nothingHere(`not an Amazon orders page: ${url.pathname}`);
}

/** Manage Inventory's table, by the pack's selectors. */
const inventoryTable = (pack: PortalPack) => ({
  headers: selectorOf(pack, 'inventoryHeaders'),
  rows: selectorOf(pack, 'inventoryRows'),
  cells: selectorOf(pack, 'inventoryCells'),
});

/**
 * An inventory row's ASIN: its own column when the table has one, else
 * printed under the title, else after its label anywhere in the row. The
 * title cell is searched first: the row's other cells (checkbox, status,
 * image) then need not be read for it on every row.
 */
function asinOf(pack: PortalPack, row: Element, cell: TableRow['cell'], titleCell: Element | undefined): string | undefined {
  const labels = labelsOf(pack, 'inventoryAsin');
  return text(cell(labels)) ?? (titleCell ? valueAfterLabel(titleCell, labels) : undefined) ?? valueAfterLabel(row, labels);
}

/**
 * An inventory row's listing key: Amazon stocks by seller SKU (one ASIN can
 * carry several offers, each its own quantity). A row whose SKU cannot be
 * read has no key: its ASIN could name any of the offers.
 */
function listingKeyOf(pack: PortalPack, cell: TableRow['cell']): string | undefined {
  return text(cell(labelsOf(pack, 'inventorySku')));
}

/** Listings on Manage Inventory: keyed by seller SKU with the ASIN beside it, title, available quantity and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not an Amazon inventory page: ${url.pathname}`);
  const pack = packFor('amazon');
  const { currency } = hostOf(url);
  const warnings: string[] = [];
  const rows = tableRows(doc, inventoryTable(pack));
  if (rows.length === 0) warnings.push('no inventory table on the page');
  const items = readRows(rows, 'inventory row', warnings, ({ row, cell }) => {
    const titleCell = cell(labelsOf(pack, 'inventoryTitle'));
    const asin = asinOf(pack, row, cell, titleCell);
    const channelSku = listingKeyOf(pack, cell) ?? skipRow('no seller SKU');
    const price = moneyIn(shownValue(cell(labelsOf(pack, 'inventoryPrice'))), currency);
    const listing = {
      channelSku,
      sku: channelSku,
      itemId: asin,
      title: titleCell ? textAt(titleCell, selectorOf(pack, 'inventoryTitle')) : undefined,
      listedQuantity: quantityIn(shownValue(cell(labelsOf(pack, 'inventoryAvailable')))),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  const page = { ...parsePageInfo(textAt(doc, selectorOf(pack, 'inventoryCount'))), ...parsePageInfo(textAt(doc, selectorOf(pack, 'inventoryPagination'))) };
  return { items, warnings, page };
}

/** Order-number links on Manage Orders and quantity cells on Manage Inventory, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const pack = packFor('amazon');
  const anchors: RowAnchor[] = [];
  for (const selector of selectorsOf(pack, 'orderLink')) {
    const links = doc.querySelectorAll(selector);
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      // An order number holds no spaces: the link's raw text is enough to find it in.
      const externalId = orderIdIn(link.textContent ?? '') ?? orderIdIn(link.getAttribute('href') ?? '');
      if (externalId) anchors.push({ kind: 'order', externalId, anchor: link });
    }
    if (anchors.length > 0) break;
  }
  for (const { cell } of tableRows(doc, inventoryTable(pack))) {
    const channelSku = listingKeyOf(pack, cell);
    const anchor = cell(labelsOf(pack, 'inventoryAvailable'));
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}
