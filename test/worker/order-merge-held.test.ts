/**
 * Held orders in merges: a held order merges with another to the same buyer,
 * the group waits as a whole (the other member is not pickable alone, and
 * the queue says why), and releasing the last hold makes the group
 * pickable as one. Stock is never touched by any of it.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../shared/schemas/rules.js';
import { queue, saveRules } from './fulfillment-helpers.js';
import { call, newSeller, type TestSeller } from './helpers.js';
import { expectBalancedBooks } from './inventory-helpers.js';
import { expectMugsAndLamps, getOrder, janesTwoOrders } from './merge-helpers.js';

const hold = (s: TestSeller, id: string) => call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'address_check', note: 'Check the flat number' } });
const release = (s: TestSeller, id: string) => call('POST', `/v1/orders/${id}/release`, { token: s.token, body: {} });

describe('merging a held order', () => {
  it('holds the whole group: the ready member waits with it, named in the held list, and cannot be picked alone', async () => {
    const s = await newSeller();
    const [a, b] = await janesTwoOrders(s);
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
    await expectMugsAndLamps(s, { onHand: 10, reserved: 2 }, { onHand: 5, reserved: 1 });
    await expectBalancedBooks(s.id);
  });

  it('releasing the last hold makes the group one pickable entry, picked whole', async () => {
    const s = await newSeller();
    const [a, b] = await janesTwoOrders(s);
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
    const [a, b] = await janesTwoOrders(s);
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
