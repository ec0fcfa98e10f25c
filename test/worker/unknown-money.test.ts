/**
 * Money no source has shown is unknown (null), never 0: captures without a
 * total or prices, later sources filling them, reports and CSV exports
 * leaving them out visibly. Real D1 throughout.
 */
import { env } from 'cloudflare:test';
import { describe, expect, test } from 'vitest';
import { app } from '../../worker/app.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { importFile } from './import-helpers.js';

async function capture(s: TestSeller, body: unknown) {
  const res = await call('POST', '/v1/orders', { token: s.token, body: body as never });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body.results[0]!;
}

async function detail(s: TestSeller, id: string) {
  return (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
}

/** A portal list row: no total, no prices, said the way the extension says it. */
const listRow = (channelId: string, externalId: string) => anOrder(channelId, { externalId, total: 0, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 0 }], unknown: ['total', 'unitPrices'] });

describe('money a capture did not read', () => {
  test('a new order captured without a total or prices holds them as null, not 0', async () => {
    const s = await newSeller();
    const { externalId: _e, total: _t, lines: _l, ...rest } = anOrder(s.channels.amazon);
    const bare = await capture(s, { ...rest, externalId: '113-0000001-0000001', lines: [{ sku: 'MUG', quantity: 2 }] });
    const said = await capture(s, listRow(s.channels.amazon, '113-0000001-0000002'));
    for (const r of [bare, said]) {
      const order = await detail(s, r.id);
      expect([r.outcome, order.total, order.lines.map((l: { unitPrice: number | null }) => l.unitPrice)]).toEqual(['created', null, [null]]);
    }
    const row = await env.DB.prepare('SELECT total, total_unknown FROM orders WHERE id = ?').bind(said.id).first();
    expect(row).toEqual({ total: 0, total_unknown: 1 });
    const list = await call('GET', '/v1/orders', { token: s.token });
    expect(list.body.orders.map((o: { total: number | null }) => o.total)).toEqual([null, null]);
  });

  test('a later capture with money fills it, and the history says from null', async () => {
    const s = await newSeller();
    const first = await capture(s, listRow(s.channels.amazon, '113-0000002-0000001'));
    const full = await capture(
      s,
      anOrder(s.channels.amazon, { externalId: '113-0000002-0000001', updatedAt: '2026-11-20T11:00:00Z', total: 2598, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1299 }] }),
    );
    const order = await detail(s, first.id);
    expect([full.outcome, order.total, order.lines[0]!.unitPrice]).toEqual(['updated', 2598, 1299]);
    const change = order.events.at(-1)!.changes.find((c: { field: string }) => c.field === 'total');
    expect(change).toEqual({ field: 'total', from: null, to: 2598 });
  });

  test('a capture without money never zeroes a known total or price', async () => {
    const s = await newSeller();
    const first = await capture(s, anOrder(s.channels.ebay, { externalId: '12-34567-89012', total: 2598, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1299 }] }));
    const again = await capture(s, { ...listRow(s.channels.ebay, '12-34567-89012'), updatedAt: '2026-11-21T00:00:00Z' });
    const { total: _t, ...withoutTotal } = anOrder(s.channels.ebay, { externalId: '12-34567-89012', updatedAt: '2026-11-22T00:00:00Z', lines: [{ sku: 'MUG', quantity: 2, unitPrice: null }] });
    const third = await capture(s, withoutTotal);
    const order = await detail(s, first.id);
    expect([again.outcome, third.outcome, order.total, order.lines[0]!.unitPrice]).toEqual(['unchanged', 'unchanged', 2598, 1299]);
  });

  test('an import with prices fills an order a list page captured without them', async () => {
    const s = await newSeller();
    const first = await capture(s, listRow(s.channels.amazon, '300-0000001-0000001'));
    const header = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tship-service-level\tproduct-name\tsku\tquantity\tcurrency\titem-price';
    const file = `${header}\n300-0000001-0000001\t2026-11-20T10:00:00Z\t2026-11-23T00:00:00Z\tShipped\tStandard\tMug\tMUG\t2\tUSD\t25.98`;
    expect((await importFile(s.token, { format: 'amazon-all-orders', channelId: s.channels.amazon }, file)).body.updated).toBe(1);
    const order = await detail(s, first.id);
    expect([order.total, order.lines[0]!.unitPrice]).toEqual([2598, 1299]);
  });

  test('a split off an order of unknown prices leaves both totals unknown', async () => {
    const s = await newSeller();
    const first = await capture(s, { ...listRow(s.channels.amazon, '113-0000003-0000001'), status: 'ready' });
    const lineId = (await detail(s, first.id)).lines[0]!.id;
    const split = await call('POST', `/v1/orders/${first.id}/split`, { token: s.token, body: { lines: [{ lineId, quantity: 1 }] } });
    expect(split.status).toBe(200);
    expect([split.body.order.total, split.body.part.total, split.body.part.lines[0]!.unitPrice]).toEqual([null, null, null]);
  });
});

describe('reports and exports of orders of unknown value', () => {
  test('revenue sums only known totals and counts the orders left out', async () => {
    const s = await newSeller();
    await capture(s, anOrder(s.channels.amazon, { externalId: 'R-1', placedAt: '2026-10-05T10:00:00Z', total: 2500, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1250 }] }));
    await capture(s, { ...listRow(s.channels.amazon, 'R-2'), placedAt: '2026-10-05T12:00:00Z' });
    const byDay = await call('GET', '/v1/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=day', { token: s.token });
    expect(byDay.body.groups).toEqual([{ key: '2026-10-05', currency: 'USD', orders: 2, units: 4, revenue: 2500, unpricedOrders: 1, refunded: 0, net: 2500 }]);
    expect(byDay.body.totals).toEqual([{ key: 'USD', currency: 'USD', orders: 2, units: 4, revenue: 2500, unpricedOrders: 1, refunded: 0, net: 2500 }]);
    const bySku = await call('GET', '/v1/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=sku', { token: s.token });
    expect(bySku.body.groups).toEqual([{ key: 'MUG', currency: 'USD', orders: 2, units: 4, revenue: 2500, unpricedOrders: 1, refunded: null, net: null }]);
  });

  test('the CSV export leaves unknown money cells empty', async () => {
    const s = await newSeller();
    const { id } = await capture(s, { ...listRow(s.channels.amazon, 'X-1'), buyer: { name: 'Ann' } });
    const res = await app.request('/v1/exports/orders.csv', { headers: { Authorization: `Bearer ${s.token}` } }, env);
    const [, row] = (await res.text()).trim().split('\r\n');
    const cells = row!.split(',');
    expect([cells[0], cells[8], cells[9], cells[23], cells[26], cells[27]]).toEqual([id, 'USD', '', 'MUG', '2', '']);
  });
});
