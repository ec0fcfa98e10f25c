/**
 * Regional and re-saved variants of the reports read as well as the
 * originals: eBay UK's sentence-case "Post to" headers, Excel's UTF-16
 * "Unicode text" (LE and BE, with a byte-order mark) and its `sep=` line.
 */
import { describe, expect, test } from 'vitest';
import { guessDelimiter } from '../../../shared/imports/csv.js';
import { decodeText, detectFormat, type ImportedOrder, importOrders, pickEncoding } from '../../../shared/imports/index.js';
import { collect, fixture, fixtureBytes, streamOf } from './helpers.js';

const ebay = { format: 'auto', channelId: 'ch_ebay' } as const;

const UK_ORDERS: ImportedOrder[] = [
  {
    channelId: 'ch_ebay',
    externalId: '14-10001-20001',
    status: 'shipped',
    channelStatus: 'Paid and shipped',
    placedAt: '2026-10-03T00:00:00.000Z',
    currency: 'GBP',
    total: 2750,
    buyer: { name: 'Harriet Vane', email: 'harriet@example.co.uk', externalId: 'tea_lover_uk' },
    serviceLevel: 'Royal Mail Tracked 48',
    shipBy: '2026-10-06T00:00:00.000Z',
    paymentStatus: 'paid',
    lines: [{ sku: 'TEAPOT-1', channelSku: '155500000001', channelLineId: '3000000000001', title: 'Bone china teapot', quantity: 1, unitPrice: 2400 }],
    shipTo: { name: 'Harriet Vane', line1: '12 Mecklenburgh Square', city: 'London', region: 'Greater London', postalCode: 'WC1N 2AD', country: 'GB', phone: '020 7946 0000' },
    shipments: [{ trackingNumber: 'TT123456789GB', shippedAt: '2026-10-04T00:00:00.000Z', service: 'Royal Mail Tracked 48' }],
  },
  {
    channelId: 'ch_ebay',
    externalId: '14-10002-20002',
    status: 'ready',
    channelStatus: 'Awaiting shipment',
    placedAt: '2026-10-04T00:00:00.000Z',
    currency: 'GBP',
    total: 1800,
    buyer: { name: 'Mervyn Bunter', email: 'mervyn@example.co.uk', externalId: 'yorkie_m' },
    serviceLevel: 'Royal Mail 2nd Class',
    shipBy: '2026-10-07T00:00:00.000Z',
    paymentStatus: 'paid',
    lines: [{ sku: 'COSY-W', channelSku: '155500000002', channelLineId: '3000000000002', title: 'Tea cosy, wool', quantity: 2, unitPrice: 900 }],
    shipTo: { name: 'Mervyn Bunter', line1: 'Flat 2', line2: '110A Piccadilly', city: 'York', region: 'North Yorkshire', postalCode: 'YO1 9HX', country: 'GB' },
  },
];

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

describe('regional and re-saved report variants', () => {
  test('an eBay UK report with sentence-case headers and "Post to" columns keeps every ship-to address', async () => {
    const { orders, errors } = await collect(importOrders([fixture('ebay-orders/ebay-uk.csv')], ebay));
    expect(errors).toEqual([]);
    expect(orders).toEqual(UK_ORDERS);
  });

  test('the same report re-saved by Excel as UTF-16 LE tab-separated text reads the same, whatever the chunking', async () => {
    const bytes = fixtureBytes('ebay-orders/ebay-uk-excel-utf16le.txt');
    for (const cut of [1, 2, 3, 401]) {
      const { orders, errors } = await collect(importOrders(decodeText(streamOf([bytes.subarray(0, cut), bytes.subarray(cut)])), ebay));
      expect({ orders, errors }, `cut at ${cut}`).toEqual({ orders: UK_ORDERS, errors: [] });
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
