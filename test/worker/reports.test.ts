/**
 * GET /v1/reports/sales and /v1/reports/fulfillment against a small book
 * whose every figure was worked out by hand (see the table below). The
 * book is built once for the file: every test here only reads it, first
 * with every day dirty (figures from the orders), then after the cron's
 * rollup step (figures from the daily rollups).
 *
 * October 2026, asOf 2026-10-22T00:00Z:
 * | order | channel | placed           | status    | cur | total | lines               | ship time                 |
 * | A-1   | amazon  | 10-05 10:00 Mon  | shipped   | USD | 2500  | MUG×2@1000          | shipment 10-05 22:00: 12h, ship-by 10-06 10:00 on time |
 * | A-2   | amazon  | 10-05 15:00      | shipped   | USD | 1500  | MUG×1@1000 CUP×1@500 | shipment 10-07 15:00: 48h, ship-by 10-06 00:00 late |
 * | A-3   | amazon  | 10-12 09:00      | cancelled | USD | 4000  | CUP×8@500           | not a sale |
 * | A-4   | amazon  | 10-10 00:00 Sat  | shipped   | USD | 900   | TEA×3@300           | imported shipped: unknown |
 * | A-5   | amazon  | 10-01 00:00 Thu  | on_hold   | USD | 500   | MUG×1@500           | open, 21 days |
 * | S-1   | shopify | 10-06 00:00 Tue  | shipped   | EUR | 3000  | NAP×3@1000          | event ready→shipped 10-07 06:00: 30h |
 * Every order ships Standard but A-1 (Amazon "NextDay"), A-2 (Amazon "Expedited") and S-1 (Shopify "Express Shipping").
 * | S-2   | shopify | 10-20 12:00 Tue  | ready     | EUR | 1000  | MUG×1@1000          | open, 1.5 days |
 * | S-3   | shopify | 10-21 18:00 Wed  | pending   | USD | 700   | TEA×1@700           | open, 0.25 days |
 * | A-6   | amazon  | 11-02            | shipped   | USD | 9999  | MUG×1@9999          | outside the range |
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { OrderInput } from '../../shared/schemas/order.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { dirtyReportDays, rollUpReports } from './report-helpers.js';

const line = (sku: string, quantity: number, unitPrice: number) => ({ sku, quantity, unitPrice });
let s: TestSeller;
const ids: Record<string, string> = {};

async function capture(orders: OrderInput[]) {
  const res = await call('POST', '/v1/orders', { token: s.token, body: { orders } });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  for (const r of res.body.results) ids[r.externalId] = r.id;
}

async function addShipment(orderId: string, shippedAt: string) {
  await env.DB.prepare('INSERT INTO shipments (id, seller_id, order_id, carrier, service, tracking_number, shipped_at, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .bind(`shp_${orderId}`, s.id, orderId, 'UPS', 'Ground', `1Z${orderId}`, shippedAt, '[]')
    .run();
}

beforeAll(async () => {
  s = await newSeller();
  const a = s.channels.amazon;
  const sh = s.channels.shopify;
  await capture([
    anOrder(a, {
      externalId: 'A-1',
      serviceLevel: 'NextDay',
      placedAt: '2026-10-05T10:00:00Z',
      updatedAt: '2026-10-06T00:00:00Z',
      status: 'shipped',
      total: 2500,
      shipBy: '2026-10-06T10:00:00Z',
      lines: [line('MUG', 2, 1000)],
    }),
    anOrder(a, {
      externalId: 'A-2',
      serviceLevel: 'Expedited',
      placedAt: '2026-10-05T15:00:00Z',
      updatedAt: '2026-10-08T00:00:00Z',
      status: 'shipped',
      total: 1500,
      shipBy: '2026-10-06T00:00:00Z',
      lines: [line('MUG', 1, 1000), line('CUP', 1, 500)],
    }),
    anOrder(a, { externalId: 'A-3', placedAt: '2026-10-12T09:00:00Z', updatedAt: '2026-10-12T09:00:00Z', status: 'cancelled', total: 4000, lines: [line('CUP', 8, 500)] }),
    anOrder(a, { externalId: 'A-4', placedAt: '2026-10-10T00:00:00Z', updatedAt: '2026-10-11T00:00:00Z', status: 'shipped', total: 900, lines: [line('TEA', 3, 300)] }),
    anOrder(a, { externalId: 'A-5', placedAt: '2026-10-01T00:00:00Z', updatedAt: '2026-10-01T00:00:00Z', status: 'on_hold', total: 500, lines: [line('MUG', 1, 500)] }),
    anOrder(sh, {
      externalId: 'S-1',
      serviceLevel: 'Express Shipping',
      placedAt: '2026-10-06T00:00:00Z',
      updatedAt: '2026-10-06T01:00:00Z',
      status: 'ready',
      currency: 'EUR',
      total: 3000,
      lines: [line('NAP', 3, 1000)],
    }),
    anOrder(sh, { externalId: 'S-2', placedAt: '2026-10-20T12:00:00Z', updatedAt: '2026-10-20T12:00:00Z', status: 'ready', currency: 'EUR', total: 1000, lines: [line('MUG', 1, 1000)] }),
    anOrder(sh, { externalId: 'S-3', placedAt: '2026-10-21T18:00:00Z', updatedAt: '2026-10-21T18:00:00Z', status: 'pending', paymentStatus: 'pending', total: 700, lines: [line('TEA', 1, 700)] }),
    anOrder(a, { externalId: 'A-6', placedAt: '2026-11-02T00:00:00Z', updatedAt: '2026-11-02T00:00:00Z', status: 'shipped', total: 9999, lines: [line('MUG', 1, 9999)] }),
  ]);
  await addShipment(ids['A-1']!, '2026-10-05T22:00:00.000Z');
  await addShipment(ids['A-2']!, '2026-10-07T15:00:00.000Z');
  // S-1 ships later: a second capture moves it from ready to shipped; its event is dated when that happened.
  await capture([
    anOrder(sh, {
      externalId: 'S-1',
      serviceLevel: 'Express Shipping',
      placedAt: '2026-10-06T00:00:00Z',
      updatedAt: '2026-10-07T06:00:00Z',
      status: 'shipped',
      currency: 'EUR',
      total: 3000,
      lines: [line('NAP', 3, 1000)],
    }),
  ]);
  await env.DB.prepare("UPDATE order_events SET at = '2026-10-07T06:00:00.000Z' WHERE order_id = ? AND kind = 'updated'").bind(ids['S-1']).run();
});

const OCTOBER = 'from=2026-10-01&to=2026-10-31';
const sales = async (query: string) => call('GET', `/v1/reports/sales?${OCTOBER}&${query}`, { token: s.token });

const TOTALS = [
  { key: 'EUR', currency: 'EUR', orders: 2, units: 4, revenue: 4000, unpricedOrders: 0, refunded: 0, net: 4000 },
  { key: 'USD', currency: 'USD', orders: 5, units: 9, revenue: 6100, unpricedOrders: 0, refunded: 0, net: 6100 },
];
const TOP_SKUS = [
  { key: 'MUG', currency: 'USD', orders: 3, units: 4, revenue: 3500, unpricedOrders: 0, refunded: null, net: null },
  { key: 'TEA', currency: 'USD', orders: 2, units: 4, revenue: 1600, unpricedOrders: 0, refunded: null, net: null },
  { key: 'NAP', currency: 'EUR', orders: 1, units: 3, revenue: 3000, unpricedOrders: 0, refunded: null, net: null },
  { key: 'MUG', currency: 'EUR', orders: 1, units: 1, revenue: 1000, unpricedOrders: 0, refunded: null, net: null },
  { key: 'CUP', currency: 'USD', orders: 1, units: 1, revenue: 500, unpricedOrders: 0, refunded: null, net: null },
];

// Every figure twice: first from the orders (every day is dirty after the captures), then from the daily rollups.
for (const source of ['the orders of dirty days', 'the daily rollups'] as const) {
  describe(`from ${source}`, () => {
    beforeAll(async () => {
      if (source === 'the daily rollups') {
        expect(await rollUpReports()).toBeGreaterThan(0);
        expect(await dirtyReportDays(s.id)).toEqual([]);
      } else expect(await dirtyReportDays(s.id)).toContain('2026-10-05');
    });

    describe('GET /v1/reports/sales', () => {
      test('by day: orders, units and revenue per currency, cancelled orders and other months left out', async () => {
        const res = await sales('groupBy=day');
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          from: '2026-10-01T00:00:00.000Z',
          to: '2026-11-01T00:00:00.000Z',
          groupBy: 'day',
          groups: [
            { key: '2026-10-01', currency: 'USD', orders: 1, units: 1, revenue: 500, unpricedOrders: 0, refunded: 0, net: 500 },
            { key: '2026-10-05', currency: 'USD', orders: 2, units: 4, revenue: 4000, unpricedOrders: 0, refunded: 0, net: 4000 },
            { key: '2026-10-06', currency: 'EUR', orders: 1, units: 3, revenue: 3000, unpricedOrders: 0, refunded: 0, net: 3000 },
            { key: '2026-10-10', currency: 'USD', orders: 1, units: 3, revenue: 900, unpricedOrders: 0, refunded: 0, net: 900 },
            { key: '2026-10-20', currency: 'EUR', orders: 1, units: 1, revenue: 1000, unpricedOrders: 0, refunded: 0, net: 1000 },
            { key: '2026-10-21', currency: 'USD', orders: 1, units: 1, revenue: 700, unpricedOrders: 0, refunded: 0, net: 700 },
          ],
          totals: TOTALS,
          topSkus: TOP_SKUS,
        });
      });

      test('by week: keyed by the Monday the week starts on', async () => {
        expect((await sales('groupBy=week')).body.groups).toEqual([
          { key: '2026-09-28', currency: 'USD', orders: 1, units: 1, revenue: 500, unpricedOrders: 0, refunded: 0, net: 500 },
          { key: '2026-10-05', currency: 'EUR', orders: 1, units: 3, revenue: 3000, unpricedOrders: 0, refunded: 0, net: 3000 },
          { key: '2026-10-05', currency: 'USD', orders: 3, units: 7, revenue: 4900, unpricedOrders: 0, refunded: 0, net: 4900 },
          { key: '2026-10-19', currency: 'EUR', orders: 1, units: 1, revenue: 1000, unpricedOrders: 0, refunded: 0, net: 1000 },
          { key: '2026-10-19', currency: 'USD', orders: 1, units: 1, revenue: 700, unpricedOrders: 0, refunded: 0, net: 700 },
        ]);
      });

      test('by month and by channel', async () => {
        expect((await sales('groupBy=month')).body.groups).toEqual([
          { key: '2026-10', currency: 'EUR', orders: 2, units: 4, revenue: 4000, unpricedOrders: 0, refunded: 0, net: 4000 },
          { key: '2026-10', currency: 'USD', orders: 5, units: 9, revenue: 6100, unpricedOrders: 0, refunded: 0, net: 6100 },
        ]);
        const byChannel = (await sales('groupBy=channel')).body.groups;
        expect(byChannel).toHaveLength(3);
        expect(byChannel).toEqual(
          expect.arrayContaining([
            { key: s.channels.amazon, currency: 'USD', orders: 4, units: 8, revenue: 5400, unpricedOrders: 0, refunded: 0, net: 5400 },
            { key: s.channels.shopify, currency: 'EUR', orders: 2, units: 4, revenue: 4000, unpricedOrders: 0, refunded: 0, net: 4000 },
            { key: s.channels.shopify, currency: 'USD', orders: 1, units: 1, revenue: 700, unpricedOrders: 0, refunded: 0, net: 700 },
          ]),
        );
      });

      test('by SKU: line sales per SKU and currency', async () => {
        expect((await sales('groupBy=sku')).body.groups).toEqual([
          { key: 'CUP', currency: 'USD', orders: 1, units: 1, revenue: 500, unpricedOrders: 0, refunded: null, net: null },
          { key: 'MUG', currency: 'EUR', orders: 1, units: 1, revenue: 1000, unpricedOrders: 0, refunded: null, net: null },
          { key: 'MUG', currency: 'USD', orders: 3, units: 4, revenue: 3500, unpricedOrders: 0, refunded: null, net: null },
          { key: 'NAP', currency: 'EUR', orders: 1, units: 3, revenue: 3000, unpricedOrders: 0, refunded: null, net: null },
          { key: 'TEA', currency: 'USD', orders: 2, units: 4, revenue: 1600, unpricedOrders: 0, refunded: null, net: null },
        ]);
      });

      test('one currency, one channel and a shorter (or no) top list narrow every figure', async () => {
        const eur = await sales('groupBy=month&currency=EUR&top=1');
        expect([eur.body.totals, eur.body.topSkus]).toEqual([[TOTALS[0]], [{ key: 'NAP', currency: 'EUR', orders: 1, units: 3, revenue: 3000, unpricedOrders: 0, refunded: null, net: null }]]);
        expect((await sales('groupBy=channel&top=0')).body.topSkus).toEqual([]);
        const shopify = await sales(`groupBy=month&channelId=${s.channels.shopify}`);
        expect(shopify.body.totals).toEqual([
          { key: 'EUR', currency: 'EUR', orders: 2, units: 4, revenue: 4000, unpricedOrders: 0, refunded: 0, net: 4000 },
          { key: 'USD', currency: 'USD', orders: 1, units: 1, revenue: 700, unpricedOrders: 0, refunded: 0, net: 700 },
        ]);
      });

      test('another seller sees none of these orders', async () => {
        const other = await newSeller('Other Goods');
        const res = await call('GET', `/v1/reports/sales?${OCTOBER}`, { token: other.token });
        expect([res.body.groups, res.body.totals, res.body.topSkus]).toEqual([[], [], []]);
      });

      test('a bad groupBy, a reversed range or an unknown parameter is 400 naming it', async () => {
        for (const [query, path] of [
          ['groupBy=hour', 'query.groupBy'],
          ['from=2026-10-31&to=2026-10-01', 'query.from'],
          ['from=yesterday', 'query.from'],
          ['colour=blue', 'query.colour'],
        ]) {
          const res = await call('GET', `/v1/reports/sales?${query}`, { token: s.token });
          expect(res.status, query).toBe(400);
          expect(
            res.body.error.issues.map((i: { path: string }) => i.path),
            query,
          ).toContain(path);
        }
      });
    });

    describe('GET /v1/reports/fulfillment', () => {
      test('median and p90 hours to ship, late share against ship-by and open orders by age, overall and per channel', async () => {
        const res = await call('GET', `/v1/reports/fulfillment?${OCTOBER}&asOf=2026-10-22T00:00:00Z`, { token: s.token });
        expect(res.status).toBe(200);
        const open = (o: Partial<Record<string, number>>) => ({ under_1d: 0, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0, ...o });
        expect(res.body.overall).toEqual({
          channelId: null,
          orders: 8,
          shipped: 3,
          shippedTimeUnknown: 1,
          medianHours: 30,
          p90Hours: 48,
          withShipBy: 2,
          late: 1,
          lateShare: 0.5,
          open: open({ under_1d: 1, '1_2d': 1, over_7d: 1 }),
        });
        const byChannel = Object.fromEntries(res.body.byChannel.map((f) => [f.channelId, f]));
        expect(byChannel).toEqual({
          [s.channels.amazon]: {
            channelId: s.channels.amazon,
            orders: 5,
            shipped: 2,
            shippedTimeUnknown: 1,
            medianHours: 12,
            p90Hours: 48,
            withShipBy: 2,
            late: 1,
            lateShare: 0.5,
            open: open({ over_7d: 1 }),
          },
          [s.channels.shopify]: {
            channelId: s.channels.shopify,
            orders: 3,
            shipped: 1,
            shippedTimeUnknown: 0,
            medianHours: 30,
            p90Hours: 30,
            withShipBy: 0,
            late: 0,
            lateShare: null,
            open: open({ under_1d: 1, '1_2d': 1 }),
          },
        });
        expect([res.body.from, res.body.to, res.body.asOf]).toEqual(['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-10-22T00:00:00.000Z']);
      });

      test('the same figures by shipping speed, from each marketplace’s words, fastest first', async () => {
        const res = await call('GET', `/v1/reports/fulfillment?${OCTOBER}&asOf=2026-10-22T00:00:00Z`, { token: s.token });
        const none = { under_1d: 0, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0 };
        expect(res.body.byShipSpeed).toEqual([
          { shipSpeed: 'next_day', orders: 1, shipped: 1, shippedTimeUnknown: 0, medianHours: 12, p90Hours: 12, withShipBy: 1, late: 0, lateShare: 0, open: none },
          { shipSpeed: 'expedited', orders: 2, shipped: 2, shippedTimeUnknown: 0, medianHours: 30, p90Hours: 48, withShipBy: 1, late: 1, lateShare: 1, open: none },
          {
            shipSpeed: 'standard',
            orders: 5,
            shipped: 0,
            shippedTimeUnknown: 1,
            medianHours: null,
            p90Hours: null,
            withShipBy: 0,
            late: 0,
            lateShare: null,
            open: { ...none, under_1d: 1, '1_2d': 1, over_7d: 1 },
          },
        ]);
        const empty = await call('GET', '/v1/reports/fulfillment?from=2020-01-01&to=2020-02-01', { token: s.token });
        expect(empty.body.byShipSpeed).toEqual([]);
      });

      test('one channel only; an empty range has no figures but still answers', async () => {
        const amazon = await call('GET', `/v1/reports/fulfillment?${OCTOBER}&channelId=${s.channels.amazon}&asOf=2026-10-22T00:00:00Z`, { token: s.token });
        expect([amazon.body.overall.orders, amazon.body.overall.medianHours, amazon.body.byChannel.length]).toEqual([5, 12, 1]);
        const empty = await call('GET', '/v1/reports/fulfillment?from=2020-01-01&to=2020-02-01', { token: s.token });
        expect(empty.body.overall).toEqual({
          channelId: null,
          orders: 0,
          shipped: 0,
          shippedTimeUnknown: 0,
          medianHours: null,
          p90Hours: null,
          withShipBy: 0,
          late: 0,
          lateShare: null,
          open: { under_1d: 0, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0 },
        });
        expect(empty.body.byChannel).toEqual([]);
      });
    });
  });
}
