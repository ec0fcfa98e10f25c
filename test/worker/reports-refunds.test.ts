/**
 * Sales reports net of refunds, on real D1: a refund lowers the net of the
 * period the money went back in, not the period the order was placed in.
 */
import { describe, expect, test } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';

describe('sales net of refunds', () => {
  test('a refund in November lowers November’s net, leaves October’s sale whole, and a cancelled order’s refund is not counted', async () => {
    const s = await newSeller();
    const a = s.channels.amazon;
    const placedOctober = anOrder(a, { externalId: 'R-1', placedAt: '2026-10-05T10:00:00Z', updatedAt: '2026-10-05T10:00:00Z', status: 'shipped', total: 2500 });
    const placedNovember = anOrder(a, { externalId: 'R-2', placedAt: '2026-11-03T08:00:00Z', updatedAt: '2026-11-03T08:00:00Z', total: 700 });
    const cancelled = anOrder(a, { externalId: 'R-3', placedAt: '2026-11-04T08:00:00Z', updatedAt: '2026-11-04T08:00:00Z', status: 'cancelled', total: 400 });
    const refunds = (id: string, amount: number, at: string) => ({ refunds: [{ externalId: id, amount, at }], updatedAt: at });
    const captured = await call('POST', '/v1/orders', {
      token: s.token,
      body: {
        orders: [placedOctober, placedNovember, cancelled, { ...placedOctober, ...refunds('re_1', 1000, '2026-11-03T10:00:00Z') }, { ...cancelled, ...refunds('re_3', 400, '2026-11-04T09:00:00Z') }],
      },
    });
    expect(captured.status).toBe(200);

    const october = await call('GET', '/v1/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=month&top=0', { token: s.token });
    expect(october.body.groups).toEqual([{ key: '2026-10', currency: 'USD', orders: 1, units: 2, revenue: 2500, refunded: 0, net: 2500, unpricedOrders: 0 }]);

    const november = await call('GET', '/v1/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=day&top=0', { token: s.token });
    expect(november.body.groups).toEqual([{ key: '2026-11-03', currency: 'USD', orders: 1, units: 2, revenue: 700, refunded: 1000, net: -300, unpricedOrders: 0 }]);
    expect(november.body.totals).toEqual([{ key: 'USD', currency: 'USD', orders: 1, units: 2, revenue: 700, refunded: 1000, net: -300, unpricedOrders: 0 }]);

    // By SKU the totals are still net; a SKU's own share of a refund is not known.
    const bySku = await call('GET', '/v1/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=sku&top=1', { token: s.token });
    expect(bySku.body.totals).toEqual([{ key: 'USD', currency: 'USD', orders: 1, units: 2, revenue: 700, refunded: 1000, net: -300, unpricedOrders: 0 }]);
    expect(bySku.body.groups).toEqual([{ key: 'MUG-BLUE', currency: 'USD', orders: 1, units: 2, revenue: 2598, refunded: null, net: null, unpricedOrders: 0 }]);

    // A month where only money went back is a group of its own.
    const byMonth = await call('GET', '/v1/reports/sales?from=2026-10-01&to=2026-11-30&groupBy=month&top=0', { token: s.token });
    expect(byMonth.body.groups).toEqual([
      { key: '2026-10', currency: 'USD', orders: 1, units: 2, revenue: 2500, refunded: 0, net: 2500, unpricedOrders: 0 },
      { key: '2026-11', currency: 'USD', orders: 1, units: 2, revenue: 700, refunded: 1000, net: -300, unpricedOrders: 0 },
    ]);
    const onlyRefunds = await call('GET', `/v1/reports/sales?from=2026-11-03&to=2026-11-03&groupBy=channel&top=0&channelId=${a}`, { token: s.token });
    expect(onlyRefunds.body.groups).toEqual([{ key: a, currency: 'USD', orders: 1, units: 2, revenue: 700, refunded: 1000, net: -300, unpricedOrders: 0 }]);
  });
});
