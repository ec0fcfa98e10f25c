/**
 * Checks on what content scripts send, before anything is stored: a message
 * from a portal page is trusted no further than its shape. A malformed
 * message is refused whole (it is a bug in a content script, and loud is
 * better than half-stored).
 */
import { isKnownCurrency, isKnownTimeZone } from '../../shared/channel-locale.js';
import type { StatusShipment } from '../../shared/schemas/order.js';
import type { PageHealth } from '../content/core/page-health.js';
import type { CapturedOrder, PageAccount, PortalId } from '../content/portals/types.js';
import { BackgroundError, type PageReconciliation, type ScrubbedPageAnswer, type TabMessage } from './messages.js';
import { isPortal } from './portal-links.js';

/** Most orders one capture message may carry. */
export const MAX_ORDERS_PER_MESSAGE = 5_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function looksLikeOrder(v: unknown): v is CapturedOrder {
  return (
    isRecord(v) &&
    typeof v.externalId === 'string' &&
    v.externalId.trim().length > 0 &&
    v.externalId.length <= 120 &&
    Array.isArray(v.lines) &&
    v.lines.every((l) => isRecord(l) && typeof l.quantity === 'number') &&
    Array.isArray(v.missing ?? [])
  );
}

/** An account key or name as a page may say it: text of 1 to 200 characters. */
const isAccountText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;

/** A page's account, or BackgroundError `bad_message` naming `field`. */
function validAccount(v: unknown, field: string): PageAccount {
  if (!isRecord(v) || !isAccountText(v.key)) throw new BackgroundError('bad_message', `${field}.key must be text of 1 to 200 characters.`);
  if (v.name !== undefined && !isAccountText(v.name)) throw new BackgroundError('bad_message', `${field}.name must be text of 1 to 200 characters.`);
  return { key: v.key.trim(), ...(v.name !== undefined ? { name: v.name.trim() } : {}) };
}

/** The portal, orders and account (when the page said) of a capture message, or BackgroundError `bad_message`. */
export function validCaptures(message: { channelKind?: unknown; orders?: unknown; account?: unknown }): {
  channelKind: PortalId;
  orders: CapturedOrder[];
  account: PageAccount | undefined;
} {
  const { channelKind, orders } = message;
  if (typeof channelKind !== 'string' || !isPortal(channelKind))
    throw new BackgroundError('bad_message', `capture needs channelKind amazon, ebay, etsy, shopify or walmart, not ${JSON.stringify(channelKind)}.`);
  if (!Array.isArray(orders) || orders.length > MAX_ORDERS_PER_MESSAGE) throw new BackgroundError('bad_message', `capture needs a list of at most ${MAX_ORDERS_PER_MESSAGE} orders.`);
  const bad = orders.findIndex((o) => !looksLikeOrder(o));
  if (bad >= 0) throw new BackgroundError('bad_message', `orders[${bad}] is not a captured order (it needs an externalId and lines with quantities).`);
  const account = message.account === undefined ? undefined : validAccount(message.account, 'account');
  return { channelKind, orders: (orders as CapturedOrder[]).map((o) => ({ ...o, missing: o.missing ?? [], partial: Boolean(o.partial) })), account };
}

/** A portal and one of the seller's accounts on it, or BackgroundError `bad_message`. */
export function validAccountRef(message: { channelKind?: unknown; account?: unknown }): { channelKind: PortalId; account: PageAccount } {
  const { channelKind } = message;
  if (typeof channelKind !== 'string' || !isPortal(channelKind))
    throw new BackgroundError('bad_message', `An account needs channelKind amazon, ebay, etsy, shopify or walmart, not ${JSON.stringify(channelKind)}.`);
  return { channelKind, account: validAccount(message.account, 'account') };
}

/** The portal, account and chosen channel (an id, or a new channel) of a chooseChannel message, or BackgroundError `bad_message`. */
export function validChannelChoice(message: { channelKind?: unknown; account?: unknown; channelId?: unknown; newChannel?: unknown }): {
  channelKind: PortalId;
  account: PageAccount;
  target: { channelId: string } | { newChannel: true };
} {
  const { channelId, newChannel } = message;
  const { channelKind, account } = validAccountRef(message);
  if (newChannel === true && channelId === undefined) return { channelKind, account, target: { newChannel: true } };
  if (typeof channelId === 'string' && channelId.length > 0 && channelId.length <= 64 && newChannel === undefined) return { channelKind, account, target: { channelId } };
  throw new BackgroundError('bad_message', 'chooseChannel needs either channelId (a channel id) or newChannel: true.');
}

