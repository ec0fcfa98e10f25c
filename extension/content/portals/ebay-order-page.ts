/**
 * An eBay order's page, in either shape Seller Hub serves: the current one
 * (`/mesh/ord/details`, `div.sh-core-layout.vod-details`: label/value pairs
 * in `dl > dt + dd`, items as cards under `#itemInfo`, what the buyer paid
 * apart from what the seller earned, the address split over copy buttons)
 * and the older one (`.order-info` items, items in a table). Fields are read
 * by the eBay pack's strategies. The order number is the page's address's;
 * a page printing another order is not read.
 */
import type { AddressInput } from '../../../shared/schemas/order.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { all, nothingHere, readRows, text, valueAfterLabel } from './dom.js';
import { type EbaySite, ebayMoney, ebaySiteOf, itemNumberIn, orderIdIn, orderIdOfUrl, quantitySold, statusOfText } from './ebay-values.js';
import { labelsOf, selectorOf } from './packs.js';
import { linesOf } from './page-text.js';
import { anyText, fieldReader, type Scope, withVia } from './strategies.js';
import type { CapturedLine, CapturedOrder, ParsedPage } from './types.js';
import { addressFromLines, placedFrom, portalTimeIn, withMissing } from './values.js';

/** The `dd` after the `dt` that reads exactly one of `names` (case and a trailing colon aside). */
export function pairValue(root: ParentNode, names: readonly string[], labelSelector: string): Element | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  for (const dt of all(root, labelSelector)) {
    const label = (text(dt) ?? '').toLowerCase().replace(/\s*:$/, '');
    if (!wanted.includes(label)) continue;
    for (let dd = dt.nextElementSibling; dd; dd = dd.nextElementSibling) if (dd.localName === 'dd') return dd;
  }
  return undefined;
}

/** A scope over one element whose labels are found by `afterLabel`. */
function scopeOf(element: Element, afterLabel: (labels: readonly string[]) => string | undefined): Scope {
  let lines: string | undefined;
  return { element, lines: () => (lines ??= linesOf(element).join('\n')), afterLabel };
}

/** A user id out of a profile link's address (`/usr/hikerjoe_42`), or the text itself when it is no address. */
const userIdIn = (t: string) => {
  if (!t.includes('/')) return t;
  const m = /\/usr\/([^/?#]+)/.exec(t)?.[1];
  return m ? decodeURIComponent(m) : undefined;
};

/**
 * The unit price an item card's sold-for price and line total agree on
 * (sold-for × quantity = total, or sold-for = total for one item, or a
 * sold-for equal to a total that divides evenly). Where they disagree, or
 * only one is printed for several items, it is unknown.
 */
function unitPriceOfCard(sold: { amount: number; currency: string } | undefined, total: { amount: number; currency: string } | undefined, quantity: number): number | undefined {
  if (sold && total && sold.currency !== total.currency) return undefined;
  if (quantity === 1) return sold?.amount ?? total?.amount;
  if (!sold || !total) return undefined;
  if (sold.amount * quantity === total.amount) return sold.amount;
  if (sold.amount === total.amount && total.amount % quantity === 0) return total.amount / quantity;
  return undefined;
}

/** One item card of the `/mesh` page. The "(6 available)" beside the quantity is never the quantity. */
function itemCard(card: Element, pack: PortalPack, site: EbaySite, unread: string[], via: Record<string, number>): CapturedLine | undefined {
  const cardVia: Record<string, number> = {};
  const read = fieldReader(pack.fields, cardVia);
  const scope = scopeOf(card, (labels) => valueAfterLabel(card, labels));
  const quantity = read('card.quantity', scope, quantitySold);
  if (quantity === undefined) {
    unread.push('lines.quantity');
    return undefined;
  }
  const money = (t: string) => ebayMoney(t, site);
  const line = {
    sku: read('card.sku', scope, anyText),
    channelSku: read('card.channelSku', scope, itemNumberIn),
    title: read('card.title', scope, anyText),
    quantity,
    unitPrice: unitPriceOfCard(read('card.soldPrice', scope, money), read('card.total', scope, money), quantity),
  };
  for (const [field, i] of Object.entries(cardVia)) via[field] ??= i;
  return line;
}

/**
 * The delivery address: each line of `.address` is the text of its copy
 * buttons and what stands between them ("Berryton, KS 66409"), leaving out
 * the tooltips' own words ("Copy"); then the phone number. Where the copy
 * buttons cannot be told (their class renamed), the tooltips' words cannot
 * be told from the address's either: the address is unknown.
 */
function addressOf(doc: Document, pack: PortalPack): AddressInput | undefined {
  const block = doc.querySelector(selectorOf(pack, 'address'));
  const part = selectorOf(pack, 'addressPart');
  if (!block?.querySelector(part)) return undefined;
  const lines: string[] = [];
  for (const row of Array.from(block.children)) {
    const parts = row.matches(part) ? [row] : all(row, part);
    if (parts.length > 0) lines.push(lineOfButtons(row, parts));
  }
  const phone = doc.querySelector(selectorOf(pack, 'phone'));
  const phoneText = text(phone?.querySelector(part) ?? phone);
  if (phoneText) lines.push(phoneText);
  return addressFromLines(lines);
}

/** A line made of buttons: their texts, with the plain text between them (commas, spaces) kept. */
function lineOfButtons(row: Element, parts: readonly Element[]): string {
  let line = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (parts.includes(el)) line += ` ${text(el) ?? ''} `;
        else if (parts.some((p) => el.contains(p))) walk(el);
      }
    }
  };
  walk(row);
  return line.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
}

