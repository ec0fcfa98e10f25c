/**
 * What the Shopify adapter's list and order page readers share: order names,
 * variant ids in links, badge words and the status they stand for, and
 * amounts printed alone. Words and selectors come from the Shopify pack.
 */

import type { Money } from '../../../shared/money.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { mapShopifyStatus } from '../../../shared/status.js';
import { all, text } from './dom.js';
import { labelsOf, selectorOf } from './packs.js';
import type { CapturedOrder } from './types.js';
import { moneyIn } from './values.js';

/** "#1001", or a name with the store's own prefix or suffix ("SO-1001"); it always has a digit. */
const ORDER_NAME = /^(?=.{1,40}$)#?[\w-]*\d[\w-]*$/;
const VARIANT_ID = /\/variants\/(\d+)|[?&]variant=(\d+)/;
/** A line's price and quantity as Shopify prints them: "$22.00 × 2", "22,00 € × 2". */
export const PRICE_TIMES = /(\S*\d[\d.,]*(?:[ \u00a0\u202f][€£$¥₹]|\S*))\s*×\s*(\d+)/;

/** A "Label: value" line (an SKU in any language), never a variant's option values ("Black / M"). */
export const LABELLED = /^(?:SKU\b|[^:/]{1,40}:\s)/i;

/** The text when it is an order name, else undefined. */
export const orderName = (t: string) => (ORDER_NAME.test(t) ? t : undefined);

/** The variant id in a link's address (`/variants/{id}` or `?variant={id}`). */
export const variantIdIn = (href: string) => {
  const m = VARIANT_ID.exec(href);
  return m?.[1] ?? m?.[2];
};

/** The variant id of a link, when its address holds one. */
export const variantIdOf = (link: Element | null | undefined) => variantIdIn(link?.getAttribute('href') ?? '');

/**
 * An element without its screen-reader-only words, as a detached copy:
 * elements of the visually-hidden class, and (for when that class is
 * renamed) an element printing only a badge's tone ("Success", "Attention")
 * ahead of the badge's own word.
 */
export function shown(pack: PortalPack, el: Element | undefined): Element | undefined {
  if (!el) return undefined;
  const hidden = selectorOf(pack, 'visuallyHidden');
  const tones = toneWords(pack);
  const isTone = (e: Element) => e.firstElementChild === null && tones.has((e.textContent ?? '').trim().toLowerCase()) && text(e.nextElementSibling) !== undefined;
  const toneAt = all(el, '*').some(isTone);
  if (!toneAt && !el.querySelector(hidden)) return el;
  const copy = el.cloneNode(true) as Element;
  for (const h of all(copy, hidden)) h.remove();
  for (const t of all(copy, '*').filter(isTone)) t.remove();
  return copy;
}

const toneCache = new WeakMap<PortalPack, ReadonlySet<string>>();
function toneWords(pack: PortalPack): ReadonlySet<string> {
  let tones = toneCache.get(pack);
  if (!tones) toneCache.set(pack, (tones = new Set(labelsOf(pack, 'badgeTones').map((t) => t.toLowerCase()))));
  return tones;
}

/** The visible words of each badge under `root`. */
function badgeWords(pack: PortalPack, root: Element): string[] {
  const badge = selectorOf(pack, 'badge');
  return all(root, badge)
    .filter((b) => !b.parentElement?.closest(badge))
    .map((b) => text(shown(pack, b)))
    .filter((w): w is string => w !== undefined);
}

/**
 * The words of the badges under `root`, when they are all of its status
 * words: each payment, fulfillment or cancelled word `root` prints must be
 * on a badge found. A badge whose class was renamed is missed, and the
 * words left would be a status the page does not show; then there are none.
 */
