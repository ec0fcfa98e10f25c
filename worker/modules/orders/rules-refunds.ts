/**
 * What a refund may be and what it does to an order's payment status. Pure:
 * the service reads the order, asks here, then writes.
 */

import { toDecimalString } from '../../../shared/money.js';
import type { PaymentStatus } from '../../../shared/status.js';
import type { FieldIssue } from '../../errors.js';

/** The order as a refund sees it. */
export interface RefundableOrder {
  /** Null while no source has shown the total. */
  total: number | null;
  currency: string;
  refunded: number;
  paymentStatus: PaymentStatus;
}

/** A line with the units earlier refunds already covered. */
export interface RefundableLine {
  id: string;
  quantity: number;
  refundedQuantity: number;
}

/** What the seller asks to refund. */
export interface RefundAsk {
  amount: number;
  currency?: string;
  lines?: ReadonlyArray<{ lineId: string; quantity: number }>;
}

/**
 * Money still refundable: nothing while the order is unpaid or once it is
 * refunded (also when only the channel said so, without the amounts), else
 * the total less earlier refunds. An unknown total sets no cap: the book
 * cannot say the seller refunded too much.
 */
export function refundable(order: RefundableOrder): number {
  if (order.paymentStatus === 'pending' || order.paymentStatus === 'refunded') return 0;
  if (order.total === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, order.total - order.refunded);
}

/**
 * Why the refund cannot be made, one issue per field: a currency other than
 * the order's, more money than is still refundable, lines the order lacks or
 * more units than a line holds once earlier refunds are taken off.
 */
export function refundIssues(order: RefundableOrder, lines: readonly RefundableLine[], ask: RefundAsk): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (ask.currency !== undefined && ask.currency !== order.currency) issues.push({ path: 'currency', message: `The order is in ${order.currency}, not ${ask.currency}.` });
  const left = refundable(order);
  if (ask.amount > left) {
    const why =
      order.paymentStatus === 'pending'
        ? 'the order is not paid'
        : order.paymentStatus === 'refunded' && (order.total === null || order.refunded < order.total)
          ? 'the channel reports the order refunded'
          : `${order.refunded} of ${order.total} is already refunded`;
    issues.push({ path: 'amount', message: `At most ${left} (minor units of ${order.currency}) can be refunded: ${why}.` });
  }
  ask.lines?.forEach((asked, i) => {
    const line = lines.find((l) => l.id === asked.lineId);
    if (!line) issues.push({ path: `lines.${i}.lineId`, message: `No line ${asked.lineId} in this order.` });
    else if (asked.quantity > line.quantity - line.refundedQuantity) {
      issues.push({ path: `lines.${i}.quantity`, message: `Only ${line.quantity - line.refundedQuantity} unit(s) of this line are left to refund.` });
    }
  });
  return issues;
}

/**
 * The payment status once `refunded` of `total` has gone back: refunded when
 * all of it, partially refunded when some (or when the total is unknown:
 * all of it cannot be told), else what it was.
 */
export function paymentStatusAfter(refunded: number, total: number | null, current: PaymentStatus): PaymentStatus {
  if (refunded <= 0) return current;
  return total !== null && refunded >= total ? 'refunded' : 'partially_refunded';
}

/** What the book already holds of an order's refunds. */
export interface KnownRefunds {
  refunded: number;
  /** Channel ids of the refunds already recorded. */
  ids: ReadonlySet<string>;
}

/** A refund a capture brings that the book does not hold yet. */
export interface NewCapturedRefund {
  externalId: string;
  amount: number;
  at: string;
  reason: string | null;
}

/**
 * The refunds a capture adds: each reported refund whose id is new, then,
 * when the channel gives only its refunded total, what that total exceeds
 * the book's (keyed by the total, so the same report twice adds nothing and
 * a book already holding as much, from the seller's own refunds, adds nothing).
 */
export function newCapturedRefunds(
  known: KnownRefunds,
  reported: { refunds?: ReadonlyArray<{ externalId: string; amount: number; at?: string; reason?: string }>; refundedTotal?: number },
  at: string,
  currency: string,
): NewCapturedRefund[] {
  const out: NewCapturedRefund[] = [];
  const ids = new Set(known.ids);
  let refunded = known.refunded;
  for (const r of reported.refunds ?? []) {
    if (ids.has(r.externalId)) continue;
    ids.add(r.externalId);
    refunded += r.amount;
    out.push({ externalId: r.externalId, amount: r.amount, at: r.at ? new Date(r.at).toISOString() : at, reason: r.reason ?? null });
  }
  const total = reported.refundedTotal;
  const key = `total:${total}`;
  if (total !== undefined && total > refunded && !ids.has(key)) {
    out.push({ externalId: key, amount: total - refunded, at, reason: `The channel reports ${toDecimalString(total, currency)} ${currency} refunded in all` });
  }
  return out;
}
