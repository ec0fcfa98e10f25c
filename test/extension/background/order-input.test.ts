/** A partial page capture becomes a valid order body, or a clear rejection. */
import { describe, expect, test } from 'vitest';
import { toOrderInput } from '../../../extension/background/order-input.js';
import type { WaitingOrder } from '../../../extension/background/outbox.js';
import type { CapturedOrder } from '../../../extension/content/portals/types.js';

const waiting = (order: Partial<CapturedOrder>): WaitingOrder => ({
  channelKind: 'amazon',
  order: { externalId: '113-1234567-7654321', lines: [{ quantity: 1 }], partial: true, missing: [], ...order },
  firstSeenAt: '2026-11-24T08:00:00.000Z',
  capturedAt: '2026-11-25T09:30:00.000Z',
});

describe('turning a captured order into an order body', () => {
  test('what the page did not show is filled or said unknown: first-seen date, USD, status unknown, total and prices null (never 0)', () => {
    expect(toOrderInput(waiting({}), 'chn_1')).toEqual({
      ok: true,
      order: {
        channelId: 'chn_1',
        externalId: '113-1234567-7654321',
        status: 'unknown',
        placedAt: '2026-11-24T08:00:00.000Z',
        updatedAt: '2026-11-25T09:30:00.000Z',
        currency: 'USD',
        total: null,
        lines: [{ quantity: 1, unitPrice: null }],
        unknown: ['status', 'channelStatus', 'placedAt', 'total', 'currency', 'buyer', 'serviceLevel', 'shipBy', 'paymentStatus', 'shipTo', 'unitPrices'],
      },
    });
  });

  test('what the page showed is kept, and values that cannot be valid are left out', () => {
    const result = toOrderInput(
      waiting({
        status: 'ready',
        channelStatus: '  Unshipped ',
        placedAt: '2026-11-20T10:00:00.000Z',
        shipBy: 'tomorrow',
        currency: 'EUR',
        total: 4599,
        buyer: { name: 'Jürgen', email: 'not an email' },
        shipTo: { city: 'Berlin', country: 'Germany' },
        lines: [{ sku: 'MUG-1', channelSku: 'MUG-1', channelItemId: 'B0MUGMUG01', title: 'Mug', quantity: 2, unitPrice: 2299 }],
      }),
      'chn_1',
    );
    expect(result).toEqual({
      ok: true,
      order: {
        channelId: 'chn_1',
        externalId: '113-1234567-7654321',
        status: 'ready',
        channelStatus: 'Unshipped',
        placedAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-25T09:30:00.000Z',
        currency: 'EUR',
        total: 4599,
        buyer: { name: 'Jürgen' },
        shipTo: { city: 'Berlin' },
        lines: [{ sku: 'MUG-1', channelSku: 'MUG-1', channelItemId: 'B0MUGMUG01', title: 'Mug', quantity: 2, unitPrice: 2299 }],
        unknown: ['serviceLevel', 'shipBy', 'paymentStatus'],
      },
    });
  });

  test('an order listed without its items is sent with its lines marked unknown, for the book to keep', () => {
    const result = toOrderInput(waiting({ lines: [], status: 'ready', channelStatus: 'Unfulfilled', total: 5650, currency: 'USD' }), 'chn_1');
    expect(result.ok && result.order.lines).toEqual([]);
    expect(result.ok && result.order.unknown).toEqual(['placedAt', 'buyer', 'serviceLevel', 'shipBy', 'paymentStatus', 'shipTo', 'lines']);
  });

  test('a line with quantity 0 is refused, naming the field', () => {
    const result = toOrderInput(waiting({ lines: [{ quantity: 0 }] }), 'chn_1');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['lines.0.quantity']);
  });

  test('the same capture always makes the same body (the Idempotency-Key hashes it)', () => {
    const a = toOrderInput(waiting({ buyer: { name: 'A', email: undefined } }), 'chn_1');
    const b = toOrderInput(waiting({ buyer: { name: 'A' } }), 'chn_1');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test('an amount in dollars the page did not name (a store\'s bare "$") is sent as unknown, never as USD', () => {
    const result = toOrderInput(waiting({ status: 'ready', currency: '$', total: 2598, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1299 }] }), 'chn_1');
    expect(result.ok && [result.order.total, result.order.lines[0]!.unitPrice, result.order.unknown]).toEqual([
      null,
      null,
      ['channelStatus', 'placedAt', 'total', 'currency', 'buyer', 'serviceLevel', 'shipBy', 'paymentStatus', 'shipTo', 'unitPrices'],
    ]);
  });

  test('a placed day without its time says so, so the book keeps a time it already holds; a full time or no date sends no precision', () => {
    const precision = (order: Partial<CapturedOrder>) => {
      const result = toOrderInput(waiting(order), 'chn_1');
      return result.ok ? [result.order.placedAt, result.order.placedAtPrecision] : undefined;
    };
    expect(precision({ placedAt: '2026-11-20T00:00:00.000Z', placedAtPrecision: 'day' })).toEqual(['2026-11-20T00:00:00.000Z', 'day']);
    expect(precision({ placedAt: '2026-11-20T10:00:00.000Z' })).toEqual(['2026-11-20T10:00:00.000Z', undefined]);
    expect(precision({ placedAt: 'yesterday', placedAtPrecision: 'day' })).toEqual(['2026-11-24T08:00:00.000Z', undefined]);
  });
});
