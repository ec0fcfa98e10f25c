/**
 * eBay Seller Hub: the orders grid (`/sh/ord/`), an order's page (now
 * `/mesh/ord/details?orderid=…`, formerly `/sh/ord/details?orderid=…`) and
 * active listings (`/sh/lst/active`), on eBay's US, UK, German, Australian
 * and Canadian sites. Pure parsing; routes, selectors, labels and each
 * field's strategies are the eBay pack (packs/ebay.json), read afresh on
 * every read so a newer pack applies at once. Items carry the eBay item
 * number as `channelSku` and the seller's custom label as `sku`. Order
 * numbers come only from stable anchors (the row's checkbox, its id, a
 * details link's address, the page's address), never from text.
 */
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { all, firstElementAt, nothingHere, readRows, skipRow, type TableRow, text, textAt, valueAfterLabel } from './dom.js';
import { pairValue, parseOldOrderPage, parseOrderPage } from './ebay-order-page.js';
import { type EbaySite, ebayMoney, ebaySiteOf, itemNumberIn, orderIdIn, orderIdOfUrl, pageOfResults, pagesOfRange, quantitySold, statusOfText } from './ebay-values.js';
import ebayPack from './packs/ebay.json';
import { bundledPack, labelsOf, packFor, routesOf, selectorOf, selectorsOf } from './packs.js';
import { linesOf } from './page-text.js';
import { type OrderRowReader, readOrderRows } from './rows.js';
import { anyText, fieldReader, readField, type Scope, withVia } from './strategies.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { pageKindOf, pageParam } from './urls.js';
import { placedFrom, portalTimeIn, quantityIn, withMissing } from './values.js';

export const id = 'ebay';

/** eBay sites' hosts (their currencies and date orders are in ebay-values.ts). */
const HOSTS = ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.de', 'www.ebay.com.au', 'www.ebay.ca'] as const;

/** Seller Hub (`/sh/`) and the newer order pages (`/mesh/ord/`), on each site. */
export const matches = HOSTS.flatMap((host) => [`https://${host}/sh/*`, `https://${host}/mesh/ord/*`]);

/** The bundled pack's selectors, for the checks every adapter's selectors pass. */
export const selectors = bundledPack(ebayPack as PortalPack).selectors;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total', 'buyer.externalId', 'lines', 'lines.channelSku', 'lines.unitPrice'];
/** What an order's page shows beyond a grid row. */
const DETAIL_EXPECTS = [...LIST_EXPECTS, 'shipBy', 'serviceLevel', 'buyer.name', 'shipTo'];
const LISTING_EXPECTS = ['title', 'listedQuantity', 'price'];

/** Which Seller Hub page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, routesOf(packFor('ebay')));
}

/**
 * The table that holds the orders: the one whose body holds order
 * checkboxes (the summary table holds none), else, on older grids, the one
 * whose body links to order details, else the first that is no summary.
 */
function ordersTable(doc: Document, pack: PortalPack): Element | undefined {
  const tables = all(doc, selectorOf(pack, 'ordersTable'));
  const holding = (list: readonly string[]) => tables.find((t) => list.some((s) => t.querySelector(`tbody ${s}`) !== null));
  const summary = selectorOf(pack, 'summaryRow');
  return holding(selectorsOf(pack, 'orderCheckbox')) ?? holding(selectorsOf(pack, 'detailsLink')) ?? tables.find((t) => !t.querySelector(summary));
}

/** A table row with its cells found by header words, as the pack's strategies see it. */
interface GridRow extends TableRow {
  scope: Scope;
}

/**
 * A table's body rows, cells found by their header's title (`.th-title`,
 * without the sort buttons' hidden words), summary rows left out. A row's
 * parts, for strategies narrowed with `in`, are its cells named by the
 * pack's column label lists (`columnItem`).
 */
