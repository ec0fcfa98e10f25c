import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, rowCount, type TestSeller } from './helpers.js';
import { expectBalancedBooks } from './inventory-helpers.js';

/** The seller's stock events, in the order they were published. */
async function stockEvents(sellerId: string) {
  const rows = await env.DB.prepare(`SELECT type, subject, payload FROM outbox_events WHERE seller_id = ? AND type LIKE 'inventory.%' ORDER BY seq`)
    .bind(sellerId)
    .all<{ type: string; subject: string; payload: string }>();
  return rows.results.map((r) => ({ type: r.type, subject: r.subject, data: JSON.parse(r.payload).data }));
}

/** A seller subscribed to both stock events, with SKUs counted at the default location and given thresholds. */
async function sellerWithStock(skus: Record<string, { onHand: number; threshold: number | null }>): Promise<TestSeller> {
  const s = await newSeller();
  const hook = await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/stock', events: ['inventory.low', 'inventory.oversold'] } });
  expect(hook.status).toBe(201);
  const created = await call('POST', '/v1/skus', {
    token: s.token,
    body: { skus: Object.entries(skus).map(([sku, v]) => ({ sku, title: sku, lowStockThreshold: v.threshold })) },
  });
  expect(created.status).toBe(200);
  for (const [sku, v] of Object.entries(skus)) {
    const res = await call('PUT', `/v1/inventory/${sku}`, { token: s.token, body: { onHand: v.onHand } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  return s;
}

const capture = async (s: TestSeller, order: ReturnType<typeof anOrder>) => {
  const res = await call('POST', '/v1/orders', { token: s.token, body: order });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!.id as string;
};

const mugs = (s: TestSeller, quantity: number) => anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity, unitPrice: 1299 }] });
const mug = (onHand: number, reserved: number, backordered: number) => ({ sku: 'MUG', onHand, reserved, available: Math.max(0, onHand - reserved), backordered, threshold: 2 });

