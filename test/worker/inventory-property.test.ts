import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canTransition, type OrderStatus } from '../../shared/status.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { expectBalancedBooks, list, stock } from './inventory-helpers.js';

/** What a random sequence may do; orders are referred to by index among those captured so far. */
type Step =
  | { kind: 'capture'; lines: Array<{ item: string; quantity: number }>; shipByDay: number | null; together: number }
  | { kind: 'cancel' | 'ship' | 'hold' | 'release' | 'deliver'; order: number; named: boolean }
  | { kind: 'shipPart'; order: number }
  | { kind: 'return'; order: number; restock: boolean; named: boolean }
  | { kind: 'adjust'; sku: 'A' | 'B'; delta: number }
  | { kind: 'count'; sku: 'A' | 'B'; onHand: number };

const item = fc.constantFrom('sku:A', 'sku:B', 'listing:A-2PACK', 'listing:KIT', 'listing:UNLISTED');
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('capture' as const),
      lines: fc.array(fc.record({ item, quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 2 }),
      shipByDay: fc.option(fc.integer({ min: 21, max: 28 })),
      together: fc.integer({ min: 1, max: 4 }),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constantFrom('cancel' as const, 'ship' as const, 'hold' as const, 'release' as const, 'deliver' as const), order: fc.nat(3), named: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shipPart' as const), order: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('return' as const), order: fc.nat(3), restock: fc.boolean(), named: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjust' as const), sku: fc.constantFrom('A' as const, 'B' as const), delta: fc.integer({ min: -4, max: 6 }).filter((n) => n !== 0) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('count' as const), sku: fc.constantFrom('A' as const, 'B' as const), onHand: fc.integer({ min: 0, max: 8 }) }) },
);

type MoveStep = Exclude<Step, { kind: 'capture' | 'adjust' | 'count' }>;

/** One move, through its own route or (when `named` is false) as a free transition; every one is served by applyMove(). */
async function move(s: TestSeller, id: string, st: MoveStep) {
  const lines = async () => (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines as Array<{ id: string; quantity: number; shippedQuantity: number }>;
  if (st.kind === 'shipPart') {
    const open = (await lines()).filter((l) => l.quantity > l.shippedQuantity);
    const body = { carrier: 'UPS', trackingNumber: `1Z${id}`, lines: open.slice(0, 1).map((l) => ({ lineId: l.id, quantity: 1 })) };
    return call('POST', `/v1/orders/${id}/shipments`, { token: s.token, body: body.lines.length ? body : { ...body, lines: [{ lineId: 'none', quantity: 1 }] } });
  }
  if (!st.named) {
    const to = { cancel: 'cancelled', ship: 'shipped', hold: 'on_hold', release: 'ready', deliver: 'delivered', return: 'returned' }[st.kind];
    return call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to, ...(st.kind === 'return' ? { restock: st.restock } : {}) } });
  }
  if (st.kind === 'ship') {
    const open = (await lines()).filter((l) => l.quantity > l.shippedQuantity).map((l) => ({ lineId: l.id, quantity: l.quantity - l.shippedQuantity }));
    return call('POST', `/v1/orders/${id}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: `1Z${id}`, lines: open.length ? open : [{ lineId: 'none', quantity: 1 }] } });
  }
  if (st.kind === 'return') {
    const shipped = (await lines()).filter((l) => l.shippedQuantity > 0).map((l) => ({ lineId: l.id, quantity: l.shippedQuantity }));
    return call('POST', `/v1/orders/${id}/returns`, { token: s.token, body: { restock: st.restock, lines: shipped.length ? shipped : [{ lineId: 'none', quantity: 1 }] } });
  }
  const path = { cancel: 'cancel', hold: 'hold', release: 'release', deliver: 'deliver' }[st.kind];
  return call('POST', `/v1/orders/${id}/${path}`, { token: s.token, body: st.kind === 'hold' ? { reason: 'other' } : {} });
}

async function run(s: TestSeller, steps: readonly Step[]): Promise<string[]> {
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
        orders.push(a.body.results[0]!.id);
      }
    } else if (st.kind === 'adjust') {
      const res = await call('POST', '/v1/inventory/adjustments', { token: s.token, body: [{ sku: st.sku, delta: st.delta, reason: 'property test' }] });
      expect([200, 400]).toContain(res.status);
    } else if (st.kind === 'count') {
      expect((await call('PUT', `/v1/inventory/${st.sku}`, { token: s.token, body: { onHand: st.onHand } })).status).toBe(200);
    } else {
      const id = orders[st.order % Math.max(1, orders.length)];
      if (!id) continue;
      const res = await move(s, id, st);
      expect([200, 409], JSON.stringify(res.body)).toContain(res.status);
    }
  }
  return orders;
}

/** Every order's history is one chain of moves the model allows, ending at its status, with no hold left open once it left on_hold. */
async function expectHistoryFollowsModel(s: TestSeller, orders: readonly string[]): Promise<void> {
  for (const id of new Set(orders)) {
    const order = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order as {
      status: OrderStatus;
      events: Array<{ kind: string; source: string; fromStatus: OrderStatus | null; toStatus: OrderStatus | null }>;
    };
    const moves = order.events.filter((e) => e.toStatus !== null);
    let at: OrderStatus | null = null;
    for (const e of moves) {
      if (at !== null) {
        expect(e.fromStatus, `${id}: ${e.kind}`).toBe(at);
        const addsShipment = e.kind === 'shipment' && e.fromStatus === 'partially_shipped' && e.toStatus === 'partially_shipped';
        expect(addsShipment || canTransition(e.fromStatus!, e.toStatus!) || e.source === 'channel', `${id}: ${e.kind} ${e.fromStatus} → ${e.toStatus}`).toBe(true);
      }
      at = e.toStatus;
    }
    expect(at, id).toBe(order.status);
    const open = await env.DB.prepare("SELECT count(*) AS n FROM order_holds WHERE order_id = ? AND kind = 'manual' AND released_at IS NULL").bind(id).first<{ n: number }>();
    if (order.status !== 'on_hold') expect(open?.n, `${id} left on_hold with its hold open`).toBe(0);
  }
}

describe('stock and history invariants hold under any sequence of captures, order moves and adjustments', () => {
  it('reserved = open allocations, 0 ≤ reserved ≤ on hand, on hand = the ledger, backorders = short lines, no short line could be filled', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const s = await newSeller();
        await stock(s, { A: 4, B: 3 });
        await list(s, s.channels.walmart, 'A-2PACK', [['A', 2]]);
        await list(s, s.channels.walmart, 'KIT', [
          ['A', 1],
          ['B', 1],
        ]);
        const orders = await run(s, steps);
        await expectBalancedBooks(s.id);
        await expectHistoryFollowsModel(s, orders);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});
