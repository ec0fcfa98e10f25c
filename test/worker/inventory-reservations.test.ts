import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';
import { allocations, expectBalancedBooks, stock, totals } from './inventory-helpers.js';

const capture = async (token: string, order: object) => {
  const res = await call('POST', '/v1/orders', { token, body: order });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!.id as string;
};

describe('reservations', () => {
  it('a captured order reserves its units and says so on each line', async () => {
    const s = await newSeller();
    await stock(s, { 'MUG-BLUE': 5 });
    const id = await capture(s.token, anOrder(s.channels.amazon, { lines: [{ sku: 'MUG-BLUE', quantity: 2, unitPrice: 1299 }] }));
    expect(await allocations(s, id)).toEqual(['allocated']);
    expect(await totals(s, 'MUG-BLUE')).toEqual({ onHand: 5, reserved: 2, available: 3, backordered: 0 });
    await expectBalancedBooks(s.id);
  });

  it('an order for more than is available is still stored, its line short', async () => {
    const s = await newSeller();
    await stock(s, { 'MUG-BLUE': 1 });
    const id = await capture(s.token, anOrder(s.channels.amazon, { lines: [{ sku: 'MUG-BLUE', quantity: 2, unitPrice: 1299 }] }));
    expect(await allocations(s, id)).toEqual(['short']);
    expect(await totals(s, 'MUG-BLUE')).toEqual({ onHand: 1, reserved: 0, available: 1, backordered: 2 });
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
