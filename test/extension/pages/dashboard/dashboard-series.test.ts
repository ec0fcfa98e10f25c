import { describe, expect, test } from 'vitest';
import { namedFulfillment, plural, salesByChannel, seriesByCurrency, timeGroupFor } from '../../../../extension/pages/dashboard/series.js';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

describe('dashboard series', () => {
  test('a series per currency covers every day of the range, zero where nothing sold, revenue in major units', () => {
    const series = seriesByCurrency(
      [
        { key: '2026-10-02', currency: 'USD', orders: 2, units: 3, revenue: 4599, unpricedOrders: 0, refunded: 0, net: 4599 },
        { key: '2026-10-01', currency: 'JPY', orders: 1, units: 1, revenue: 1200, unpricedOrders: 0, refunded: 0, net: 1200 },
      ],
      '2026-10-01',
      '2026-10-03',
      'day',
    );
    expect(series).toEqual([
      { currency: 'JPY', x: [day('2026-10-01'), day('2026-10-02'), day('2026-10-03')], revenue: [1200, 0, 0], orders: [1, 0, 0], units: [1, 0, 0] },
      { currency: 'USD', x: [day('2026-10-01'), day('2026-10-02'), day('2026-10-03')], revenue: [0, 45.99, 0], orders: [0, 2, 0], units: [0, 3, 0] },
    ]);
  });

  test('weekly points start on the Monday of the first day’s week', () => {
    const [usd] = seriesByCurrency([{ key: '2026-10-05', currency: 'USD', orders: 1, units: 1, revenue: 100, unpricedOrders: 0, refunded: 0, net: 100 }], '2026-10-01', '2026-10-14', 'week');
    expect(usd!.x).toEqual([day('2026-09-28'), day('2026-10-05'), day('2026-10-12')]);
    expect(usd!.revenue).toEqual([0, 1, 0]);
  });

  test('ranges over 120 days are charted by week', () => {
    expect([timeGroupFor('2026-01-01', '2026-04-30'), timeGroupFor('2026-01-01', '2026-05-01')]).toEqual(['day', 'week']);
  });

  test('channels are named, most orders first, revenue kept per currency', () => {
    const names = new Map([
      ['ch_a', 'Amazon US'],
      ['ch_s', 'Shopify'],
    ]);
    expect(
      salesByChannel(
        [
          { key: 'ch_s', currency: 'EUR', orders: 1, units: 2, revenue: 500, unpricedOrders: 0, refunded: 0, net: 500 },
          { key: 'ch_a', currency: 'USD', orders: 3, units: 3, revenue: 900, unpricedOrders: 0, refunded: 0, net: 900 },
          { key: 'ch_s', currency: 'USD', orders: 1, units: 1, revenue: 100, unpricedOrders: 0, refunded: 0, net: 100 },
        ],
        names,
      ),
    ).toEqual([
      { channelId: 'ch_a', name: 'Amazon US', orders: 3, units: 3, revenue: [{ currency: 'USD', amount: 900 }] },
      {
        channelId: 'ch_s',
        name: 'Shopify',
        orders: 2,
        units: 3,
        revenue: [
          { currency: 'EUR', amount: 500 },
          { currency: 'USD', amount: 100 },
        ],
      },
    ]);
  });

  test('fulfillment rows are named and the slowest median comes first', () => {
    const figure = (channelId: string, medianHours: number | null) => ({
      channelId,
      orders: 1,
      shipped: 1,
      shippedTimeUnknown: 0,
      medianHours,
      p90Hours: medianHours,
      withShipBy: 0,
      late: 0,
      lateShare: null,
      open: { under_1d: 0, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0 },
    });
    const rows = namedFulfillment(
      [figure('ch_a', 12), figure('ch_x', null), figure('ch_s', 30)],
      new Map([
        ['ch_a', 'Amazon'],
        ['ch_s', 'Shopify'],
      ]),
    );
    expect(rows.map((r) => [r.name, r.medianHours])).toEqual([
      ['Shopify', 30],
      ['Amazon', 12],
      ['ch_x', null],
    ]);
  });

  test('counts read as words', () => {
    expect([plural(1, 'order'), plural(1234, 'unit'), plural(0, 'order')]).toEqual(['1 order', '1,234 units', '0 orders']);
  });
});
