import { describe, expect, test } from 'vitest';
import { shopifyWebhookOrder } from '../../../shared/imports/shopify-webhook.js';
import created from '../../fixtures/webhooks/shopify-orders-create.json' with { type: 'json' };

const context = { channelId: 'ch_shop', topic: 'orders/create' };

/** The fixture with some fields replaced. */
const payload = (overrides: Record<string, unknown> = {}) => ({ ...structuredClone(created), ...overrides });

describe('Shopify order webhooks as captures', () => {
  test('an orders/create payload becomes the order, keyed by its name as in the orders export', () => {
    expect(shopifyWebhookOrder(payload(), context)).toEqual({
      order: {
        channelId: 'ch_shop',
        externalId: '#1042',
        status: 'ready',
        channelStatus: 'paid',
        placedAt: '2026-11-02T14:14:55.000Z',
        updatedAt: '2026-11-02T14:15:02.000Z',
        currency: 'USD',
        total: 6935,
        buyer: { name: 'Sam Rivera', email: 'sam.rivera@example.com', externalId: '7001234567890' },
        serviceLevel: 'Standard Shipping',
        paymentStatus: 'paid',
        lines: [
          { sku: 'NAP-4-SAND', channelSku: '9001', channelLineId: '14001', title: 'Linen napkin, set of 4', quantity: 2, unitPrice: 1950 },
          { sku: 'RUN-1', channelSku: '9002', channelLineId: '14002', title: 'Table runner', quantity: 1, unitPrice: 2400 },
        ],
        shipTo: { name: 'Sam Rivera', line1: '500 Elm St', line2: 'Apt 4', city: 'Columbus', region: 'OH', postalCode: '43215', country: 'US', phone: '+1 614 555 0100' },
      },
    });
  });

  test('a fulfilled payload is shipped; a partial one partially shipped', () => {
    const fulfilled = shopifyWebhookOrder(payload({ fulfillment_status: 'fulfilled' }), { ...context, topic: 'orders/fulfilled' });
    expect('order' in fulfilled && [fulfilled.order.status, fulfilled.order.channelStatus]).toEqual(['shipped', 'paid / fulfilled']);
    const partial = shopifyWebhookOrder(payload({ fulfillment_status: 'partial' }), { ...context, topic: 'orders/updated' });
    expect('order' in partial && partial.order.status).toBe('partially_shipped');
  });

  test('orders/cancelled is cancelled even before cancelled_at is set; a refund after cancel keeps it cancelled', () => {
    const cancelled = shopifyWebhookOrder(payload(), { ...context, topic: 'orders/cancelled' });
    expect('order' in cancelled && [cancelled.order.status, cancelled.order.paymentStatus]).toEqual(['cancelled', 'paid']);
    const refunded = shopifyWebhookOrder(payload({ cancelled_at: '2026-11-03T10:00:00-05:00', financial_status: 'refunded' }), { ...context, topic: 'orders/updated' });
    expect('order' in refunded && [refunded.order.status, refunded.order.paymentStatus, refunded.order.channelStatus]).toEqual(['cancelled', 'refunded', 'refunded / cancelled']);
  });

  test('a pending payment is pending; lines removed in an edit (quantity 0) are dropped', () => {
    const body = payload({ financial_status: 'pending' });
    body.line_items[1]!.quantity = 0;
    const result = shopifyWebhookOrder(body, context);
    expect('order' in result && [result.order.status, result.order.paymentStatus, result.order.lines.map((l) => l.sku)]).toEqual(['pending', 'pending', ['NAP-4-SAND']]);
  });

  test('a yen order is read in whole yen; numbers for amounts are accepted', () => {
    const result = shopifyWebhookOrder(payload({ currency: 'JPY', total_price: 12800, line_items: [{ sku: 'TEA', title: 'Tea', quantity: 1, price: '12800' }] }), context);
    expect('order' in result && [result.order.total, result.order.lines[0]!.unitPrice]).toEqual([12800, 12800]);
  });

  test('no name falls back to the numeric id; an invalid email is left out rather than failing the order', () => {
    const result = shopifyWebhookOrder(payload({ name: null, email: 'not-an-email', customer: null }), context);
    expect('order' in result && [result.order.externalId, result.order.buyer]).toEqual(['5512345678901', { name: 'Sam Rivera' }]);
  });

  test('what cannot be an order is refused with the payload field at fault', () => {
    expect(shopifyWebhookOrder({ hello: 'world' }, context)).toMatchObject({ issues: expect.arrayContaining([{ path: 'id', message: expect.any(String) }]) });
    expect(shopifyWebhookOrder(payload({ total_price: '69,35 USD' }), context)).toEqual({ issues: [{ path: 'total_price', message: '"69,35 USD" is not an amount in USD' }] });
    expect(shopifyWebhookOrder(payload({ financial_status: 'bartered' }), context)).toEqual({ issues: [{ path: 'financial_status', message: '"bartered / " is not a Shopify order status' }] });
    expect(shopifyWebhookOrder(payload({ line_items: [] }), context)).toEqual({ issues: [{ path: 'line_items', message: 'the order has no line items with a quantity' }] });
  });
});

describe('refunds in Shopify order webhooks', () => {
  const refund = (id: number, transactions: Array<Record<string, unknown>>, note: string | null = null) => ({ id, created_at: '2026-11-03T09:59:00-05:00', note, transactions });

  test('each refund that moved money becomes a captured refund keyed by its id; failed attempts and restocks only are left out', () => {
    const body = payload({
      financial_status: 'partially_refunded',
      refunds: [
        refund(
          901,
          [
            { amount: '19.50', kind: 'refund', status: 'success' },
            { amount: '5.00', kind: 'refund', status: 'failure' },
          ],
          'Damaged in transit',
        ),
        refund(902, []),
        refund(903, [
          { amount: '1.00', kind: 'refund', status: 'success' },
          { amount: '2.00', kind: 'refund', status: 'success' },
        ]),
      ],
    });
    const mapped = shopifyWebhookOrder(body, { ...context, topic: 'orders/updated' });
    if (!('order' in mapped)) throw new Error(JSON.stringify(mapped.issues));
    expect([mapped.order.paymentStatus, mapped.order.refunds]).toEqual([
      'partially_refunded',
      [
        { externalId: 'shopify-refund:901', amount: 1950, at: '2026-11-03T14:59:00.000Z', reason: 'Damaged in transit' },
        { externalId: 'shopify-refund:903', amount: 300, at: '2026-11-03T14:59:00.000Z' },
      ],
    ]);
  });

  test('a refund amount that is not money is refused naming it', () => {
    const body = payload({ refunds: [refund(904, [{ amount: 'lots', kind: 'refund', status: 'success' }])] });
    expect(shopifyWebhookOrder(body, context)).toEqual({ issues: [{ path: 'refunds.0.transactions.0.amount', message: '"lots" is not an amount in USD' }] });
  });
});
