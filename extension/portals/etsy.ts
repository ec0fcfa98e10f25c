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
 */
import type { AddressInput } from '../../shared/schemas/order.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageAccount, PageKind, ParsedPage, RowAnchor } from './types.js';
import { all, linesOf, nothingHere, readRows, skipRow, text, textAt, valueAfterLabel } from './dom.js';
import { matchesPattern, pageKindOf, pageParam, type PageRoute } from './urls.js';
import { compact, countryCode, moneyIn, parsePageInfo, parsePortalDate, quantityIn, statusFields, withMissing, type NumericDateOrder } from './values.js';

export const id = 'etsy';

export const matches = ['https://www.etsy.com/your/*'];

const ROUTES: readonly PageRoute[] = [
  // The seller's own order sections carry a numeric id in the path.
  ['orders', /^\/your\/orders\/sold(?:\/(?:new|completed|all|\d{1,12}))?\/?$/],
  ['listings', /^\/your\/shops\/me\/tools\/listings(?:\/(?:active|inactive|sold_out|draft|expired))?\/?$/],
];

/** Every CSS selector this adapter uses. */
export const selectors = {
  orders: 'section[aria-label="orders"]',
  /** One order on the live page. */
  orderRow: '.panel-body-row.has-hover-state',
  orderLink: 'a[href*="order_id="]',
  buyer: 'a[href*="/people/"]',
  buyerName: 'button[data-dropdown-button] span[data-test-id="unsanitize"]',
  status: '.order-status',
  itemLink: 'a[href*="/listing/"]',
  item: 'li, [role="listitem"]',
  /** An item's title on the live page (its own `unsanitize` span, not the buyer's). */
  itemTitle: '[class*="break-word"] span[data-test-id="unsanitize"]',
  /** The value after a label span on the live page ("Quantity" then `span.strong`). */
  labelledValue: 'span.strong',
  address: {
    root: '.address',
    name: '.name', line1: '.first-line', line2: '.second-line', city: '.city', region: '.state', postalCode: '.zip', country: '.country-name',
  },
  /** The open order's panel, whose "Ship to" heading comes before the address. */
  panelHeading: 'h4, h3',
  orderCount: '.orders-count',
  pagination: 'nav[aria-label="Pagination"]',
  listings: '[aria-label="listings"]',
  listing: '[aria-label="listings"] > li, [aria-label="listings"] > [role="listitem"]',
  listingLink: 'a[href*="/listings/"], a[href*="/listing/"]',
  listingCount: '.listings-toolbar',
  /** Links to the seller's own shop in Shop Manager's navigation: they name the shop. */
  shopLink: 'nav a[href*="/shop/"], aside a[href*="/shop/"], header a[href*="/shop/"], [role="navigation"] a[href*="/shop/"]',
} as const;

/** Labels printed before values on order cards, in the languages Shop Manager is used in. */
export const labels = {
  ordered: ['Ordered', 'Bestellt', 'Commandé', 'Pedido'],
  shipBy: ['Ship by', 'Versand bis', 'Expédier avant le', 'Enviar antes del'],
  total: ['Order total', 'Bestellsumme', 'Gesamtbetrag der Bestellung', 'Total de la commande'],
  shippingMethod: ['Shipping method', 'Versandart', 'Mode de livraison'],
  sku: ['SKU'],
  quantity: ['Quantity', 'Anzahl', 'Menge', 'Quantité', 'Cantidad', 'Quantità', 'Aantal'],
  price: ['Price', 'Preis', 'Prix'],
  shipTo: ['Ship to', 'Versand an', 'Livrer à'],
  stock: /(\d[\d,]*)\s+in stock|(sold out)/i,
} as const;

const ORDER_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'shipTo', 'lines', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['title', 'listedQuantity', 'price'];