/** The order-level fields both page shapes print, read by the pack's `order.*` strategies under `scope`. */
function orderFields(scope: Scope, pack: PortalPack, site: EbaySite, via: Record<string, number>) {
  const read = fieldReader(pack.fields, via);
  const timeOf = (t: string) => portalTimeIn(t, site.dates, site.zone);
  const dateOf = (t: string) => timeOf(t)?.at;
  const total = read('order.total', scope, (t) => ebayMoney(t, site));
  const buyer = { name: read('order.buyerName', scope, anyText), externalId: read('order.buyerId', scope, userIdIn) };
  return {
    ...statusOfText(
      read('order.status', scope, (t) => t.split('\n')[0]),
      labelsOf(pack, 'shipByStatus'),
    ),
    ...placedFrom(read('order.placedAt', scope, timeOf)),
    shipBy: read('order.shipBy', scope, dateOf),
    serviceLevel: read('order.serviceLevel', scope, anyText),
    currency: total?.currency,
    total: total?.amount,
    buyer: buyer.name || buyer.externalId ? buyer : undefined,
  };
}

/** The order number the page prints, when it prints one that differs from the address's: then the page is another order's. */
function otherOrder(scope: Scope, pack: PortalPack, externalId: string): string | undefined {
  const printed = fieldReader(pack.fields, {})('order.printedId', scope, orderIdIn);
  return printed !== undefined && printed !== externalId ? printed : undefined;
}

/** The order on a `/mesh/ord/details` page, marked with what of `expected` it lacks. */
export function parseOrderPage(doc: Document, url: URL, pack: PortalPack, expected: readonly string[], site: EbaySite = ebaySiteOf(url)): ParsedPage<CapturedOrder> {
  // The layout's class is the page's root; item cards alone still say which page it is.
  const page = doc.querySelector(selectorOf(pack, 'orderPage')) ?? (doc.querySelector(selectorOf(pack, 'itemCards')) ? doc.body : null);
  const externalId = orderIdOfUrl(url.href);
  if (!page || !externalId) return nothingHere('no order details on the page');
  const pairLabel = selectorOf(pack, 'pairLabel');
  const scope = scopeOf(page, (labels) => text(pairValue(page, labels, pairLabel)));
  const other = otherOrder(scope, pack, externalId);
  if (other) return nothingHere(`the page shows order ${other}, not ${externalId}`);
  const warnings: string[] = [];
  const unread: string[] = [];
  const via: Record<string, number> = {};
  const cards = all(page, selectorOf(pack, 'itemCards'));
  if (cards.length === 0) warnings.push('no item cards on the page');
  const lines = readRows(cards, 'item card', warnings, (card) => itemCard(card, pack, site, unread, via));
  const order = { externalId, ...orderFields(scope, pack, site, via), lines, shipTo: addressOf(doc, pack) };
  return { items: [withVia(withMissing(order, expected, unread), via)], warnings };
}

/** Reads the old page's item table under `root`: warnings and unread fields noted, the first line's strategies in `via`. */
export type OldItemsReader = (root: ParentNode, warnings: string[], unread: string[], via: Record<string, number>) => CapturedLine[];

/** The order on an order page of the older kind: `.order-info` label/value items, items in a table. */
export function parseOldOrderPage(doc: Document, url: URL, pack: PortalPack, expected: readonly string[], readItems: OldItemsReader, site: EbaySite = ebaySiteOf(url)): ParsedPage<CapturedOrder> {
  const info = doc.querySelector(selectorOf(pack, 'oldOrderInfo'));
  const externalId = orderIdOfUrl(url.href);
  const root = doc.body ?? doc.documentElement;
  if (!info || !externalId || !root) return nothingHere('no order details on the page');
  const scope = scopeOf(root, (labels) => valueAfterLabel(root, labels));
  const other = otherOrder(scope, pack, externalId);
  if (other) return nothingHere(`the page shows order ${other}, not ${externalId}`);
  const warnings: string[] = [];
  const unread: string[] = [];
  const via: Record<string, number> = {};
  const lines = readItems(doc, warnings, unread, via);
  const fields = orderFields(scope, pack, site, via);
  // An address of buttons is read only as the /mesh page's is: their tooltips' words are no part of it.
  const block = doc.querySelector(selectorOf(pack, 'oldAddress'));
  const shipTo = block?.querySelector('button') || doc.querySelector(selectorOf(pack, 'address')) ? addressOf(doc, pack) : addressFromLines(linesOf(block));
  const order = { externalId, ...fields, lines, shipTo };
  return { items: [withVia(withMissing(order, expected, unread), via)], warnings };
}
