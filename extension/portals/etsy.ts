/**
 * Etsy Shop Manager: sold orders (`/your/orders/sold`, `/new`, `/completed`;
 * `?order_id=` opens one order's panel on the same page) and listings
 * (`/your/shops/me/tools/listings`). Orders are cards, not table rows: a card
 * is the largest element around one order-number link that holds no other.
 * Items carry the Etsy listing id as `channelSku` and the seller's SKU, when set, as `sku`.
 */
import type { AddressInput } from '../../shared/schemas/order.js';
import type { CapturedLine, CapturedOrder, ListingQuantity, PageKind, ParsedPage, RowAnchor } from './types.js';
import { all, linesOf, nothingHere, readRows, skipRow, text, textAt, valueAfterLabel } from './dom.js';
import { pageKindOf, pageParam, type PageRoute } from './urls.js';
import { compact, countryCode, moneyIn, parsePageInfo, parsePortalDate, quantityIn, statusFields, withMissing } from './values.js';

export const id = 'etsy';

export const matches = ['https://www.etsy.com/your/*'];

const ROUTES: readonly PageRoute[] = [
  ['orders', /^\/your\/orders\/sold(?:\/(?:new|completed|all))?\/?$/],
  ['listings', /^\/your\/shops\/me\/tools\/listings(?:\/(?:active|inactive|sold_out|draft|expired))?\/?$/],
];

/** Every CSS selector this adapter uses. */
export const selectors = {
  orders: 'section[aria-label="orders"]',
  orderLink: 'a[href*="order_id="]',
  buyer: 'a[href*="/people/"]',
  status: '.order-status',
  itemLink: 'a[href*="/listing/"]',
  item: 'li, [role="listitem"]',
  address: {
    root: '.address',
    name: '.name', line1: '.first-line', line2: '.second-line', city: '.city', region: '.state', postalCode: '.zip', country: '.country-name',
  },
  orderCount: '.orders-count',
  pagination: 'nav[aria-label="Pagination"]',
  listings: '[aria-label="listings"]',
  listing: '[aria-label="listings"] > li, [aria-label="listings"] > [role="listitem"]',
  listingLink: 'a[href*="/listings/"], a[href*="/listing/"]',
  listingCount: '.listings-toolbar',
} as const;

/** Labels printed before values on order cards. */
export const labels = {
  ordered: ['Ordered'],
  shipBy: ['Ship by'],
  total: ['Order total'],
  shippingMethod: ['Shipping method'],
  sku: ['SKU'],
  quantity: ['Quantity'],
  price: ['Price'],
  stock: /(\d[\d,]*)\s+in stock|(sold out)/i,
} as const;

const ORDER_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'shipTo', 'lines', 'lines.channelSku', 'lines.unitPrice'];
const LISTING_EXPECTS = ['title', 'listedQuantity', 'price'];

const ORDER_NUMBER = /#(\d{9,12})\b/;
const LISTING_ID = /\/listings?\/(\d+)/;

/** Which Shop Manager page `url` is; a sold-orders URL with `order_id` shows that one order. */
export function pageKind(url: URL): PageKind | undefined {
  const kind = pageKindOf(url, matches, ROUTES);
  return kind === 'orders' && url.searchParams.has('order_id') ? 'order' : kind;
}

/** The order card around an order-number link: its largest ancestor holding no other order link. */
function cardOf(link: Element, within: Element): Element {
  let card = link;
  while (card.parentElement && card.parentElement !== within && card.parentElement.querySelectorAll(selectors.orderLink).length === 1) {
    card = card.parentElement;
  }
  return card;
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

function addressOf(card: Element): AddressInput | undefined {
  const root = card.querySelector(selectors.address.root);
  if (!root) return undefined;
  const { name, line1, line2, city, region, postalCode, country } = selectors.address;
  return compact({
    name: textAt(root, name), line1: textAt(root, line1), line2: textAt(root, line2), city: textAt(root, city),
    region: textAt(root, region), postalCode: textAt(root, postalCode), country: countryCode(textAt(root, country)),
  });
}

function orderOf(card: Element, externalId: string): CapturedOrder {
  const unread: string[] = [];
  const items = Array.from(new Set(all(card, selectors.itemLink).map((a) => a.closest(selectors.item) ?? a.parentElement!)));
  const lines = items.map((item) => itemLine(item, unread)).filter((l): l is CapturedLine => l !== undefined);
  const total = moneyIn(valueAfterLabel(card, labels.total));
  const buyerLink = card.querySelector(selectors.buyer);
  const buyer = compact({ name: text(buyerLink), externalId: /\/people\/([^/?#]+)/.exec(buyerLink?.getAttribute('href') ?? '')?.[1] });
  const order = {
    externalId,
    ...statusFields('etsy', textAt(card, selectors.status)),
    placedAt: parsePortalDate(valueAfterLabel(card, labels.ordered), 'mdy'),
    shipBy: parsePortalDate(valueAfterLabel(card, labels.shipBy), 'mdy'),
    serviceLevel: valueAfterLabel(card, labels.shippingMethod),
    currency: total?.currency,
    total: total?.amount,
    buyer,
    lines,
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
  const links = all(section, selectors.orderLink).filter((a) => !wanted || ORDER_NUMBER.exec(text(a) ?? '')?.[1] === wanted);
  const items = readRows(links, 'order', warnings, (link) => {
    const externalId = ORDER_NUMBER.exec(text(link) ?? '')?.[1] ?? skipRow('no order number');
    return orderOf(cardOf(link, section), externalId);
  });
  if (links.length === 0) warnings.push(wanted ? `order ${wanted} is not on the page` : 'no orders on the page');
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

/** Order-number links on sold orders and the stock line of each listing card, for the overlay's chips. */
export function rowAnchors(doc: Document): RowAnchor[] {
  const anchors: RowAnchor[] = [];
  for (const link of all(doc, `${selectors.orders} ${selectors.orderLink}`)) {
    const externalId = ORDER_NUMBER.exec(text(link) ?? '')?.[1];
    if (externalId) anchors.push({ kind: 'order', externalId, anchor: link });
  }
  for (const card of all(doc, selectors.listing)) {
    const channelSku = listingIdOf(card);
    const anchor = Array.from(card.children).find((c) => labels.stock.test(text(c) ?? ''));
    if (channelSku && anchor) anchors.push({ kind: 'listing', channelSku, anchor });
  }
  return anchors;
}