export function statusBadgeWords(pack: PortalPack, root: Element): string[] {
  const words = badgeWords(pack, root);
  const known = statusWords(pack);
  const isStatus = (w: string) => ['payment', 'fulfillment', 'cancelled'].includes(known.get(w.toLowerCase())?.[0] ?? '');
  const printed = new Set(
    all(shown(pack, root)!, '*')
      .filter((e) => e.firstElementChild === null)
      .map((e) => text(e) ?? '')
      .filter(isStatus),
  );
  const onBadges = new Set(words.filter(isStatus));
  return printed.size === onBadges.size && [...printed].every((w) => onBadges.has(w)) ? words : [];
}

/** The pack's status words: label names `payment.<financial status>` and `fulfillment.<fulfillment status>`. */
function statusWords(pack: PortalPack): Map<string, readonly [kind: string, value: string]> {
  let words = statusWordCache.get(pack);
  if (!words) {
    words = new Map();
    for (const [name, list] of Object.entries(pack.labels)) {
      const [kind, value] = name.split('.');
      if ((kind !== 'payment' && kind !== 'fulfillment') || !value) continue;
      for (const word of list) words.set(word.toLowerCase(), [kind, value.replaceAll('_', ' ')]);
    }
    for (const word of labelsOf(pack, 'cancelled')) words.set(word.toLowerCase(), ['cancelled', '']);
    for (const word of labelsOf(pack, 'neutral')) words.set(word.toLowerCase(), ['neutral', '']);
    statusWordCache.set(pack, words);
  }
  return words;
}
const statusWordCache = new WeakMap<PortalPack, Map<string, readonly [string, string]>>();

/**
 * Status fields from the admin's payment and fulfillment badge words. A
 * status is given only when every word shown is known and the fulfillment
 * is shown (or the order is cancelled): "Paid" alone does not say whether
 * the order has shipped. The payment status comes from the payment word alone.
 */
export function statusOf(pack: PortalPack, words: readonly string[]): Pick<CapturedOrder, 'channelStatus' | 'status' | 'paymentStatus'> {
  if (words.length === 0) return {};
  const known = statusWords(pack);
  let payment: string | undefined;
  let fulfillment: string | undefined;
  let cancelled = false;
  let unknown = false;
  for (const word of words) {
    const [kind, value] = known.get(word.toLowerCase()) ?? ['unknown', ''];
    if (kind === 'payment') payment ??= value;
    else if (kind === 'fulfillment') fulfillment ??= value;
    else if (kind === 'cancelled') cancelled = true;
    else if (kind === 'unknown') unknown = true;
  }
  const settled = !unknown && (fulfillment !== undefined || cancelled || payment === 'voided');
  const mapped = settled ? mapShopifyStatus(payment ?? '', fulfillment, cancelled) : undefined;
  const paymentStatus = payment === undefined ? undefined : mapShopifyStatus(payment, 'unfulfilled')?.paymentStatus;
  return { channelStatus: words.join(', '), status: mapped?.status, paymentStatus };
}

/** Whether a line prints an amount of money and nothing else ("$56.50", "56,50 €", "EUR 56.50"). */
export function isAmountLine(line: string): boolean {
  return moneyIn(line) !== undefined && line.replace(/[A-Z]{1,3}\$|\b[A-Z]{3}\b|[\d.,\s\u00a0\u202f$£€¥₹+\-−]/g, '') === '';
}

/**
 * The one amount a text prints and nothing else, or undefined: a cell
 * printing an amount struck through beside the current one ("$56.50
 * $0.00") says two things, and which is the total is a guess.
 */
export function soleAmount(t: string): Money | undefined {
  return isAmountLine(t) && (t.match(/\d[\d.,]*/g) ?? []).length === 1 ? moneyIn(t) : undefined;
}

/** A product link's title with its variant line, as Shopify's export names line items ("Tee - Black / M"). */
export function variantTitle(link: Element | null): string | undefined {
  const variant = text(link?.nextElementSibling);
  return [text(link), variant && !LABELLED.test(variant) ? variant : undefined].filter(Boolean).join(' - ') || undefined;
}
