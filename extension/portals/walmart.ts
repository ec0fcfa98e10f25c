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
 * EXPERIMENTAL: no real page has confirmed this reading yet.
 */
import { mapWalmartStatus } from '../../shared/status.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { all, elementAfterLabel, linesOf, nothingHere, readRows, skipRow, text, textAt, valueAfterLabel } from './dom.js';
import { readOrderRows, type OrderDraft, type OrderRowReader } from './rows.js';
import { matchesPattern, pageKindOf, pageParam, type PageRoute } from './urls.js';
import { addressFromLines, moneyIn, parsePageInfo, parsePortalDate, quantityIn, withMissing } from './values.js';

export const id = 'walmart';

/** Walmart reading is unconfirmed by a real page: the overlay says so beside what it reads. */
export const experimental = true;

export const matches = ['https://seller.walmart.com/*'];

const ROUTES: readonly PageRoute[] = [
  ['orders', /^\/orders\/manage-orders\/?$/],
  ['order', /^\/order-management\/details\/?$/],
  ['listings', /^\/items-and-inventory\/manage-items\/?$/],
];

/** Every CSS selector this adapter uses: table semantics only, ARIA or native. */
export const selectors = {
  table: {
    roots: '[role="table"], [role="grid"], table',
    headers: '[role="columnheader"], thead th',
    rows: '[role="row"], tr',
    cells: '[role="cell"], [role="gridcell"], td',
  },
  /** What a header cell holds besides its name: icons, sort states, screen-reader hints. */
  headerNoise: 'svg, [aria-hidden="true"], .sr-only, [class*="srOnly"], [class*="visuallyHidden"], [class*="ScreenReader"]',
  poLink: 'a',
  resultCount: '.results-count, [aria-live]',
  pagination: 'nav[aria-label="pagination"], nav[aria-label="Pagination"]',
  details: 'section[aria-label="Order details"], [role="region"][aria-label="Order details"]',
  /** Where Seller Center prints whose account it is. */
  accountArea: 'header, [role="banner"], nav, [role="navigation"]',
} as const;

/** Column headers as Seller Center prints them, with the spellings its exports use. */
export const labels = {
  columns: {
    po: ['PO #', 'PO#', 'PO Number', 'Purchase Order', 'Purchase Order #'], orderDate: ['Order Date'], shipBy: ['Ship By', 'Ship By Date'],
    customer: ['Customer Name', 'Customer'], item: ['Item Description', 'Item', 'Product Name'], sku: ['SKU'], itemId: ['Item ID'],
    quantity: ['Qty', 'Quantity'], unitPrice: ['Unit Price', 'Price'], total: ['Order Total'],
    status: ['Status', 'Line Status'], shipMethod: ['Ship Method', 'Shipping Method'], inventory: ['Inventory', 'Available'],
  },
  /** The export's per-line cost: a unit price only when the line is of one unit (for more it may be the line's total). */
  lineCost: ['Item Cost'],
  shipTo: ['Ship to', 'Shipping address'],
  /** Label and value pairs on the legacy details page: whole names only ("Customer" would also find "Customer Order #"). */
  details: {
    po: ['PO #', 'PO#', 'PO Number', 'Purchase Order #'], orderDate: ['Order Date'], shipBy: ['Ship By', 'Ship By Date'],
    customer: ['Customer Name'], shipMethod: ['Shipping Method', 'Ship Method'], total: ['Order Total'],
  },
  partnerId: ['Partner ID', 'Seller ID'],
  sellerName: ['Seller Name', 'Partner Name', 'Display Name'],
} as const;

