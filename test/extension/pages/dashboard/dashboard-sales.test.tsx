// @vitest-environment happy-dom
/** The dashboard's sales totals: gross as before, and refunds with the net once there are any. */
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import type { SalesReport } from '../../../../shared/schemas/reports.js';

// The chart module draws with uPlot on a canvas, which happy-dom has not: a stand-in takes its place.
vi.mock('uplot', () => ({
  default: class {
    static paths = { bars: () => () => null };
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
const { SalesSection } = await import('../../../../extension/pages/dashboard/sales-section.js');

const report = (totals: SalesReport['totals']): SalesReport => ({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', groupBy: 'day', groups: [], totals, topSkus: [] });

describe('sales totals on the dashboard', () => {
  test('a currency with refunds shows what went back and the net; one without shows its gross alone', () => {
    const host = document.createElement('div');
    const totals = [
      { key: 'EUR', currency: 'EUR', orders: 1, units: 3, revenue: 5490, unpricedOrders: 0, refunded: 0, net: 5490 },
      { key: 'USD', currency: 'USD', orders: 2, units: 4, revenue: 3200, unpricedOrders: 0, refunded: 1000, net: 2200 },
    ];
    render(<SalesSection overTime={report(totals)} byChannel={report([])} fromDay="2026-11-01" toDay="2026-11-30" step="day" names={new Map()} />, host);
    expect([...host.querySelectorAll('.totals li')].map((li) => li.textContent)).toEqual(['€54.90 1 order · 3 units', '$32.00 2 orders · 4 units · $10.00 refunded · $22.00 net']);
  });

  test('orders of unknown total are said apart, never added as 0', () => {
    const host = document.createElement('div');
    const totals = [{ key: 'USD', currency: 'USD', orders: 3, units: 5, revenue: 3200, unpricedOrders: 2, refunded: 0, net: 3200 }];
    render(<SalesSection overTime={report(totals)} byChannel={report([])} fromDay="2026-11-01" toDay="2026-11-30" step="day" names={new Map()} />, host);
    expect([...host.querySelectorAll('.totals li')].map((li) => li.textContent)).toEqual(['$32.00 3 orders · 5 units · 2 orders of unknown total left out']);
  });
});