function gridRows(root: ParentNode, pack: PortalPack, s: { headers: string; rows: string; cells: string }): GridRow[] {
  const headers = all(root, s.headers);
  const titleOf = selectorOf(pack, 'orderHeaderTitle');
  const columns = headers.map((th) => (textAt(th, titleOf) ?? th.getAttribute('aria-label') ?? text(th) ?? '').toLowerCase());
  const headerCells = new Set(headers);
  const summary = selectorOf(pack, 'summaryRow');
  return all(root, s.rows).flatMap((row) => {
    if (row.matches(summary)) return [];
    const cells = Array.from(row.children).filter((c) => c.matches(s.cells) && !headerCells.has(c));
    if (cells.length === 0) return [];
    const cell = (names: readonly string[]) => cellUnder(cells, columns, names);
    const partElement = (name: string) => (pack.labels[name] ? cell(labelsOf(pack, name)) : undefined);
    let lines: string | undefined;
    const scope: Scope = {
      element: row,
      part: (name) => linesOf(partElement(name)).join('\n'),
      partElement,
      column: cell,
      lines: () => (lines ??= linesOf(row).join('\n')),
      afterLabel: (labels) => valueAfterLabel(row, labels),
    };
    return [{ row, cell, scope }];
  });
}

function cellUnder(cells: readonly Element[], columns: readonly string[], names: readonly string[]): Element | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  let at = columns.findIndex((c) => wanted.includes(c));
  if (at < 0) at = columns.findIndex((c) => wanted.some((w) => c.startsWith(w)));
  return at < 0 ? undefined : cells[at];
}

/** An order number in an anchor's value: a details address's `orderid`, or a number inside an attribute. */
const orderIdOfAnchor = (value: string) => (/[?&]orderid=/i.test(value) ? orderIdOfUrl(value) : orderIdIn(value));

/**
 * A grid row's order number, by the pack's strategies (the checkbox's
 * number, id or name, then the details links), which all must agree with
 * each other and with the row's id. A row starts an order only when it
 * holds a checkbox or a details link: an item row below its order may carry
 * the order's number in its id. Undefined for such rows; throws for an
 * order row whose number cannot be read, or whose anchors disagree.
 */
function orderIdOfRow(row: GridRow, pack: PortalPack, via?: Record<string, number>): string | undefined {
  const holdsAnchor = firstElementAt(row.row, selectorsOf(pack, 'orderCheckbox')) ?? firstElementAt(row.row, selectorsOf(pack, 'detailsLink'));
  if (!holdsAnchor) {
    if (textAt(row.row, selectorOf(pack, 'orderDetails')) !== undefined) skipRow('no order number');
    return undefined;
  }
  const strategies = pack.fields['grid.orderId'] ?? [];
  const found = new Set<string>();
  let first: number | undefined;
  strategies.forEach((strategy, i) => {
    const id = readField([strategy], row.scope, orderIdOfAnchor)?.value;
    if (id === undefined) return;
    found.add(id);
    first ??= i;
  });
  if (row.row.matches(selectorOf(pack, 'orderRowId'))) {
    const fromRow = orderIdIn(row.row.id);
    if (fromRow) found.add(fromRow);
  }
  if (found.size > 1) skipRow(`order numbers disagree: ${[...found].join(', ')}`);
  const [only] = found;
  if (only === undefined || first === undefined) return skipRow('no order number');
  if (via) via['grid.orderId'] = first;
  return only;
}

/** A user id as the page prints it, without the brackets some buttons put round it. */
const userId = (t: string) => t.replace(/^\((.*)\)$/, '$1').trim() || undefined;

/**
 * An order line from a row's item cell (title, item number, custom label)
 * and its quantity and price columns: the old order page prints the price
 * of one item; the orders grid what it "sold for", which is a unit price
 * only for one item (see below). A row whose item cell holds no item (a
 * note row, a spacer) is no line.
 */
