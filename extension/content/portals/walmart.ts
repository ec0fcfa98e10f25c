/**
 * Walmart Seller Center: Manage Orders (`/orders/manage-orders`; with
 * `?poNumber=` it shows one purchase order), the legacy order details page
 * (`/order-management/details?…&poNumber=…`) and Manage Items
 * (`/items-and-inventory/manage-items`). No public selectors are known and
 * live class names are hashed CSS modules (`Card-module_card__zeE7r`), so
 * this adapter reads table semantics only: ARIA or native rows and cells,
 * each table's cells found by its own column headers' texts (the export's
 * PO#, Order Date, Ship By, Customer Name, Qty, SKU, Item Cost, Status,
 * Shipping Method). Orders are purchase orders; each row is one PO line,
 * and a PO's status follows from its lines' statuses.
 *
 * Routes, selectors, labels and each field's strategies are the Walmart pack
 * (packs/walmart.json), read afresh on every read so a newer pack applies at once.
 * EXPERIMENTAL: no real page has confirmed this reading yet.
 */
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import type { Money } from '../../../shared/money.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { mapWalmartStatus } from '../../../shared/status.js';
import { all, elementAfterLabel, linesOf, nothingHere, readRows, skipRow, text, textAt } from './dom.js';
import walmartPack from './packs/walmart.json';
import { bundledPack, labelsOf, packFor, routesOf, selectorOf, strategiesOf } from './packs.js';
import { type OrderDraft, type OrderRowReader, readOrderRows } from './rows.js';
import { anyText, elementScope, fieldReader, viaOf, withVia } from './strategies.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { matchesPattern, pageKindOf, pageParam } from './urls.js';
import { addressFromLines, moneyIn, type PortalTime, parsePageInfo, placedFrom, portalTimeIn, quantityIn, withMissing } from './values.js';
import { allRowsDrawn, cellOf, fold, type GridRow, gridsOf, hasColumn } from './walmart-grid.js';

export const id = 'walmart';

/** Walmart reading is unconfirmed by a real page: the overlay says so beside what it reads (as the pack does). */
export const experimental = true;

export const matches = ['https://seller.walmart.com/*'];

/** The bundled pack's selectors, for the checks every adapter's selectors pass. */
export const selectors = bundledPack(walmartPack as PortalPack).selectors;

