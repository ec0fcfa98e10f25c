/**
 * Held orders in merges: a held order merges with another to the same buyer,
 * the group waits as a whole (the other member is not pickable alone, and
 * the queue says why), and releasing the last hold makes the group
 * pickable as one. Stock is never touched by any of it.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../shared/schemas/rules.js';
import { capture, queue, saveRules, stockOf, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { expectBalancedBooks } from './inventory-helpers.js';

const home = { name: 'Jane Doe', line1: '1 Main St.', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' };
const getOrder = async (s: TestSeller, id: string) => (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
const hold = (s: TestSeller, id: string) => call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'address_check', note: 'Check the flat number' } });
const release = (s: TestSeller, id: string) => call('POST', `/v1/orders/${id}/release`, { token: s.token, body: {} });

/** Jane's ready order and her second one to the same address, both allocated. */
async function twoOrders(s: TestSeller): Promise<[string, string]> {
  await stockUp(s, { MUG: 10, LAMP: 5 });
  const [a, b] = await capture(s, [
    anOrder(s.channels.amazon, { placedAt: '2026-11-20T10:00:00Z', shipTo: home, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1000 }], total: 2000 }),
    anOrder(s.channels.ebay, { placedAt: '2026-11-20T18:00:00Z', shipTo: home, lines: [{ sku: 'LAMP', quantity: 1, unitPrice: 4000 }], total: 4000 }),
  ]);
  return [a, b];
}

describe('merging a held order', () => {
  it('holds the whole group: the ready member waits with it, named in the held list, and cannot be picked alone', async () => {
    const s = await newSeller();
    const [a, b] = await twoOrders(s);
    expect((await hold(s, b)).status).toBe(200);
    const merged = await call('POST', '/v1/orders/merge', { token: s.token, body: { orderIds: [a, b] } });
    expect(merged.status, JSON.stringify(merged.body)).toBe(201);
    expect(merged.body.group.orders.map((o: { id: string; status: string }) => [o.id, o.status])).toEqual([
      [a, 'ready'],
      [b, 'on_hold'],
    ]);
    const eb = await getOrder(s, b);

    const q = await queue(s);
    expect(q.queue).toEqual([]);
    expect(q.counts).toMatchObject({ ready: 0, short: 0, held: 2 });
    expect(q.held.map((h: any) => [h.orderId, h.reason, h.source])).toEqual([
      [b, 'address_check', 'manual'],
      [a, 'merged_with_held', 'merge'],
    ]);
    expect(q.held[1].note).toBe(`Ships merged with ${eb.externalId} (address check), on hold.`);

    const named = await call('POST', '/v1/picklists', { token: s.token, body: { orderIds: [a] } });
    expect(named.status).toBe(409);
    expect(named.body.error.issues).toEqual([{ path: 'orderIds.0', message: `Order ${a} is on hold (merged with held).` }]);
    const best = await call('POST', '/v1/picklists', { token: s.token, body: { filter: { limit: 10 } } });
    expect([best.status, best.body.error.code]).toEqual([409, 'nothing_to_pick']);
    expect([(await getOrder(s, a)).status, (await getOrder(s, b)).status]).toEqual(['ready', 'on_hold']);
    expect([await stockOf(s, 'MUG'), await stockOf(s, 'LAMP')]).toEqual([
      { onHand: 10, reserved: 2 },
      { onHand: 5, reserved: 1 },
    ]);
    await expectBalancedBooks(s.id);
  });

  it('releasing the last hold makes the group one pickable entry, picked whole', async () => {
    const s = await newSeller();
    const [a, b] = await twoOrders(s);
    expect((await hold(s, a)).status).toBe(200);
    expect((await hold(s, b)).status).toBe(200);
    const group = (await call('POST', '/v1/orders/merge', { token: s.token, body: { orderIds: [a, b] } })).body.group;
    expect((await queue(s)).counts).toMatchObject({ ready: 0, held: 2 });

    expect((await release(s, a)).status).toBe(200);
    const stillHeld = await queue(s);
    expect(stillHeld.queue).toEqual([]);
    expect(stillHeld.held.map((h: any) => [h.orderId, h.source])).toEqual([
      [b, 'manual'],
      [a, 'merge'],
    ]);

    expect((await release(s, b)).status).toBe(200);
    const q = await queue(s);
    expect(q.queue.map((e: any) => [e.orderId, e.units, e.merge])).toEqual([[a, 3, { groupId: group.id, orderIds: [a, b] }]]);
    expect(q.counts).toMatchObject({ ready: 1, held: 0 });
    expect(q.held).toEqual([]);
    const picked = await call('POST', '/v1/picklists', { token: s.token, body: { orderIds: [b] } });
    expect(picked.status, JSON.stringify(picked.body)).toBe(201);
    expect(picked.body.pickList.orderIds).toEqual([b, a]);
    expect([(await getOrder(s, a)).status, (await getOrder(s, b)).status]).toEqual(['in_progress', 'in_progress']);
    await expectBalancedBooks(s.id);
  });

  it('proposals include held orders and say which are held; accepted, the group waits for the hold', async () => {
    const s = await newSeller();
    const proposing: Rule = {
      id: 'merge-same-buyer',
      name: 'Propose merging a buyer’s orders',
      when: [{ type: 'channel', in: ['amazon', 'ebay'] }],
      then: [{ type: 'proposeMerge', withinHours: 24 }],
    };
    await saveRules(s, [proposing]);
    const [a, b] = await twoOrders(s);
    expect((await hold(s, b)).status).toBe(200);
    const res = await call('GET', '/v1/orders/merge-proposals', { token: s.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.proposals).toEqual([
      {
        orderIds: [a, b],
        reason: 'Same buyer and address, 2 orders placed within 24 hours of each other. 1 of them is held: the merged parcel waits until every hold is released.',
        rule: { id: 'merge-same-buyer', name: 'Propose merging a buyer’s orders', withinHours: 24 },
        held: [b],
      },
    ]);
    // The kept proposing rules never show in the held list.
    expect(Object.keys((await queue(s)).held[0]).sort()).toEqual(['externalId', 'note', 'orderId', 'reason', 'ruleId', 'source', 'status']);
    expect((await call('POST', '/v1/orders/merge', { token: s.token, body: { orderIds: [a, b] } })).status).toBe(201);
    expect((await queue(s)).held.map((h: any) => [h.orderId, h.source])).toEqual([
      [b, 'manual'],
      [a, 'merge'],
    ]);
    await expectBalancedBooks(s.id);
  });
});
