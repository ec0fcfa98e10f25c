import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

async function published(sellerId: string) {
  const rows = await env.DB.prepare('SELECT type, subject, payload FROM outbox_events WHERE seller_id = ? ORDER BY seq').bind(sellerId).all<{ type: string; subject: string; payload: string }>();
  return rows.results.map((r) => ({ type: r.type, subject: r.subject, data: JSON.parse(r.payload).data }));
}

describe('webhook events from captures and transitions', () => {
  it('a new order, its status moving on a later capture, and a manual move each publish their events in order', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.created', 'order.status_changed', 'order.shipped'] } });
    const order = anOrder(s.channels.amazon, { status: 'pending', paymentStatus: 'pending' });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: order })).body.results[0].id;
    await call('POST', '/v1/orders', { token: s.token, body: order }); // unchanged: publishes nothing
    await call('POST', '/v1/orders', { token: s.token, body: { ...order, status: 'ready', paymentStatus: 'paid', updatedAt: '2026-11-21T00:00:00Z' } });
    await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'shipped', tracking: { number: '1Z999', carrier: 'UPS' } } });

    const base = { orderId: id, externalId: order.externalId, channelId: s.channels.amazon };
    expect(await published(s.id)).toEqual([
      { type: 'order.created', subject: id, data: { ...base, status: 'pending', total: 2598, currency: 'USD', placedAt: '2026-11-20T10:00:00.000Z' } },
      { type: 'order.status_changed', subject: id, data: { ...base, from: 'pending', to: 'ready', reason: 'captured from the channel' } },
      { type: 'order.status_changed', subject: id, data: { ...base, from: 'ready', to: 'shipped', reason: null } },
      { type: 'order.shipped', subject: id, data: { ...base, shipment: { carrier: 'UPS', service: null, trackingNumber: '1Z999' }, complete: true } },
    ]);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(4);
  });

  it('a capture that ships an order publishes order.shipped; a refused move publishes nothing', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.shipped'] } });
    const order = anOrder(s.channels.ebay);
    const id = (await call('POST', '/v1/orders', { token: s.token, body: order })).body.results[0].id;
    await call('POST', '/v1/orders', { token: s.token, body: { ...order, status: 'shipped', updatedAt: '2026-11-22T00:00:00Z' } });
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'pending' } })).status).toBe(409);
    const events = await published(s.id);
    expect(events.map((e) => e.type)).toEqual(['order.created', 'order.status_changed', 'order.shipped']);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(1);
  });
});