const ORDER_EXPECTS = ['placedAt', 'shipBy', 'channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['sku', 'title', 'listedQuantity', 'price'];

const PO_NUMBER = /\b(\d{13,16})\b/;
const poIn = (t: string) => PO_NUMBER.exec(t)?.[1];

type Read = ReturnType<typeof fieldReader>;

/** Which Seller Center page `url` is; Manage Orders narrowed to one `poNumber`, and the legacy details page, show that order. */
export function pageKind(url: URL): PageKind | undefined {
  const kind = pageKindOf(url, matches, routesOf(packFor('walmart')));
  if (kind === 'order') return url.searchParams.has('poNumber') ? 'order' : undefined;
  return kind === 'orders' && url.searchParams.has('poNumber') ? 'order' : kind;
}

/**
 * How Seller Center's values are read: dates month first, a time printed
 * without a zone (the seller's local time, which the page does not name) in
 * the channel's zone, else only its day; amounts in the channel's currency,
 * else in US dollars, the currency of the US Seller Center this adapter
 * matches. A bare "$" under a channel currency that is not a dollar is no amount.
 */
interface WalmartValues {
  time: (printed: string) => PortalTime | undefined;
  date: (printed: string) => string | undefined;
  money: (printed: string) => Money | undefined;
}

function walmartValues(locale: ChannelLocale | undefined): WalmartValues {
  const zone = locale?.timeZone ?? undefined;
  const currency = locale?.currency ?? 'USD';
  const time = (printed: string) => portalTimeIn(printed, 'mdy', zone);
  return { time, date: (printed) => time(printed)?.at, money: (printed) => moneyIn(printed, currency) };
}

const US_VALUES = walmartValues(undefined);

/** The pack's PO pattern over a link address, compiled once per pack. */
const hrefPatterns = new WeakMap<PortalPack, RegExp>();
function poInHref(pack: PortalPack, href: string): string | undefined {
  let re = hrefPatterns.get(pack);
  if (!re) hrefPatterns.set(pack, (re = new RegExp(pack.orderIds.href, 'u')));
  return re.exec(href)?.[1];
}

/**
 * The PO number a row's PO cell prints. When the cell also links to a PO,
 * both must agree: a row whose link and text disagree is not read.
 */
function poOf(pack: PortalPack, cells: GridRow, read: Read): string | undefined {
  const printed = read('row.po', cells.scope, poIn);
  const cell = cellOf(pack, 'row.po', cells);
  const linked = cell
    ? all(cell, selectorOf(pack, 'poLink'))
        .map((a) => poInHref(pack, a.getAttribute('href') ?? ''))
        .find((po) => po)
    : undefined;
  if (printed && linked && printed !== linked) skipRow(`PO number ${printed} and its link to ${linked} disagree`);
  return printed;
}

/** One PO line: its item, quantity and price; its status is kept apart, for the PO's status. */
function lineOf(cells: GridRow, read: Read, values: WalmartValues, unread: string[], statuses: string[]): CapturedLine | undefined {
  const status = read('line.status', cells.scope, anyText);
  if (status) statuses.push(status);
  const quantity = read('line.quantity', cells.scope, quantityIn);
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  // "Item Cost" may be a line's total: a unit price only for a line of one unit.
  const unitPrice = read('line.unitPrice', cells.scope, values.money) ?? (quantity === 1 ? read('line.cost', cells.scope, values.money) : undefined);
  return {
    sku: read('line.sku', cells.scope, anyText),
    channelSku: read('line.channelSku', cells.scope, anyText),
    title: read('line.title', cells.scope, anyText),
    quantity,
    unitPrice: unitPrice?.amount,
  };
}

/** Whether a PO's lines add up to its printed total: then none of them is missing. */
function addsUp(draft: OrderDraft): boolean {
  if (draft.total === undefined || draft.lines.length === 0) return false;
  let sum = 0;
  for (const line of draft.lines) {
    if (line.unitPrice === undefined) return false;
    sum += line.unitPrice * line.quantity;
  }
  return sum === draft.total;
}

/**
 * The PO's status from all its lines' statuses; a word it does not know
 * leaves the status unknown. When the PO's lines are not known to be all
 * (`complete` false: a line row not drawn yet, or on the next page) neither
 * its status nor its lines can be told: both are marked unread.
 */
function settleStatus(draft: OrderDraft, statuses: readonly string[], complete: boolean): void {
  if (!complete) {
    if (!draft.unread.includes('lines')) draft.unread.push('lines');
    return;
  }
  if (statuses.length === 0) return;
  const mapped = mapWalmartStatus(statuses);
  Object.assign(draft, { channelStatus: [...new Set(statuses)].join(', '), status: mapped?.status, paymentStatus: mapped?.paymentStatus });
}

function poReader(pack: PortalPack, values: WalmartValues): OrderRowReader<GridRow> {
  const lineStatuses = new Map<OrderDraft, string[]>();
  const byPo = new Map<string, OrderDraft>();
  const tableOf = new Map<OrderDraft, Element>();
  // POs whose rows another PO's row followed in their table: their lines are all drawn.
  const ended = new Set<OrderDraft>();
  let last: OrderDraft | undefined;
  // After a row that could not be read, further lines (PO cell empty) are not the PO above's: skipped too.
  let orphaned = false;
  const skip = (reason: string): never => {
    orphaned = true;
    last = undefined;
    return skipRow(reason);
  };
  return {
    start(cells) {
      if (cells.misaligned) skip('its cells do not line up with the column headers');
      const via: Record<string, number> = {};
      const read = fieldReader(pack.fields, via);
      let externalId: string | undefined;
      try {
        externalId = poOf(pack, cells, read);
      } catch (error) {
        skip(error instanceof Error ? error.message : String(error));
      }
      if (!externalId) {
        // Further lines of the PO above leave the PO cell empty.
        if (text(cellOf(pack, 'row.po', cells)) !== undefined) skip('no PO number');
        if (orphaned) skipRow('a further line of a PO row that could not be read');
        if (last && tableOf.get(last) !== cells.table) skipRow('a further line with no PO above it in its table');
        return undefined;
      }
      const seen = byPo.get(externalId);
      // Further lines of the PO above may repeat its number; apart from it, their line is lost and the PO says so.
      if (seen && seen === last) return undefined;
      if (last && tableOf.get(last) === cells.table) ended.add(last);
      if (seen) {
        seen.unread.push('lines');
        skip(`PO ${externalId} is split by other POs' rows`);
      }
      orphaned = false;
      const total = read('row.total', cells.scope, values.money);
      const customer = read('row.customer', cells.scope, anyText);
      const draft: OrderDraft = {
        externalId,
        ...placedFrom(read('row.placedAt', cells.scope, values.time)),
        shipBy: read('row.shipBy', cells.scope, values.date),
        serviceLevel: read('row.serviceLevel', cells.scope, anyText),
        currency: total?.currency,
        total: total?.amount,
        buyer: customer ? { name: customer } : undefined,
        lines: [],
        unread: [],
        via,
      };
      lineStatuses.set(draft, []);
      tableOf.set(draft, cells.table);
      byPo.set(externalId, draft);
      last = draft;
      return draft;
    },
    line(cells, order) {
      return lineOf(cells, fieldReader(pack.fields, (order.via ??= {})), values, order.unread, lineStatuses.get(order) ?? []);
    },
    finish(draft) {
      const table = tableOf.get(draft);
      const complete = ended.has(draft) || addsUp(draft) || (table !== undefined && allRowsDrawn(pack, table));
      settleStatus(draft, lineStatuses.get(draft) ?? [], complete);
    },
  };
}

/**
 * The ship-to address printed after its heading, within the order's details
 * when the page marks them; not taken when the panel around it names
 * another PO (a drawer still showing the PO opened before).
 */
function shipToOf(pack: PortalPack, doc: Document, po: string) {
  const block = elementAfterLabel(doc.querySelector(selectorOf(pack, 'details')) ?? doc, labelsOf(pack, 'shipTo'));
  if (!block) return undefined;
  const panel = block.closest(selectorOf(pack, 'shipToPanel'));
  const named = panel ? (`${panel.getAttribute('aria-label') ?? ''} ${panel.textContent ?? ''}`.match(/\b\d{13,16}\b/g) ?? []) : [];
  return named.some((other) => other !== po) ? undefined : addressFromLines(linesOf(block));
}

/**
 * The legacy details page: the PO the URL names, taken only when the page
 * prints that PO number; its fields from their labels, its lines from the
 * page's table of lines.
 */
function detailsOrder(pack: PortalPack, doc: Document, po: string, values: WalmartValues, warnings: string[]): CapturedOrder[] {
  const via: Record<string, number> = {};
  const read = fieldReader(pack.fields, via);
  const scope = elementScope(doc.body ?? doc.documentElement);
  const printed = read('details.po', scope, poIn);
  if (printed !== po) {
    warnings.push(printed ? `the page shows PO ${printed}, not PO ${po}` : `PO ${po} is not on the page`);
    return [];
  }
  const total = read('details.total', scope, values.money);
  const customer = read('details.customer', scope, anyText);
  const draft: OrderDraft = {
    externalId: po,
    ...placedFrom(read('details.placedAt', scope, values.time)),
    shipBy: read('details.shipBy', scope, values.date),
    serviceLevel: read('details.serviceLevel', scope, anyText),
    currency: total?.currency,
    total: total?.amount,
    buyer: customer ? { name: customer } : undefined,
    lines: [],
    unread: [],
  };
  const statuses: string[] = [];
  const tables = gridsOf(pack, doc).filter((grid) => hasColumn(pack, 'line.quantity', grid));
  // Two tables of quantities (lines and returns, say): which are this PO's lines cannot be told.
  if (tables.length > 1) {
    warnings.push('more than one table of lines on the page');
    draft.unread.push('lines');
  }
  const rows = tables.length === 1 ? tables[0]! : [];
  readRows(rows, 'line row', warnings, (cells) => {
    if (cells.misaligned) skipRow('its cells do not line up with the column headers');
    const line = lineOf(cells, read, values, draft.unread, statuses);
    if (line) draft.lines.push(line);
    return undefined;
  });
  settleStatus(draft, statuses, tables.length === 1 && (addsUp(draft) || allRowsDrawn(pack, tables[0]![0]!.table)));
  const shipTo = shipToOf(pack, doc, po);
  const { unread, ...order } = draft;
  return [withVia(withMissing(shipTo ? { ...order, shipTo } : order, ORDER_EXPECTS, unread), via)];
}

/**
 * POs on Manage Orders (one per PO, its lines folded in), the one PO the URL
 * names with its ship-to address, or the legacy details page's PO; times and
 * amounts read with the channel's zone and currency (`locale`) where set.
 */
export function parseOrders(doc: Document, url: URL, locale?: ChannelLocale): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind !== 'orders' && kind !== 'order') return nothingHere(`not a Walmart orders page: ${url.pathname}`);
  const pack = packFor('walmart');
  const values = locale ? walmartValues(locale) : US_VALUES;
  const warnings: string[] = [];
  const wanted = url.searchParams.get('poNumber');
  if (pageKindOf(url, matches, routesOf(pack)) === 'order') return { items: detailsOrder(pack, doc, wanted!, values, warnings), warnings, page: {} };
  // The tables that list POs: those with a PO column (a page may hold others).
  const rows = gridsOf(pack, doc)
    .filter((grid) => hasColumn(pack, 'row.po', grid))
    .flat();
  if (rows.length === 0) warnings.push('no order rows on the page');
  let items = readOrderRows(rows, poReader(pack, values), ORDER_EXPECTS, warnings);
  if (kind === 'order') {
    items = items.filter((o) => o.externalId === wanted);
    const shipTo = wanted ? shipToOf(pack, doc, wanted) : undefined;
    if (items[0] && shipTo) items[0] = withVia({ ...items[0], shipTo }, viaOf(items[0]));
    if (items.length === 0) warnings.push(`PO ${wanted} is not on the page`);
  }
  const page = { ...parsePageInfo(textAt(doc, selectorOf(pack, 'resultCount'))), ...parsePageInfo(textAt(doc, selectorOf(pack, 'pagination'))) };
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

