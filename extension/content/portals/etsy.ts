/**
 * Etsy Shop Manager: sold orders (`/your/orders/sold`, `/new`, `/completed`,
 * and the seller's own order sections, `/your/orders/sold/<section id>`;
 * `?order_id=` opens one order's panel on the same page) and listings
 * (`/your/shops/me/tools/listings`). The live page draws each order as a row
 * `.panel-body-row.has-hover-state` under `section[aria-label="orders"]`;
 * older pages drew cards, found as the largest element around one order's
 * links. Order ids come from `order_id=` in link addresses only: the link's
 * text runs "#4172259915" into "1 item". A value the page does not label is
 * left unread rather than guessed. Items carry the Etsy listing id as
 * `channelSku` and the seller's SKU, when set, as `sku`.
 *
 * Routes, selectors, labels and each field's strategies are the Etsy pack
 * (packs/etsy.json), read afresh on every read so a newer pack applies at once.
 */
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import type { AddressInput } from '../../../shared/schemas/order.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { all, linesOf, nothingHere, readRows, skipRow, text, textAt, valueAfterLabel } from './dom.js';
import etsyPack from './packs/etsy.json';
import { bundledPack, labelsOf, packFor, routesOf, selectorOf } from './packs.js';
import { anyText, elementScope, fieldReader, withVia } from './strategies.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { matchesPattern, pageKindOf, pageParam } from './urls.js';
import { compact, countryCode, inStoreCurrency, moneyIn, type NumericDateOrder, parsePageInfo, parsePortalDate, placedFrom, portalTimeIn, quantityIn, statusFields, withMissing } from './values.js';

export const id = 'etsy';

export const matches = ['https://www.etsy.com/your/*'];

/** The bundled pack's selectors, for the checks every adapter's selectors pass. */
export const selectors = bundledPack(etsyPack as PortalPack).selectors;

const ORDER_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'shipTo', 'lines', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['title', 'listedQuantity', 'price'];

