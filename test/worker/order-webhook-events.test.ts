import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { capture, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

async function published(sellerId: string) {
  const rows = await env.DB.prepare('SELECT type, subject, payload FROM outbox_events WHERE seller_id = ? ORDER BY seq').bind(sellerId).all<{ type: string; subject: string; payload: string }>();
  return rows.results.map((r) => ({ type: r.type, subject: r.subject, data: JSON.parse(r.payload).data }));
}

/** A seller holding 10 MUG and subscribed to `event`, with one captured order of `mugs` mugs, and that order's line. */
async function mugOrderWatchedFor(event: 'order.returned' | 'shipment.created', mugs: number) {
  const s = await newSeller();
  await stockUp(s, { MUG: 10 });
  await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: [event] } });
  const input = anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: mugs, unitPrice: 1000 }] });
  const [id] = await capture(s, [input]);
  const [line] = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines;
  return { s, input, id, line };
}

describe('webhook events from captures and transitions', () => {
  it('a new order, its status moving on a later capture, and a manual move each publish their events in order', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.created', 'order.status_changed', 'order.shipped'] } });
    const order = anOrder(s.channels.amazon, { status: 'pending', paymentStatus: 'pending' });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: order })).body.results[0]!.id;
    await call('POST', '/v1/orders', { token: s.token, body: order }); // unchanged: publishes nothing
    await call('POST', '/v1/orders', { token: s.token, body: { ...order, status: 'ready', paymentStatus: 'paid', updatedAt: '2026-11-21T00:00:00Z' } });
    await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'shipped', tracking: { number: '1Z999', carrier: 'UPS' } } });

    const base = { orderId: id, externalId: order.externalId, channelId: s.channels.amazon };
    expect(await published(s.id)).toEqual([
      { type: 'order.created', subject: id, data: { ...base, status: 'pending', total: 2598, currency: 'USD', placedAt: '2026-11-20T10:00:00.000Z' } },
      { type: 'order.status_changed', subject: id, data: { ...base, from: 'pending', to: 'ready', reason: 'captured from the channel' } },
      { type: 'order.updated', subject: id, data: { ...base, fields: ['paymentStatus'] } },
      { type: 'order.status_changed', subject: id, data: { ...base, from: 'ready', to: 'shipped', reason: null } },
      { type: 'order.shipped', subject: id, data: { ...base, shipment: { id: expect.stringMatching(/^shp_/), carrier: 'UPS', service: null, trackingNumber: '1Z999', lines: null }, complete: true } },
      {
        type: 'shipment.created',
        subject: id,
        data: { ...base, shipment: { id: expect.stringMatching(/^shp_/), carrier: 'UPS', service: null, trackingNumber: '1Z999', shippedAt: expect.any(String), lines: null } },
      },
    ]);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(4);
  });

  it('a capture that ships an order publishes order.shipped; a refused move publishes nothing', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.shipped'] } });
    const order = anOrder(s.channels.ebay);
    const id = (await call('POST', '/v1/orders', { token: s.token, body: order })).body.results[0]!.id;
    await call('POST', '/v1/orders', { token: s.token, body: { ...order, status: 'shipped', updatedAt: '2026-11-22T00:00:00Z' } });
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'pending' } })).status).toBe(409);
    const events = await published(s.id);
    expect(events.map((e) => e.type)).toEqual(['order.created', 'order.status_changed', 'order.shipped']);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(1);
  });
});