/** The portal, order numbers and account key (when the page said) of a statuses message, or BackgroundError `bad_message`. */
export function validStatusesAsk(message: { channelKind?: unknown; externalIds?: unknown; accountKey?: unknown }): {
  channelKind: PortalId;
  externalIds: string[];
  accountKey: string | undefined;
} {
  const { channelKind, externalIds, accountKey } = message;
  if (typeof channelKind !== 'string' || !isPortal(channelKind))
    throw new BackgroundError('bad_message', `statuses needs channelKind amazon, ebay, etsy, shopify or walmart, not ${JSON.stringify(channelKind)}.`);
  if (!Array.isArray(externalIds) || externalIds.some((id) => typeof id !== 'string')) throw new BackgroundError('bad_message', 'statuses needs a list of order numbers.');
  if (accountKey !== undefined && !isAccountText(accountKey)) throw new BackgroundError('bad_message', 'statuses: accountKey must be text of 1 to 200 characters.');
  return { channelKind, externalIds, accountKey: accountKey?.trim() };
}

/** The portal and account key (when the page said) of a channelLocale message, or BackgroundError `bad_message`. */
export function validLocaleAsk(message: { channelKind?: unknown; accountKey?: unknown }): { channelKind: PortalId; accountKey: string | undefined } {
  const { channelKind, accountKey } = message;
  if (typeof channelKind !== 'string' || !isPortal(channelKind))
    throw new BackgroundError('bad_message', `channelLocale needs channelKind amazon, ebay, etsy, shopify or walmart, not ${JSON.stringify(channelKind)}.`);
  if (accountKey !== undefined && !isAccountText(accountKey)) throw new BackgroundError('bad_message', 'channelLocale: accountKey must be text of 1 to 200 characters.');
  return { channelKind, accountKey: accountKey?.trim() };
}

/** A channel and the currency and zone to set on it (null clears one), checked as the worker checks them, or BackgroundError `bad_message`. */
export function validLocaleChange(message: { channelId?: unknown; currency?: unknown; timeZone?: unknown }): { channelId: string; currency: string | null; timeZone: string | null } {
  const { channelId, currency, timeZone } = message;
  if (typeof channelId !== 'string' || channelId.length === 0 || channelId.length > 64) throw new BackgroundError('bad_message', 'setChannelLocale needs a channel id.');
  if (currency !== null && (typeof currency !== 'string' || !isKnownCurrency(currency))) throw new BackgroundError('bad_message', `${String(currency)} is not an ISO 4217 currency code such as CAD.`);
  if (timeZone !== null && (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)))
    throw new BackgroundError('bad_message', `${String(timeZone)} is not an IANA time zone such as Europe/Berlin.`);
  return { channelId, currency, timeZone };
}

