/** The refund rules, pure: what may be refunded, the payment status after, and what a capture's refunds add. */
import { describe, expect, test } from 'vitest';
import { newCapturedRefunds, paymentStatusAfter, refundable, refundIssues } from '../../worker/modules/orders/rules-refunds.js';

const paid = { total: 2598, currency: 'USD', refunded: 0, paymentStatus: 'paid' as const };
const AT = '2026-11-21T00:00:00.000Z';

describe('refund rules', () => {
  test('the payment status follows the refunded total; without refunds it stays what it was', () => {
    expect([paymentStatusAfter(0, 2598, 'paid'), paymentStatusAfter(1, 2598, 'paid'), paymentStatusAfter(2597, 2598, 'paid'), paymentStatusAfter(2598, 2598, 'paid')]).toEqual([
      'paid',
      'partially_refunded',
      'partially_refunded',
      'refunded',
    ]);
  });

  test('an unpaid or refunded order has nothing refundable; a paid one its total less earlier refunds', () => {
    expect([refundable({ ...paid, paymentStatus: 'pending' }), refundable(paid), refundable({ ...paid, refunded: 598 })]).toEqual([0, 2598, 2000]);
    // A channel that says "refunded" without the amounts leaves nothing to refund here.
    expect(refundable({ ...paid, paymentStatus: 'refunded' })).toBe(0);
    expect(refundIssues({ ...paid, paymentStatus: 'refunded' }, [], { amount: 1 })).toEqual([
      { path: 'amount', message: 'At most 0 (minor units of USD) can be refunded: the channel reports the order refunded.' },
    ]);
  });

  test('each refusal names its field: currency, amount, a missing line, and units beyond what earlier refunds left', () => {
    const lines = [
      { id: 'lin_a', quantity: 2, refundedQuantity: 1 },
      { id: 'lin_b', quantity: 1, refundedQuantity: 0 },
    ];
    expect(
      refundIssues({ ...paid, refunded: 2000 }, lines, {
        amount: 599,
        currency: 'EUR',
        lines: [
          { lineId: 'lin_a', quantity: 2 },
          { lineId: 'lin_x', quantity: 1 },
          { lineId: 'lin_b', quantity: 1 },
        ],
      }),
    ).toEqual([
      { path: 'currency', message: 'The order is in USD, not EUR.' },
      { path: 'amount', message: 'At most 598 (minor units of USD) can be refunded: 2000 of 2598 is already refunded.' },
      { path: 'lines.0.quantity', message: 'Only 1 unit(s) of this line are left to refund.' },
      { path: 'lines.1.lineId', message: 'No line lin_x in this order.' },
    ]);
    expect(refundIssues(paid, lines, { amount: 2598, currency: 'USD', lines: [{ lineId: 'lin_a', quantity: 1 }] })).toEqual([]);
  });

  test('a capture adds the refunds whose ids are new, once each, in the order given', () => {
    const known = { refunded: 500, ids: new Set(['shopify-refund:1']) };
    const reported = {
      refunds: [
        { externalId: 'shopify-refund:1', amount: 500 },
        { externalId: 'shopify-refund:2', amount: 300, at: '2026-11-20T10:00:00-05:00', reason: 'Late' },
        { externalId: 'shopify-refund:2', amount: 300 },
      ],
    };
    expect(newCapturedRefunds(known, reported, AT, 'USD')).toEqual([{ externalId: 'shopify-refund:2', amount: 300, at: '2026-11-20T15:00:00.000Z', reason: 'Late' }]);
  });

  test('a refunded total adds only what exceeds the book’s, keyed by that total, and nothing when the book holds as much', () => {
    const none = { refunded: 0, ids: new Set<string>() };
    expect(newCapturedRefunds(none, { refundedTotal: 2000 }, AT, 'EUR')).toEqual([{ externalId: 'total:2000', amount: 2000, at: AT, reason: 'The channel reports 20.00 EUR refunded in all' }]);
    expect(newCapturedRefunds({ refunded: 2000, ids: new Set(['total:2000']) }, { refundedTotal: 5490 }, AT, 'EUR')).toEqual([
      { externalId: 'total:5490', amount: 3490, at: AT, reason: 'The channel reports 54.90 EUR refunded in all' },
    ]);
    expect(newCapturedRefunds({ refunded: 2000, ids: new Set() }, { refundedTotal: 2000 }, AT, 'EUR')).toEqual([]);
    expect(newCapturedRefunds({ refunded: 2000, ids: new Set() }, { refundedTotal: 1500 }, AT, 'EUR')).toEqual([]);
    expect(newCapturedRefunds(none, { refundedTotal: 0 }, AT, 'EUR')).toEqual([]);
  });
});
