/**
 * An eBay order's page as Seller Hub now serves it (`/mesh/ord/details`,
 * `div.sh-core-layout.vod-details`): label/value pairs in `dl > dt + dd`,
 * items as cards under `#itemInfo`, what the buyer paid apart from what the
 * seller earned, and the address split over copy-to-clipboard buttons. The
 * order number is the page's URL's; a page printing another is not read.
 */
import type { AddressInput } from '../../shared/schemas/order.js';
import { all, nothingHere, readRows, text, textAt } from './dom.js';
import type { labels as ebayLabels, selectors as ebaySelectors } from './ebay.js';
import { ebayMoney, itemNumberIn, orderIdIn, orderIdOfUrl, statusOfText, type EbaySite } from './ebay-values.js';
import type { CapturedLine, CapturedOrder, ParsedPage } from './types.js';
import { addressFromLines, parsePortalDate, quantityIn, withMissing } from './values.js';

/** What a read of an eBay page goes by: the page's site, and the adapter's selectors and labels. */
export interface EbayReading {
  site: EbaySite;
  selectors: typeof ebaySelectors;
  labels: typeof ebayLabels;
}

/** The `dd` after the `dt` that reads exactly one of `names` (case and a trailing colon aside). */
function valueOfPair(root: ParentNode, names: readonly string[], labelSelector: string): Element | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  for (const dt of all(root, labelSelector)) {
    const label = (text(dt) ?? '').toLowerCase().replace(/\s*:$/, '');
    if (!wanted.includes(label)) continue;
    for (let dd = dt.nextElementSibling; dd; dd = dd.nextElementSibling) if (dd.localName === 'dd') return dd;
  }
  return undefined;
}

function firstOf(root: ParentNode, list: readonly string[]): Element | undefined {
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/**
 * The value of a "Label: value" element such as `.lineItemCardInfo__sku`:
 * its last labelled span when it has two or more, else what follows its colon.
 */
function labelledValue(el: Element | null | undefined, spans: string): string | undefined {
  if (!el) return undefined;
  const parts = all(el, spans);
  if (parts.length >= 2) return text(parts.at(-1));
  const whole = text(el) ?? '';
  const colon = whole.indexOf(':');
  const value = colon < 0 ? '' : whole.slice(colon + 1).trim();
  return value === '' ? undefined : value;
}

/**
 * One item card. The card prints the price it sold for and the line's total:
 * the unit price is the one they agree on (sold-for × quantity = total, or
 * sold-for = total for one item, or a total that divides evenly when the
 * sold-for price is the line's). Where they disagree, or only one is printed
 * for several items, the unit price is unknown.
 */
function itemCard(card: Element, reading: EbayReading, unread: string[]): CapturedLine | undefined {
  const s = reading.selectors.mesh;
  const link = firstOf(card, s.itemLink);
  const quantity = quantityIn(textAt(card, s.quantity));
  if (quantity === undefined || quantity <= 0) {
    unread.push('lines.quantity');
    return undefined;
  }
  const sold = ebayMoney(textAt(card, s.soldPrice), reading.site);
  const total = ebayMoney(textAt(card, s.itemTotal), reading.site);
  return {
    sku: labelledValue(card.querySelector(s.sku), s.labelledValue),
    channelSku: itemNumberIn(link?.getAttribute('href')) ?? itemNumberIn(labelledValue(card.querySelector(s.itemId), s.labelledValue)),
    title: text(link),
    quantity,
    unitPrice: unitPriceOfCard(sold, total, quantity),
  };
}

function unitPriceOfCard(sold: { amount: number; currency: string } | undefined, total: { amount: number; currency: string } | undefined, quantity: number): number | undefined {
  if (sold && total && sold.currency !== total.currency) return undefined;
  if (quantity === 1) return sold?.amount ?? total?.amount;
  if (sold && total) {
    if (sold.amount * quantity === total.amount) return sold.amount;
    if (sold.amount === total.amount && total.amount % quantity === 0) return total.amount / quantity;
    return undefined;
  }
  return undefined;
}

/**
 * The delivery address: each line of `.address` is the text of its
 * copy buttons and what stands between them ("Berryton, KS 66409"), leaving
 * out the tooltips' own words; then the phone number. A block with no
 * buttons is read line by line as printed.
 */
function addressOf(doc: Document, reading: EbayReading): AddressInput | undefined {
  const s = reading.selectors.mesh;
  const block = doc.querySelector(s.address);
  if (!block) return undefined;
  const lines: string[] = [];
  if (block.querySelector(s.addressPart)) {
    for (const row of Array.from(block.children)) {
      const parts = row.matches(s.addressPart) ? [row] : all(row, s.addressPart);
      if (parts.length === 0) continue;
      lines.push(lineOfButtons(row, parts));
    }
  } else {
    for (const row of Array.from(block.children)) {
      const line = text(row);
      if (line) lines.push(line);
    }
  }
  const phone = firstOf(doc, [`${s.phone} ${s.addressPart}`, `${s.phone} button`, s.phone]);
  const phoneText = text(phone);
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

/** The buyer's name (the pair's first line) and user id (from the profile link's address only). */
function buyerOf(value: Element | undefined, reading: EbayReading): CapturedOrder['buyer'] {
  if (!value) return undefined;
  const link = value.querySelector(reading.selectors.mesh.buyerLink);
  const externalId = /\/usr\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  const first = value.firstElementChild;
  const name = first && !first.contains(link) && first !== link ? text(first) : undefined;
  const buyer = { name, externalId: externalId ? decodeURIComponent(externalId) : undefined };
  return buyer.name || buyer.externalId ? buyer : undefined;
}

/** The order on a `/mesh/ord/details` page, marked with what of `expected` it lacks. */
export function parseOrderPage(doc: Document, url: URL, reading: EbayReading, expected: readonly string[]): ParsedPage<CapturedOrder> {
  const s = reading.selectors.mesh;
  const l = reading.labels;
  const page = doc.querySelector(s.page);
  const externalId = orderIdOfUrl(url.href);
  if (!page || !externalId) return nothingHere('no order details on the page');
  const pair = (names: readonly string[]) => valueOfPair(page, names, s.pairLabel);
  const printed = orderIdIn(text(pair(l.orderNumber)));
  if (printed !== undefined && printed !== externalId) return nothingHere(`the page shows order ${printed}, not ${externalId}`);
  const warnings: string[] = [];
  const unread: string[] = [];
  const lines = readRows(all(page, s.items), 'item card', warnings, (card) => itemCard(card, reading, unread));
  if (all(page, s.items).length === 0) warnings.push('no item cards on the page');
  const total = ebayMoney(text(page.querySelector(s.total)), reading.site);
  const { dates } = reading.site;
  const order = {
    externalId,
    ...statusOfText(text(pair(l.status)), l.shipByStatus),
    placedAt: parsePortalDate(text(pair(l.dateSold)), dates),
    shipBy: parsePortalDate(text(pair(l.shipBy)), dates),
    serviceLevel: text(pair(l.service)),
    currency: total?.currency,
    total: total?.amount,
    buyer: buyerOf(pair(l.buyer), reading),
    lines,
    shipTo: addressOf(doc, reading),
  };
  return { items: [withMissing(order, expected, unread)], warnings };
}
