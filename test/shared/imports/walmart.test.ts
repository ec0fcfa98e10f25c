import { describe, expect, test } from 'vitest';
import { type ImportedOrder, importOrders } from '../../../shared/imports/index.js';
import { collect, fixture, randomChunks, streamOf } from './helpers.js';

const opts = { format: 'walmart-orders', channelId: 'ch_wmt' } as const;

const ORDERS: ImportedOrder[] = [
  {
    // One line shipped, one acknowledged: partially shipped. 2 × 9.99 + 2.00 + 1.65 + 15.00 − 1.00 + 1.16
    channelId: 'ch_wmt',
    externalId: '1000001',
    status: 'partially_shipped',
    channelStatus: 'Shipped, Acknowledged',
    placedAt: '2026-09-23T10:15:00.000Z',
    currency: 'USD',
    total: 3879,
    buyer: { name: 'Maria Garcia' },
    paymentStatus: 'paid',
    lines: [
      { sku: 'MUG-12-BLK', channelSku: '555000111', channelLineId: '1', title: 'Ceramic Mug, 12oz', quantity: 2, unitPrice: 999 },
      { sku: 'COAST-4', channelSku: '555000222', channelLineId: '2', title: 'Coaster set', quantity: 1, unitPrice: 1500 },
    ],
    shipTo: { name: 'Maria Garcia', city: 'Dallas', region: 'TX', country: 'US' },
  },
  {
    channelId: 'ch_wmt',
    externalId: '1000002',
    status: 'cancelled',
    channelStatus: 'Cancelled',
    placedAt: '2026-09-24T08:00:00.000Z',
    currency: 'USD',
    total: 123456,
    buyer: { name: 'Lee Chen' },
    lines: [{ sku: 'TEAPOT-1', channelSku: '555000333', channelLineId: '1', title: 'Teapot', quantity: 1, unitPrice: 123456 }],
    shipTo: { name: 'Lee Chen', city: 'Reno', region: 'NV', country: 'US' },
  },
];

describe('Walmart PO Data', () => {
  test('groups PO lines by PO#, derives the order status from every line status', async () => {
    const { orders, errors } = await collect(importOrders([fixture('walmart-orders/po-data.csv')], opts));
    expect(errors).toEqual([]);
    expect(orders).toEqual(ORDERS);
  });

  test('in small random chunks with format=auto, the same orders come out', async () => {
    const result = await collect(importOrders(streamOf(randomChunks(fixture('walmart-orders/po-data.csv'), 41)), { ...opts, format: 'auto' }));
    expect({ orders: result.orders, errors: result.errors }).toEqual({ orders: ORDERS, errors: [] });
  });

  test('an unknown line status rejects the PO, naming the Status column', async () => {
    const text = fixture('walmart-orders/po-data.csv').replace(',Acknowledged,', ',Lost,');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['1000002']);
    expect(errors).toEqual([{ line: 2, column: 'Status', message: '"Shipped, Lost" is not a Walmart line status', externalId: '1000001' }]);
  });
});
