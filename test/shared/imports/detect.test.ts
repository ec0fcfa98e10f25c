import { describe, expect, test } from 'vitest';
import { DelimitedTextReader } from '../../../shared/imports/csv.js';
import { detectFormat, FORMATS } from '../../../shared/imports/index.js';
import { fixture } from './helpers.js';

/** The header row of a fixture: the first record with more than a couple of filled cells. */
function headerOf(name: string): string[] {
  const reader = new DelimitedTextReader();
  const records = [...reader.push(fixture(name)), ...reader.end()];
  return records.find((r) => r.fields.filter((f) => f.trim()).length > 2)!.fields;
}

describe('recognising a file by its header', () => {
  test.each([
    ['amazon-all-orders/all-orders.txt', 'amazon-all-orders'],
    ['amazon-unshipped/unshipped.txt', 'amazon-unshipped'],
    ['shopify-orders/orders_export_1.csv', 'shopify-orders'],
    ['ebay-orders/ebay-us.csv', 'ebay-orders'],
    ['etsy/EtsySoldOrders2026-9.csv', 'etsy-sold-orders'],
    ['etsy/EtsySoldOrderItems2026-9.csv', 'etsy-sold-order-items'],
    ['walmart-orders/po-data.csv', 'walmart-orders'],
  ])('%s is %s', (name, id) => {
    expect(detectFormat(headerOf(name))).toBe(id);
  });

  test('an unknown header is no format', () => {
    expect(detectFormat(['Foo', 'Bar'])).toBeUndefined();
  });

  test('every format is registered under its own id', () => {
    expect(Object.entries(FORMATS).map(([id, f]) => id === f.id)).toEqual(Object.keys(FORMATS).map(() => true));
  });
});
