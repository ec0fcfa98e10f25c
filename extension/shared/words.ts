/** Orderlens values in the seller's words, for the extension's pages. */
import { formatMoney } from '../../shared/money.js';
import type { OrderStatus, PaymentStatus } from '../../shared/status.js';

/** Each unified status as a seller says it. */
export const STATUS_WORDS: Readonly<Record<OrderStatus, string>> = {
  unknown: 'Status unknown',
  pending: 'Awaiting payment',
  on_hold: 'On hold',
  ready: 'Ready to pick',
  in_progress: 'Being picked',
  partially_shipped: 'Partly shipped',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  returned: 'Returned',
};

/** A status in words; unknown values are shown as they are. */
export function statusWords(status: string): string {
  return STATUS_WORDS[status as OrderStatus] ?? status;
}

/** Each payment status as a seller says it. */
export const PAYMENT_WORDS: Readonly<Record<PaymentStatus, string>> = {
  pending: 'Not paid yet',
  paid: 'Paid',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
};

/** A payment status in words; unknown values are shown as they are. */
export function paymentWords(status: string): string {
  return PAYMENT_WORDS[status as PaymentStatus] ?? status;
}

/** Money in minor units as the seller reads it. */
export function money(amount: number, currency: string): string {
  return formatMoney({ amount, currency });
}

/** Money the book may not know yet (null: no source showed it), said as unknown rather than 0. */
export function moneyOrUnknown(amount: number | null, currency: string, unknownWords = 'unknown'): string {
  return amount === null ? unknownWords : money(amount, currency);
}

/** A date and time, short, in the browser's locale. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * When an order was placed, as far as the book knows it: an order whose day
 * alone was read ('day', held at midnight UTC of that day) shows that day and
 * no time, and the day it names, not the browser zone's day around that midnight.
 */
export function placedWhen(order: { placedAt: string; placedAtPrecision: 'day' | 'time' | null }): string {
  if (order.placedAtPrecision !== 'day') return when(order.placedAt);
  const date = new Date(order.placedAt);
  return Number.isNaN(date.getTime()) ? order.placedAt : date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** How the book ships an order that was split or merged, in a few words; null when it ships as the channel sold it. */
export function shipsAsWords(order: { parentOrderId: string | null; splitInto: readonly string[]; mergedWith: readonly string[] }): string | null {
  const parts: string[] = [];
  if (order.splitInto.length > 0) parts.push(`split into ${order.splitInto.length + 1}`);
  else if (order.parentOrderId) parts.push('split part');
  if (order.mergedWith.length > 0) parts.push(`merged with ${order.mergedWith.length} other order${order.mergedWith.length === 1 ? '' : 's'}`);
  return parts.length ? parts.join(' · ') : null;
}