describe('stock webhook events', () => {
  it('3 on hand, threshold 2: an order for 2 publishes inventory.low, another for 2 inventory.oversold, an unchanged re-capture nothing', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 3, threshold: 2 } });
    expect(await stockEvents(s.id)).toEqual([]); // counting 3 units takes the SKU out of low: nothing to say
    await capture(s, mugs(s, 2));
    const second = mugs(s, 2);
    const id = await capture(s, second);
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines.map((l: { allocation: string }) => l.allocation)).toEqual(['short']);
    await capture(s, second);

    expect(await stockEvents(s.id)).toEqual([
      { type: 'inventory.low', subject: 'sku:MUG', data: mug(3, 2, 0) },
      { type: 'inventory.oversold', subject: 'sku:MUG', data: mug(3, 2, 2) },
    ]);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(2);
    await expectBalancedBooks(s.id);
  });

  it('an adjustment that restores stock publishes nothing, and the next dip publishes inventory.low again', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 3, threshold: 2 } });
    await capture(s, mugs(s, 2));
    await capture(s, mugs(s, 2));
    const restock = await call('POST', '/v1/inventory/adjustments', { token: s.token, body: [{ sku: 'MUG', delta: 5, reason: 'Delivery from the supplier' }] });
    expect(restock.status).toBe(200);
    expect(restock.body.items[0]).toMatchObject({ onHand: 8, reserved: 4, available: 4, backordered: 0 });
    await capture(s, mugs(s, 3));

    expect((await stockEvents(s.id)).map((e) => e.type)).toEqual(['inventory.low', 'inventory.oversold', 'inventory.low']);
    expect((await stockEvents(s.id))[2]!.data).toEqual(mug(8, 7, 0));
    await expectBalancedBooks(s.id);
  });

  it('a count under what orders hold turns lines short and publishes inventory.oversold', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 10, threshold: 2 } });
    await capture(s, mugs(s, 4));
    expect(await stockEvents(s.id)).toEqual([]);
    expect((await call('PUT', '/v1/inventory/MUG', { token: s.token, body: { onHand: 3 } })).status).toBe(200);
    expect(await stockEvents(s.id)).toEqual([{ type: 'inventory.oversold', subject: 'sku:MUG', data: mug(3, 0, 4) }]);
  });

  it('shipping a short order by hand takes the last units: the SKU leaves oversold and publishes inventory.low', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 3, threshold: 2 } });
    const id = await capture(s, mugs(s, 4));
    const moved = await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'shipped', tracking: { number: '1Z999', carrier: 'UPS' } } });
    expect(moved.status).toBe(200);
    expect(await stockEvents(s.id)).toEqual([
      { type: 'inventory.oversold', subject: 'sku:MUG', data: mug(3, 0, 4) },
      { type: 'inventory.low', subject: 'sku:MUG', data: mug(0, 0, 0) },
    ]);
  });

  it('a listing that maps waiting lines publishes what allocating them does to stock', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 3, threshold: 2 } });
    await capture(s, anOrder(s.channels.ebay, { lines: [{ channelSku: 'EB-MUG', quantity: 2, unitPrice: 1299 }] }));
    expect(await stockEvents(s.id)).toEqual([]);
    const listed = await call('PUT', '/v1/listings', { token: s.token, body: { channelId: s.channels.ebay, channelSku: 'EB-MUG', components: [{ sku: 'MUG', quantity: 1 }] } });
    expect(listed.status).toBe(200);
    expect(await stockEvents(s.id)).toEqual([{ type: 'inventory.low', subject: 'sku:MUG', data: mug(3, 2, 0) }]);
  });

  it('each SKU publishes under its own subject, and a SKU without a threshold is never low', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 3, threshold: 2 }, LID: { onHand: 3, threshold: null } });
    await capture(
      s,
      anOrder(s.channels.amazon, {
        lines: [
          { sku: 'MUG', quantity: 2, unitPrice: 1299 },
          { sku: 'LID', quantity: 3, unitPrice: 99 },
        ],
      }),
    );
    await capture(s, anOrder(s.channels.amazon, { lines: [{ sku: 'LID', quantity: 1, unitPrice: 99 }] }));
    expect((await stockEvents(s.id)).map((e) => [e.type, e.subject])).toEqual([
      ['inventory.low', 'sku:MUG'],
      ['inventory.oversold', 'sku:LID'],
    ]);
  });

  it('a refused request publishes nothing', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 3, threshold: 2 } });
    const published = await rowCount('outbox_events', s.id); // setting the stock up published stock.changed
    const below = await call('POST', '/v1/inventory/adjustments', {
      token: s.token,
      body: [
        { sku: 'MUG', delta: -2, reason: 'Broken' },
        { sku: 'MUG', delta: -5, reason: 'Lost' },
      ],
    });
    expect(below.status).toBe(400);
    const unknown = await call('POST', '/v1/inventory/adjustments', {
      token: s.token,
      body: [
        { sku: 'MUG', delta: -2, reason: 'Broken' },
        { sku: 'NOPE', delta: 1, reason: 'Found' },
      ],
    });
    expect(unknown.status).toBe(400);
    const badChannel = await call('POST', '/v1/orders', { token: s.token, body: { ...mugs(s, 2), channelId: 'chn_nope' } });
    expect(badChannel.status).toBe(400);
    expect(await stockEvents(s.id)).toEqual([]);
    expect(await rowCount('outbox_events', s.id)).toBe(published);
    expect(await rowCount('webhook_deliveries', s.id)).toBe(0);
  });

  it('parallel captures that together oversell publish inventory.low and inventory.oversold exactly once each', async () => {
    const s = await sellerWithStock({ MUG: { onHand: 10, threshold: 3 } });
    const answers = await Promise.all(Array.from({ length: 20 }, () => call('POST', '/v1/orders', { token: s.token, body: mugs(s, 1) })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const events = await stockEvents(s.id);
    expect(events.map((e) => e.type)).toEqual(['inventory.low', 'inventory.oversold']);
    expect(events.map((e) => e.data)).toEqual([
      { sku: 'MUG', onHand: 10, reserved: 8, available: 2, backordered: 0, threshold: 3 },
      { sku: 'MUG', onHand: 10, reserved: 10, available: 0, backordered: 1, threshold: 3 },
    ]);
    await expectBalancedBooks(s.id);
  });
});
