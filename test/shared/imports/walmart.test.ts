import { describe, expect, test } from 'vitest';
import { importOrders } from '../../../shared/imports/index.js';
import { collect, expectImported, fixture, fixtureOrders, randomChunks, streamOf } from './helpers.js';

const opts = { format: 'walmart-orders', channelId: 'ch_wmt' } as const;

// PO 1000001: one line shipped, one acknowledged, so partially shipped; total 2 × 9.99 + 2.00 + 1.65 + 15.00 − 1.00 + 1.16.
const ORDERS = fixtureOrders('walmart-orders/po-data.csv');

describe('Walmart PO Data', () => {
  test('groups PO lines by PO#, derives the order status from every line status', async () => {
    await expectImported([fixture('walmart-orders/po-data.csv')], opts, ORDERS);
  });

  test('in small random chunks with format=auto, the same orders come out', async () => {
    await expectImported(streamOf(randomChunks(fixture('walmart-orders/po-data.csv'), 41)), { ...opts, format: 'auto' }, ORDERS);
  });

  test('an unknown line status rejects the PO, naming the Status column', async () => {
    const text = fixture('walmart-orders/po-data.csv').replace(',Acknowledged,', ',Lost,');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['1000002']);
    expect(errors).toEqual([{ line: 2, column: 'Status', message: '"Shipped, Lost" is not a Walmart line status', externalId: '1000001' }]);
  });
});
