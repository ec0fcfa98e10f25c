/**
 * Refunds through POST /v1/orders/:id/refunds on real D1: the order's
 * refunded total and payment status, its history and order.refunded, the
 * refusals that change nothing, and the return a refund may bring.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { capture, stockOf, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount, type TestSeller } from './helpers.js';

async function published(sellerId: string, type: string) {
  const rows = await env.DB.prepare('SELECT payload FROM outbox_events WHERE seller_id = ? AND type = ? ORDER BY seq').bind(sellerId, type).all<{ payload: string }>();
  return rows.results.map((r) => JSON.parse(r.payload).data);
}

async function detail(s: TestSeller, id: string) {
  const res = await call('GET', `/v1/orders/${id}`, { token: s.token });
  expect(res.status).toBe(200);
  return res.body.order;
}

describe('refunding an order', () => {
  it('a partial refund then the rest move the payment status to partially_refunded, then refunded, with history and events', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.refunded'] } });
    const order = anOrder(s.channels.amazon, { total: 2598 });
    const [id] = await capture(s, [order]);
    const lineId = (await detail(s, id)).lines[0]!.id;

    const first = await call('POST', `/v1/orders/${id}/refunds`, { token: s.token, body: { amount: 1299, currency: 'USD', reason: 'One mug arrived chipped', lines: [{ lineId, quantity: 1 }] } });
    expect(first.status).toBe(200);
    expect(first.body.order).toMatchObject({ refunded: 1299, paymentStatus: 'partially_refunded', status: 'ready' });

    const second = await call('POST', `/v1/orders/${id}/refunds`, { token: s.token, body: { amount: 1299, reason: 'Goodwill' } });
    expect(second.status).toBe(200);
    const after = second.body.order;
    expect(after).toMatchObject({ refunded: 2598, paymentStatus: 'refunded', status: 'ready' });
    expect(after.refunds.map((r) => [r.amount, r.lines, r.reason, r.source, r.externalId])).toEqual([
      [1299, [{ lineId, quantity: 1 }], 'One mug arrived chipped', 'api', null],
      [1299, [], 'Goodwill', 'api', null],
    ]);
    const history = after.events.filter((e) => e.kind === 'refunded');
    expect(history.map((e) => [e.reason, e.changes, e.source])).toEqual([
      [
        'Refunded 12.99 USD: One mug arrived chipped',
        [
          { field: 'refunded', from: 0, to: 1299 },
          { field: 'paymentStatus', from: 'paid', to: 'partially_refunded' },
        ],
        'api',
      ],
      [
        'Refunded 12.99 USD: Goodwill',
        [
          { field: 'refunded', from: 1299, to: 2598 },
          { field: 'paymentStatus', from: 'partially_refunded', to: 'refunded' },
        ],
        'api',
      ],
    ]);
    const base = { orderId: id, externalId: order.externalId, channelId: s.channels.amazon };
    expect(await published(s.id, 'order.refunded')).toEqual([
      {
        ...base,
        refund: {
          id: after.refunds[0]!.id,
          amount: 1299,
          currency: 'USD',
          lines: [{ lineId, quantity: 1 }],
          reason: 'One mug arrived chipped',
          source: 'api',
          externalId: null,
          refundedAt: after.refunds[0]!.refundedAt,
        },
        refunded: 1299,
        paymentStatus: 'partially_refunded',
      },
      {
        ...base,
        refund: { id: after.refunds[1]!.id, amount: 1299, currency: 'USD', lines: [], reason: 'Goodwill', source: 'api', externalId: null, refundedAt: after.refunds[1]!.refundedAt },
        refunded: 2598,
        paymentStatus: 'refunded',
      },
    ]);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(2);
    // The order list carries the same totals.
    const listed = await call('GET', '/v1/orders', { token: s.token });
    expect(listed.body.orders.find((o) => o.id === id)).toMatchObject({ refunded: 2598, paymentStatus: 'refunded' });
  });

  it('a refund above what is still refundable is 422 naming amount, and nothing changes', async () => {
    const s = await newSeller();
    const [id] = await capture(s, [anOrder(s.channels.amazon, { total: 2598 })]);
    expect((await call('POST', `/v1/orders/${id}/refunds`, { token: s.token, body: { amount: 2000, reason: 'first' } })).status).toBe(200);
    const before = await detail(s, id);
    const over = await call('POST', `/v1/orders/${id}/refunds`, { token: s.token, body: { amount: 599, reason: 'too much' } });
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ code: 'refund_refused', issues: [{ path: 'amount', message: 'At most 598 (minor units of USD) can be refunded: 2000 of 2598 is already refunded.' }] });
    expect(await detail(s, id)).toEqual(before);
    expect(await rowCount('order_refunds', s.id)).toBe(1);
  });

  it('another currency, an unpaid order and more units than a line has left are refused by field, changing nothing', async () => {
    const s = await newSeller();
    const [paid, unpaid] = await capture(s, [anOrder(s.channels.amazon), anOrder(s.channels.amazon, { status: 'pending', paymentStatus: 'pending' })]);
    const lineId = (await detail(s, paid)).lines[0]!.id;
    expect((await call('POST', `/v1/orders/${paid}/refunds`, { token: s.token, body: { amount: 100, reason: 'a', lines: [{ lineId, quantity: 2 }] } })).status).toBe(200);
    const before = await detail(s, paid);

    const wrong = await call('POST', `/v1/orders/${paid}/refunds`, { token: s.token, body: { amount: 100, currency: 'EUR', reason: 'b', lines: [{ lineId, quantity: 1 }] } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.issues).toEqual([
      { path: 'currency', message: 'The order is in USD, not EUR.' },
      { path: 'lines.0.quantity', message: 'Only 0 unit(s) of this line are left to refund.' },
    ]);
    const notPaid = await call('POST', `/v1/orders/${unpaid}/refunds`, { token: s.token, body: { amount: 1, reason: 'c' } });
    expect(notPaid.status).toBe(422);
    expect(notPaid.body.error.issues).toEqual([{ path: 'amount', message: 'At most 0 (minor units of USD) can be refunded: the order is not paid.' }]);
    const malformed = await call('POST', `/v1/orders/${paid}/refunds`, { token: s.token, body: { amount: -5, reason: 'd' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['amount']);
    expect(await detail(s, paid)).toEqual(before);
    expect((await detail(s, unpaid)).refunded).toBe(0);
    expect(await rowCount('order_refunds', s.id)).toBe(1);
  });

  it('a refund with a return takes the units back as a return does; without one, stock is untouched', async () => {
    const s = await newSeller();
    await stockUp(s, { 'MUG-BLUE': 10 });
    const [withBack, moneyOnly] = await capture(s, [anOrder(s.channels.amazon), anOrder(s.channels.amazon)]);
    for (const id of [withBack, moneyOnly]) {
      const lineId = (await detail(s, id)).lines[0]!.id;
      expect((await call('POST', `/v1/orders/${id}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: `1Z${id.slice(-6)}`, lines: [{ lineId, quantity: 2 }] } })).status).toBe(200);
    }
    expect(await stockOf(s, 'MUG-BLUE')).toEqual({ onHand: 6, reserved: 0 });

    const moneyLine = (await detail(s, moneyOnly)).lines[0]!.id;
    const plain = await call('POST', `/v1/orders/${moneyOnly}/refunds`, { token: s.token, body: { amount: 1299, reason: 'late', lines: [{ lineId: moneyLine, quantity: 1 }] } });
    expect(plain.body.order).toMatchObject({ status: 'shipped', paymentStatus: 'partially_refunded' });
    expect(await stockOf(s, 'MUG-BLUE')).toEqual({ onHand: 6, reserved: 0 });

    const backLine = (await detail(s, withBack)).lines[0]!.id;
    const res = await call('POST', `/v1/orders/${withBack}/refunds`, {
      token: s.token,
      body: { amount: 1299, reason: 'Wrong colour', lines: [{ lineId: backLine, quantity: 1 }], withReturn: true, restock: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.order).toMatchObject({ status: 'returned', refunded: 1299, paymentStatus: 'partially_refunded' });
    expect(res.body.order.events.slice(-2).map((e) => [e.kind, e.reason])).toEqual([
      ['returned', 'Returned 1 unit(s), restocked: Wrong colour'],
      ['refunded', 'Refunded 12.99 USD: Wrong colour'],
    ]);
    expect(await stockOf(s, 'MUG-BLUE')).toEqual({ onHand: 7, reserved: 0 });
    expect(await rowCount('order_returns', s.id)).toBe(1);
  });

  it('a refund with a return on an order not yet shipped is 409 and records no refund', async () => {
    const s = await newSeller();
    const [id] = await capture(s, [anOrder(s.channels.amazon)]);
    const lineId = (await detail(s, id)).lines[0]!.id;
    const before = await detail(s, id);
    const res = await call('POST', `/v1/orders/${id}/refunds`, { token: s.token, body: { amount: 1299, reason: 'x', lines: [{ lineId, quantity: 1 }], withReturn: true } });
    expect(res.status).toBe(409);
    expect(await detail(s, id)).toEqual(before);
    expect(await rowCount('order_refunds', s.id)).toBe(0);
  });
});
