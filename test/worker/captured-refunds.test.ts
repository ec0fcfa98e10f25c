/**
 * Refunds the channels report, on real D1: a Shopify webhook's refunds[]
 * and an export's "Refunded Amount" are recorded once however often they
 * arrive, and move the order's refunded total and payment status.
 */
import { env } from 'cloudflare:test';
import { describe, expect, test } from 'vitest';
import { app } from '../../worker/app.js';
import created from '../fixtures/webhooks/shopify-orders-create.json';
import { anOrder, call, newSeller, rowCount } from './helpers.js';
import { importFile } from './import-helpers.js';

const SECRET = 'shpss_refunds_0123456789';

async function sign(body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)))));
}

async function deliver(channelId: string, payload: unknown, deliveryId: string) {
  const body = JSON.stringify(payload);
  const headers = { 'Content-Type': 'application/json', 'X-Shopify-Hmac-Sha256': await sign(body), 'X-Shopify-Topic': 'orders/updated', 'X-Shopify-Webhook-Id': deliveryId };
  const res = await app.request(`/v1/hooks/shopify/${channelId}`, { method: 'POST', headers, body }, env);
  return { status: res.status, body: (await res.json()) as { outcome: string; order: { id: string } | null; redelivery: boolean } };
}

const refund = (id: number, amount: string, note: string, at: string) => ({
  id,
  created_at: at,
  note,
  transactions: [
    { amount, kind: 'refund', status: 'success' },
    // A failed attempt moved no money.
    { amount: '5.00', kind: 'refund', status: 'failure' },
  ],
});

describe('refunds captured from the channels', () => {
  test('a Shopify orders/updated with refunds[] records each refund once, however often it is delivered', async () => {
    const s = await newSeller();
    const ch = await call('POST', '/v1/channels', { token: s.token, body: { kind: 'shopify', name: 'Refund store', webhookSecret: SECRET } });
    const channelId: string = ch.body.channel.id;
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.refunded'] } });
    const first = { ...created, financial_status: 'partially_refunded', updated_at: '2026-11-03T10:00:00-05:00', refunds: [refund(901, '19.50', 'Damaged in transit', '2026-11-03T09:59:00-05:00')] };

    const got = await deliver(channelId, first, 'delivery-1');
    expect(got).toEqual({ status: 200, body: expect.objectContaining({ outcome: 'created', redelivery: false }) });
    const id = got.body.order!.id;
    expect((await deliver(channelId, first, 'delivery-1')).body.redelivery).toBe(true);
    // Shopify sends the same refunds again with every later update of the order.
    const later = { ...first, note: 'gift', updated_at: '2026-11-03T11:00:00-05:00' };
    expect((await deliver(channelId, later, 'delivery-2')).body.outcome).toBe('unchanged');

    let order = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(order).toMatchObject({ total: 6935, refunded: 1950, paymentStatus: 'partially_refunded' });
    expect(order.refunds.map((r) => [r.amount, r.externalId, r.source, r.reason, r.refundedAt])).toEqual([[1950, 'shopify-refund:901', 'webhook', 'Damaged in transit', '2026-11-03T14:59:00.000Z']]);

    const rest = { ...later, financial_status: 'refunded', updated_at: '2026-11-04T08:00:00-05:00', refunds: [...first.refunds, refund(902, '49.85', 'Lost parcel', '2026-11-04T07:59:00-05:00')] };
    expect((await deliver(channelId, rest, 'delivery-3')).body.outcome).toBe('updated');
    expect((await deliver(channelId, rest, 'delivery-4')).body.outcome).toBe('unchanged');
    order = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(order).toMatchObject({ refunded: 6935, paymentStatus: 'refunded' });
    expect(order.refunds.map((r) => r.externalId)).toEqual(['shopify-refund:901', 'shopify-refund:902']);
    expect(order.events.filter((e) => e.kind === 'refunded').map((e) => [e.source, e.reason])).toEqual([
      ['webhook', 'Refunded 19.50 USD: Damaged in transit'],
      ['webhook', 'Refunded 49.85 USD: Lost parcel'],
    ]);
    expect(await rowCount('order_refunds', s.id)).toBe(2);
    const events = await env.DB.prepare("SELECT count(*) AS n FROM outbox_events WHERE seller_id = ? AND type = 'order.refunded'").bind(s.id).first<{ n: number }>();
    expect(events?.n).toBe(2);
  });

  test('a Shopify export with Refunded Amount records the refund once; a later export with more records only the difference', async () => {
    const s = await newSeller();
    const header = 'Name,Email,Financial Status,Fulfillment Status,Currency,Total,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Refunded Amount';
    const file = (financial: string, refunded: string) =>
      `${header}\n#2001,ana@example.com,${financial},fulfilled,EUR,54.90,Standard,2026-10-07 09:50:26 +0200,2,Sand napkins,19.50,NAP-4-SAND,${refunded}\n#2001,,,,,,,,1,Runner,15.90,RUN-1,\n`;
    const params = { format: 'shopify-orders', channelId: s.channels.shopify };

    expect((await importFile(s.token, params, file('partially_refunded', '20.00'))).body).toMatchObject({ created: 1, failed: 0 });
    expect((await importFile(s.token, params, file('partially_refunded', '20.00'))).body).toMatchObject({ unchanged: 1, updated: 0 });
    const found = await call('GET', '/v1/orders/lookup?q=2001', { token: s.token });
    const id = found.body.results[0]!.order.id;
    let order = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(order).toMatchObject({ total: 5490, currency: 'EUR', refunded: 2000, paymentStatus: 'partially_refunded' });
    expect(order.refunds.map((r) => [r.amount, r.externalId, r.source, r.reason])).toEqual([[2000, 'total:2000', 'import', 'The channel reports 20.00 EUR refunded in all']]);

    expect((await importFile(s.token, params, file('refunded', '54.90'))).body).toMatchObject({ updated: 1 });
    order = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(order).toMatchObject({ refunded: 5490, paymentStatus: 'refunded' });
    expect(order.refunds.map((r) => [r.amount, r.externalId])).toEqual([
      [2000, 'total:2000'],
      [3490, 'total:5490'],
    ]);
    expect(await rowCount('order_refunds', s.id)).toBe(2);
  });

  test('a channel total the seller’s own refunds already cover adds nothing, and a later "paid" does not undo the refund', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.shopify, { total: 2598 });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: order })).body.results[0]!.id;
    expect((await call('POST', `/v1/orders/${id}/refunds`, { token: s.token, body: { amount: 1000, reason: 'Price match' } })).status).toBe(200);
    const again = await call('POST', '/v1/orders', { token: s.token, body: { ...order, refundedTotal: 1000, updatedAt: '2026-11-21T00:00:00Z' } });
    expect(again.body.results[0]!.outcome).toBe('unchanged');
    const detail = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(detail).toMatchObject({ refunded: 1000, paymentStatus: 'partially_refunded' });
    expect(await rowCount('order_refunds', s.id)).toBe(1);
  });
});
