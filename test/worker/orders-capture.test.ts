import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

describe('capturing orders', () => {
  it('the same order captured three times is one order with one capture event', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon);
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const res = await call('POST', '/v1/orders', { token: s.token, body: order });
      expect(res.status).toBe(200);
      outcomes.push(res.body.results[0]!.outcome);
    }
    expect(outcomes).toEqual(['created', 'unchanged', 'unchanged']);
    expect(await rowCount('orders', s.id)).toBe(1);
    expect(await rowCount('order_events', s.id)).toBe(1);
    expect(await rowCount('order_lines', s.id)).toBe(1);
  });

  it('answers one result per order in input order', async () => {
    const s = await newSeller();
    const a = anOrder(s.channels.amazon, { externalId: 'A-1' });
    const b = anOrder(s.channels.ebay, { externalId: 'B-1' });
    await call('POST', '/v1/orders', { token: s.token, body: a });
    const res = await call('POST', '/v1/orders', { token: s.token, body: { orders: [b, a] } });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => [r.externalId, r.outcome])).toEqual([
      ['B-1', 'created'],
      ['A-1', 'unchanged'],
    ]);
    expect(res.body.results.every((r) => /^ord_[0-9a-f]{24}$/.test(r.id))).toBe(true);
  });

  it('the same external id on two channels is two orders', async () => {
    const s = await newSeller();
    const res = await call('POST', '/v1/orders', {
      token: s.token,
      body: { orders: [anOrder(s.channels.amazon, { externalId: '1001' }), anOrder(s.channels.shopify, { externalId: '1001' })] },
    });
    expect(res.body.results.map((r) => r.outcome)).toEqual(['created', 'created']);
    expect(res.body.results[0]!.id).not.toBe(res.body.results[1]!.id);
    expect(await rowCount('orders', s.id)).toBe(2);
  });

  it('a newer capture updates the order and records what changed', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon, { status: 'ready', channelStatus: 'Unshipped' });
    const first = await call('POST', '/v1/orders', { token: s.token, body: order });
    const id = first.body.results[0]!.id;
    const newer = { ...order, status: 'shipped' as const, channelStatus: 'Shipped', updatedAt: '2026-11-21T09:00:00Z' };
    const second = await call('POST', '/v1/orders', { token: s.token, body: newer });
    expect(second.body.results[0]).toEqual({ externalId: order.externalId, id, outcome: 'updated' });
    const detail = await call('GET', `/v1/orders/${id}`, { token: s.token });
    expect(detail.body.order.status).toBe('shipped');
    expect(detail.body.order.channelStatus).toBe('Shipped');
    expect(detail.body.order.events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.source])).toEqual([
      ['captured', null, 'ready', 'api'],
      ['updated', 'ready', 'shipped', 'api'],
    ]);
    expect(detail.body.order.events[1]!.changes).toEqual([
      { field: 'status', from: 'ready', to: 'shipped' },
      { field: 'channelStatus', from: 'Unshipped', to: 'Shipped' },
    ]);
  });

  it('an older capture never rolls a newer state back', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon, { status: 'shipped', channelStatus: 'Shipped', updatedAt: '2026-11-21T09:00:00Z' });
    const first = await call('POST', '/v1/orders', { token: s.token, body: order });
    const stale = { ...order, status: 'ready' as const, channelStatus: 'Unshipped', total: 1, updatedAt: '2026-11-20T09:00:00Z' };
    const second = await call('POST', '/v1/orders', { token: s.token, body: stale });
    expect(second.body.results[0]!.outcome).toBe('unchanged');
    const detail = await call('GET', `/v1/orders/${first.body.results[0]!.id}`, { token: s.token });
    expect([detail.body.order.status, detail.body.order.channelStatus, detail.body.order.total]).toEqual(['shipped', 'Shipped', 2598]);
    expect(detail.body.order.events).toHaveLength(1);
  });

  it('a portal still showing "Unshipped" does not undo an order being picked', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon);
    const { body } = await call('POST', '/v1/orders', { token: s.token, body: order });
    const id = body.results[0]!.id;
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'in_progress' } })).status).toBe(200);
    const recapture = await call('POST', '/v1/orders', { token: s.token, body: { ...order, updatedAt: '2026-11-22T00:00:00Z' } });
    expect(recapture.body.results[0]!.outcome).toBe('unchanged');
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.status).toBe('in_progress');
  });

  it('stores money as minor units, times as UTC, and lines in order', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.shopify, {
      externalId: '#1001',
      placedAt: '2026-10-07T09:50:26+02:00',
      shipBy: '2026-10-09T17:00:00-05:00',
      currency: 'EUR',
      total: 123456,
      shipTo: { name: 'Chloé Martin', line1: '8 Rue de Rivoli', city: 'Paris', postalCode: '75008', country: 'FR' },
      lines: [
        { sku: 'MUG-BLUE', title: 'Blue mug', quantity: 2, unitPrice: 1299 },
        { channelSku: 'B00TEST123', quantity: 1, unitPrice: 120858 },
      ],
    });
    const { body } = await call('POST', '/v1/orders', { token: s.token, body: order });
    const detail = (await call('GET', `/v1/orders/${body.results[0]!.id}`, { token: s.token })).body.order;
    expect(detail.placedAt).toBe('2026-10-07T07:50:26.000Z');
    expect(detail.shipBy).toBe('2026-10-09T22:00:00.000Z');
    expect([detail.currency, detail.total, detail.channelKind]).toEqual(['EUR', 123456, 'shopify']);
    expect(detail.shipTo).toEqual({ name: 'Chloé Martin', line1: '8 Rue de Rivoli', city: 'Paris', postalCode: '75008', country: 'FR' });
    expect(detail.lines.map((l) => [l.lineNo, l.sku, l.channelSku, l.title, l.quantity, l.unitPrice])).toEqual([
      [1, 'MUG-BLUE', null, 'Blue mug', 2, 1299],
      [2, null, 'B00TEST123', null, 1, 120858],
    ]);
  });

  it('the same order twice in one batch is stored once and reports the same id', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.etsy);
    const res = await call('POST', '/v1/orders', {
      token: s.token,
      body: { orders: [order, { ...order, status: 'shipped', updatedAt: '2026-11-21T00:00:00Z' }] },
    });
    expect(res.body.results.map((r) => r.outcome)).toEqual(['created', 'created']);
    expect(res.body.results[0]!.id).toBe(res.body.results[1]!.id);
    expect(await rowCount('orders', s.id)).toBe(1);
    const detail = (await call('GET', `/v1/orders/${res.body.results[0]!.id}`, { token: s.token })).body.order;
    expect(detail.status).toBe('shipped');
    expect(detail.events.map((e) => e.kind)).toEqual(['captured', 'updated']);
  });

  it('concurrent captures of the same new order store it once', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.walmart);
    const answers = await Promise.all(Array.from({ length: 8 }, () => call('POST', '/v1/orders', { token: s.token, body: order })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers.filter((a) => a.body.results[0]!.outcome === 'created')).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.results[0]!.id)).size).toBe(1);
    expect(await rowCount('orders', s.id)).toBe(1);
    expect(await rowCount('order_events', s.id)).toBe(1);
  });

  it('marks events captured by the extension as coming from it', async () => {
    const s = await newSeller();
    const { body } = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon), headers: { 'X-Orderlens-Source': 'extension' } });
    const detail = (await call('GET', `/v1/orders/${body.results[0]!.id}`, { token: s.token })).body.order;
    expect(detail.events[0]!.source).toBe('extension');
  });

  it('a partial capture keeps what the book knows for the fields it could not read', async () => {
    const s = await newSeller();
    const full = anOrder(s.channels.amazon, {
      total: 4599,
      buyer: { name: 'Jane Doe', email: 'jane@example.com' },
      shipTo: { city: 'Berlin', country: 'DE' },
      lines: [{ sku: 'MUG', channelSku: 'B0MUG', quantity: 2, unitPrice: 2299 }],
    });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: full })).body.results[0]!.id;
    // A list row seen later: no total, buyer, address or prices; the status moved on.
    const row = {
      ...full,
      status: 'shipped' as const,
      channelStatus: 'Shipped',
      updatedAt: '2026-11-22T00:00:00Z',
      total: 0,
      buyer: undefined,
      shipTo: undefined,
      lines: [{ sku: 'MUG', channelSku: 'B0MUG', quantity: 2, unitPrice: 0 }],
      unknown: ['total', 'buyer', 'shipTo', 'unitPrices'] as const,
    };
    const res = await call('POST', '/v1/orders', { token: s.token, body: JSON.parse(JSON.stringify(row)) });
    expect(res.body.results[0]!.outcome).toBe('updated');
    const detail = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect([detail.status, detail.total, detail.buyer.name, detail.shipTo, detail.lines[0]!.unitPrice]).toEqual(['shipped', 4599, 'Jane Doe', { city: 'Berlin', country: 'DE' }, 2299]);
    expect(detail.events[1]!.changes.map((c) => c.field)).toEqual(['status', 'channelStatus']);
  });

  it('an order listed without items is kept when the page says its lines are unknown, and gains them later', async () => {
    const s = await newSeller();
    const listed = anOrder(s.channels.shopify, { externalId: '#1042', lines: [], unknown: ['lines'] });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: listed })).body.results[0]!.id;
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines).toEqual([]);
    const refused = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.shopify, { lines: [] }) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0]!.path).toBe('lines');
    const detailPage = { ...listed, unknown: undefined, updatedAt: '2026-11-23T00:00:00Z', lines: [{ sku: 'TEE-BLK-M', quantity: 1, unitPrice: 2200 }] };
    await call('POST', '/v1/orders', { token: s.token, body: JSON.parse(JSON.stringify(detailPage)) });
    const after = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(after.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([['TEE-BLK-M', 1, 2200]]);
  });
});
