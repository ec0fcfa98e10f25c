/**
 * Shopify admin: orders (`/store/{handle}/orders`), one order
 * (`/orders/{id}`), and variant quantities on Inventory
 * (`/products/inventory`) and a product's page (`/products/{id}`); also the
 * legacy `{shop}.myshopify.com/admin/…` paths. Polaris class names carry
 * hashed suffixes that change between releases, so this adapter leans on
 * link hrefs, ARIA roles, table headers, headings and visible words, and
 * matches classes only by their stable prefix. Routes, selectors, labels and
 * each field's strategies are the Shopify pack (packs/shopify.json), read
 * afresh on every read so a newer pack applies at once.
 * Orders are known by their name (`#1001`), as in Shopify's order export,
 * read only from a link to the order's own page.
 */
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { all, cellByHeader, columnsOf, linesOf, nothingHere, readRows, shownValue, skipRow, text, textWithout, valueAfterLabel } from './dom.js';
import shopifyPack from './packs/shopify.json';
import { bundledPack, labelsOf, orderIdPatterns, packFor, routesOf, selectorOf, selectorsOf } from './packs.js';
import { parseOrderPage } from './shopify-order-page.js';
import { isAmountLine, orderName, shown, soleAmount, statusBadgeWords, statusOf, variantIdOf, variantTitle } from './shopify-words.js';
import { anyText, fieldReader, type Scope, withVia } from './strategies.js';
import type { CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { matchesPattern, pageKindOf } from './urls.js';
import { inStoreCurrency, moneyIn, parsePortalDate, placedFrom, portalTimeIn, quantityIn, withMissing } from './values.js';

export const id = 'shopify';

export const matches = ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'];

/** The bundled pack's selectors, for the checks every adapter's selectors pass. */
export const selectors = bundledPack(shopifyPack as PortalPack).selectors;

const LIST_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total'];
const LISTING_EXPECTS = ['title', 'listedQuantity'];

/** Which admin page `url` is. */
export function pageKind(url: URL): PageKind | undefined {
  return pageKindOf(url, matches, routesOf(packFor('shopify')));
}

/**
 * The store the page belongs to: its handle (`admin.shopify.com/store/{handle}`
 * or `{handle}.myshopify.com`), and its name as the page title prints it
 * ("Orders · Acme Goods · Shopify").
 */
export function account(doc: Document, url: URL): PageAccount | undefined {
  if (!matches.some((p) => matchesPattern(p, url))) return undefined;
  const handle = url.hostname === 'admin.shopify.com' ? /^\/store\/([a-z0-9][a-z0-9-]*)(?:\/|$)/i.exec(url.pathname)?.[1] : /^([a-z0-9][a-z0-9-]*)\.myshopify\.com$/i.exec(url.hostname)?.[1];
  if (!handle) return undefined;
  const parts = (doc.title ?? '').split(' · ').map((p) => p.trim());
  const name = parts.length >= 3 && parts.at(-1) === 'Shopify' ? parts.at(-2) || undefined : undefined;
  return name ? { key: handle.toLowerCase(), name } : { key: handle.toLowerCase() };
}

/** The link to an order's own page in `root`: the pack's link selectors tried in turn, the href holding an order id. */
function orderLinkIn(pack: PortalPack, root: ParentNode): Element | undefined {
  const { href } = orderIdPatterns(pack);
  for (const selector of selectorsOf(pack, 'orderLink')) {
    for (const link of all(root, selector)) {
      href.lastIndex = 0;
      if (href.test(link.getAttribute('href') ?? '')) return link;
    }
  }
  return undefined;
}

/** One order row, with its cell under a column found by header text when the row's cells line up with the headers. */
interface OrderRow {
  row: Element;
  cell(names: readonly string[]): Element | undefined;
  /** Whether any cell can be named: rows that cannot are read from their text. */
  named: boolean;
}

const noCell = () => undefined;

/**
 * A grid's rows. Cells are found by header text only when a row has as many
 * cells as the grid has headers: a header row that lost or gained a cell
 * would otherwise put every value under the wrong name.
 */
function gridRows(root: ParentNode, grid: { headers: string; rows: string; cells: string }): OrderRow[] {
  const columns = columnsOf(all(root, grid.headers));
  return all(root, grid.rows).flatMap((row) => {
    const cells = Array.from(row.children).filter((c) => c.matches(grid.cells));
    if (cells.length === 0) return [];
    const named = columns.length === cells.length;
    return [{ row, named, cell: named ? (names: readonly string[]) => cellByHeader(cells, columns, names) : noCell }];
  });
}

/**
 * An IndexTable's rows, from the first layout whose rows `hold` what is
 * looked for (an order link, a variant link): a grid (ARIA roles, native
 * table, Polaris-Table rows by class prefix), else the condensed list.
 */
function indexRows(doc: Document, pack: PortalPack, hold: (row: Element) => boolean): OrderRow[] {
  const [headers, rows, cells] = [selectorsOf(pack, 'gridHeaders'), selectorsOf(pack, 'gridRows'), selectorsOf(pack, 'gridCells')];
  for (let i = 0; i < rows.length; i++) {
    const found = gridRows(doc, { headers: headers[i] ?? headers[0]!, rows: rows[i]!, cells: cells[i] ?? cells[0]! });
    if (found.some(({ row }) => hold(row))) return found;
  }
  const condensed = [...new Set(all(doc, selectorOf(pack, 'condensedRows')))];
  return condensed.some(hold) ? condensed.map((row) => ({ row, named: false, cell: noCell })) : [];
}

/** The orders list's rows, in whichever layout holds links to orders. */
const orderRows = (doc: Document, pack: PortalPack) => indexRows(doc, pack, (row) => orderLinkIn(pack, row) !== undefined);

/** Inventory's and a product page's variant rows, in whichever layout holds variant links. */
const variantRows = (doc: Document, pack: PortalPack) => {
  const variantLink = selectorOf(pack, 'variantLink');
  return indexRows(doc, pack, (row) => row.querySelector(variantLink) !== null);
};

/** The one value `read` finds among `lines`, or undefined when none or several different ones. */
function onlyOne<T>(lines: readonly string[], read: (line: string) => T | undefined): T | undefined {
  const found = [...new Set(lines.map(read).filter((v): v is T => v !== undefined))];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * An order row as a scope for the pack's strategies: its cells by column
 * header (without screen-reader words), its order link, its badges, and for
 * rows with no nameable cells the one date and the one amount its text
 * prints (none when it prints two: which would be which is a guess).
 */
function orderRowScope(pack: PortalPack, { row, cell, named }: OrderRow, link: Element | undefined): Scope {
  let lines: string[] | undefined;
  const rowLines = () => (lines ??= linesOf(row));
  const parts: Record<string, () => string | undefined> = {
    orderLink: () => (link ? textWithout(link, selectorOf(pack, 'visuallyHidden')) : undefined),
    badges: () => statusBadgeWords(pack, row).join('\n'),
    soleDate: () => (named ? undefined : onlyOne(rowLines(), (l) => (parsePortalDate(l) ? l : undefined))),
    soleAmount: () => (named ? undefined : onlyOne(rowLines(), (l) => (isAmountLine(l) ? l : undefined))),
  };
  return {
    element: row,
    part: (name) => parts[name]?.() ?? '',
    partElement: (name) => (name === 'orderLink' ? link : undefined),
    column: (headers) => shown(pack, cell(headers)),
    lines: () => rowLines().join('\n'),
  };
}

function parseOrderIndex(doc: Document, pack: PortalPack, locale: ChannelLocale | undefined): ParsedPage<CapturedOrder> {
  const zone = locale?.timeZone ?? undefined;
  const warnings: string[] = [];
  const rows = orderRows(doc, pack);
  if (rows.length === 0) warnings.push('no order rows on the page');
  const noCustomer = labelsOf(pack, 'noCustomer').map((l) => l.toLowerCase());
  const items = readRows(rows, 'order row', warnings, (orderRow) => {
    const link = orderLinkIn(pack, orderRow.row);
    const scope = orderRowScope(pack, orderRow, link);
    const via: Record<string, number> = {};
    const read = fieldReader(pack.fields, via);
    const externalId = (link && read('list.orderName', scope, orderName)) ?? skipRow('no order name');
    const total = read('list.total', scope, soleAmount);
    const customer = read('list.customer', scope, (t) => (noCustomer.includes(t.toLowerCase()) ? undefined : t));
    const columns = [read('list.payment', scope, anyText), read('list.fulfillment', scope, anyText)].filter((w): w is string => w !== undefined);
    // A row without nameable cells shows its status only as badges; one with them, only in its status columns.
    const words = columns.length > 0 || orderRow.named ? columns : (read('list.badges', scope, (t) => t.split('\n')) ?? []);
    const order = {
      externalId,
      ...statusOf(pack, words),
      ...placedFrom(read('list.placedAt', scope, (t) => portalTimeIn(t, undefined, zone))),
      serviceLevel: read('list.serviceLevel', scope, anyText),
      currency: total?.currency,
      total: total?.amount,
      buyer: customer ? { name: customer } : undefined,
      lines: [],
    };
    return withVia(withMissing(inStoreCurrency(order, locale), LIST_EXPECTS), via);
  });
  return { items, warnings };
}

/** Orders on the admin's orders list, or the one order on an order's page. */
export function parseOrders(doc: Document, url: URL, locale?: ChannelLocale): ParsedPage<CapturedOrder> {
  const pack = packFor('shopify');
  const kind = pageKind(url);
  if (kind === 'orders') return parseOrderIndex(doc, pack, locale);
  if (kind === 'order') return parseOrderPage(doc, pack, locale);
  return nothingHere(`not a Shopify orders page: ${url.pathname}`);
}

/** In a row without nameable cells, the value of the input the page labels (for screen readers) with one of the labels named `name`. */
function labelledInput(pack: PortalPack, row: Element, name: string): string | undefined {
  const wanted = labelsOf(pack, name).map((l) => l.toLowerCase());
  const input = all(row, 'input[aria-label]').find((el) => wanted.includes(el.getAttribute('aria-label')!.trim().toLowerCase()));
  return (input as HTMLInputElement | undefined)?.value.trim() || undefined;
}

/** Variant quantities on Inventory or a product's page: variant id, SKU, title, available (negative when oversold), price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not a Shopify inventory or product page: ${url.pathname}`);
  const pack = packFor('shopify');
  const warnings: string[] = [];
  const rows = variantRows(doc, pack);
  if (rows.length === 0) warnings.push('no variant rows on the page');
  const items = readRows(rows, 'variant row', warnings, ({ row, cell, named }) => {
    const link = row.querySelector(selectorOf(pack, 'variantLink'));
    const price = moneyIn(named ? shownValue(cell(labelsOf(pack, 'columnPrice'))) : labelledInput(pack, row, 'columnPrice'));
    const listing = {
      channelSku: variantIdOf(link) ?? skipRow('no variant link'),
      sku: named ? text(cell(labelsOf(pack, 'columnSku'))) : valueAfterLabel(row, labelsOf(pack, 'sku')),
      title: variantTitle(link),
      listedQuantity: quantityIn(named ? shownValue(cell(labelsOf(pack, 'columnAvailable'))) : labelledInput(pack, row, 'columnAvailable')),
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings };
}

/** Order-name links on the orders list (any layout) and Available cells on inventory, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const pack = packFor('shopify');
  const anchors: RowAnchor[] = [];
  for (const orderRow of orderRows(doc, pack)) {
    const link = orderLinkIn(pack, orderRow.row);
    const externalId = link && fieldReader(pack.fields, {})('list.orderName', orderRowScope(pack, orderRow, link), orderName);
    if (link && externalId) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  for (const { row, cell, named } of variantRows(doc, pack)) {
    if (orderLinkIn(pack, row)) continue;
    const link = row.querySelector(selectorOf(pack, 'variantLink'));
    const channelSku = variantIdOf(link);
    // Beside the Available cell; in a layout without nameable cells, beside the variant's link.
    const anchor = named ? cell(labelsOf(pack, 'columnAvailable')) : (link ?? undefined);
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}
