import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';
import { allocations, expectBalancedBooks, stock, totals } from './inventory-helpers.js';

const capture = async (token: string, order: object) => {
  const res = await call('POST', '/v1/orders', { token, body: order });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!.id as string;
};

describe('reservations', () => {
  it.each([
    ['a captured order reserves its units and says so on each line', 5, 'allocated', { onHand: 5, reserved: 2, available: 3, backordered: 0 }],
    ['an order for more than is available is still stored, its line short', 1, 'short', { onHand: 1, reserved: 0, available: 1, backordered: 2 }],
  ] as const)('%s', async (_, onHand, allocation, after) => {
    const s = await newSeller();
    await stock(s, { 'MUG-BLUE': onHand });
    const id = await capture(s.token, anOrder(s.channels.amazon, { lines: [{ sku: 'MUG-BLUE', quantity: 2, unitPrice: 1299 }] }));
    expect(await allocations(s, id)).toEqual([allocation]);
    expect(await totals(s, 'MUG-BLUE')).toEqual(after);
    await expectBalancedBooks(s.id);
  });

  it('a line that maps to nothing is kept and flagged unmapped', async () => {
    const s = await newSeller();
    const id = await capture(s.token, anOrder(s.channels.amazon, { lines: [{ channelSku: 'B00NOTLISTED', quantity: 1, unitPrice: 500 }] }));
    expect(await allocations(s, id)).toEqual(['unmapped']);
  });

  it('cancelling releases the units; shipping takes them off hand', async () => {
    const s = await newSeller();
    await stock(s, { 'MUG-BLUE': 5 });
    const a = await capture(s.token, anOrder(s.channels.amazon, { lines: [{ sku: 'MUG-BLUE', quantity: 2, unitPrice: 1299 }] }));
    const b = await capture(s.token, anOrder(s.channels.amazon, { lines: [{ sku: 'MUG-BLUE', quantity: 1, unitPrice: 1299 }] }));
    expect((await call('POST', `/v1/orders/${a}/transitions`, { token: s.token, body: { to: 'cancelled' } })).status).toBe(200);
    expect(await totals(s, 'MUG-BLUE')).toEqual({ onHand: 5, reserved: 1, available: 4, backordered: 0 });
    expect((await call('POST', `/v1/orders/${b}/transitions`, { token: s.token, body: { to: 'shipped' } })).status).toBe(200);
    expect(await totals(s, 'MUG-BLUE')).toEqual({ onHand: 4, reserved: 0, available: 4, backordered: 0 });
    expect(await allocations(s, a)).toEqual(['none']);
    await expectBalancedBooks(s.id);
  });
});
