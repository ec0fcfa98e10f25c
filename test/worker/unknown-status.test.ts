/**
 * The `unknown` status: a capture that could not read an order's status
 * stores a new order as unknown (outside the queue, still holding its
 * stock), never changes a known status, and leaves unknown as soon as any
 * source gives the status.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { capture, queue, stockOf, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller } from './helpers.js';

async function published(sellerId: string) {
  const rows = await env.DB.prepare('SELECT type, payload FROM outbox_events WHERE seller_id = ? ORDER BY seq').bind(sellerId).all<{ type: string; payload: string }>();
  return rows.results.map((r) => ({ type: r.type, data: JSON.parse(r.payload).data }));
}

async function detail(token: string, id: string) {
  return (await call('GET', `/v1/orders/${id}`, { token })).body.order;
}

describe('an order whose status could not be read', () => {
  it('a new order sent with status unknown is stored as unknown, not known to be paid', async () => {
    const s = await newSeller();
    const [id] = await capture(s, [anOrder(s.channels.amazon, { status: 'unknown', paymentStatus: undefined, unknown: ['status', 'paymentStatus'] })]);
    const order = await detail(s.token, id);
    expect([order.status, order.paymentStatus]).toEqual(['unknown', 'pending']);
    expect(order.events.map((e: any) => [e.kind, e.fromStatus, e.toStatus])).toEqual([['captured', null, 'unknown']]);
  });

  it('a new order with "status" among its unknown fields is stored as unknown whatever status the body carries', async () => {
    const s = await newSeller();
    const [id] = await capture(s, [anOrder(s.channels.ebay, { status: 'pending', unknown: ['status'] })]);
    expect((await detail(s.token, id)).status).toBe('unknown');
    const statuses = await call('POST', '/v1/orders/statuses', { token: s.token, body: { channelId: s.channels.ebay, externalIds: [(await detail(s.token, id)).externalId] } });
    expect(Object.values(statuses.body.statuses).map((v: any) => v.status)).toEqual(['unknown']);
  });

  it('a capture that cannot read the status leaves a known status as it is', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon, { status: 'ready' });
    const [id] = await capture(s, [order]);
    const later = { ...order, updatedAt: '2026-11-21T00:00:00Z' };
    const res = await call('POST', '/v1/orders', {
      token: s.token,
      body: {
        orders: [
          { ...later, status: 'unknown' },
          { ...later, status: 'pending', unknown: ['status'] },
        ],
      },
    });
    expect(res.body.results.map((r: any) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect((await detail(s.token, id)).status).toBe('ready');
  });

  it('a capture without status or payment status leaves a paid order paid', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon, { status: 'shipped', paymentStatus: 'paid' });
    const [id] = await capture(s, [order]);
    const { paymentStatus: _paid, ...withoutPayment } = order;
    const res = await call('POST', '/v1/orders', { token: s.token, body: { ...withoutPayment, status: 'unknown', updatedAt: '2026-11-21T00:00:00Z' } });
    expect(res.body.results[0]!.outcome).toBe('unchanged');
    const after = await detail(s.token, id);
    expect([after.status, after.paymentStatus]).toEqual(['shipped', 'paid']);
  });

  it('the first capture that gives a status moves the order out of unknown, with its history event and webhook', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.created', 'order.status_changed'] } });
    const order = anOrder(s.channels.amazon, { status: 'unknown', channelStatus: undefined, unknown: ['status', 'channelStatus'] });
    const [id] = await capture(s, [order]);
    const res = await call('POST', '/v1/orders', {
      token: s.token,
      body: { ...order, status: 'ready', channelStatus: 'Unshipped', unknown: undefined, updatedAt: '2026-11-21T00:00:00Z' },
    });
    expect(res.body.results[0]!.outcome).toBe('updated');
    const after = await detail(s.token, id);
    expect(after.status).toBe('ready');
    expect(after.events.map((e: any) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['captured', null, 'unknown'],
      ['updated', 'unknown', 'ready'],
    ]);
    expect(after.events[1]!.changes).toEqual([
      { field: 'status', from: 'unknown', to: 'ready' },
      { field: 'channelStatus', from: null, to: 'Unshipped' },
    ]);
    const base = { orderId: id, externalId: order.externalId, channelId: s.channels.amazon };
    expect(await published(s.id)).toEqual([
      { type: 'order.created', data: { ...base, status: 'unknown', total: 2598, currency: 'USD', placedAt: '2026-11-20T10:00:00.000Z' } },
      { type: 'order.status_changed', data: { ...base, from: 'unknown', to: 'ready', reason: 'captured from the channel' } },
    ]);
  });

  it('an order in unknown is outside the fulfillment queue until its status is known', async () => {
    const s = await newSeller();
    await stockUp(s, { 'MUG-BLUE': 10 });
    const unknownOrder = anOrder(s.channels.amazon, { status: 'unknown' });
    const [, unknownId] = await capture(s, [anOrder(s.channels.amazon), unknownOrder]);
    const before = await queue(s);
    expect(before.counts).toEqual({ ready: 1, short: 0, held: 0 });
    expect([...before.queue, ...before.short, ...before.held].map((e: any) => e.orderId)).not.toContain(unknownId);
    await capture(s, [{ ...unknownOrder, status: 'ready', updatedAt: '2026-11-21T00:00:00Z' }]);
    const after = await queue(s);
    expect(after.counts).toEqual({ ready: 2, short: 0, held: 0 });
    expect(after.queue.map((e: any) => e.orderId)).toContain(unknownId);
  });

  it('an order in unknown still reserves its units, so nothing is sold twice', async () => {
    const s = await newSeller();
    await stockUp(s, { 'MUG-BLUE': 5 });
    await capture(s, [anOrder(s.channels.amazon, { status: 'unknown' })]);
    expect(await stockOf(s, 'MUG-BLUE')).toEqual({ onHand: 5, reserved: 2 });
  });

  it('a seller may set the status of an unknown order, and nothing moves an order back to unknown', async () => {
    const s = await newSeller();
    const [unknownId, readyId] = await capture(s, [anOrder(s.channels.amazon, { status: 'unknown' }), anOrder(s.channels.amazon, { status: 'ready' })]);
    const set = await call('POST', `/v1/orders/${unknownId}/transitions`, { token: s.token, body: { to: 'cancelled', reason: 'Cancelled on the portal' } });
    expect([set.status, set.body.order.status]).toEqual([200, 'cancelled']);
    const back = await call('POST', `/v1/orders/${readyId}/transitions`, { token: s.token, body: { to: 'unknown' } });
    expect([back.status, back.body.error.code]).toEqual([409, 'illegal_transition']);
  });

  it('the fulfillment report counts an unknown order as open, not shipped', async () => {
    const s = await newSeller();
    await capture(s, [anOrder(s.channels.amazon, { status: 'unknown', placedAt: '2026-11-20T10:00:00Z' })]);
    const res = await call('GET', '/v1/reports/fulfillment?from=2026-11-01&to=2026-12-01&asOf=2026-11-20T12:00:00Z', { token: s.token });
    expect(res.body.overall).toMatchObject({ orders: 1, shipped: 0, shippedTimeUnknown: 0, open: { under_1d: 1, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0 } });
  });
});
