import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { expectBalancedBooks, list, stock } from './inventory-helpers.js';

/** What a random sequence may do; orders are referred to by index among those captured so far. */
type Step =
  | { kind: 'capture'; lines: Array<{ item: string; quantity: number }>; shipByDay: number | null; together: number }
  | { kind: 'cancel' | 'ship'; order: number }
  | { kind: 'return'; order: number; restock: boolean }
  | { kind: 'adjust'; sku: 'A' | 'B'; delta: number }
  | { kind: 'count'; sku: 'A' | 'B'; onHand: number };

const item = fc.constantFrom('sku:A', 'sku:B', 'listing:A-2PACK', 'listing:KIT', 'listing:UNLISTED');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('capture' as const), lines: fc.array(fc.record({ item, quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 2 }), shipByDay: fc.option(fc.integer({ min: 21, max: 28 })), together: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('cancel' as const, 'ship' as const), order: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('return' as const), order: fc.nat(20), restock: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjust' as const), sku: fc.constantFrom('A' as const, 'B' as const), delta: fc.integer({ min: -4, max: 6 }).filter((n) => n !== 0) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('count' as const), sku: fc.constantFrom('A' as const, 'B' as const), onHand: fc.integer({ min: 0, max: 8 }) }) },
);

async function run(s: TestSeller, steps: readonly Step[]): Promise<void> {
  const orders: string[] = [];
  for (const st of steps) {
    if (st.kind === 'capture') {
      const bodies = Array.from({ length: st.together }, () =>
        anOrder(s.channels.walmart, {
          ...(st.shipByDay ? { shipBy: `2026-11-${st.shipByDay}T00:00:00Z` } : {}),
          lines: st.lines.map(({ item: it, quantity }) => {
            const [how, name] = it.split(':') as [string, string];
            return how === 'sku' ? { sku: name, quantity, unitPrice: 100 } : { channelSku: name, quantity, unitPrice: 100 };
          }),
        }),
      );
      // Orders captured together race each other, as concurrent clients would.
      const answers = await Promise.all(bodies.map((body) => call('POST', '/v1/orders', { token: s.token, body })));
      for (const a of answers) {
        expect(a.status, JSON.stringify(a.body)).toBe(200);
        orders.push(a.body.results[0].id);
      }
    } else if (st.kind === 'cancel' || st.kind === 'ship' || st.kind === 'return') {
      const id = orders[st.order % Math.max(1, orders.length)];
      if (!id) continue;
      const to = st.kind === 'cancel' ? 'cancelled' : st.kind === 'ship' ? 'shipped' : 'returned';
      const res = await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to, ...(st.kind === 'return' ? { restock: st.restock } : {}) } });
      expect([200, 409], JSON.stringify(res.body)).toContain(res.status);
    } else if (st.kind === 'adjust') {
      const res = await call('POST', '/v1/inventory/adjustments', { token: s.token, body: [{ sku: st.sku, delta: st.delta, reason: 'property test' }] });
      expect([200, 400]).toContain(res.status);
    } else if (st.kind === 'count') {
      expect((await call('PUT', `/v1/inventory/${st.sku}`, { token: s.token, body: { onHand: st.onHand } })).status).toBe(200);
    }
  }
}

describe('stock invariants hold under any sequence of captures, cancels, ships, returns and adjustments', () => {
  it('reserved = open allocations, 0 ≤ reserved ≤ on hand, on hand = the ledger, backorders = short lines, no short line could be filled', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const s = await newSeller();
        await stock(s, { A: 4, B: 3 });
        await list(s, s.channels.walmart, 'A-2PACK', [['A', 2]]);
        await list(s, s.channels.walmart, 'KIT', [['A', 1], ['B', 1]]);
        await run(s, steps);
        await expectBalancedBooks(s.id);
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
