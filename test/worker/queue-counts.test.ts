/**
 * The queue's bucket counts are kept by triggers on its entries (migration
 * 0034), so a read shows them without walking the open orders, and so are
 * the stale marks (a burst's wait): on real D1, after any sequence of
 * captures, moves, stock counts and rule changes, the kept counts equal the
 * entries and marks counted from scratch, and the counts a read
 * shows equal its lists.
 */
import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capture, queue, saveRules, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';

/** What a random sequence may do; orders are referred to by index among those captured so far. */
type Step =
  | { kind: 'capture'; sku: 'A' | 'B'; quantity: number; unpaid: boolean; together: number }
  | { kind: 'move'; to: 'cancelled' | 'on_hold' | 'ready' | 'shipped'; order: number }
  | { kind: 'count'; sku: 'A' | 'B'; onHand: number }
  | { kind: 'rules'; holdB: boolean }
  | { kind: 'read' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('capture' as const),
      sku: fc.constantFrom('A' as const, 'B' as const),
      quantity: fc.integer({ min: 1, max: 3 }),
      unpaid: fc.boolean(),
      together: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), to: fc.constantFrom('cancelled' as const, 'on_hold' as const, 'ready' as const, 'shipped' as const), order: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('count' as const), sku: fc.constantFrom('A' as const, 'B' as const), onHand: fc.integer({ min: 0, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rules' as const), holdB: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('read' as const) }) },
);

/** The kept counts and the entries (and stale marks) counted from scratch, bucket by bucket. */
async function keptAndCounted(sellerId: string): Promise<{ kept: Record<string, number>; counted: Record<string, number> }> {
  const rows = (sql: string) =>
    env.DB.prepare(sql)
      .bind(sellerId)
      .all<{ bucket: string; n: number }>()
      .then(({ results }) => Object.fromEntries(results.map((r) => [r.bucket, r.n])));
  const [kept, counted] = await Promise.all([
    rows('SELECT bucket, entries AS n FROM queue_counts WHERE seller_id = ? ORDER BY bucket'),
    rows("SELECT bucket, count(*) AS n FROM queue_entries WHERE seller_id = ?1 GROUP BY bucket UNION ALL SELECT 'stale', count(*) FROM queue_stale WHERE seller_id = ?1 HAVING count(*) > 0"),
  ]);
  return { kept, counted };
}

/** Reads the queue and checks its counts against its lists and the kept counts against the entries. */
async function expectCountsHold(s: TestSeller): Promise<void> {
  const q = await queue(s, '?limit=200');
  // No merge groups here: every listed order counts once in its list.
  expect(q.counts).toEqual({ ready: q.queue.length, short: q.short.length, held: q.held.length });
  const { kept, counted } = await keptAndCounted(s.id);
  expect(kept).toEqual(counted);
}

async function run(s: TestSeller, steps: readonly Step[]): Promise<void> {
  const orders: string[] = [];
  for (const st of steps) {
    if (st.kind === 'capture') {
      const bodies = Array.from({ length: st.together }, () =>
        anOrder(s.channels.amazon, { paymentStatus: st.unpaid ? 'pending' : 'paid', lines: [{ sku: st.sku, quantity: st.quantity, unitPrice: 500 }] }),
      );
      orders.push(...(await capture(s, bodies)));
    } else if (st.kind === 'move') {
      const id = orders[st.order % Math.max(1, orders.length)];
      if (!id) continue;
      const res = await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: st.to } });
      expect([200, 409], JSON.stringify(res.body)).toContain(res.status);
    } else if (st.kind === 'count') {
      expect((await call('PUT', `/v1/inventory/${st.sku}`, { token: s.token, body: { onHand: st.onHand } })).status).toBe(200);
    } else if (st.kind === 'rules') {
      const when = [{ type: 'sku' as const, in: ['B'] }];
      await saveRules(s, [
        st.holdB ? { id: 'hold-b', name: 'Check B', when, then: [{ type: 'hold', reason: 'address_check' }] } : { id: 'b-first', name: 'B first', when, then: [{ type: 'addPoints', points: 5 }] },
      ]);
    } else {
      await expectCountsHold(s);
    }
    // Between reads too: captures and moves mark orders stale, and the marks' count follows.
    const { kept, counted } = await keptAndCounted(s.id);
    expect(kept).toEqual(counted);
  }
  await expectCountsHold(s);
}

describe('the kept queue counts equal the entries counted from scratch', () => {
  it('after any sequence of captures, moves, stock counts, rule changes and reads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const s = await newSeller();
        await stockUp(s, { A: 4, B: 3 });
        await run(s, steps);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('an entry moved to another bucket moves its count; a bucket emptied keeps no row', async () => {
    const s = await newSeller();
    await stockUp(s, { A: 5 });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { lines: [{ sku: 'A', quantity: 1, unitPrice: 500 }] })]);
    expect((await queue(s)).counts).toEqual({ ready: 1, short: 0, held: 0 });
    expect((await keptAndCounted(s.id)).kept).toEqual({ ready: 1 });
    // Placed again in another bucket: one count moves.
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'on_hold' } })).status).toBe(200);
    expect((await queue(s)).counts).toEqual({ ready: 0, short: 0, held: 1 });
    expect((await keptAndCounted(s.id)).kept).toEqual({ held: 1 });
    expect((await call('POST', `/v1/orders/${id}/cancel`, { token: s.token, body: {} })).status).toBe(200);
    expect(await keptAndCounted(s.id)).toEqual({ kept: {}, counted: {} });
    expect((await queue(s)).counts).toEqual({ ready: 0, short: 0, held: 0 });
  });

  it('the migration counts the entries of books placed before it', async () => {
    const s = await newSeller();
    await stockUp(s, { A: 1, B: 1 });
    await capture(s, [
      anOrder(s.channels.amazon, { lines: [{ sku: 'A', quantity: 1, unitPrice: 500 }] }),
      anOrder(s.channels.amazon, { lines: [{ sku: 'A', quantity: 1, unitPrice: 500 }] }),
      anOrder(s.channels.amazon, { paymentStatus: 'pending', lines: [{ sku: 'B', quantity: 1, unitPrice: 500 }] }),
    ]);
    const before = (await queue(s)).counts;
    expect(before).toEqual({ ready: 1, short: 1, held: 1 });
    // A book from before the counts: no rows; the migration's backfill statement counts every seller's entries.
    await env.DB.prepare('DELETE FROM queue_counts').run();
    const backfill = env.TEST_MIGRATIONS.flatMap((m) => m.queries).filter((q) => /^INSERT INTO queue_counts/m.test(q) && !q.includes('CREATE TRIGGER'));
    expect(backfill).toHaveLength(2);
    for (const q of backfill) await env.DB.prepare(q).run();
    expect((await keptAndCounted(s.id)).kept).toEqual({ held: 1, ready: 1, short: 1 });
    expect((await queue(s)).counts).toEqual(before);
  });
});
