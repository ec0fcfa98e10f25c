// @vitest-environment happy-dom
/** The popup's order view says "unknown" for money no source has shown, never $0.00. */
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { OrderDetailView } from '../../../../extension/pages/popup/order-detail.js';
import { type OrderDetail, orderDetail } from '../../../../shared/schemas/order.js';
import { examples } from '../../../../worker/http/examples.js';

// The documented order, with the money under test: the contract's own example, so it cannot drift from the schema.
const example = orderDetail.parse(examples.getOrder.response.order);
const order = (total: number | null, unitPrice: number | null): OrderDetail => ({ ...example, total, lines: example.lines.map((line) => ({ ...line, unitPrice })) });

function shown(detail: OrderDetail) {
  const host = document.createElement('div');
  render(<OrderDetailView answer={{ order: detail, portalUrl: null }} onBack={() => {}} />, host);
  return [host.querySelector('[data-field="total"]')?.textContent, host.querySelector('tbody tr td:last-child')?.textContent];
}

describe('money in the popup order view', () => {
  test('a total and price the book does not know read as unknown', () => {
    expect(shown(order(null, null))).toEqual(['Unknown: no page or file has shown it yet', 'unknown']);
  });

  test('known money reads as money', () => {
    expect(shown(order(2598, 1299))).toEqual(['$25.98', '$12.99']);
  });

  test('an order whose currency no page named says its total is unknown for that reason, not "$"', () => {
    expect(shown({ ...order(null, null), currencyUnknown: true })).toEqual(['Unknown: the page showed no currency (set the channel’s currency in Options)', 'unknown']);
  });
});

describe('when the popup says an order was placed', () => {
  const placed = (placedAt: string, placedAtPrecision: OrderDetail['placedAtPrecision']) => {
    const host = document.createElement('div');
    render(<OrderDetailView answer={{ order: { ...order(2598, 1299), placedAt, placedAtPrecision }, portalUrl: null }} onBack={() => {}} />, host);
    return host.querySelector('[data-field="placed"]')?.textContent;
  };

  test('a day read without its time shows as that day, with no "00:00"', () => {
    expect(placed('2026-11-20T00:00:00.000Z', 'day')).toBe('Nov 20, 2026');
  });

  test('a day read without its time is the day the page named, whatever zone the browser is in', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(placed('2026-11-20T00:00:00.000Z', 'day')).toBe('Nov 20, 2026');
    } finally {
      process.env.TZ = zone;
    }
  });

  test('a known time shows with its time', () => {
    const shownAt = placed('2026-11-20T10:00:00.000Z', 'time');
    expect(shownAt).toBe(new Date('2026-11-20T10:00:00.000Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
    expect(shownAt).toMatch(/\d:\d\d/);
  });
});