/** Items on Manage Items: Walmart item id, SKU, name, inventory and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not a Walmart items page: ${url.pathname}`);
  const pack = packFor('walmart');
  const warnings: string[] = [];
  const rows = gridsOf(pack, doc).flat();
  if (rows.length === 0) warnings.push('no item rows on the page');
  const items = readRows(rows, 'item row', warnings, (cells) => {
    if (cells.misaligned) skipRow('its cells do not line up with the column headers');
    const via: Record<string, number> = {};
    const read = fieldReader(pack.fields, via);
    const price = read('listing.price', cells.scope, US_VALUES.money);
    const listing = {
      channelSku: read('listing.itemId', cells.scope, anyText) ?? skipRow('no item id'),
      sku: read('listing.sku', cells.scope, anyText),
      title: read('listing.title', cells.scope, anyText),
      listedQuantity: read('listing.inventory', cells.scope, quantityIn),
      price: price?.amount,
      currency: price?.currency,
    };
    return withVia(withMissing(listing, LISTING_EXPECTS), via);
  });
  return { items, warnings, page: parsePageInfo(textAt(doc, selectorOf(pack, 'resultCount'))) };
}

/** The first row of each PO (its PO cell's link or the cell), inventory cells on Manage Items, and the printed PO of a details page, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const pack = packFor('walmart');
  const anchors: RowAnchor[] = [];
  const anchored = new Set<string>();
  for (const cells of gridsOf(pack, doc).flat()) {
    if (cells.misaligned) continue;
    const read = fieldReader(pack.fields, {});
    let externalId: string | undefined;
    try {
      externalId = poOf(pack, cells, read);
    } catch {
      externalId = undefined; // link and text disagree: no chip
    }
    const poCell = cellOf(pack, 'row.po', cells);
    if (externalId && poCell && !anchored.has(externalId)) {
      anchored.add(externalId);
      anchors.push({ kind: 'order', externalId, anchor: poCell.querySelector(selectorOf(pack, 'poLink')) ?? poCell });
    }
    const channelSku = read('listing.itemId', cells.scope, anyText);
    const inventory = cellOf(pack, 'listing.inventory', cells);
    if (channelSku && inventory) anchors.push({ kind: 'listing', channelSku, anchor: inventory });
  }
  const printed = printedPo(pack, doc);
  if (printed && !anchored.has(printed.externalId)) anchors.push({ kind: 'order', ...printed });
  return anchors;
}

/** The PO number a details page prints after a "PO #" label of the pack (outside any table): the element holding exactly that number. */
function printedPo(pack: PortalPack, doc: Document): { externalId: string; anchor: Element } | undefined {
  const wanted = strategiesOf(pack, 'details.po').flatMap((s) => (s.by === 'label' ? s.labels.map(fold) : []));
  for (const label of all(doc, selectorOf(pack, 'printedLabels'))) {
    if (label.firstElementChild || label.closest(selectorOf(pack, 'tableRows')) || !wanted.includes(fold(label.textContent ?? ''))) continue;
    const value = label.nextElementSibling;
    const externalId = /^\d{13,16}$/.exec(text(value) ?? '')?.[0];
    if (value && externalId) return { externalId, anchor: value };
  }
  return undefined;
}

/**
 * The seller account the page belongs to, where Seller Center's header
 * prints it: the partner id (the key) and the seller's name; the name alone
 * (lowercased, as the key) when no id is printed; else unknown.
 */
export function account(doc: Document, url: URL): PageAccount | undefined {
  if (!matches.some((pattern) => matchesPattern(pattern, url))) return undefined;
  const pack = packFor('walmart');
  for (const area of all(doc, selectorOf(pack, 'accountArea'))) {
    const read = fieldReader(pack.fields, {});
    const scope = elementScope(area);
    const partnerId = read('account.partnerId', scope, (t) => /^\d{4,20}\b/.exec(t)?.[0]);
    const name = read('account.name', scope, anyText);
    if (partnerId) return name ? { key: partnerId, name } : { key: partnerId };
    if (name) return { key: name.toLowerCase(), name };
  }
  return undefined;
}
