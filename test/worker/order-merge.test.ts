import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../shared/schemas/rules.js';
import { capture, queue, saveRules, stockOf, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { expectBalancedBooks } from './inventory-helpers.js';
import { expectMugsAndLamps, getOrder, home, janesTwoOrders } from './merge-helpers.js';

const merge = (s: TestSeller, orderIds: string[]) => call('POST', '/v1/orders/merge', { token: s.token, body: { orderIds } });

/** Two orders of Jane to her home, the second written the way another portal spells the address. */
const twoOrders = (s: TestSeller) => janesTwoOrders(s, { ...home, name: 'JANE  DOE', line1: '1 main st', postalCode: '62701 ' });

describe('merging orders', () => {
  it('groups orders to the same address (case, spacing, punctuation aside) with history on each', async () => {
    const s = await newSeller();
    const [a, b] = await twoOrders(s);
    const res = await merge(s, [a, b]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const group = res.body.group;
    expect(group.orders.map((o: any) => [o.id, o.mergeGroupId, o.mergedWith, o.status])).toEqual([
      [a, group.id, [b], 'ready'],
      [b, group.id, [a], 'ready'],
    ]);
    const [oa, ob] = [await getOrder(s, a), await getOrder(s, b)];
    expect(oa.events.at(-1)).toMatchObject({ kind: 'merged', reason: `Ships with ${ob.externalId}` });
    expect(ob.events.at(-1)).toMatchObject({ kind: 'merged', reason: `Ships with ${oa.externalId}` });
  });

  it('shows the group once in the queue and picks it whole', async () => {
    const s = await newSeller();
    const [a, b] = await twoOrders(s);
    const group = (await merge(s, [a, b])).body.group;
    const q = await queue(s);
    expect(q.queue.map((e: any) => [e.orderId, e.units, e.lineCount, e.merge])).toEqual([[a, 3, 2, { groupId: group.id, orderIds: [a, b] }]]);
    expect(q.counts.ready).toBe(1);
    const picked = await call('POST', '/v1/picklists', { token: s.token, body: { orderIds: [a] } });
    expect(picked.status, JSON.stringify(picked.body)).toBe(201);
    expect(picked.body.pickList.orderIds).toEqual([a, b]);
    expect([(await getOrder(s, a)).status, (await getOrder(s, b)).status]).toEqual(['in_progress', 'in_progress']);
  });

  it('ships the group as one parcel: every member shipped with the same tracking number, stock taken once', async () => {
    const s = await newSeller();
    const [a, b] = await twoOrders(s);
    const group = (await merge(s, [a, b])).body.group;
    await expectMugsAndLamps(s, { onHand: 10, reserved: 2 }, { onHand: 5, reserved: 1 });
    const res = await call('POST', `/v1/merge-groups/${group.id}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: '1ZGROUP' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.group.orders.map((o: any) => [o.status, o.shipments.map((p: any) => [p.carrier, p.trackingNumber])])).toEqual([
      ['shipped', [['UPS', '1ZGROUP']]],
      ['shipped', [['UPS', '1ZGROUP']]],
    ]);
    await expectMugsAndLamps(s, { onHand: 8, reserved: 0 }, { onHand: 4, reserved: 0 });
    await expectBalancedBooks(s.id);
  });

  it('never reserves a unit twice: merging changes no reservation', async () => {
    const s = await newSeller();
    const [a, b] = await twoOrders(s);
    const read = () => env.DB.prepare('SELECT order_id, sku, quantity FROM reservations WHERE seller_id = ? ORDER BY order_id, sku').bind(s.id).all();
    const before = (await read()).results;
    await merge(s, [a, b]);
    expect((await read()).results).toEqual(before);
    expect(await stockOf(s, 'MUG')).toEqual({ onHand: 10, reserved: 2 });
    await expectBalancedBooks(s.id);
  });

  it('refuses another address, an unknown address and a shipped order with 422 naming the order, changing nothing', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    const [a, elsewhere, unknown, shipped] = await capture(s, [
      anOrder(s.channels.amazon, { shipTo: home, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }], total: 1000 }),
      anOrder(s.channels.amazon, { shipTo: { ...home, line1: '2 Main St' }, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }], total: 1000 }),
      anOrder(s.channels.amazon, { shipTo: { city: 'Springfield', country: 'US' }, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }], total: 1000 }),
      anOrder(s.channels.amazon, { shipTo: home, status: 'shipped', lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }], total: 1000 }),
    ]);
    const before = await getOrder(s, a);
    const other = await merge(s, [a, elsewhere]);
    expect([other.status, other.body.error.issues]).toEqual([422, [{ path: 'orderIds.1', message: `Order ${elsewhere} ships to another address than ${a}.` }]]);
    const blind = await merge(s, [a, unknown]);
    expect([blind.status, blind.body.error.issues![0]!.path]).toEqual([422, 'orderIds.1']);
    const late = await merge(s, [shipped, a]);
    expect([late.status, late.body.error.issues]).toEqual([422, [{ path: 'orderIds.0', message: `Order ${shipped} is shipped: only orders not yet picked can merge.` }]]);
    expect(await getOrder(s, a)).toEqual(before);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM merge_groups WHERE seller_id = ?').bind(s.id).first('n')).toBe(0);
  });

  it('answers 404 naming the order that belongs to another seller, changing nothing', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const [a] = await twoOrders(s);
    const [theirs] = await capture(other, [anOrder(other.channels.amazon, { shipTo: home })]);
    const res = await merge(s, [a, theirs]);
    expect([res.status, res.body.error.issues]).toEqual([404, [{ path: 'orderIds.1', message: 'No such order.' }]]);
    expect((await getOrder(s, a)).mergeGroupId).toBeNull();
  });

  it('unmerges a group before it ships: each order queues alone again', async () => {
    const s = await newSeller();
    const [a, b] = await twoOrders(s);
    const group = (await merge(s, [a, b])).body.group;
    const res = await call('DELETE', `/v1/merge-groups/${group.id}`, { token: s.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.orders.map((o: any) => [o.mergeGroupId, o.events.at(-1).kind])).toEqual([
      [null, 'unmerged'],
      [null, 'unmerged'],
    ]);
    expect((await queue(s)).queue.map((e: any) => e.orderId).sort()).toEqual([a, b].sort());
  });
});

describe('merge proposals, made by rules', () => {
  const proposing: Rule = { id: 'merge-same-buyer', name: 'Propose merging a buyer’s orders', when: [{ type: 'channel', in: ['amazon', 'ebay'] }], then: [{ type: 'proposeMerge', withinHours: 24 }] };
  const proposals = async (s: TestSeller) => {
    const res = await call('GET', '/v1/orders/merge-proposals', { token: s.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.proposals;
  };

  it('propose orders of one buyer to one address within the rule’s hours, naming the rule; not one placed 30 h later nor one to another address', async () => {
    const s = await newSeller();
    await saveRules(s, [proposing]);
    const [a, b] = await twoOrders(s);
    await capture(s, [
      anOrder(s.channels.amazon, { placedAt: '2026-11-22T00:00:00Z', shipTo: home }),
      anOrder(s.channels.amazon, { placedAt: '2026-11-20T12:00:00Z', shipTo: { ...home, line1: '9 Elm St' } }),
    ]);
    expect(await proposals(s)).toEqual([
      {
        orderIds: [a, b],
        reason: 'Same buyer and address, 2 orders placed within 24 hours of each other.',
        rule: { id: 'merge-same-buyer', name: 'Propose merging a buyer’s orders', withinHours: 24 },
        held: [],
      },
    ]);
    expect((await merge(s, [a, b])).status).toBe(201);
    expect(await proposals(s)).toEqual([]);
  });

  it('propose nothing without a proposing rule, nor for orders the rule’s conditions leave out', async () => {
    const s = await newSeller();
    await twoOrders(s);
    expect(await proposals(s)).toEqual([]);
    await saveRules(s, [{ ...proposing, when: [{ type: 'channel', in: ['amazon'] }] }]);
    expect(await proposals(s)).toEqual([]);
    await saveRules(s, [proposing]);
    expect(await proposals(s)).toHaveLength(1);
  });

  it('take 24 hours when the rule gives no window, and refuse one out of 1..168 naming the field', async () => {
    const s = await newSeller();
    const saved = await call('PUT', '/v1/rules', { token: s.token, body: { rules: [{ ...proposing, then: [{ type: 'proposeMerge' }] }] } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.rules[0]?.then).toEqual([{ type: 'proposeMerge', withinHours: 24 }]);
    for (const withinHours of [0, 169, 2.5]) {
      const res = await call('PUT', '/v1/rules', { token: s.token, body: { rules: [{ ...proposing, then: [{ type: 'proposeMerge', withinHours }] }] } });
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('rules.0.then.0.withinHours');
    }
    expect((await call('GET', '/v1/rules', { token: s.token })).body.version).toBe(1);
  });
});
