/**
 * One order's page in the Shopify admin: the name in its heading, the
 * badges and date of the page header, line items (live `_MainRow` blocks,
 * or the list items first written for), totals, the customer card and the
 * shipping address. Each field by the Shopify pack's strategies.
 */
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { all, firstElementAt, linesOf, nothingHere, text, textWithout, valueAfterLabel } from './dom.js';
import { labelsOf, selectorOf, selectorsOf } from './packs.js';
import { isAmountLine, LABELLED, orderName, PRICE_TIMES, soleAmount, statusBadgeWords, statusOf, variantIdIn, variantIdOf, variantTitle } from './shopify-words.js';
import { anyText, elementScope, fieldReader, type Scope, withVia } from './strategies.js';
import type { CapturedLine, CapturedOrder, ParsedPage } from './types.js';
import { addressFromLines, compact, inStoreCurrency, moneyIn, placedFrom, portalTimeIn, quantityIn, withMissing } from './values.js';

const DETAIL_EXPECTS = ['placedAt', 'channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'shipTo', 'lines', 'lines.channelSku', 'lines.unitPrice'];

const CUSTOMER_ID = /\/customers\/(\d+)/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A quantity tag: "2" or "× 2". */
const TAG_QUANTITY = /^(?:[×x]\s*)?(\d{1,5})$/;

/** A line item of the order page as first written for it: a variant link in a list item printing "$22.00 × 2". */
function listedLine(pack: PortalPack, link: Element, unread: string[]): CapturedLine | undefined {
  const item = link.closest(selectorOf(pack, 'lineItem')) ?? link.parentElement!;
  const priced = PRICE_TIMES.exec(text(item) ?? '');
  if (!priced) {
    unread.push('lines.quantity');
    return undefined;
  }
  return {
    sku: valueAfterLabel(item, labelsOf(pack, 'sku')),
    channelSku: variantIdOf(link),
    title: variantTitle(link),
    quantity: Number(priced[2]),
    unitPrice: soleAmount(priced[1] ?? '')?.amount,
  };
}

/** Elements matching `selector` that are not inside another match (`_MainRow` also prefixes inner parts' classes). */
function outermost(root: ParentNode, selector: string): Element[] {
  return all(root, selector).filter((el) => !el.parentElement?.closest(selector));
}

/** The variant line beside a product link in a live line row: the next element after the link and its lone wrappers. */
function liveTitle(link: Element, row: Element): string | undefined {
  let at: Element = link;
  while (at.parentElement && at.parentElement !== row && at.parentElement.childElementCount === 1) at = at.parentElement;
  const variant = text(at.nextElementSibling);
  const usable = variant && !LABELLED.test(variant) && !PRICE_TIMES.test(variant) && !TAG_QUANTITY.test(variant) && moneyIn(variant) === undefined;
  return [text(link), usable ? variant : undefined].filter(Boolean).join(' - ') || undefined;
}

/**
 * One line item of the live order page: a `_MainRow` holding `/products/`
 * links, the quantity in a Polaris tag and prices in numeric texts. The
 * quantity must be printed, and agree with "× n" where both are; the unit
 * price is read only where the row says which amount it is ("$22.00 × 2",
 * or a unit and a line total that agree).
 */
function liveLine(pack: PortalPack, row: Element, read: ReturnType<typeof fieldReader>, unread: string[]): CapturedLine | undefined {
  const rowText = text(row) ?? '';
  const times = PRICE_TIMES.exec(rowText);
  const quantity = read('line.quantity', elementScope(row), (t) => {
    const q = TAG_QUANTITY.exec(t)?.[1] ?? /^×\s*(\d+)$/.exec(t)?.[1] ?? (/^\d+$/.test(t) ? t : undefined);
    return q === undefined ? undefined : Number(q);
  });
  if (quantity === undefined || (times && Number(times[2]) !== quantity)) {
    unread.push('lines.quantity');
    return undefined;
  }
  // Amounts printed alone: a unit price and a line total that agree, or one amount for one item.
  const amounts = linesOf(row).filter(isAmountLine);
  const [first, second] = amounts.map((l) => moneyIn(l)!.amount);
  const agreed = (amounts.length === 2 && first! * quantity === second) || (amounts.length === 1 && quantity === 1) ? amounts[0]! : '';
  const scope: Scope = { ...elementScope(row), part: (name) => (name === 'agreedUnitPrice' ? agreed : '') };
  const titled = all(row, selectorOf(pack, 'productLink')).find((l) => text(l) !== undefined);
  return compact({
    sku: read('line.sku', scope, anyText),
    channelSku: read('line.channelSku', scope, variantIdIn),
    title: titled ? liveTitle(titled, row) : undefined,
    quantity,
    // A struck-through price run into the current one ("$25.00$22.00 × 2") is two amounts: neither is read.
    unitPrice: read('line.unitPrice', scope, (t) => soleAmount(t)?.amount),
  }) as CapturedLine;
}

/**
 * The page header around the order's heading: the largest of its nearest
 * ancestors (six at most) that holds none of the order's cards (line items,
 * customer, sidebar), so that its badges and date are the order's own.
 */
function headerOf(pack: PortalPack, heading: Element): Element {
  const cards = ['productLink', 'lineRow', 'customerLink', 'sidebar'].map((n) => selectorOf(pack, n)).join(', ');
  let at: Element = heading;
  for (let i = 0; i < 6; i++) {
    const up = at.parentElement;
    if (!up || up.localName === 'main' || up.localName === 'body' || up.querySelector(cards)) break;
    at = up;
  }
  return at;
}

/** Elements under `root` whose own words (leaving out buttons) are exactly one of `names`, in document order. */
function labelElements(root: ParentNode, names: readonly string[]): Element[] {
  const wanted = names.map((n) => n.toLowerCase());
  const longest = Math.max(...wanted.map((w) => w.length)) + 40;
  return all(root, '*').filter((el) => {
    const raw = el.textContent ?? '';
    // Most elements are ruled out by their raw text before their words are worked out.
    if (raw.length > longest * 4 || !wanted.some((w) => raw.toLowerCase().includes(w))) return false;
    return wanted.includes((textWithout(el, 'button') ?? '').toLowerCase());
  });
}

/** The element after a heading that reads exactly one of `names`, past its lone wrappers, unless another heading comes first. */
function sectionAfter(root: ParentNode, names: readonly string[]): Element | undefined {
  const label = labelElements(root, names).at(-1);
  for (let at: Element | null | undefined = label; at && at !== root; at = at.parentElement) {
    const next = at.nextElementSibling;
    if (next && text(next) !== undefined && next.localName !== 'button') {
      return /^h[1-6]$/.test(next.localName) || next.localName === label?.localName ? undefined : next;
    }
    if (at.parentElement && (textWithout(at.parentElement, 'button') ?? '').toLowerCase() !== (textWithout(at, 'button') ?? '').toLowerCase()) break;
  }
  return undefined;
}

/** An address block's lines, without the map links and copy buttons printed inside it. */
function addressLines(pack: PortalPack, block: Element | undefined): string[] {
  if (!block) return [];
  const copy = block.cloneNode(true) as Element;
  const chrome = labelsOf(pack, 'notAddress').map((l) => l.toLowerCase());
  const hidden = selectorOf(pack, 'visuallyHidden');
  for (const el of all(copy, `button, a, ${hidden}`)) {
    if (el.localName === 'button' || el.matches(hidden) || chrome.includes((text(el) ?? '').toLowerCase())) el.remove();
  }
  return linesOf(copy);
}

/** The delivery method as printed, without a label the descriptor may start with. */
function deliveryMethod(pack: PortalPack, described: string): string | undefined {
  const label = labelsOf(pack, 'deliveryMethod').find((l) => described.toLowerCase().startsWith(l.toLowerCase()));
  return (label ? described.slice(label.length).replace(/^\s*:?\s*/, '') : described) || undefined;
}

/** The order on an order's page, or a warning when the page shows none. */
export function parseOrderPage(doc: Document, pack: PortalPack, locale?: ChannelLocale): ParsedPage<CapturedOrder> {
  const heading = firstElementAt(doc, selectorsOf(pack, 'title'));
  if (!heading) return nothingHere('no order on the page');
  const via: Record<string, number> = {};
  const read = fieldReader(pack.fields, via);
  const hidden = selectorOf(pack, 'visuallyHidden');
  const headingScope: Scope = { element: heading, lines: () => textWithout(heading, hidden) ?? '' };
  const externalId = read('order.name', headingScope, orderName);
  if (!externalId) return nothingHere('no order on the page');
  const header = headerOf(pack, heading);
  const main = heading.closest('main') ?? doc.body;
  const sidebar = main.querySelector(selectorOf(pack, 'sidebar')) ?? main;
  const headerScope: Scope = {
    ...elementScope(header),
    part: (name) => (name === 'headerBadges' ? statusBadgeWords(pack, header).join('\n') : name === 'header' ? (textWithout(header, hidden) ?? '') : ''),
  };
  const sidebarScope: Scope = {
    ...elementScope(sidebar),
    part: (name) => (name === 'shippingAddress' ? addressLines(pack, sectionAfter(sidebar, labelsOf(pack, 'shippingAddress'))).join('\n') : ''),
  };
  const mainScope = elementScope(main);
  const unread: string[] = [];
  const lineRow = selectorOf(pack, 'lineRow');
  const productLink = selectorOf(pack, 'productLink');
  const lines = [
    ...outermost(main, lineRow)
      .filter((row) => row.querySelector(productLink))
      .map((row) => liveLine(pack, row, read, unread)),
    ...all(main, selectorOf(pack, 'variantLink'))
      .filter((link) => !link.closest(lineRow))
      .map((link) => listedLine(pack, link, unread)),
  ].filter((l): l is CapturedLine => l !== undefined);
  const total = read('order.total', mainScope, soleAmount);
  // The page prints how many items the order has: lines whose quantities come to another number are not all its lines.
  const itemCount = read('order.itemCount', mainScope, (t) => quantityIn(t));
  const counted = lines.reduce((sum, l) => sum + l.quantity, 0);
  if (itemCount !== undefined && counted !== itemCount && !unread.includes('lines')) unread.push('lines');
  const order = {
    externalId,
    ...statusOf(pack, read('order.badges', headerScope, (t) => t.split('\n')) ?? []),
    ...placedFrom(read('order.placedAt', headerScope, (t) => portalTimeIn(t, undefined, locale?.timeZone ?? undefined))),
    serviceLevel: read('order.serviceLevel', mainScope, (t) => deliveryMethod(pack, t)),
    currency: total?.currency,
    total: total?.amount,
    buyer: compact({
      name: read('order.customer', sidebarScope, anyText),
      email: read('order.email', sidebarScope, (t) => (EMAIL.test(t) ? t : undefined)),
      externalId: read('order.customerId', sidebarScope, (t) => CUSTOMER_ID.exec(t)?.[1]),
    }),
    lines,
    shipTo: read('order.shipTo', sidebarScope, (t) => addressFromLines(t.split('\n'))),
  };
  return { items: [withVia(withMissing(inStoreCurrency(order, locale), DETAIL_EXPECTS, unread), via)], warnings: [] };
}
