import { describe, expect, test } from 'vitest';
import { importOrders } from '../../../shared/imports/index.js';
import { collect, expectImported } from './helpers.js';

const opts = { format: 'shopify-orders', channelId: 'ch_shop' } as const;

// The export fixture's whole and chunked imports are in report-fixtures.test.ts.
describe('Shopify orders export', () => {
  test('columns are found by name in any order and case, with "Canceled at" spelled the American way', async () => {
    const text = [
      'created at,TOTAL,Lineitem Price,Canceled At,Lineitem quantity,name,currency,financial status,Fulfillment Status,Extra Column',
      '2026-10-07 09:50:26 +0200,"1.234,56 €",1234.56,2026-10-08 10:00:00 +0200,1,#2001,EUR,paid,,whatever',
    ].join('\n');
    await expectImported([text], opts, [
      {
        channelId: 'ch_shop',
        externalId: '#2001',
        status: 'cancelled',
        channelStatus: 'paid / cancelled',
        placedAt: '2026-10-07T07:50:26.000Z',
        currency: 'EUR',
        total: 123456,
        paymentStatus: 'paid',
        lines: [{ quantity: 1, unitPrice: 123456 }],
      },
    ]);
  });

  test('a bad line item rejects its whole order by line and column; the next order imports', async () => {
    const text = [
      'Name,Financial Status,Fulfillment Status,Currency,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price',
      '#1,paid,,USD,10.00,2026-10-07 09:50:26 +0200,1,A,5.00',
      '#1,,,,,,-1,B,5.00',
      '#2,paid,,USD,3.00,2026-13-07 09:50:26 +0200,1,C,3.00',
      '#3,paid,,USD,3.00,2026-10-07 09:50:26 +0200,1,D,3.00',
    ].join('\n');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['#3']);
    expect(errors).toEqual([
      { line: 3, column: 'Lineitem quantity', message: '"-1" is not a whole number of at least 1', externalId: '#1' },
      { line: 4, column: 'Created at', message: '"2026-13-07 09:50:26 +0200" is not a date', externalId: '#2' },
    ]);
  });

  test('a ship-to value the order schema rejects is named by the column the file used for it', async () => {
    const text = ['Name,Created at,Currency,Total,Financial Status,Lineitem quantity,Lineitem price,Phone', `#2002,2026-10-07 09:50:26 +0200,EUR,5.00,paid,1,5.00,${'1'.repeat(61)}`].join('\n');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders).toEqual([]);
    expect(errors).toEqual([{ line: 2, column: 'Phone', message: 'shipTo.phone: Too big: expected string to have <=60 characters', externalId: '#2002' }]);
  });
});