describe('webhook events where the book ends an order or ships a parcel', () => {
  const of = (events: Awaited<ReturnType<typeof published>>, type: string) => events.filter((e) => e.type === type);

  it('cancelling publishes order.cancelled once, by the cancel action, a transition or a capture', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.cancelled'] } });
    const byAction = anOrder(s.channels.amazon, { externalId: 'CANCEL-ACTION' });
    const byMove = anOrder(s.channels.amazon, { externalId: 'CANCEL-MOVE' });
    const byCapture = anOrder(s.channels.amazon, { externalId: 'CANCEL-CAPTURE' });
    const [a, m, c] = await capture(s, [byAction, byMove, byCapture]);
    expect((await call('POST', `/v1/orders/${a}/cancel`, { token: s.token, body: { reason: 'buyer asked' } })).status).toBe(200);
    expect((await call('POST', `/v1/orders/${m}/transitions`, { token: s.token, body: { to: 'cancelled', reason: 'out of stock' } })).status).toBe(200);
    await call('POST', '/v1/orders', { token: s.token, body: { ...byCapture, status: 'cancelled', updatedAt: '2026-11-22T00:00:00Z' } });
    await call('POST', '/v1/orders', { token: s.token, body: { ...byCapture, status: 'cancelled', updatedAt: '2026-11-22T00:00:00Z' } }); // unchanged: nothing more

    const base = (id: string, o: { externalId: string }) => ({ orderId: id, externalId: o.externalId, channelId: s.channels.amazon });
    const events = await published(s.id);
    expect(of(events, 'order.cancelled')).toEqual([
      { type: 'order.cancelled', subject: a, data: { ...base(a, byAction), from: 'ready', reason: 'Cancelled: buyer asked' } },
      { type: 'order.cancelled', subject: m, data: { ...base(m, byMove), from: 'ready', reason: 'out of stock' } },
      { type: 'order.cancelled', subject: c, data: { ...base(c, byCapture), from: 'ready', reason: 'captured from the channel' } },
    ]);
    // Each comes right after its order.status_changed, in the same batch as the move.
    const i = events.findIndex((e) => e.type === 'order.cancelled');
    expect(events[i - 1]).toMatchObject({ type: 'order.status_changed', subject: a, data: { to: 'cancelled' } });
    expect(await rowCount('webhook_deliveries', s.id)).toBe(3);
  });

  it('taking units back publishes order.returned once with the lines and whether they were restocked', async () => {
    const { s, input, id, line } = await mugOrderWatchedFor('order.returned', 2);
    await call('POST', `/v1/orders/${id}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: '1ZBACK', lines: [{ lineId: line!.id, quantity: 2 }] } });
    const back = await call('POST', `/v1/orders/${id}/returns`, { token: s.token, body: { lines: [{ lineId: line!.id, quantity: 1 }], restock: true, reason: 'wrong colour' } });
    expect(back.status).toBe(200);
    expect(of(await published(s.id), 'order.returned')).toEqual([
      {
        type: 'order.returned',
        subject: id,
        data: {
          orderId: id,
          externalId: input.externalId,
          channelId: s.channels.amazon,
          from: 'shipped',
          reason: 'Returned 1 unit(s), restocked: wrong colour',
          lines: [{ lineId: line!.id, quantity: 1 }],
          restock: true,
        },
      },
    ]);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(1);
  });

  it('a returned transition publishes order.returned for the whole order', async () => {
    const s = await newSeller();
    const input = anOrder(s.channels.ebay, { status: 'shipped' });
    const [id] = await capture(s, [input]);
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'returned', reason: 'refused at the door' } })).status).toBe(200);
    expect(of(await published(s.id), 'order.returned')).toEqual([
      {
        type: 'order.returned',
        subject: id,
        data: { orderId: id, externalId: input.externalId, channelId: s.channels.ebay, from: 'shipped', reason: 'refused at the door', lines: null, restock: false },
      },
    ]);
  });

  it('each parcel shipped publishes shipment.created once with what went in it', async () => {
    const { s, input, id, line } = await mugOrderWatchedFor('shipment.created', 3);
    for (const [trackingNumber, quantity] of [
      ['1ZFIRST', 2],
      ['1ZSECOND', 1],
    ] as const) {
      await call('POST', `/v1/orders/${id}/shipments`, { token: s.token, body: { carrier: 'UPS', service: 'Ground', trackingNumber, lines: [{ lineId: line!.id, quantity }] } });
    }
    const parcels = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.shipments;
    const base = { orderId: id, externalId: input.externalId, channelId: s.channels.amazon };
    expect(of(await published(s.id), 'shipment.created')).toEqual(
      parcels.map((p: any, i: number) => ({
        type: 'shipment.created',
        subject: id,
        data: { ...base, shipment: { id: p.id, carrier: 'UPS', service: 'Ground', trackingNumber: p.trackingNumber, shippedAt: p.shippedAt, lines: [{ lineId: line!.id, quantity: [2, 1][i] }] } },
      })),
    );
    expect(parcels.map((p) => p.trackingNumber)).toEqual(['1ZFIRST', '1ZSECOND']);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(2);
  });

  it('the new types can be subscribed to and read from the feed by type', async () => {
    const s = await newSeller();
    const made = await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.cancelled', 'order.returned', 'shipment.created'] } });
    expect(made.status).toBe(201);
    const [id] = await capture(s, [anOrder(s.channels.amazon)]);
    await call('POST', `/v1/orders/${id}/cancel`, { token: s.token, body: {} });
    const feed = await call('GET', '/v1/events?types=order.cancelled,order.returned,shipment.created', { token: s.token });
    expect(feed.status).toBe(200);
    expect(feed.body.events.map((e) => [e.type, e.data.orderId])).toEqual([['order.cancelled', id]]);
  });
});
