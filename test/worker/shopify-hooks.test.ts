/**
 * POST /v1/hooks/shopify/:channelId: signed with the channel's secret or
 * refused with nothing written; redeliveries change nothing.
 */
import { env } from 'cloudflare:test';
import { describe, expect, test } from 'vitest';
import { app } from '../../worker/app.js';
import created from '../fixtures/webhooks/shopify-orders-create.json';
import { type Answer, call, newSeller, rowCount } from './helpers.js';

const SECRET = 'shpss_0123456789abcdef';

async function sign(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)));
  return btoa(String.fromCharCode(...mac));
}

/** A seller with a Shopify channel whose webhook secret is SECRET. */
async function shop() {
  const seller = await newSeller();
  const ch = await call('POST', '/v1/channels', { token: seller.token, body: { kind: 'shopify', name: 'Webhook store', webhookSecret: SECRET } });
  return { ...seller, channelId: ch.body.channel.id as string };
}

async function deliver(channelId: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const res = await app.request(`/v1/hooks/shopify/${channelId}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }, env);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const shopifyHeaders = (hmac: string, topic = 'orders/create', id: string = crypto.randomUUID()) => ({
  'X-Shopify-Hmac-Sha256': hmac,
  'X-Shopify-Topic': topic,
  'X-Shopify-Webhook-Id': id,
  'X-Shopify-Shop-Domain': 'example-store.myshopify.com',
});

const BODY = JSON.stringify(created);
// The request id differs per answer; the rest is the same for every way a signature can fail.
const BAD_SIGNATURE = { error: { code: 'bad_signature', message: 'The webhook signature does not match this channel’s secret.', requestId: expect.any(String) } };

describe('Shopify order webhooks', () => {
  test('a correctly signed orders/create captures the order as a webhook, without a seller token', async () => {
    const s = await shop();
    const res = await deliver(s.channelId, BODY, shopifyHeaders(await sign(SECRET, BODY)));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ outcome: 'created', topic: 'orders/create', order: { id: expect.stringMatching(/^ord_/), externalId: '#1042' }, redelivery: false });
    const detail = await call('GET', `/v1/orders/${res.body.order.id}`, { token: s.token });
    expect(detail.body.order).toMatchObject({ externalId: '#1042', status: 'ready', total: 6935, currency: 'USD', channelId: s.channelId });
    expect(detail.body.order.events.map((e) => [e.source, e.actor, e.kind])).toEqual([['webhook', 'webhook', 'captured']]);
  });

  test('a redelivery (same webhook id) is answered as such and captures nothing again', async () => {
    const s = await shop();
    const first = await deliver(s.channelId, BODY, shopifyHeaders(await sign(SECRET, BODY), 'orders/create', 'delivery-1'));
    expect(first.body.outcome).toBe('created');
    // Even a payload that differs is not read again under a delivery id already taken.
    const changed = JSON.stringify({ ...created, fulfillment_status: 'fulfilled', updated_at: '2026-11-05T00:00:00Z' });
    const again = await deliver(s.channelId, changed, shopifyHeaders(await sign(SECRET, changed), 'orders/create', 'delivery-1'));
    expect([again.status, again.body]).toEqual([200, { outcome: 'unchanged', topic: 'orders/create', order: first.body.order, redelivery: true }]);
    expect(await rowCount('order_events', s.id)).toBe(1);
    expect(await rowCount('inbound_webhooks', s.id)).toBe(1);
  });

  test('the same order under a new delivery id, or without one, is unchanged by capture idempotency', async () => {
    const s = await shop();
    expect((await deliver(s.channelId, BODY, shopifyHeaders(await sign(SECRET, BODY), 'orders/create', 'delivery-a'))).body.outcome).toBe('created');
    const { 'X-Shopify-Webhook-Id': _id, ...withoutId } = shopifyHeaders(await sign(SECRET, BODY));
    for (const headers of [shopifyHeaders(await sign(SECRET, BODY), 'orders/updated', 'delivery-b'), withoutId]) {
      const res = await deliver(s.channelId, BODY, headers);
      expect([res.body.outcome, res.body.redelivery]).toEqual(['unchanged', false]);
    }
    expect(await rowCount('orders', s.id)).toBe(1);
    expect(await rowCount('order_events', s.id)).toBe(1);
    expect(await rowCount('inbound_webhooks', s.id)).toBe(2);
  });

  test('orders/fulfilled then orders/cancelled move the same order on; an older update never rolls it back', async () => {
    const s = await shop();
    await deliver(s.channelId, BODY, shopifyHeaders(await sign(SECRET, BODY)));
    const fulfilled = JSON.stringify({ ...created, fulfillment_status: 'fulfilled', updated_at: '2026-11-03T08:00:00-05:00' });
    expect((await deliver(s.channelId, fulfilled, shopifyHeaders(await sign(SECRET, fulfilled), 'orders/fulfilled'))).body.outcome).toBe('updated');
    const stale = JSON.stringify({ ...created, updated_at: '2026-11-02T10:00:00-05:00' });
    expect((await deliver(s.channelId, stale, shopifyHeaders(await sign(SECRET, stale), 'orders/updated'))).body.outcome).toBe('unchanged');
    const found = await call('GET', '/v1/orders/lookup?q=1042', { token: s.token });
    expect(found.body.results.map((r) => r.order.status)).toEqual(['shipped']);
  });

  test('a tampered body is 401 and writes nothing', async () => {
    const s = await shop();
    const hmac = await sign(SECRET, BODY);
    const tampered = BODY.replace('"69.35"', '"0.01"');
    expect(tampered).not.toBe(BODY);
    const res = await deliver(s.channelId, tampered, shopifyHeaders(hmac));
    expect([res.status, res.body]).toEqual([401, BAD_SIGNATURE]);
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a body signed with another secret is 401 and writes nothing', async () => {
    const s = await shop();
    const res = await deliver(s.channelId, BODY, shopifyHeaders(await sign('shpss_someone-else', BODY)));
    expect([res.status, res.body]).toEqual([401, BAD_SIGNATURE]);
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a missing, empty or malformed signature header is 401 and writes nothing', async () => {
    const s = await shop();
    const { 'X-Shopify-Hmac-Sha256': _drop, ...unsigned } = shopifyHeaders('x');
    for (const headers of [unsigned, shopifyHeaders(''), shopifyHeaders('not base64!'), shopifyHeaders(btoa('short'))]) {
      const res = await deliver(s.channelId, BODY, headers);
      expect([res.status, res.body]).toEqual([401, BAD_SIGNATURE]);
    }
    expect(await rowCount('orders', s.id)).toBe(0);
    expect(await rowCount('inbound_webhooks', s.id)).toBe(0);
  });

  test('an unknown channel, and a channel without a secret, answer the same 401', async () => {
    const s = await newSeller();
    const hmac = await sign(SECRET, BODY);
    for (const channelId of ['chn_unknown', s.channels.shopify]) {
      const res = await deliver(channelId, BODY, shopifyHeaders(hmac));
      expect([res.status, res.body]).toEqual([401, BAD_SIGNATURE]);
    }
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a signed topic that carries no order is acknowledged as ignored', async () => {
    const s = await shop();
    const body = JSON.stringify({ id: 1, title: 'A product' });
    const res = await deliver(s.channelId, body, shopifyHeaders(await sign(SECRET, body), 'products/update'));
    expect([res.status, res.body]).toEqual([200, { outcome: 'ignored', topic: 'products/update', order: null, redelivery: false }]);
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a signed payload that is no order is 400 naming the field; nothing is written', async () => {
    const s = await shop();
    const body = JSON.stringify({ ...created, total_price: 'free' });
    const res = await deliver(s.channelId, body, shopifyHeaders(await sign(SECRET, body)));
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'total_price', message: '"free" is not an amount in USD' }]);
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('an order imported from the Shopify export and then updated by webhook stays one order', async () => {
    const s = await shop();
    const csv = [
      'Name,Email,Financial Status,Fulfillment Status,Currency,Total,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name',
      '#1042,sam.rivera@example.com,paid,,USD,69.35,Standard Shipping,2026-11-02 09:14:55 -0500,2,"Linen napkin, set of 4",19.50,NAP-4-SAND,Sam Rivera',
      ',,,,,,,2026-11-02 09:14:55 -0500,1,Table runner,24.00,RUN-1,',
    ].join('\n');
    const imported = await app.request(`/v1/imports?channelId=${s.channelId}`, { method: 'POST', headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'text/csv' }, body: csv }, env);
    expect(((await imported.json()) as { created: number }).created).toBe(1);
    const fulfilled = JSON.stringify({ ...created, fulfillment_status: 'fulfilled', updated_at: '2099-01-01T00:00:00Z' });
    const res = await deliver(s.channelId, fulfilled, shopifyHeaders(await sign(SECRET, fulfilled), 'orders/fulfilled'));
    expect(res.body.outcome).toBe('updated');
    expect(await rowCount('orders', s.id)).toBe(1);
  });
});