const LISTING_ID = /\/listings?\/(\d+)/;
const SHOP_NAME = /\/shop\/([A-Za-z0-9]{2,40})(?:[/?#]|$)/;
const WHOLE_NUMBER = /^\d{1,6}$/;
const ITEM_COUNT = /^(\d{1,4})\s+(?:items?|artikel|articles?|artículos?|articoli|artikelen)$/i;

type Read = ReturnType<typeof fieldReader>;

/** Which Shop Manager page `url` is; a sold-orders URL with `order_id` shows that one order. */
export function pageKind(url: URL): PageKind | undefined {
  const kind = pageKindOf(url, matches, routesOf(packFor('etsy')));
  return kind === 'orders' && url.searchParams.has('order_id') ? 'order' : kind;
}

/** "12 in stock" (group 1) or "Sold out" (group 2), by the pack's words, compiled once per pack. */
const stockPatterns = new WeakMap<PortalPack, RegExp>();
function stockPattern(pack: PortalPack): RegExp {
  let re = stockPatterns.get(pack);
  if (!re) {
    const words = (name: string) =>
      labelsOf(pack, name)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
        .join('|');
    stockPatterns.set(pack, (re = new RegExp(`(\\d[\\d,]*)\\s+(?:${words('inStock')})|(${words('soldOut')})`, 'iu')));
  }
  return re;
}

/** The pack's order-id pattern over a link address, compiled once per pack. */
const idPatterns = new WeakMap<PortalPack, RegExp>();
function orderIdIn(pack: PortalPack, href: string): string | undefined {
  let re = idPatterns.get(pack);
  if (!re) idPatterns.set(pack, (re = new RegExp(pack.orderIds.href, 'u')));
  return re.exec(href)?.[1];
}

/** The distinct order ids the links under `root` point at. */
function orderIdsUnder(pack: PortalPack, root: Element): Set<string> {
  const ids = new Set<string>();
  for (const link of all(root, selectorOf(pack, 'orderLink'))) {
    const found = orderIdIn(pack, link.getAttribute('href') ?? '');
    if (found) ids.add(found);
  }
  return ids;
}

/** An order and the element holding all it shows, with the link the overlay's chip goes beside. */
interface OrderBlock {
  externalId: string;
  card: Element;
  link: Element;
  via: Record<string, number>;
}

/**
 * The orders in the section: its live rows when it has them, else, on the
 * older card layout, the largest element around each order's links that
 * holds no other order's. A row with links to two orders is skipped: which
 * values are whose could not be told apart.
 */
function orderBlocks(pack: PortalPack, section: Element, warnings: string[]): OrderBlock[] {
  const rows = all(section, selectorOf(pack, 'orderRow'));
  if (rows.length > 0) {
    return readRows(rows, 'order row', warnings, (row) => {
      if (orderIdsUnder(pack, row).size > 1) skipRow('links to more than one order');
      const via: Record<string, number> = {};
      const externalId = fieldReader(pack.fields, via)('order.id', elementScope(row), (href) => orderIdIn(pack, href));
      if (!externalId) return undefined; // a header or spacer row
      const link = all(row, selectorOf(pack, 'orderLink')).find((a) => orderIdIn(pack, a.getAttribute('href') ?? '') === externalId) ?? row;
      return { externalId, card: row, link, via };
    });
  }
  const blocks = new Map<string, OrderBlock>();
  for (const link of all(section, selectorOf(pack, 'orderLink'))) {
    const externalId = orderIdIn(pack, link.getAttribute('href') ?? '');
    if (!externalId || blocks.has(externalId)) continue;
    let card = link;
    while (card.parentElement && card.parentElement !== section && onlyOrder(pack, card.parentElement, externalId)) card = card.parentElement;
    blocks.set(externalId, { externalId, card, link, via: {} });
  }
  return [...blocks.values()];
}

function onlyOrder(pack: PortalPack, el: Element, externalId: string): boolean {
  const ids = orderIdsUnder(pack, el);
  return ids.size === 1 && ids.has(externalId);
}

const isLabel = (el: Element | null, names: readonly string[]) => el !== null && names.some((n) => n.toLowerCase() === (text(el) ?? '').toLowerCase().replace(/:$/, ''));

/**
 * Items of an order on the live page: the largest element around each
 * quantity label (a span reading "Quantity" before a `span.strong`) that
 * holds no other. On the older layout, the list item around each listing link.
 */
function itemsOf(pack: PortalPack, card: Element): Element[] {
  const quantity = labelsOf(pack, 'quantity');
  const quantityLabels = all(card, selectorOf(pack, 'labelledValue'))
    .map((value) => value.previousElementSibling)
    .filter((label): label is Element => isLabel(label, quantity));
  if (quantityLabels.length === 0) {
    return Array.from(new Set(all(card, selectorOf(pack, 'itemLink')).map((a) => a.closest(selectorOf(pack, 'item')) ?? a.parentElement!)));
  }
  const holds = (el: Element) => quantityLabels.filter((l) => el.contains(l)).length;
  return quantityLabels.map((label) => {
    let item = label;
    while (item.parentElement && item.parentElement !== card && holds(item.parentElement) === 1) item = item.parentElement;
    return item;
  });
}

/** One item, each field by the pack's strategies; a quantity that is not a whole number drops the item. */
function itemLine(item: Element, read: Read, unread: string[]): CapturedLine | undefined {
  const scope = elementScope(item);
  const quantity = read('line.quantity', scope, (t) => (WHOLE_NUMBER.test(t) ? Number(t) : undefined));
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  return {
    sku: read('line.sku', scope, anyText),
    channelSku: read('line.channelSku', scope, (href) => LISTING_ID.exec(href)?.[1]),
    title: read('line.title', scope, anyText),
    quantity,
    // Only a labelled price: a bare amount beside an item may be the line's total.
    unitPrice: read('line.unitPrice', scope, (t) => moneyIn(t)?.amount),
  };
}

/** The structured address under `root` (read even when its panel is collapsed: it is in the page). */
function addressOf(pack: PortalPack, root: Element): AddressInput | undefined {
  const block = root.querySelector(selectorOf(pack, 'address'));
  if (!block) return undefined;
  const part = (name: string) => textAt(block, selectorOf(pack, name));
  return compact({
    name: part('addressName'),
    line1: part('addressLine1'),
    line2: part('addressLine2'),
    city: part('addressCity'),
    region: part('addressRegion'),
    postalCode: part('addressPostalCode'),
    country: countryCode(part('addressCountry')),
  });
}

/**
 * The open order's panel: the element around a "Ship to" heading that
 * names that order (a link to it, or its number) and no other, so that a
 * panel still showing another order is not read.
 */
function orderPanel(pack: PortalPack, doc: Document, externalId: string): Element | undefined {
  const shipTo = labelsOf(pack, 'shipTo');
  const number = new RegExp(`#${externalId}(?!\\d)`);
  for (const heading of all(doc, selectorOf(pack, 'panelHeading'))) {
    if (!isLabel(heading, shipTo)) continue;
    let panel: Element | null = heading.parentElement;
    while (panel && panel.localName !== 'body' && !orderIdsUnder(pack, panel).has(externalId) && !number.test(panel.textContent ?? '')) {
      panel = panel.parentElement;
    }
    if (!panel || panel.localName === 'body' || panel.closest(selectorOf(pack, 'orders'))) continue;
    const ids = orderIdsUnder(pack, panel);
    if (ids.size > 1 || (ids.size === 1 && !ids.has(externalId))) continue;
    return panel;
  }
  return undefined;
}

/** What the open order's panel adds to its row: the address, shipping method and order total the row does not print. */
function withPanel(pack: PortalPack, order: CapturedOrder, panel: Element, via: Record<string, number>): CapturedOrder {
  const read = fieldReader(pack.fields, via);
  const scope = elementScope(panel);
  const total = order.total === undefined ? read('panel.total', scope, (t) => moneyIn(t)) : undefined;
  const added = {
    ...order,
    serviceLevel: order.serviceLevel ?? read('panel.serviceLevel', scope, anyText),
    currency: total ? total.currency : order.currency,
    total: total ? total.amount : order.total,
    shipTo: order.shipTo ?? addressOf(pack, panel),
  };
  return withVia(
    withMissing(
      added,
      ORDER_EXPECTS,
      order.missing.filter((m) => m.startsWith('lines.')),
    ),
    via,
  );
}

/**
 * How the page writes all-numeric dates: month first only in US English
 * (and on pages that do not say their language, as older pages did not);
 * elsewhere an ambiguous "03/04/2026" is left unread rather than guessed.
 */
function numericDatesOf(doc: Document): NumericDateOrder | undefined {
  const lang = doc.documentElement.getAttribute('lang')?.toLowerCase() ?? '';
  return lang === '' || lang === 'en' || lang === 'en-us' ? 'mdy' : undefined;
}

function orderOf(pack: PortalPack, { card, externalId, via }: OrderBlock, dates: NumericDateOrder | undefined, zone: string | undefined): CapturedOrder {
  const unread: string[] = [];
  const read = fieldReader(pack.fields, via);
  const scope = elementScope(card);
  const dateOf = (t: string) => parsePortalDate(t, dates, zone);
  const total = read('order.total', scope, (t) => moneyIn(t));
  const order = {
    externalId,
    ...statusFields('etsy', read('order.status', scope, anyText)),
    ...placedFrom(read('order.placedAt', scope, (t) => portalTimeIn(t, dates, zone))),
    shipBy: read('order.shipBy', scope, dateOf),
    serviceLevel: read('order.serviceLevel', scope, anyText),
    currency: total?.currency,
    total: total?.amount,
    buyer: compact({
      name: read('order.buyer', scope, anyText),
      externalId: read('order.buyerId', scope, (href) => /\/people\/([^/?#]+)/.exec(href)?.[1]),
    }),
    lines: itemsOf(pack, card)
      .map((item) => itemLine(item, read, unread))
      .filter((l): l is CapturedLine => l !== undefined),
    shipTo: addressOf(pack, card),
  };
  // The row prints how many items the order has ("3 items"): lines that do not come to it are not all there.
  const count = read('order.itemCount', scope, (t) => quantityIn(ITEM_COUNT.exec(t)?.[1]));
  const quantities = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  if (count !== undefined && count !== quantities && count !== order.lines.length) unread.push('lines');
  return withVia(withMissing(order, ORDER_EXPECTS, unread), via);
}

/** Orders on the sold-orders page, or just the one `order_id` names when its panel is open. */
export function parseOrders(doc: Document, url: URL, locale?: ChannelLocale): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind !== 'orders' && kind !== 'order') return nothingHere(`not an Etsy orders page: ${url.pathname}`);
  const pack = packFor('etsy');
  const section = doc.querySelector(selectorOf(pack, 'orders'));
  if (!section) return nothingHere('no orders section on the page');
  const warnings: string[] = [];
  const wanted = url.searchParams.get('order_id');
  const shown = orderBlocks(pack, section, warnings).filter((b) => !wanted || b.externalId === wanted);
  const dates = numericDatesOf(doc);
  const items = readRows(shown, 'order', warnings, (block) => orderOf(pack, block, dates, locale?.timeZone ?? undefined));
  const panel = wanted && items[0] ? orderPanel(pack, doc, wanted) : undefined;
  if (panel) items[0] = withPanel(pack, items[0]!, panel, shown[0]!.via);
  for (const item of items) inStoreCurrency(item, locale);
  if (shown.length === 0) warnings.push(wanted ? `order ${wanted} is not on the page` : 'no orders on the page');
  const page = { ...parsePageInfo(textAt(doc, selectorOf(pack, 'orderCount'))), ...parsePageInfo(textAt(doc, selectorOf(pack, 'pagination'))) };
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

function listingIdOf(pack: PortalPack, card: Element): string | undefined {
  return LISTING_ID.exec(card.querySelector(selectorOf(pack, 'listingLink'))?.getAttribute('href') ?? '')?.[1];
}

/** Listings in Listings Manager: listing id, SKU, title, quantity in stock ("Sold out" is 0) and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not an Etsy listings page: ${url.pathname}`);
  const pack = packFor('etsy');
  const warnings: string[] = [];
  const cards = all(doc, selectorOf(pack, 'listing'));
  if (cards.length === 0) warnings.push('no listings on the page');
  const items = readRows(cards, 'listing', warnings, (card) => {
    const lines = linesOf(card);
    const stock = lines.map((l) => stockPattern(pack).exec(l)).find((m) => m !== null);
    const price = lines.map((l) => (/^\D{0,4}\d[\d.,]*\s?\D{0,3}$/.test(l) ? moneyIn(l) : undefined)).find((m) => m !== undefined);
    const listing = {
      channelSku: listingIdOf(pack, card) ?? skipRow('no listing id'),
      sku: valueAfterLabel(card, labelsOf(pack, 'listingSku')),
      title: text(card.querySelector(selectorOf(pack, 'listingLink'))),
      listedQuantity: stock ? (stock[2] ? 0 : quantityIn(stock[1])) : undefined,
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings, page: parsePageInfo(textAt(doc, selectorOf(pack, 'listingCount'))) };
}

/** An order link on each sold order (one per order) and the stock line of each listing card, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const pack = packFor('etsy');
  const anchors: RowAnchor[] = [];
  const section = doc.querySelector(selectorOf(pack, 'orders'));
  if (section) {
    for (const { externalId, link } of orderBlocks(pack, section, [])) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  for (const card of all(doc, selectorOf(pack, 'listing'))) {
    const channelSku = listingIdOf(pack, card);
    const anchor = Array.from(card.children).find((c) => stockPattern(pack).test(text(c) ?? ''));
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}

/**
 * The shop the page belongs to, from the link to it in Shop Manager's
 * navigation (Etsy shop names are unique whatever their case): undefined
 * when the page links to no shop, or to more than one.
 */
export function account(doc: Document, url: URL): PageAccount | undefined {
  if (!matches.some((pattern) => matchesPattern(pattern, url))) return undefined;
  const names = new Map<string, string>();
  for (const link of all(doc, selectorOf(packFor('etsy'), 'shopLink'))) {
    const name = SHOP_NAME.exec(link.getAttribute('href') ?? '')?.[1];
    if (name) names.set(name.toLowerCase(), name);
  }
  if (names.size !== 1) return undefined;
  const [[key, name]] = [...names] as [[string, string]];
  return { key, name };
}
