import { describe, expect, it } from 'vitest';
import { capture, stockOf, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

const ship = (token: string, id: string, lines: Array<{ lineId: string; quantity: number }>, trackingNumber = '1Z999AA10123456784') =>
  call('POST', `/v1/orders/${id}/shipments`, { token, body: { carrier: 'UPS', service: 'Ground', trackingNumber, lines } });

describe('shipments', () => {
  it('a partial shipment makes the order partially_shipped; shipping the rest makes it shipped; stock leaves on hand', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10, LAMP: 5 });
    const [id] = await capture(s, [
      anOrder(s.channels.amazon, {
        lines: [
          { sku: 'MUG', quantity: 3, unitPrice: 1000 },
          { sku: 'LAMP', quantity: 1, unitPrice: 4000 },
        ],
      }),
    ]);
    const order = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    const [mug, lamp] = order.lines.map((l: any) => l.id);
    expect(order.lines.map((l: any) => l.allocation)).toEqual(['allocated', 'allocated']);

    const first = await ship(s.token, id, [{ lineId: mug, quantity: 2 }], '1ZFIRST');
    expect(first.status).toBe(200);
    expect(first.body.order.status).toBe('partially_shipped');
    expect(first.body.order.lines.map((l: any) => l.shippedQuantity)).toEqual([2, 0]);
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 8, reserved: 1 });

    const rest = await ship(
      s.token,
      id,
      [
        { lineId: mug, quantity: 1 },
        { lineId: lamp, quantity: 1 },
      ],
      '1ZSECOND',
    );
    expect(rest.body.order.status).toBe('shipped');
    expect(rest.body.order.lines.map((l: any) => l.shippedQuantity)).toEqual([3, 1]);
    expect(rest.body.order.shipments.map((p: any) => [p.carrier, p.trackingNumber])).toEqual([
      ['UPS', '1ZFIRST'],
      ['UPS', '1ZSECOND'],
    ]);
    expect(rest.body.order.events.slice(1).map((e: any) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['shipment', 'ready', 'partially_shipped'],
      ['shipment', 'partially_shipped', 'shipped'],
    ]);
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 7, reserved: 0 });
    expect(await stockOf(s, 'LAMP')).toEqual({ onHand: 4, reserved: 0 });

    const again = await ship(s.token, id, [{ lineId: mug, quantity: 1 }]);
    expect([again.status, again.body.error.message]).toEqual([409, 'An order that is shipped cannot be shipped.']);
  });

  it('shipping more than a line has left, or a line of another order, is 400 naming the line, and changes nothing', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1000 }] })]);
    const [line] = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines;
    const res = await ship(s.token, id, [
      { lineId: line!.id, quantity: 3 },
      { lineId: 'lin_nope', quantity: 1 },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      { path: 'lines.0.quantity', message: 'Only 2 unit(s) of this line are left to ship.' },
      { path: 'lines.1.lineId', message: 'No line lin_nope in this order.' },
    ]);
    expect(await rowCount('shipments', s.id)).toBe(0);
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 10, reserved: 2 });
  });

  it('delivered follows shipped; delivering or returning a ready order is 409 with the reason', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }] })]);
    const early = await call('POST', `/v1/orders/${id}/deliver`, { token: s.token, body: {} });
    expect([early.status, early.body.error.message]).toEqual([409, 'An order that is ready cannot be delivered; only shipped orders can.']);
    const [line] = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines;
    const back = await call('POST', `/v1/orders/${id}/returns`, { token: s.token, body: { lines: [{ lineId: line!.id, quantity: 1 }], restock: true } });
    expect([back.status, back.body.error.message]).toEqual([409, 'An order that is ready cannot be returned; only shipped or delivered orders can.']);
    await ship(s.token, id, [{ lineId: line!.id, quantity: 1 }]);
    const done = await call('POST', `/v1/orders/${id}/deliver`, { token: s.token, body: {} });
    expect(done.body.order.status).toBe('delivered');
  });
});

describe('cancel and returns', () => {
  it('cancelling an allocated order gives its units back', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: 4, unitPrice: 1000 }] })]);
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 10, reserved: 4 });
    const res = await call('POST', `/v1/orders/${id}/cancel`, { token: s.token, body: { reason: 'buyer asked' } });
    expect(res.status).toBe(200);
    expect(res.body.order.status).toBe('cancelled');
    expect(res.body.order.events.at(-1)!.reason).toBe('Cancelled: buyer asked');
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 10, reserved: 0 });
    const twice = await call('POST', `/v1/orders/${id}/cancel`, { token: s.token, body: {} });
    expect([twice.status, twice.body.error.message]).toEqual([409, 'An order that is cancelled cannot be cancelled.']);
  });

  it('a return with restock puts the units back on hand; without restock it does not', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    const [kept, restocked] = await capture(s, [
      anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1000 }] }),
      anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: 3, unitPrice: 1000 }] }),
    ]);
    for (const id of [kept, restocked]) {
      const [line] = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines;
      await ship(s.token, id, [{ lineId: line!.id, quantity: line!.quantity }]);
    }
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 5, reserved: 0 });
    const lineOf = async (id: string) => (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines[0]!.id;
    const noRestock = await call('POST', `/v1/orders/${kept}/returns`, { token: s.token, body: { lines: [{ lineId: await lineOf(kept), quantity: 2 }], restock: false, reason: 'damaged' } });
    expect(noRestock.body.order.status).toBe('returned');
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 5, reserved: 0 });
    const withRestock = await call('POST', `/v1/orders/${restocked}/returns`, { token: s.token, body: { lines: [{ lineId: await lineOf(restocked), quantity: 2 }], restock: true } });
    expect(withRestock.status).toBe(200);
    expect(withRestock.body.order.events.at(-1)!.reason).toBe('Returned 2 unit(s), restocked');
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 7, reserved: 0 });
    expect(await rowCount('order_returns', s.id)).toBe(2);
  });
});