function itemLine(row: GridRow, pack: PortalPack, site: EbaySite, priced: 'sold for' | 'per item', unread: string[], via?: Record<string, number>): CapturedLine | undefined {
  const item = row.cell(labelsOf(pack, 'columnItem'));
  if (!item || text(item) === undefined) return undefined;
  const lineVia: Record<string, number> = {};
  const read = fieldReader(pack.fields, lineVia);
  const channelSku = read('line.channelSku', row.scope, itemNumberIn);
  const title = read('line.title', row.scope, anyText);
  if (channelSku === undefined && title === undefined) return undefined;
  const quantity = read('line.quantity', row.scope, quantitySold);
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  const price = read('line.price', row.scope, (t) => ebayMoney(t, site))?.amount;
  const line = {
    sku: read('line.sku', row.scope, anyText),
    channelSku,
    title,
    quantity,
    // Whether the grid's "Sold for" is one item's price or the line's (eBay's order report means one item's) is
    // not known: for several items it is no unit price; for one, both readings agree.
    unitPrice: priced === 'per item' || quantity === 1 ? price : undefined,
  };
  // An order's via names the strategies of its first line's fields.
  if (via) for (const [field, i] of Object.entries(lineVia)) via[field] ??= i;
  return line;
}

function gridReader(site: EbaySite, pack: PortalPack): OrderRowReader<GridRow> {
  const timeOf = (t: string) => portalTimeIn(t, site.dates, site.zone);
  const dateOf = (t: string) => timeOf(t)?.at;
  return {
    start(row) {
      const via: Record<string, number> = {};
      const externalId = orderIdOfRow(row, pack, via);
      if (!externalId) return undefined;
      const read = fieldReader(pack.fields, via);
      const total = read('grid.total', row.scope, (t) => ebayMoney(t, site));
      const buyer = { name: read('grid.buyerName', row.scope, anyText), externalId: read('grid.buyerId', row.scope, userId) };
      return {
        externalId,
        ...statusOfText(
          read('grid.status', row.scope, (t) => t.split('\n')[0]),
          labelsOf(pack, 'shipByStatus'),
        ),
        ...placedFrom(read('grid.placedAt', row.scope, timeOf)),
        shipBy: read('grid.shipBy', row.scope, dateOf),
        currency: total?.currency,
        total: total?.amount,
        buyer: buyer.name || buyer.externalId ? buyer : undefined,
        lines: [],
        unread: [],
        via,
      };
    },
    line: (row, order) => itemLine(row, pack, site, 'sold for', order.unread, order.via),
  };
}

function parseOrderGrid(doc: Document, url: URL, pack: PortalPack, site: EbaySite): ParsedPage<CapturedOrder> {
  const warnings: string[] = [];
  const table = ordersTable(doc, pack);
  const rows = table ? gridRows(table, pack, { headers: selectorOf(pack, 'orderHeaders'), rows: selectorOf(pack, 'orderRows'), cells: selectorOf(pack, 'orderCells') }) : [];
  if (rows.length === 0) warnings.push('no order rows on the page');
  const items = readOrderRows(rows, gridReader(site, pack), LIST_EXPECTS, warnings);
  const count = text(firstElementAt(doc, selectorsOf(pack, 'resultCount')));
  const page = pageOfResults(count, textAt(doc, selectorOf(pack, 'pagination')), textAt(doc, selectorOf(pack, 'currentPage')));
  page.current ??= pageParam(url);
  // Page health takes a printed count for this page's own only when the page says it is the only one.
  page.total ??= pagesOfRange(count, page.current);
  return { items, warnings, page };
}

/**
 * Orders on the Seller Hub orders grid (extra item rows folded into their
 * order) or an order's page; a time printed without a zone is read in the
 * channel's zone (`locale`), else only its day is kept.
 */
export function parseOrders(doc: Document, url: URL, locale?: ChannelLocale): ParsedPage<CapturedOrder> {
  const pack = packFor('ebay');
  const kind = pageKind(url);
  const site = ebaySiteOf(url, locale);
  if (kind === 'orders') return parseOrderGrid(doc, url, pack, site);
  if (kind !== 'order') return nothingHere(`not an eBay orders page: ${url.pathname}`);
  // Which kind of order page it is, by what it holds: eBay has served each at the other's address.
  if (doc.querySelector(selectorOf(pack, 'orderPage')) || doc.querySelector(selectorOf(pack, 'itemCards'))) return parseOrderPage(doc, url, pack, DETAIL_EXPECTS, site);
  const items = (root: ParentNode) => gridRows(root, pack, { headers: selectorOf(pack, 'oldItemHeaders'), rows: selectorOf(pack, 'oldItemRows'), cells: selectorOf(pack, 'oldItemCells') });
  return parseOldOrderPage(
    doc,
    url,
    pack,
    DETAIL_EXPECTS,
    (root, warnings, unread, via) => readRows(items(root), 'item row', warnings, (row) => itemLine(row, pack, site, 'per item', unread, via)),
    site,
  );
}

