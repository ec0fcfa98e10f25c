import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { allocations, expectBalancedBooks, list, stock, totals } from './inventory-helpers.js';

async function capture(s: TestSeller, overrides: Parameters<typeof anOrder>[1]): Promise<string> {
  const res = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon, overrides) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!.id;
}

const oneMug = (quantity = 1) => [{ sku: 'MUG', quantity, unitPrice: 1000 }];

/** A new seller with `onHand` mugs on the shelf. */
async function sellerWithMugs(onHand: number): Promise<TestSeller> {
  const s = await newSeller();
  await stock(s, { MUG: onHand });
  return s;
}

/** Expects the mug's totals, and books that balance. */
async function expectMugTotals(s: TestSeller, expected: Awaited<ReturnType<typeof totals>>): Promise<void> {
  expect(await totals(s, 'MUG')).toEqual(expected);
  await expectBalancedBooks(s.id);
}

describe('short lines are allocated again when stock frees up', () => {
  it('a cancellation gives its units to the waiting order with the oldest ship-by', async () => {
    const s = await sellerWithMugs(1);
    const first = await capture(s, { lines: oneMug(), shipBy: '2026-11-25T00:00:00Z' });
    const later = await capture(s, { lines: oneMug(), shipBy: '2026-11-28T00:00:00Z', placedAt: '2026-11-19T00:00:00Z' });
    const sooner = await capture(s, { lines: oneMug(), shipBy: '2026-11-26T00:00:00Z', placedAt: '2026-11-21T00:00:00Z' });
    expect([await allocations(s, later), await allocations(s, sooner)]).toEqual([['short'], ['short']]);
    expect((await call('POST', `/v1/orders/${first}/transitions`, { token: s.token, body: { to: 'cancelled' } })).status).toBe(200);
    expect([await allocations(s, first), await allocations(s, later), await allocations(s, sooner)]).toEqual([['none'], ['short'], ['allocated']]);
    await expectMugTotals(s, { onHand: 1, reserved: 1, available: 0, backordered: 1 });
  });

  it('without ship-by dates the order placed first goes first', async () => {
    const s = await sellerWithMugs(0);
    const newer = await capture(s, { lines: oneMug(), placedAt: '2026-11-20T12:00:00Z' });
    const older = await capture(s, { lines: oneMug(), placedAt: '2026-11-20T08:00:00Z' });
    const res = await call('POST', '/v1/inventory/adjustments', { token: s.token, body: [{ sku: 'MUG', delta: 1, reason: 'found one on the shelf' }] });
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ onHand: 1, reserved: 1, available: 0, backordered: 1 });
    expect([await allocations(s, older), await allocations(s, newer)]).toEqual([['allocated'], ['short']]);
    await expectBalancedBooks(s.id);
  });

  it('a line is allocated whole or not at all: 3 free units do not go to a line needing 4', async () => {
    const s = await sellerWithMugs(0);
    const big = await capture(s, { lines: oneMug(4), placedAt: '2026-11-18T00:00:00Z' });
    const small = await capture(s, { lines: oneMug(2) });
    await call('PUT', '/v1/inventory/MUG', { token: s.token, body: { onHand: 3 } });
    expect([await allocations(s, big), await allocations(s, small)]).toEqual([['short'], ['allocated']]);
    await expectMugTotals(s, { onHand: 3, reserved: 2, available: 1, backordered: 4 });
  });

  it('a restocked return frees units for a waiting order', async () => {
    const s = await sellerWithMugs(1);
    const sold = await capture(s, { lines: oneMug() });
    const waiting = await capture(s, { lines: oneMug() });
    await call('POST', `/v1/orders/${sold}/transitions`, { token: s.token, body: { to: 'shipped' } });
    expect(await totals(s, 'MUG')).toEqual({ onHand: 0, reserved: 0, available: 0, backordered: 1 });
    const back = await call('POST', `/v1/orders/${sold}/transitions`, { token: s.token, body: { to: 'returned', restock: true } });
    expect(back.status).toBe(200);
    expect(await allocations(s, waiting)).toEqual(['allocated']);
    await expectMugTotals(s, { onHand: 1, reserved: 1, available: 0, backordered: 0 });
  });

  it('a return without restock leaves stock as it is', async () => {
    const s = await sellerWithMugs(2);
    const sold = await capture(s, { lines: oneMug() });
    await call('POST', `/v1/orders/${sold}/transitions`, { token: s.token, body: { to: 'shipped' } });
    await call('POST', `/v1/orders/${sold}/transitions`, { token: s.token, body: { to: 'returned' } });
    expect(await totals(s, 'MUG')).toEqual({ onHand: 1, reserved: 0, available: 1, backordered: 0 });
  });

  it('a count below what is reserved turns the newest orders short, never reserving more than is on hand', async () => {
    const s = await sellerWithMugs(3);
    const a = await capture(s, { lines: oneMug(), placedAt: '2026-11-18T00:00:00Z' });
    const b = await capture(s, { lines: oneMug(), placedAt: '2026-11-19T00:00:00Z' });
    const c = await capture(s, { lines: oneMug(), placedAt: '2026-11-20T00:00:00Z' });
    const res = await call('PUT', '/v1/inventory/MUG', { token: s.token, body: { onHand: 1, note: 'cycle count' } });
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({ onHand: 1, reserved: 1, available: 0, backordered: 2 });
    expect([await allocations(s, a), await allocations(s, b), await allocations(s, c)]).toEqual([['allocated'], ['short'], ['short']]);
    await expectBalancedBooks(s.id);
  });

  it('a listing added later maps and allocates the open lines that were unmapped', async () => {
    const s = await sellerWithMugs(5);
    const id = await capture(s, { lines: [{ channelSku: 'B0MUG2PACK', quantity: 2, unitPrice: 1800 }] });
    expect(await allocations(s, id)).toEqual(['unmapped']);
    await list(s, s.channels.amazon, 'B0MUG2PACK', [['MUG', 2]]);
    expect(await allocations(s, id)).toEqual(['allocated']);
    await expectMugTotals(s, { onHand: 5, reserved: 4, available: 1, backordered: 0 });
  });

  it('a channel reporting the order cancelled releases it, and the ledger says so', async () => {
    const s = await sellerWithMugs(2);
    const order = anOrder(s.channels.amazon, { lines: oneMug(2) });
    await call('POST', '/v1/orders', { token: s.token, body: order });
    await call('POST', '/v1/orders', { token: s.token, body: { ...order, status: 'cancelled', updatedAt: '2026-11-20T11:00:00Z' } });
    expect(await totals(s, 'MUG')).toEqual({ onHand: 2, reserved: 0, available: 2, backordered: 0 });
    const ledger = await call('GET', '/v1/inventory/MUG/ledger', { token: s.token });
    expect(ledger.body.entries.map((e: { reason: string; onHandDelta: number; reservedDelta: number }) => [e.reason, e.onHandDelta, e.reservedDelta])).toEqual([
      ['released', 0, -2],
      ['reserved', 0, 2],
      ['set', 2, 0],
    ]);
  });
});