const ORDER_ID = /[?&]order_id=(\d{6,12})(?:&|#|$)/;
const LISTING_ID = /\/listings?\/(\d+)/;
const SHOP_NAME = /\/shop\/([A-Za-z0-9]{2,40})(?:[/?#]|$)/;

/** Which Shop Manager page `url` is; a sold-orders URL with `order_id` shows that one order. */
export function pageKind(url: URL): PageKind | undefined {
  const kind = pageKindOf(url, matches, ROUTES);
  return kind === 'orders' && url.searchParams.has('order_id') ? 'order' : kind;
}

/** The order id in a link's address (`order_id=`), never its text. */
function orderIdOf(link: Element): string | undefined {
  return ORDER_ID.exec(link.getAttribute('href') ?? '')?.[1];
}

/** The distinct order ids the links under `root` point at. */
function orderIdsUnder(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const link of all(root, selectors.orderLink)) {
    const found = orderIdOf(link);
    if (found) ids.add(found);
  }
  return ids;
}

/** An order and the element holding all it shows, with the link the overlay's chip goes beside. */
interface OrderBlock {
  externalId: string;
  card: Element;
  link: Element;
}

/**
 * The orders in the section: its live rows when it has them, else, on the
 * older card layout, the largest element around each order's links that
 * holds no other order's. A row with links to two orders is skipped: which
 * values are whose could not be told apart.
 */
function orderBlocks(section: Element, warnings: string[]): OrderBlock[] {
  const rows = all(section, selectors.orderRow);
  if (rows.length > 0) {
    return readRows(rows, 'order row', warnings, (row) => {
      const ids = orderIdsUnder(row);
      if (ids.size > 1) skipRow('links to more than one order');
      const link = all(row, selectors.orderLink).find((a) => orderIdOf(a) !== undefined);
      if (!link) return undefined; // a header or spacer row
      return { externalId: orderIdOf(link)!, card: row, link };
    });
  }
  const blocks = new Map<string, OrderBlock>();
  for (const link of all(section, selectors.orderLink)) {
    const externalId = orderIdOf(link);
    if (!externalId || blocks.has(externalId)) continue;
    let card = link;
    while (card.parentElement && card.parentElement !== section && onlyOrder(card.parentElement, externalId)) card = card.parentElement;
    blocks.set(externalId, { externalId, card, link });
  }
  return [...blocks.values()];
}

function onlyOrder(el: Element, externalId: string): boolean {
  const ids = orderIdsUnder(el);
  return ids.size === 1 && ids.has(externalId);
}

/** The text of the `span.strong` right after a span reading exactly one of `names` (the live page's "Quantity" then "2"). */
function strongAfterLabel(root: Element, names: readonly string[]): string | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  for (const value of all(root, selectors.labelledValue)) {
    const label = value.previousElementSibling;
    if (label && wanted.includes((text(label) ?? '').toLowerCase().replace(/:$/, ''))) return text(value);
  }
  return undefined;
}

/** Items of an order on the live page: the largest element around each quantity label that holds no other. */
function liveItemsOf(card: Element): Element[] {
  const wanted = labels.quantity.map((n) => n.toLowerCase());
  const quantityLabels = all(card, selectors.labelledValue)
    .map((value) => value.previousElementSibling)
    .filter((label): label is Element => label !== null && wanted.includes((text(label) ?? '').toLowerCase().replace(/:$/, '')));
  return quantityLabels.map((label) => {
    let item = label;
    while (item.parentElement && item.parentElement !== card && countQuantities(item.parentElement, quantityLabels) === 1) item = item.parentElement;
    return item;
  });
}

const countQuantities = (el: Element, quantityLabels: readonly Element[]) => quantityLabels.filter((l) => el.contains(l)).length;

const WHOLE_NUMBER = /^\d{1,6}$/;

function liveItemLine(item: Element, unread: string[]): CapturedLine | undefined {
  const printed = strongAfterLabel(item, labels.quantity);
  if (printed === undefined || !WHOLE_NUMBER.test(printed)) {
    unread.push('lines.quantity');
    return undefined;
  }
  const link = item.querySelector(selectors.itemLink);
  return compact({
    sku: strongAfterLabel(item, labels.sku) ?? valueAfterLabel(item, labels.sku),
    channelSku: LISTING_ID.exec(link?.getAttribute('href') ?? '')?.[1],
    title: textAt(item, selectors.itemTitle) ?? text(link),
    quantity: Number(printed),
    // Only a labelled price: a bare amount beside an item may be the line's total.
    unitPrice: moneyIn(strongAfterLabel(item, labels.price))?.amount,
  }) as CapturedLine;
}

function itemLine(item: Element, unread: string[]): CapturedLine | undefined {
  const link = item.querySelector(selectors.itemLink);
  const quantity = quantityIn(valueAfterLabel(item, labels.quantity));
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  return {
    sku: valueAfterLabel(item, labels.sku),
    channelSku: LISTING_ID.exec(link?.getAttribute('href') ?? '')?.[1],
    title: text(link),
    quantity,
    unitPrice: moneyIn(valueAfterLabel(item, labels.price))?.amount,
  };
}

function linesOfCard(card: Element, unread: string[]): CapturedLine[] {
  const live = liveItemsOf(card);
  const lines = live.length > 0
    ? live.map((item) => liveItemLine(item, unread))
    : Array.from(new Set(all(card, selectors.itemLink).map((a) => a.closest(selectors.item) ?? a.parentElement!))).map((item) => itemLine(item, unread));
  return lines.filter((l): l is CapturedLine => l !== undefined);
}

/** The structured address under `root` (read even when its panel is collapsed: it is in the page). */
function addressOf(root: Element): AddressInput | undefined {
  const block = root.querySelector(selectors.address.root);
  if (!block) return undefined;
  const { name, line1, line2, city, region, postalCode, country } = selectors.address;
  return compact({
    name: textAt(block, name), line1: textAt(block, line1), line2: textAt(block, line2), city: textAt(block, city),
    region: textAt(block, region), postalCode: textAt(block, postalCode), country: countryCode(textAt(block, country)),
  });
}

/**
 * The open order's panel: the element around a "Ship to" heading that
 * names that order (a link to it, or its number) and no other, so that a
 * panel still showing another order is not read.
 */
function orderPanel(doc: Document, externalId: string): Element | undefined {
  const wanted = labels.shipTo.map((l) => l.toLowerCase());
  for (const heading of all(doc, selectors.panelHeading)) {
    if (!wanted.includes((text(heading) ?? '').toLowerCase())) continue;
    let panel: Element | null = heading.parentElement;
    while (panel && panel.localName !== 'body' && !orderIdsUnder(panel).has(externalId) && !(panel.textContent ?? '').includes(`#${externalId}`)) {
      panel = panel.parentElement;
    }
    if (!panel || panel.localName === 'body' || panel.closest(selectors.orders)) continue;
    const ids = orderIdsUnder(panel);
    if (ids.size > 1 || (ids.size === 1 && !ids.has(externalId))) continue;
    return panel;
  }
  return undefined;
}

/** What the open order's panel adds to its row: the address, shipping method and order total the row does not print. */
function withPanel(order: CapturedOrder, panel: Element): CapturedOrder {
  const total = moneyIn(valueAfterLabel(panel, labels.total));
  const added = {
    ...order,
    serviceLevel: order.serviceLevel ?? valueAfterLabel(panel, labels.shippingMethod),
    currency: order.total === undefined ? total?.currency : order.currency,
    total: order.total ?? total?.amount,
    shipTo: order.shipTo ?? addressOf(panel),
  };
  return withMissing(added, ORDER_EXPECTS, order.missing.filter((m) => m.startsWith('lines.')));
}

function buyerOf(card: Element) {
  const buyerLink = card.querySelector(selectors.buyer);
  return compact({
    name: textAt(card, selectors.buyerName) ?? text(buyerLink),
    externalId: /\/people\/([^/?#]+)/.exec(buyerLink?.getAttribute('href') ?? '')?.[1],
  });
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

function orderOf({ card, externalId }: OrderBlock, dates: NumericDateOrder | undefined): CapturedOrder {
  const unread: string[] = [];
  const total = moneyIn(valueAfterLabel(card, labels.total));
  const order = {
    externalId,
    ...statusFields('etsy', textAt(card, selectors.status)),
    placedAt: parsePortalDate(valueAfterLabel(card, labels.ordered), dates),
    shipBy: parsePortalDate(valueAfterLabel(card, labels.shipBy), dates),
    serviceLevel: valueAfterLabel(card, labels.shippingMethod),
    currency: total?.currency,
    total: total?.amount,
    buyer: buyerOf(card),
    lines: linesOfCard(card, unread),
    shipTo: addressOf(card),
  };
  return withMissing(order, ORDER_EXPECTS, unread);
}

/** Orders on the sold-orders page, or just the one `order_id` names when its panel is open. */
export function parseOrders(doc: Document, url: URL): ParsedPage<CapturedOrder> {
  const kind = pageKind(url);
  if (kind !== 'orders' && kind !== 'order') return nothingHere(`not an Etsy orders page: ${url.pathname}`);
  const section = doc.querySelector(selectors.orders);
  if (!section) return nothingHere('no orders section on the page');
  const warnings: string[] = [];
  const wanted = url.searchParams.get('order_id');
  const blocks = orderBlocks(section, warnings);
  const shown = blocks.filter((b) => !wanted || b.externalId === wanted);
  const dates = numericDatesOf(doc);
  const items = readRows(shown, 'order', warnings, (block) => orderOf(block, dates));
  const panel = wanted && items[0] ? orderPanel(doc, wanted) : undefined;
  if (panel) items[0] = withPanel(items[0]!, panel);
  if (shown.length === 0) warnings.push(wanted ? `order ${wanted} is not on the page` : 'no orders on the page');
  const page = { ...parsePageInfo(textAt(doc, selectors.orderCount)), ...parsePageInfo(textAt(doc, selectors.pagination)) };
  page.current ??= pageParam(url);
  return { items, warnings, page };
}

function listingIdOf(card: Element): string | undefined {
  return LISTING_ID.exec(card.querySelector(selectors.listingLink)?.getAttribute('href') ?? '')?.[1];
}

/** Listings in Listings Manager: listing id, SKU, title, quantity in stock ("Sold out" is 0) and price. */
export function parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity> {
  if (pageKind(url) !== 'listings') return nothingHere(`not an Etsy listings page: ${url.pathname}`);
  const warnings: string[] = [];
  const cards = all(doc, selectors.listing);
  if (cards.length === 0) warnings.push('no listings on the page');
  const items = readRows(cards, 'listing', warnings, (card) => {
    const lines = linesOf(card);
    const stock = lines.map((l) => labels.stock.exec(l)).find((m) => m !== null);
    const price = lines.map((l) => (/^\D{0,4}\d[\d.,]*\s?\D{0,3}$/.test(l) ? moneyIn(l) : undefined)).find((m) => m !== undefined);
    const listing = {
      channelSku: listingIdOf(card) ?? skipRow('no listing id'),
      sku: valueAfterLabel(card, labels.sku),
      title: text(card.querySelector(selectors.listingLink)),
      listedQuantity: stock ? (stock[2] ? 0 : quantityIn(stock[1])) : undefined,
      price: price?.amount,
      currency: price?.currency,
    };
    return withMissing(listing, LISTING_EXPECTS);
  });
  return { items, warnings, page: parsePageInfo(textAt(doc, selectors.listingCount)) };
}

/** An order link on each sold order (one per order) and the stock line of each listing card, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  const section = doc.querySelector(selectors.orders);
  if (section) {
    for (const { externalId, link } of orderBlocks(section, [])) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  for (const card of all(doc, selectors.listing)) {
    const channelSku = listingIdOf(card);
    const anchor = Array.from(card.children).find((c) => labels.stock.test(text(c) ?? ''));
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
  for (const link of all(doc, selectors.shopLink)) {
    const name = SHOP_NAME.exec(link.getAttribute('href') ?? '')?.[1];
    if (name) names.set(name.toLowerCase(), name);
  }
  if (names.size !== 1) return undefined;
  const [[key, name]] = [...names] as [[string, string]];
  return { key, name };
}
