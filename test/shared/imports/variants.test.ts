/**
 * Regional and re-saved variants of the reports read as well as the
 * originals: eBay UK's sentence-case "Post to" headers, Excel's UTF-16
 * "Unicode text" (LE and BE, with a byte-order mark) and its `sep=` line.
 */
import { describe, expect, test } from 'vitest';
import { guessDelimiter } from '../../../shared/imports/csv.js';
import { decodeText, detectFormat, importOrders, pickEncoding } from '../../../shared/imports/index.js';
import { collect, expectImported, fixture, fixtureBytes, fixtureOrders, streamOf } from './helpers.js';

const ebay = { format: 'auto', channelId: 'ch_ebay' } as const;

const UK_ORDERS = fixtureOrders('ebay-orders/ebay-uk.csv');

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

describe('regional and re-saved report variants', () => {
  test('an eBay UK report with sentence-case headers and "Post to" columns keeps every ship-to address', async () => {
    await expectImported([fixture('ebay-orders/ebay-uk.csv')], ebay, UK_ORDERS);
  });

  test('the same report re-saved by Excel as UTF-16 LE tab-separated text reads the same, whatever the chunking', async () => {
    const bytes = fixtureBytes('ebay-orders/ebay-uk-excel-utf16le.txt');
    for (const cut of [1, 2, 3, 401]) {
      await expectImported(decodeText(streamOf([bytes.subarray(0, cut), bytes.subarray(cut)])), ebay, UK_ORDERS, `cut at ${cut}`);
    }
  });

  test('a UTF-16 byte-order mark wins over a declared charset, and decodes without the mark', async () => {
    const bytes = fixtureBytes('ebay-orders/ebay-uk-excel-utf16le.txt');
    const decoded = await text(decodeText(streamOf([bytes]), 'text/csv; charset=utf-8'));
    expect(decoded.startsWith('Sales record number\tOrder number\t')).toBe(true);
    expect(pickEncoding('text/csv; charset=windows-1252', bytes.subarray(0, 64))).toBe('utf-16le');
    expect(pickEncoding(null, Uint8Array.of(0xfe, 0xff, 0, 0x61))).toBe('utf-16be');
  });

  test('an Amazon All Orders report in UTF-16 BE gives the same orders as the UTF-8 original', async () => {
    const opts = { format: 'auto', channelId: 'ch_amz' } as const;
    const original = await collect(importOrders([fixture('amazon-all-orders/all-orders.txt')], opts));
    const utf16 = await collect(importOrders(decodeText(streamOf([fixtureBytes('amazon-all-orders/all-orders-utf16be.txt')])), opts));
    expect(original.orders).toHaveLength(4);
    expect({ orders: utf16.orders, errors: utf16.errors }).toEqual({ orders: original.orders, errors: original.errors });
  });

  test('an Excel "sep=;" first line names the delimiter; the file reads as the original', async () => {
    const original = await collect(importOrders([fixture('ebay-orders/ebay-de-semicolon.csv')], ebay));
    const excel = await collect(importOrders([fixture('ebay-orders/ebay-de-excel-sep.csv')], ebay));
    expect(original.orders).toHaveLength(1);
    expect({ orders: excel.orders, errors: excel.errors }).toEqual({ orders: original.orders, errors: [] });
    expect([guessDelimiter('sep=,'), guessDelimiter('sep=;'), guessDelimiter('"sep=\t"'), guessDelimiter('a;b;c,d')]).toEqual([',', ';', '\t', ';']);
  });

  test('the UK header is recognised as the eBay orders report', () => {
    const header = fixture('ebay-orders/ebay-uk.csv').split('\r\n')[1]!.split(',');
    expect(detectFormat(header)).toBe('ebay-orders');
  });
});
