/**
 * Report variants through POST /v1/imports on a real D1: eBay UK's "Post
 * to" headers, Excel's UTF-16 re-save and its `sep=` line all import with
 * their ship-to addresses (and tracking), as the originals do.
 */
import { describe, expect, test } from 'vitest';
import ebayDeSep from '../fixtures/imports/ebay-orders/ebay-de-excel-sep.csv?raw';
import ebayUk from '../fixtures/imports/ebay-orders/ebay-uk.csv?raw';
import { call, newSeller } from './helpers.js';
import { importFile, NOTHING } from './import-helpers.js';

/** Text as Excel's "Unicode text" saves it: a byte-order mark, then UTF-16 code units. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}

async function detailOf(token: string, q: string) {
  const found = await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(q)}`, { token });
  return (await call('GET', `/v1/orders/${found.body.results[0]!.order.id}`, { token })).body.order;
}

const HARRIET = { name: 'Harriet Vane', line1: '12 Mecklenburgh Square', city: 'London', region: 'Greater London', postalCode: 'WC1N 2AD', country: 'GB', phone: '020 7946 0000' };

describe('report variants', () => {
  test('an eBay UK report keeps every ship-to address and its tracking', async () => {
    const s = await newSeller();
    expect((await importFile(s.token, { channelId: s.channels.ebay }, ebayUk)).body).toEqual({ ...NOTHING, created: 2 });
    const order = await detailOf(s.token, 'TT123456789GB');
    expect(order).toMatchObject({ externalId: '14-10001-20001', currency: 'GBP', total: 2750, shipTo: HARRIET });
    expect(order.shipments.map((p) => p.trackingNumber)).toEqual(['TT123456789GB']);
    expect((await detailOf(s.token, '14-10002-20002')).shipTo).toEqual({
      name: 'Mervyn Bunter',
      line1: 'Flat 2',
      line2: '110A Piccadilly',
      city: 'York',
      region: 'North Yorkshire',
      postalCode: 'YO1 9HX',
      country: 'GB',
    });
  });

  test('the UK report re-saved as UTF-16 (LE or BE, tab-separated) imports the same orders; the original then changes nothing', async () => {
    const tabbed = ebayUk
      .split('\r\n')
      .map((line) => line.replace(/"[^"]*"|,/g, (m) => (m === ',' ? '\t' : m.slice(1, -1))))
      .join('\r\n');
    for (const endian of ['le', 'be'] as const) {
      const s = await newSeller();
      const res = await importFile(s.token, { channelId: s.channels.ebay }, utf16(tabbed, endian), 'text/plain');
      expect(res.body, endian).toEqual({ ...NOTHING, created: 2 });
      expect((await detailOf(s.token, 'TT123456789GB')).shipTo).toEqual(HARRIET);
      expect((await importFile(s.token, { channelId: s.channels.ebay }, ebayUk)).body).toEqual({ ...NOTHING, unchanged: 2 });
    }
  });

  test('a file with an Excel "sep=;" first line imports with its ship-to', async () => {
    const s = await newSeller();
    expect((await importFile(s.token, { channelId: s.channels.ebay }, ebayDeSep)).body).toEqual({ ...NOTHING, created: 1 });
    expect((await detailOf(s.token, '09-99999-00001')).shipTo).toEqual({ name: 'Hans Meyer', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' });
  });
});