const ORDER_EXPECTS = ['placedAt', 'shipBy', 'channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['sku', 'title', 'listedQuantity', 'price'];

const PO_NUMBER = /\b(\d{13,16})\b/;
const PO_IN_HREF = /[?&]poNumber=(\d{13,16})(?:&|#|$)/;

/** A time of day printed with no zone: the seller's local time, which the page does not say. */
const LOCAL_TIME = /\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*$/;

/**
 * A date as Seller Center prints it, as the calendar day it names: a time
 * printed without a zone is dropped rather than read as UTC.
 */
function dateOf(printed: string | undefined): string | undefined {
  return parsePortalDate(printed?.replace(LOCAL_TIME, ''), 'mdy');
}

/** Which Seller Center page `url` is; Manage Orders narrowed to one `poNumber`, and the legacy details page, show that order. */
export function pageKind(url: URL): PageKind | undefined {
  const kind = pageKindOf(url, matches, ROUTES);
  if (kind === 'order') return url.searchParams.has('poNumber') ? 'order' : undefined;
  return kind === 'orders' && url.searchParams.has('poNumber') ? 'order' : kind;
}

/** One body row of a table, its cells found by its own table's column headers. */
interface GridRow {
  row: Element;
  /** More cells than the table has headers: which cell is whose cannot be told. */
  misaligned: boolean;
  cell(names: readonly string[]): Element | undefined;
  has(names: readonly string[]): boolean;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/\s+#/g, '#');

/** A header's name: its aria-label, else its text without icons, sort states and screen-reader hints. */
function headerName(header: Element): string {
  const label = header.getAttribute('aria-label');
  if (label) return fold(label);
  const copy = header.cloneNode(true) as Element;
  for (const noise of all(copy, selectors.headerNoise)) noise.remove();
  return fold(copy.textContent ?? '');
}

/**
 * Which column is named by one of `names`: a header reading exactly one of
 * them, else (for names of two words or more) the one header starting with
 * one. A one-word name is never matched by prefix: "Item" must not find "Item Cost".
 */
function columnOf(columns: readonly string[], names: readonly string[]): number {
  const wanted = names.map(fold);
  const exact = columns.findIndex((c) => wanted.includes(c));
  if (exact >= 0) return exact;
  const prefixed = columns.flatMap((c, i) => (wanted.some((w) => w.includes(' ') && c.startsWith(`${w} `)) ? [i] : []));
  return prefixed.length === 1 ? prefixed[0]! : -1;
}

/** The tables on the page (ARIA or native; not one inside another), each row with its cells found by that table's headers. */
function gridsOf(root: ParentNode): GridRow[][] {
  const s = selectors.table;
  const roots = all(root, s.roots).filter((t) => !t.parentElement?.closest(s.roots));
  return roots.map((table) => {
    const columns = all(table, s.headers).map(headerName);
    return all(table, s.rows).flatMap((row) => {
      let cells = Array.from(row.children).filter((c) => c.matches(s.cells));
      if (cells.length === 0) cells = all(row, s.cells).filter((c) => c.closest(s.rows) === row);
      if (cells.length === 0) return [];
      const cell = (names: readonly string[]) => {
        const at = columnOf(columns, names);
        return at < 0 ? undefined : cells[at];
      };
      return [{ row, misaligned: cells.length > columns.length, cell, has: (names: readonly string[]) => columnOf(columns, names) >= 0 }];
    });
  });
}

const cellText = (cells: GridRow, names: readonly string[]) => text(cells.cell(names));

/**
 * The PO number a row's PO cell prints. When the cell also links to a PO,
 * both must agree: a row whose link and text disagree is not read.
 */
function poOf(cells: GridRow): string | undefined {
  const cell = cells.cell(labels.columns.po);
  const printed = PO_NUMBER.exec(text(cell) ?? '')?.[1];
  const linked = cell ? all(cell, selectors.poLink).map((a) => PO_IN_HREF.exec(a.getAttribute('href') ?? '')?.[1]).find((po) => po) : undefined;
  if (printed && linked && printed !== linked) skipRow(`PO number ${printed} and its link to ${linked} disagree`);
  return printed;
}

/** One PO line: its item, quantity and price; its status is kept apart, for the PO's status. */
function lineOf(cells: GridRow, unread: string[], statuses: string[]): CapturedLine | undefined {
  const status = cellText(cells, labels.columns.status);
  if (status) statuses.push(status);
  const quantity = quantityIn(cellText(cells, labels.columns.quantity));
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  const unitPrice = moneyIn(cellText(cells, labels.columns.unitPrice), 'USD') ?? (quantity === 1 ? moneyIn(cellText(cells, labels.lineCost), 'USD') : undefined);
  return {
    sku: cellText(cells, labels.columns.sku),
    channelSku: cellText(cells, labels.columns.itemId),
    title: cellText(cells, labels.columns.item),
    quantity,
    unitPrice: unitPrice?.amount,
  };
}

/** The PO's status from all its lines' statuses; a word it does not know leaves the status unknown. */
function settleStatus(draft: OrderDraft, statuses: readonly string[]): void {
  if (statuses.length === 0) return;
  const mapped = mapWalmartStatus(statuses);
  Object.assign(draft, { channelStatus: [...new Set(statuses)].join(', '), status: mapped?.status, paymentStatus: mapped?.paymentStatus });
}

function poReader(): OrderRowReader<GridRow> {
  const lineStatuses = new Map<OrderDraft, string[]>();
  const byPo = new Map<string, OrderDraft>();
  let last: OrderDraft | undefined;
  return {
    start(cells) {
      if (cells.misaligned) skipRow('its cells do not line up with the column headers');
      const externalId = poOf(cells);
      if (!externalId) {
        // Further lines of the PO above leave the PO cell empty.
        if (cellText(cells, labels.columns.po) !== undefined) skipRow('no PO number');
        return undefined;
      }
      const seen = byPo.get(externalId);
      // Further lines of the PO above may repeat its number; apart from it, their line is lost and the PO says so.
      if (seen === last && seen) return undefined;
      if (seen) {
        seen.unread.push('lines');
        skipRow(`PO ${externalId} is split by other POs' rows`);
      }
      const total = moneyIn(cellText(cells, labels.columns.total), 'USD');
      const customer = cellText(cells, labels.columns.customer);
      const draft: OrderDraft = {
        externalId,
        placedAt: dateOf(cellText(cells, labels.columns.orderDate)),
        shipBy: dateOf(cellText(cells, labels.columns.shipBy)),
        serviceLevel: cellText(cells, labels.columns.shipMethod),
        currency: total?.currency,
        total: total?.amount,
        buyer: customer ? { name: customer } : undefined,
        lines: [],
        unread: [],
      };
      lineStatuses.set(draft, []);
      byPo.set(externalId, draft);
      last = draft;
      return draft;
    },
    line(cells, order) {
      return lineOf(cells, order.unread, lineStatuses.get(order) ?? []);
    },
    finish(draft) {
      settleStatus(draft, lineStatuses.get(draft) ?? []);
    },
  };
}

/** The tables of the page that list POs: those with a PO column (a page may hold others). */
const poRows = (doc: Document) => gridsOf(doc).filter((rows) => rows.some((r) => r.has(labels.columns.po))).flat();

/** The ship-to address printed after its heading, within the order's details when the page marks them. */
function shipToOf(doc: Document) {
  return addressFromLines(linesOf(elementAfterLabel(doc.querySelector(selectors.details) ?? doc, labels.shipTo)));
}

/**
 * The legacy details page: the PO the URL names, taken only when the page
 * prints that PO number; its fields from their labels, its lines from the
 * page's table of lines.
 */
function detailsOrder(doc: Document, po: string, warnings: string[]): CapturedOrder[] {
  const printed = PO_NUMBER.exec(valueAfterLabel(doc.body ?? doc, labels.details.po) ?? '')?.[1];
  if (printed !== po) {
    warnings.push(printed ? `the page shows PO ${printed}, not PO ${po}` : `PO ${po} is not on the page`);
    return [];
  }
  const field = (names: readonly string[]) => valueAfterLabel(doc.body ?? doc, names);
  const total = moneyIn(field(labels.details.total), 'USD');
  const customer = field(labels.details.customer);
  const draft: OrderDraft = {
    externalId: po,
    placedAt: dateOf(field(labels.details.orderDate)),
    shipBy: dateOf(field(labels.details.shipBy)),
    serviceLevel: field(labels.details.shipMethod),
    currency: total?.currency,
    total: total?.amount,
    buyer: customer ? { name: customer } : undefined,
    lines: [],
    unread: [],
  };
  const statuses: string[] = [];
  const rows = gridsOf(doc).filter((grid) => grid.some((r) => r.has(labels.columns.quantity))).flat();
  readRows(rows, 'line row', warnings, (cells) => {
    if (cells.misaligned) skipRow('its cells do not line up with the column headers');
    const line = lineOf(cells, draft.unread, statuses);
    if (line) draft.lines.push(line);
    return undefined;
  });
  settleStatus(draft, statuses);
  const shipTo = shipToOf(doc);
  const { unread, ...order } = draft;
  return [withMissing(shipTo ? { ...order, shipTo } : order, ORDER_EXPECTS, unread)];
}

/** POs on Manage Orders (one per PO, its lines folded in), the one PO the URL names with its ship-to address, or the legacy details page's PO. */
export function parseOrders(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind !== 'orders' && kind !== 'order') return nothingHere(`not a Walmart orders page: ${url.pathname}`);
  const warnings: string[] = [];
  const wanted = url.searchParams.get('poNumber');
  if (pageKindOf(url, matches, ROUTES) === 'order') return { items: detailsOrder(doc, wanted!, warnings), warnings, page: {} };
  const rows = poRows(doc);
  if (rows.length === 0) warnings.push('no order rows on the page');
  let items = readOrderRows(rows, poReader(), ORDER_EXPECTS, warnings);
  if (kind === 'order') {
    items = items.filter((o) => o.externalId === wanted);
    const shipTo = shipToOf(doc);
    if (items[0] && shipTo) items[0] = { ...items[0], shipTo };
    if (items.length === 0) warnings.push(`PO ${wanted} is not on the page`);
  }
  const page = { ...parsePageInfo(textAt(doc, selectors.resultCount)), ...parsePageInfo(textAt(doc, selectors.pagination)) };
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

/** Items on Manage Items: Walmart item id, SKU, name, inventory and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not a Walmart items page: ${url.pathname}`);
  const warnings: string[] = [];
  const rows = gridsOf(doc).flat();
  if (rows.length === 0) warnings.push('no item rows on the page');
  const items = readRows(rows, 'item row', warnings, (cells) => {
    if (cells.misaligned) skipRow('its cells do not line up with the column headers');
    const price = moneyIn(cellText(cells, labels.columns.unitPrice), 'USD');
    const listing = {
      channelSku: cellText(cells, labels.columns.itemId) ?? skipRow('no item id'),
      sku: cellText(cells, labels.columns.sku),
      title: cellText(cells, labels.columns.item),
      listedQuantity: quantityIn(cellText(cells, labels.columns.inventory)),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings, page: parsePageInfo(textAt(doc, selectors.resultCount)) };
}

/** The first row of each PO on Manage Orders (its PO cell) and inventory cells on Manage Items, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  const anchored = new Set<string>();
  for (const cells of gridsOf(doc).flat()) {
    if (cells.misaligned) continue;
    let externalId: string | undefined;
    try {
      externalId = poOf(cells);
    } catch {
      externalId = undefined;
    }
    const poCell = cells.cell(labels.columns.po);
    if (externalId && poCell && !anchored.has(externalId)) {
      anchored.add(externalId);
      anchors.push({ kind: 'order', externalId, anchor: poCell.querySelector(selectors.poLink) ?? poCell });
    }
    const channelSku = cellText(cells, labels.columns.itemId);
    const inventory = cells.cell(labels.columns.inventory);
    if (channelSku && inventory) anchors.push({ kind: 'listing', channelSku, anchor: inventory });
  }
  const printed = printedPo(doc);
  if (printed && !anchored.has(printed.externalId)) anchors.push({ kind: 'order', ...printed });
  return anchors;
}

/** The PO number a details page prints after its "PO #" label (outside any table): the element holding exactly that number. */
function printedPo(doc: Document): { externalId: string; anchor: Element } | undefined {
  const wanted = labels.details.po.map(fold);
  for (const label of all(doc, 'span, dt, div, th, label')) {
    if (label.closest(selectors.table.rows) || label.firstElementChild || !wanted.includes(fold(label.textContent ?? ''))) continue;
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
  for (const area of all(doc, selectors.accountArea)) {
    const partnerId = /^\d{4,20}\b/.exec(valueAfterLabel(area, labels.partnerId) ?? '')?.[0];
    const name = valueAfterLabel(area, labels.sellerName);
    if (partnerId) return name ? { key: partnerId, name } : { key: partnerId };
    if (name) return { key: name.toLowerCase(), name };
  }
  return undefined;
}