/** Active listings: item number, custom label, title, available quantity and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not an eBay listings page: ${url.pathname}`);
  const pack = packFor('ebay');
  const site = ebaySiteOf(url);
  const warnings: string[] = [];
  const rows = listingRows(doc, pack);
  if (rows.length === 0) warnings.push('no listing rows on the page');
  const items = readRows(rows, 'listing row', warnings, (row) => {
    const via: Record<string, number> = {};
    const read = fieldReader(pack.fields, via);
    const price = read('listing.price', row.scope, (t) => ebayMoney(t, site));
    const listing = {
      channelSku: read('listing.channelSku', row.scope, itemNumberIn) ?? skipRow('no item number'),
      sku: read('listing.sku', row.scope, anyText),
      title: read('listing.title', row.scope, anyText),
      listedQuantity: read('listing.available', row.scope, (t) => quantityIn(t)),
      price: price?.amount,
      currency: price?.currency,
    };
    return withVia(withMissing(listing, LISTING_EXPECTS), via);
  });
  const page = pageOfResults(text(firstElementAt(doc, selectorsOf(pack, 'resultCount'))));
  return Object.keys(page).length > 0 ? { items, warnings, page } : { items, warnings };
}

function listingRows(doc: Document, pack: PortalPack): GridRow[] {
  return gridRows(doc, pack, { headers: selectorOf(pack, 'listingHeaders'), rows: selectorOf(pack, 'listingRows'), cells: selectorOf(pack, 'listingCells') });
}

/**
 * Chip anchors: order-number links on the orders grid (numbered by their
 * rows' anchors), the order number on an order's page (when the page's own
 * address names that order), and available-quantity cells on listings.
 */
export function rowAnchors(doc: Document): RowAnchor[] {
  const pack = packFor('ebay');
  const anchors: RowAnchor[] = [];
  const table = ordersTable(doc, pack);
  const rows = table ? gridRows(table, pack, { headers: selectorOf(pack, 'orderHeaders'), rows: selectorOf(pack, 'orderRows'), cells: selectorOf(pack, 'orderCells') }) : [];
  for (const row of rows) {
    const link = row.row.querySelector(selectorOf(pack, 'orderLink'));
    if (!link) continue;
    let externalId: string | undefined;
    try {
      externalId = orderIdOfRow(row, pack);
    } catch {
      continue;
    }
    if (externalId) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  const onOrderPage = orderPageAnchor(doc, pack);
  if (onOrderPage) anchors.push(onOrderPage);
  for (const row of listingRows(doc, pack)) {
    const channelSku = readField(pack.fields['listing.channelSku'], row.scope, itemNumberIn)?.value;
    const anchor = row.cell(labelsOf(pack, 'columnAvailable'));
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}

/** On an order's `/mesh` page: the printed order number, when the page's own address names that order. */
function orderPageAnchor(doc: Document, pack: PortalPack): RowAnchor | undefined {
  const page = doc.querySelector(selectorOf(pack, 'orderPage'));
  const externalId = orderIdOfUrl(doc.URL);
  if (!page || !externalId) return undefined;
  const value = pairValue(page, labelsOf(pack, 'orderNumber'), selectorOf(pack, 'pairLabel'));
  return value && orderIdIn(text(value)) === externalId ? { kind: 'order', externalId, anchor: value } : undefined;
}

/**
 * Which of the seller's eBay accounts a page is: the eBay site (its host
 * without `www.`), and the seller's user id when eBay's header links to the
 * seller's profile (never a buyer's link in the page).
 */
export function account(doc: Document, url: URL): PageAccount | undefined {
  if (!(HOSTS as readonly string[]).includes(url.hostname)) return undefined;
  const key = url.hostname.replace(/^www\./, '');
  const link = firstElementAt(doc, selectorsOf(packFor('ebay'), 'sellerLink'));
  const user = /\/usr\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return user ? { key, name: decodeURIComponent(user) } : { key };
}
