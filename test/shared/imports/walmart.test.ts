import { describe, expect, test } from 'vitest';
import { importOrders } from '../../../shared/imports/index.js';
import { collect, fixture } from './helpers.js';

const opts = { format: 'walmart-orders', channelId: 'ch_wmt' } as const;

// The PO Data fixture's whole and chunked imports are in report-fixtures.test.ts.
describe('Walmart PO Data', () => {
  test('an unknown line status rejects the PO, naming the Status column', async () => {
    const text = fixture('walmart-orders/po-data.csv').replace(',Acknowledged,', ',Lost,');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['1000002']);
    expect(errors).toEqual([{ line: 2, column: 'Status', message: '"Shipped, Lost" is not a Walmart line status', externalId: '1000001' }]);
  });
});
