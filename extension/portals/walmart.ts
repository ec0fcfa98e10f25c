/**
 * Walmart Seller Center: Manage Orders (`/orders/manage-orders`; with
 * `?poNumber=` it shows one purchase order) and Manage Items
 * (`/items-and-inventory/manage-items`). No public selectors are known, so
 * this adapter reads ARIA table semantics only: rows, cells, and column
 * headers matched by their text. Orders are purchase orders (PO numbers);
 * each row is one PO line, and a PO's status follows from its lines' statuses.
 */
import { mapWalmartStatus } from '../../shared/status.js';
import type { CapturedOrder, ListingQuantity, PageKind, ParsedPage, RowAnchor } from './types.js';
import { elementAfterLabel, linesOf, nothingHere, readRows, skipRow, tableRows, text, textAt, type TableRow } from './dom.js';
import { readOrderRows, type OrderDraft, type OrderRowReader } from './rows.js';
import { pageKindOf, pageParam, type PageRoute } from './urls.js';
import { addressFromLines, moneyIn, parsePageInfo, parsePortalDate, quantityIn, withMissing } from './values.js';

export const id = 'walmart';

export const matches = ['https://seller.walmart.com/*'];

const ROUTES: readonly PageRoute[] = [
  ['orders', /^\/orders\/manage-orders\/?$/],
  ['listings', /^\/items-and-inventory\/manage-items\/?$/],
];

/** Every CSS selector this adapter uses: ARIA roles only. */
export const selectors = {
  table: {
    headers: '[role="table"] [role="columnheader"], [role="grid"] [role="columnheader"]',
    rows: '[role="table"] [role="row"], [role="grid"] [role="row"]',
    cells: '[role="cell"], [role="gridcell"]',
  },
  poLink: 'a',
  resultCount: '.results-count, [aria-live]',
  pagination: 'nav[aria-label="pagination"], nav[aria-label="Pagination"]',
  details: 'section[aria-label="Order details"], [role="region"][aria-label="Order details"]',
} as const;

/** Column headers as Seller Center prints them, with the spellings its exports use. */
export const labels = {
  columns: {
    po: ['PO #', 'PO#', 'PO Number', 'Purchase Order'], orderDate: ['Order Date'], shipBy: ['Ship By', 'Ship By Date'],
    customer: ['Customer Name', 'Customer'], item: ['Item Description', 'Item', 'Product Name'], sku: ['SKU'], itemId: ['Item ID'],
    quantity: ['Qty', 'Quantity'], unitPrice: ['Unit Price', 'Item Cost', 'Price'], total: ['Order Total'],
    status: ['Status', 'Line Status'], shipMethod: ['Ship Method', 'Shipping Method'], inventory: ['Inventory', 'Available'],
  },
  shipTo: ['Ship to', 'Shipping address'],
} as const;

const ORDER_EXPECTS = ['placedAt', 'shipBy', 'channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['sku', 'title', 'listedQuantity', 'price'];

const PO_NUMBER = /\b(\d{13,16})\b/;

/** Which Seller Center page `url` is; Manage Orders narrowed to one `poNumber` shows that order. */
export function pageKind(url: URL): PageKind | undefined {
  const kind = pageKindOf(url, matches, ROUTES);
  return kind === 'orders' && url.searchParams.has('poNumber') ? 'order' : kind;
}

const poOf = (cells: TableRow) => PO_NUMBER.exec(text(cells.cell(labels.columns.po)) ?? '')?.[1];

function poReader(): OrderRowReader<TableRow> {
  const lineStatuses = new Map<OrderDraft, string[]>();
  const cellText = (cells: TableRow, names: readonly string[]) => text(cells.cell(names));
  return {
    start(cells) {
      const externalId = poOf(cells);
      if (!externalId) {
        // Further lines of the PO above leave the PO cell empty.
        if (cellText(cells, labels.columns.po) !== undefined) skipRow('no PO number');
        return undefined;
      }
      const total = moneyIn(cellText(cells, labels.columns.total), 'USD');
      const customer = cellText(cells, labels.columns.customer);
      const draft: OrderDraft = {
        externalId,
        placedAt: parsePortalDate(cellText(cells, labels.columns.orderDate), 'mdy'),
        shipBy: parsePortalDate(cellText(cells, labels.columns.shipBy), 'mdy'),
        serviceLevel: cellText(cells, labels.columns.shipMethod),
        currency: total?.currency,
        total: total?.amount,
        buyer: customer ? { name: customer } : undefined,
        lines: [],
        unread: [],
      };
      lineStatuses.set(draft, []);
      return draft;
    },
    line(cells, order) {
      const status = cellText(cells, labels.columns.status);
      if (status) lineStatuses.get(order)?.push(status);
      const quantity = quantityIn(cellText(cells, labels.columns.quantity));
      if (quantity === undefined) {
        order.unread.push('lines.quantity');
        return undefined;
      }
      return {
        sku: cellText(cells, labels.columns.sku),
        channelSku: cellText(cells, labels.columns.itemId),
        title: cellText(cells, labels.columns.item),
        quantity,
        unitPrice: moneyIn(cellText(cells, labels.columns.unitPrice), 'USD')?.amount,
      };
    },
    finish(draft) {
      const statuses = lineStatuses.get(draft) ?? [];
      if (statuses.length === 0) return;
      const mapped = mapWalmartStatus(statuses);
      Object.assign(draft, { channelStatus: [...new Set(statuses)].join(', '), status: mapped?.status, paymentStatus: mapped?.paymentStatus });
    },
  };
}

/** POs on Manage Orders (one per PO, its lines folded in), or the one PO the URL names with its ship-to address. */
export function parseOrders(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind !== 'orders' && kind !== 'order') return nothingHere(`not a Walmart orders page: ${url.pathname}`);
  const warnings: string[] = [];
  const rows = tableRows(doc, selectors.table);
  if (rows.length === 0) warnings.push('no order rows on the page');
  let items = readOrderRows(rows, poReader(), ORDER_EXPECTS, warnings);
  const wanted = url.searchParams.get('poNumber');
  if (kind === 'order') {
    items = items.filter((o) => o.externalId === wanted);
    const shipTo = addressFromLines(linesOf(elementAfterLabel(doc.querySelector(selectors.details) ?? doc, labels.shipTo)));
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
  const rows = tableRows(doc, selectors.table);
  if (rows.length === 0) warnings.push('no item rows on the page');
  const items = readRows(rows, 'item row', warnings, (cells) => {
    const price = moneyIn(text(cells.cell(labels.columns.unitPrice)), 'USD');
    const listing = {
      channelSku: text(cells.cell(labels.columns.itemId)) ?? skipRow('no item id'),
      sku: text(cells.cell(labels.columns.sku)),
      title: text(cells.cell(labels.columns.item)),
      listedQuantity: quantityIn(text(cells.cell(labels.columns.inventory))),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings, page: parsePageInfo(textAt(doc, selectors.resultCount)) };
}

/** PO-number cells on Manage Orders and inventory cells on Manage Items, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  for (const cells of tableRows(doc, selectors.table)) {
    const externalId = poOf(cells);
    const poCell = cells.cell(labels.columns.po);
    if (externalId && poCell) anchors.push({ kind: 'order', externalId, anchor: poCell.querySelector(selectors.poLink) ?? poCell });
    const channelSku = text(cells.cell(labels.columns.itemId));
    const inventory = cells.cell(labels.columns.inventory);
    if (channelSku && inventory) anchors.push({ kind: 'listing', channelSku, anchor: inventory });
  }
  return anchors;
}
