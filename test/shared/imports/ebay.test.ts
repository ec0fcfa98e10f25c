import { describe, expect, test } from 'vitest';
import { importOrders } from '../../../shared/imports/index.js';
import { collect, expectImported, fixture, fixtureOrders } from './helpers.js';

const opts = { format: 'ebay-orders', channelId: 'ch_ebay' } as const;

// The US file's whole and chunked imports are in report-fixtures.test.ts.
describe('eBay Seller Hub orders report', () => {
  test('an Australian file: AU $ amounts with thousands, day-first month-name dates, country names', async () => {
    await expectImported([fixture('ebay-orders/ebay-au.csv')], opts, fixtureOrders('ebay-orders/ebay-au.csv'));
  });

  test('a semicolon-separated file with euro amounts like "1.234,56 €"', async () => {
    await expectImported([fixture('ebay-orders/ebay-de-semicolon.csv')], { ...opts, format: 'auto' }, fixtureOrders('ebay-orders/ebay-de-semicolon.csv'));
  });

  test('a bad item row rejects the whole multi-item order, naming its line and column', async () => {
    const text = fixture('ebay-orders/ebay-us.csv').replace('Shelf brackets,BRKT-2,,1,$30.00', 'Shelf brackets,BRKT-2,,1,thirty');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['12-34567-89012']);
    // Physical line 8: the summary row's quoted address spans lines 5–6.
    expect(errors).toEqual([{ line: 8, column: 'Sold For', message: '"thirty" is not an amount of money', externalId: '23-45678-90123' }]);
  });
});
