import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { capture, queue, stockOf, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { expectBalancedBooks } from './inventory-helpers.js';

const split = (s: TestSeller, id: string, lines: Array<{ lineId: string; quantity: number }>) => call('POST', `/v1/orders/${id}/split`, { token: s.token, body: { lines } });
const getOrder = async (s: TestSeller, id: string) => (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;

/** The LAMP units orders wait for. */
const lampBackordered = async (s: TestSeller): Promise<number> => (await call('GET', '/v1/inventory/LAMP', { token: s.token })).body.item.backordered;

/** Expects the stock a split leaves: the mugs on hand and reserved, the lamps waited for, and books that balance. */
async function expectStockAfter(s: TestSeller, mug: { onHand: number; reserved: number }, lampsWaitedFor: number): Promise<void> {
  expect(await stockOf(s, 'MUG')).toEqual(mug);
  expect(await lampBackordered(s)).toBe(lampsWaitedFor);
  await expectBalancedBooks(s.id);
}

/** Reservation rows of an order, by line, straight from D1. */
async function held(orderId: string): Promise<Array<{ line_id: string; sku: string; quantity: number }>> {
  const rows = await env.DB.prepare('SELECT line_id, sku, quantity FROM reservations WHERE order_id = ? ORDER BY sku, line_id').bind(orderId).all<{ line_id: string; sku: string; quantity: number }>();
  return rows.results;
}

/** An order with an allocated MUG line (3 units) and a short LAMP line (2 units, 1 on hand), plus 599 of shipping. */
async function mixedOrder(s: TestSeller, overrides: Parameters<typeof anOrder>[1] = {}) {
  await stockUp(s, { MUG: 10, LAMP: 1 });
  const input = anOrder(s.channels.amazon, {
    total: 7599,
    lines: [
      { sku: 'MUG', title: 'Mug', quantity: 3, unitPrice: 1000 },
      { sku: 'LAMP', title: 'Lamp', quantity: 2, unitPrice: 2000 },
    ],
    ...overrides,
  });
  const [id] = await capture(s, [input]);
  const order = await getOrder(s, id);
  return { id, input, order, mug: order.lines[0]!.id as string, lamp: order.lines[1]!.id as string };
}

describe('splitting an order', () => {
  it('moves the short line into a part numbered -2 with its value, keeping the allocated units on the order', async () => {
    const s = await newSeller();
    const { id, input, order, lamp } = await mixedOrder(s);
    expect(order.lines.map((l: any) => l.allocation)).toEqual(['allocated', 'short']);
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 10, reserved: 3 });

    const res = await split(s, id, [{ lineId: lamp, quantity: 2 }]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { order: after, part } = res.body;
    expect(part.externalId).toBe(`${input.externalId}-2`);
    expect(part.parentOrderId).toBe(id);
    expect(part.status).toBe('ready');
    expect(after.splitInto).toEqual([part.id]);
    expect(after.lines.map((l: any) => [l.sku, l.quantity, l.allocation])).toEqual([['MUG', 3, 'allocated']]);
    expect(part.lines.map((l: any) => [l.lineNo, l.sku, l.quantity, l.unitPrice, l.allocation])).toEqual([[1, 'LAMP', 2, 2000, 'short']]);
    // The 599 the channel charged beyond the lines (shipping, tax) stays on the order.
    expect([after.total, part.total]).toEqual([3599, 4000]);
    await expectStockAfter(s, { onHand: 10, reserved: 3 }, 2);
  });

  it('keeps reserved units with the lines that own them when part of an allocated line moves', async () => {
    const s = await newSeller();
    const { id, mug } = await mixedOrder(s);
    const availableBefore = (await call('GET', '/v1/inventory/MUG', { token: s.token })).body.item.available;
    expect(await held(id)).toEqual([{ line_id: mug, sku: 'MUG', quantity: 3 }]);

    const res = await split(s, id, [{ lineId: mug, quantity: 1 }]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { order: after, part } = res.body;
    expect(after.lines.map((l: any) => [l.sku, l.quantity, l.allocation])).toEqual([
      ['MUG', 2, 'allocated'],
      ['LAMP', 2, 'short'],
    ]);
    expect(part.lines.map((l: any) => [l.sku, l.quantity, l.allocation])).toEqual([['MUG', 1, 'allocated']]);
    expect(await held(id)).toEqual([{ line_id: mug, sku: 'MUG', quantity: 2 }]);
    expect(await held(part.id)).toEqual([{ line_id: part.lines[0]!.id, sku: 'MUG', quantity: 1 }]);
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 10, reserved: 3 });
    expect((await call('GET', '/v1/inventory/MUG', { token: s.token })).body.item.available).toBe(availableBefore);
    await expectBalancedBooks(s.id);
  });

  it('allocates a piece of a divided short line that the units on hand now cover', async () => {
    const s = await newSeller();
    const { id, lamp } = await mixedOrder(s);
    const { order: after, part } = (await split(s, id, [{ lineId: lamp, quantity: 1 }])).body;
    const lamps = [...after.lines, ...part.lines].filter((l: any) => l.sku === 'LAMP').map((l: any) => [l.quantity, l.allocation]);
    expect(lamps.sort()).toEqual([
      [1, 'allocated'],
      [1, 'short'],
    ]);
    expect(await stockOf(s, 'LAMP')).toEqual({ onHand: 1, reserved: 1 });
    expect(await lampBackordered(s)).toBe(1);
    await expectBalancedBooks(s.id);
  });

  it('writes history on both orders and puts each part in the queue on its own', async () => {
    const s = await newSeller();
    const { id, input, lamp } = await mixedOrder(s);
    const { part } = (await split(s, id, [{ lineId: lamp, quantity: 2 }])).body;
    const after = await getOrder(s, id);
    expect(after.events.map((e: any) => [e.kind, e.reason])).toEqual([
      ['captured', null],
      ['split', `Split 2 unit(s) into ${input.externalId}-2`],
    ]);
    expect(after.events[1]!.changes).toEqual([{ field: 'total', from: 7599, to: 3599 }]);
    expect(part.events.map((e: any) => [e.kind, e.toStatus, e.reason])).toEqual([['split_off', 'ready', `Split off ${input.externalId}: 2 unit(s)`]]);
    const q = await queue(s);
    expect(q.queue.map((e: any) => [e.externalId, e.units])).toEqual([[input.externalId, 3]]);
    expect(q.short.map((e: any) => [e.externalId, e.units])).toEqual([[`${input.externalId}-2`, 2]]);
  });

  it('ships the allocated part now and the short part later, each on its own', async () => {
    const s = await newSeller();
    const { id, mug, lamp } = await mixedOrder(s);
    const { part } = (await split(s, id, [{ lineId: lamp, quantity: 2 }])).body;
    const shipped = await call('POST', `/v1/orders/${id}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: '1ZNOW', lines: [{ lineId: mug, quantity: 3 }] } });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    expect(shipped.body.order.status).toBe('shipped');
    expect((await getOrder(s, part.id)).status).toBe('ready');
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 7, reserved: 0 });
    await expectBalancedBooks(s.id);
  });

  it('numbers further parts -3, and the order number finds the whole family', async () => {
    const s = await newSeller();
    const { id, input, mug, lamp } = await mixedOrder(s);
    const first = await split(s, id, [{ lineId: lamp, quantity: 1 }]);
    const second = await split(s, id, [{ lineId: mug, quantity: 1 }]);
    expect([first.body.part.externalId, second.body.part.externalId]).toEqual([`${input.externalId}-2`, `${input.externalId}-3`]);
    expect((await getOrder(s, id)).splitInto).toEqual([first.body.part.id, second.body.part.id]);
    const statuses = await call('POST', '/v1/orders/statuses', { token: s.token, body: { channelId: s.channels.amazon, externalIds: [input.externalId, `${input.externalId}-2`] } });
    // The portal chip asks by the channel's number: the order says it ships as three; parts are not channel orders.
    expect(Object.entries(statuses.body.statuses).map(([k, v]) => [k, v.status, v.splitInto])).toEqual([[input.externalId, 'ready', 3]]);
    const found = await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(input.externalId)}`, { token: s.token });
    // Prefix matches rank alike; their order among themselves is not promised.
    expect(found.body.results.map((r: any) => [r.order.externalId, r.matched]).sort()).toEqual([
      [input.externalId, 'order_number'],
      [`${input.externalId}-2`, 'order_number_prefix'],
      [`${input.externalId}-3`, 'order_number_prefix'],
    ]);
    await expectBalancedBooks(s.id);
  });

  it('a later capture of the channel’s order, which still shows every line, changes nothing on the family', async () => {
    const s = await newSeller();
    const { id, input, lamp } = await mixedOrder(s);
    const { part } = (await split(s, id, [{ lineId: lamp, quantity: 2 }])).body;
    const before = [await getOrder(s, id), await getOrder(s, part.id)];
    const again = await call('POST', '/v1/orders', { token: s.token, body: { ...input, updatedAt: '2026-11-20T11:00:00Z' } });
    expect(again.body.results).toEqual([{ externalId: input.externalId, id, outcome: 'unchanged' }]);
    expect([await getOrder(s, id), await getOrder(s, part.id)]).toEqual(before);
    await expectBalancedBooks(s.id);
  });

  it('a capture that changes the channel’s order moves every part, each keeping its own lines and total', async () => {
    const s = await newSeller();
    const { id, input, lamp } = await mixedOrder(s);
    const { part } = (await split(s, id, [{ lineId: lamp, quantity: 2 }])).body;
    const res = await call('POST', '/v1/orders', {
      token: s.token,
      body: { ...input, status: 'cancelled', channelStatus: 'Canceled', buyer: { name: 'Jane Q. Doe', email: 'jane@example.com' }, updatedAt: '2026-11-20T12:00:00Z' },
    });
    expect(res.body.results).toEqual([{ externalId: input.externalId, id, outcome: 'updated' }]);
    const [order, after] = [await getOrder(s, id), await getOrder(s, part.id)];
    expect([order.status, order.total, order.buyer.name, order.lines.map((l: any) => [l.sku, l.quantity])]).toEqual(['cancelled', 3599, 'Jane Q. Doe', [['MUG', 3]]]);
    expect([after.status, after.total, after.buyer.name, after.lines.map((l: any) => [l.sku, l.quantity])]).toEqual(['cancelled', 4000, 'Jane Q. Doe', [['LAMP', 2]]]);
    expect(after.events.map((e: any) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['split_off', null, 'ready'],
      ['updated', 'ready', 'cancelled'],
    ]);
    await expectStockAfter(s, { onHand: 10, reserved: 0 }, 0);
  });

  it('leaves the buyer with one order of the same value', async () => {
    const s = await newSeller();
    const { id, lamp } = await mixedOrder(s);
    await split(s, id, [{ lineId: lamp, quantity: 2 }]);
    const res = await call('GET', '/v1/customers?email=jane@example.com', { token: s.token });
    expect(res.body.customers.map((c) => [c.orderCount, c.lifetimeValue])).toEqual([[1, { USD: 7599 }]]);
  });

  it('refuses a quantity above what the line holds with 422 naming lines.0.quantity, changing nothing', async () => {
    const s = await newSeller();
    const { id, mug } = await mixedOrder(s);
    const before = await getOrder(s, id);
    const res = await split(s, id, [{ lineId: mug, quantity: 4 }]);
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toEqual([{ path: 'lines.0.quantity', message: 'This line holds only 3 unit(s).' }]);
    expect(await getOrder(s, id)).toEqual(before);
    expect(await held(id)).toEqual([{ line_id: mug, sku: 'MUG', quantity: 3 }]);
  });

  it('refuses taking every unit, an unknown line, and a shipped order, changing nothing', async () => {
    const s = await newSeller();
    const { id, mug, lamp } = await mixedOrder(s);
    const before = await getOrder(s, id);
    const all = await split(s, id, [
      { lineId: mug, quantity: 3 },
      { lineId: lamp, quantity: 2 },
    ]);
    expect([all.status, all.body.error.issues]).toEqual([422, [{ path: 'lines', message: 'A split must leave at least one unit on the order.' }]]);
    const unknown = await split(s, id, [{ lineId: 'lin_nope', quantity: 1 }]);
    expect([unknown.status, unknown.body.error.issues![0]!.path]).toEqual([422, 'lines.0.lineId']);
    expect(await getOrder(s, id)).toEqual(before);
    await call('POST', `/v1/orders/${id}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: '1Z', lines: [{ lineId: mug, quantity: 1 }] } });
    const late = await split(s, id, [{ lineId: lamp, quantity: 1 }]);
    expect([late.status, late.body.error.code]).toEqual([409, 'not_splittable']);
  });

  it('answers 404 for another seller’s order', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const { id, mug } = await mixedOrder(s);
    const res = await split(other, id, [{ lineId: mug, quantity: 1 }]);
    expect(res.status).toBe(404);
    expect((await getOrder(s, id)).splitInto).toEqual([]);
  });
});