/** Text of at most `max` characters, or null. */
const isShortTextOrNull = (v: unknown, max: number): v is string | null => v === null || (typeof v === 'string' && v.length <= max);
const ORDER_NUMBER = /^[\w#.-]{1,120}$/;

/** A parcel as the book gave it to a page, checked field by field (it only ever fills a form the seller then reads). */
function looksLikeParcel(v: unknown): v is StatusShipment {
  return (
    isRecord(v) &&
    isShortTextOrNull(v.carrier, 120) &&
    isShortTextOrNull(v.service, 120) &&
    isShortTextOrNull(v.trackingNumber, 120) &&
    typeof v.shippedAt === 'string' &&
    !Number.isNaN(Date.parse(v.shippedAt)) &&
    Array.isArray(v.lines) &&
    v.lines.length <= 500 &&
    v.lines.every((l) => isRecord(l) && isShortTextOrNull(l.sku, 200) && isShortTextOrNull(l.channelSku, 200) && typeof l.quantity === 'number' && Number.isInteger(l.quantity) && l.quantity >= 0)
  );
}

/** The portal and order number of a confirm-fill message, and its parcel when `withParcel`; or BackgroundError `bad_message`. */
export function validConfirmFill(message: { channelKind?: unknown; externalId?: unknown; parcel?: unknown }, withParcel: true): { channelKind: PortalId; externalId: string; parcel: StatusShipment };
export function validConfirmFill(message: { channelKind?: unknown; externalId?: unknown }, withParcel: false): { channelKind: PortalId; externalId: string };
export function validConfirmFill(
  message: { channelKind?: unknown; externalId?: unknown; parcel?: unknown },
  withParcel: boolean,
): { channelKind: PortalId; externalId: string; parcel?: StatusShipment } {
  const { channelKind, externalId, parcel } = message;
  if (typeof channelKind !== 'string' || !isPortal(channelKind))
    throw new BackgroundError('bad_message', `A confirm fill needs channelKind amazon, ebay, etsy, shopify or walmart, not ${JSON.stringify(channelKind)}.`);
  if (typeof externalId !== 'string' || !ORDER_NUMBER.test(externalId)) throw new BackgroundError('bad_message', 'A confirm fill needs externalId, the order number as the portal prints it.');
  if (!withParcel) return { channelKind, externalId };
  if (!looksLikeParcel(parcel)) throw new BackgroundError('bad_message', 'parcel must be a parcel as the book gives it (carrier, service, trackingNumber, shippedAt, lines).');
  return { channelKind, externalId, parcel };
}

const PAGE_KINDS = new Set(['orders', 'order', 'listings']);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000;
const FIELD = /^[A-Za-z][\w.]{0,79}$/;
const isCounts = (v: unknown, key: RegExp): v is Record<string, number> => isRecord(v) && Object.keys(v).length <= 100 && Object.entries(v).every(([k, n]) => key.test(k) && isCount(n));

/** The portal and page health of a pageHealth message, or BackgroundError `bad_message` naming the field. */
export function validPageHealth(message: { channelKind?: unknown; health?: unknown }): { channelKind: PortalId; health: PageHealth } {
  const { channelKind, health: h } = message;
  const bad = (field: string) => new BackgroundError('bad_message', `pageHealth: ${field} is missing or out of range.`);
  if (typeof channelKind !== 'string' || !isPortal(channelKind)) throw bad('channelKind');
  if (!isRecord(h)) throw bad('health');
  if (h.portal !== channelKind) throw bad('health.portal');
  if (typeof h.pageKind !== 'string' || !PAGE_KINDS.has(h.pageKind)) throw bad('health.pageKind');
  if (typeof h.packVersion !== 'number' || !Number.isInteger(h.packVersion) || h.packVersion < 1) throw bad('health.packVersion');
  for (const field of ['idsSeen', 'rowsRead', 'rowsSkipped', 'unread'] as const) if (!isCount(h[field])) throw bad(`health.${field}`);
  if (h.countPrinted !== undefined && !isCount(h.countPrinted)) throw bad('health.countPrinted');
  if (!isCounts(h.fieldsMissing, FIELD)) throw bad('health.fieldsMissing');
  if (!isRecord(h.strategies) || Object.keys(h.strategies).length > 100 || !Object.entries(h.strategies).every(([k, v]) => FIELD.test(k) && isCounts(v, /^\d{1,2}$/))) {
    throw bad('health.strategies');
  }
  if (typeof h.ok !== 'boolean' || typeof h.experimental !== 'boolean') throw bad('health.ok');
  return { channelKind, health: h as unknown as PageHealth };
}

/** Longest scrubbed page the injected scrubber may send back (characters); Chrome's messages stop at 64 MiB of JSON. */
export const MAX_SCRUBBED_PAGE = 40_000_000;

/**
 * The injected scrubber's answer (entrypoints/scrub-page.ts), trusted no further than its
 * shape: an HTML document and a file name, or the reason it could not be made.
 */
export function scrubbedPageAnswerOf(answer: unknown): ScrubbedPageAnswer {
  if (isRecord(answer) && typeof answer.error === 'string') return { error: answer.error };
  if (!isRecord(answer) || typeof answer.html !== 'string' || typeof answer.fileName !== 'string') {
    return { error: 'Orderlens on this page did not answer: reload the page and try again.' };
  }
  const fileName = answer.fileName.replace(/[^\w.-]/g, '_');
  if (!/^<!DOCTYPE html>/i.test(answer.html) || !fileName.endsWith('.html')) return { error: 'The saved page is not an HTML document.' };
  return { html: answer.html, fileName };
}

/** Whether a message to a portal tab is the popup's ask for the page's reconciliation counts. */
export function isReconciliationAsk(message: unknown): message is TabMessage<'reconciliation'> {
  return isRecord(message) && message.type === 'reconciliation';
}

const COUNTS = ['ordersShown', 'newToBook', 'shippedInBook', 'cancelledOnPortal', 'listingsShown', 'quantitiesDiffer', 'notLinked'] as const;

/** A content script's reconciliation counts, trusted no further than their shape; null when they are not counts. */
export function reconciliationAnswerOf(answer: unknown): PageReconciliation | null {
  if (!isRecord(answer) || !['orders', 'order', 'listings'].includes(answer.pageKind as string) || typeof answer.known !== 'boolean') return null;
  if (!COUNTS.every((k) => Number.isInteger(answer[k]) && (answer[k] as number) >= 0)) return null;
  return answer as unknown as PageReconciliation;
}
