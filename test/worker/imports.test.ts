/**
 * POST /v1/imports through the app on a real D1: every export format from
 * files laid out like the real ones, re-import as a no-op, bad rows reported
 * by line while the good ones are captured, charsets, and refusals.
 */
import { describe, expect, test } from 'vitest';
import amazonAllOrders from '../fixtures/imports/amazon-all-orders/all-orders.txt?raw';
import amazonUnshipped from '../fixtures/imports/amazon-unshipped/unshipped.txt?raw';
import ebayAu from '../fixtures/imports/ebay-orders/ebay-au.csv?raw';
import ebayDe from '../fixtures/imports/ebay-orders/ebay-de-semicolon.csv?raw';
import ebayUs from '../fixtures/imports/ebay-orders/ebay-us.csv?raw';
import etsyItems from '../fixtures/imports/etsy/EtsySoldOrderItems2026-9.csv?raw';
import etsyOrders from '../fixtures/imports/etsy/EtsySoldOrders2026-9.csv?raw';
import shopifyOrders from '../fixtures/imports/shopify-orders/orders_export_1.csv?raw';
import walmartOrders from '../fixtures/imports/walmart-orders/po-data.csv?raw';
import { AMAZON_ALL_ORDERS_HEADER, amazonAllOrdersRow } from '../shared/imports/amazon-rows.js';
import { call, newSeller, rowCount } from './helpers.js';
import { importFile, importParts, NOTHING } from './import-helpers.js';

async function externalIds(token: string, channelId: string): Promise<string[]> {
  const page = await call('GET', `/v1/orders?channelId=${channelId}&limit=200`, { token });
  return page.body.orders.map((o: { externalId: string }) => o.externalId).sort();
}

describe('POST /v1/imports', () => {
  test('an Amazon All Orders report creates each order, grouped from its rows, with its lines and totals', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { format: 'amazon-all-orders', channelId: s.channels.amazon }, amazonAllOrders, 'text/tab-separated-values');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...NOTHING, created: 4 });
    expect(await externalIds(s.token, s.channels.amazon)).toEqual(['113-1111111-1111111', '113-2222222-2222222', '114-3333333-3333333', '114-4444444-4444444']);
    const found = await call('GET', '/v1/orders/lookup?q=113-1111111-1111111', { token: s.token });
    const detail = await call('GET', `/v1/orders/${found.body.results[0]!.order.id}`, { token: s.token });
    expect(detail.body.order).toMatchObject({ status: 'shipped', currency: 'USD', total: 6278, placedAt: '2026-09-23T21:18:23.000Z' });
    expect(detail.body.order.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([
      ['MUG-12-BLK', 2, 1999],
      ['COAST-4', 1, 1500],
    ]);
    expect(detail.body.order.events.map((e) => [e.source, e.kind])).toEqual([['import', 'captured']]);
  });

  test('importing the same file again changes nothing: every order is unchanged and no event is added', async () => {
    const s = await newSeller();
    const params = { format: 'auto', channelId: s.channels.shopify };
    expect((await importFile(s.token, params, shopifyOrders)).body).toEqual({ ...NOTHING, created: 3 });
    const events = await rowCount('order_events', s.id);
    const lines = await rowCount('order_lines', s.id);
    expect((await importFile(s.token, params, shopifyOrders)).body).toEqual({ ...NOTHING, unchanged: 3 });
    expect(await rowCount('order_events', s.id)).toBe(events);
    expect(await rowCount('order_lines', s.id)).toBe(lines);
    expect(await rowCount('orders', s.id)).toBe(3);
  });

  test.each([
    ['amazon-unshipped', 'amazon', amazonUnshipped, ['112-5555555-5555555', '112-6666666-6666666']],
    ['shopify-orders', 'shopify', shopifyOrders, ['#1001', '#1002', '#1003']],
    ['ebay-orders', 'ebay', ebayUs, ['12-34567-89012', '23-45678-90123']],
    ['ebay-orders', 'ebay', ebayAu, ['05-11111-22222']],
    ['ebay-orders', 'ebay', ebayDe, ['09-99999-00001']],
    ['walmart-orders', 'walmart', walmartOrders, ['1000001', '1000002']],
    ['etsy-sold-orders', 'etsy', etsyOrders, ['3012345678', '3012349999']],
    ['etsy-sold-order-items', 'etsy', etsyItems, ['3012345678', '3012349999']],
  ] as const)('format %s (and auto) captures the orders of a %s file', async (format, kind, file, ids) => {
    for (const f of [format, 'auto']) {
      const s = await newSeller();
      const res = await importFile(s.token, { format: f, channelId: s.channels[kind], defaultCurrency: 'USD' }, file);
      expect(res.body).toEqual({ ...NOTHING, created: ids.length });
      expect(await externalIds(s.token, s.channels[kind])).toEqual([...ids].sort());
    }
  });

  test('both Etsy files as multipart parts are joined on Order ID: lines from the items file', async () => {
    const s = await newSeller();
    const res = await importParts(s.token, { format: 'etsy', channelId: s.channels.etsy }, { orders: etsyOrders, items: etsyItems });
    expect(res.body).toEqual({ ...NOTHING, created: 2 });
    expect(await rowCount('order_lines', s.id)).toBe(3);
    const again = await importParts(s.token, { format: 'etsy', channelId: s.channels.etsy }, { orders: etsyOrders, items: etsyItems });
    expect(again.body).toEqual({ ...NOTHING, unchanged: 2 });
  });

  test('a single file also goes as the multipart part "file"', async () => {
    const s = await newSeller();
    const res = await importParts(s.token, { channelId: s.channels.walmart }, { file: walmartOrders });
    expect(res.body).toEqual({ ...NOTHING, created: 2 });
  });

  test('bad rows are reported by line and column; the good orders around them are captured', async () => {
    const s = await newSeller();
    const file = [
      AMAZON_ALL_ORDERS_HEADER,
      amazonAllOrdersRow('111-0000001-0000001'),
      amazonAllOrdersRow('111-0000002-0000002', { quantity: 'two' }),
      amazonAllOrdersRow('111-0000003-0000003', { price: 'ten' }),
      amazonAllOrdersRow('111-0000004-0000004'),
    ].join('\r\n');
    const res = await importFile(s.token, { format: 'amazon-all-orders', channelId: s.channels.amazon }, file);
    expect(res.body).toEqual({
      ...NOTHING,
      created: 2,
      failed: 2,
      errors: [
        { line: 3, column: 'quantity', message: '"two" is not a whole number of at least 0', externalId: '111-0000002-0000002', file: null },
        { line: 4, column: 'item-price', message: '"ten" is not an amount of money', externalId: '111-0000003-0000003', file: null },
      ],
    });
    expect(await externalIds(s.token, s.channels.amazon)).toEqual(['111-0000001-0000001', '111-0000004-0000004']);
  });

  test('a file without the currency and no defaultCurrency fails each order, naming the column', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { format: 'amazon-unshipped', channelId: s.channels.amazon }, amazonUnshipped);
    const message = 'the file has no currency column and no default currency was given';
    expect(res.body).toEqual({
      ...NOTHING,
      failed: 2,
      errors: [
        { line: 2, column: 'currency', message, externalId: '112-5555555-5555555', file: null },
        { line: 4, column: 'currency', message, externalId: '112-6666666-6666666', file: null },
      ],
    });
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a file of no known layout is 422 quoting what was seen, and stores nothing', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { channelId: s.channels.manual }, 'hello,world\n1,2\n');
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'unknown_layout',
      message: 'The file cannot be imported: no header row of a known order export found in the first rows; the first row at line 1 reads "hello", "world".',
      field: 'body',
      recognised: null,
    });
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a report of another marketplace than the channel is 422 naming both, and stores nothing', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { channelId: s.channels.amazon }, ebayUs);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'layout_mismatch',
      message: `The file cannot be imported: recognised an eBay Seller Hub orders report; channel ${s.channels.amazon} is Amazon.`,
      field: 'query.channelId',
      recognised: 'ebay-orders',
    });
    const etsy = await importParts(s.token, { format: 'etsy', channelId: s.channels.shopify }, { orders: etsyOrders, items: etsyItems });
    expect(etsy.status).toBe(422);
    expect(etsy.body.error).toMatchObject({ code: 'layout_mismatch', message: `The file cannot be imported: recognised Etsy sold-order files; channel ${s.channels.shopify} is Shopify.` });
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a named format whose header is another layout is 422 saying which layout was recognised', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { format: 'amazon-all-orders', channelId: s.channels.amazon }, amazonUnshipped, 'text/tab-separated-values');
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'unknown_layout', recognised: 'amazon-unshipped' });
    expect(res.body.error.message).toContain('recognised an Amazon Unshipped Orders / New Orders report instead');
    const items = await importParts(s.token, { format: 'etsy', channelId: s.channels.etsy }, { orders: etsyOrders, items: 'Order,Thing\n1,2\n' });
    expect(items.status).toBe(422);
    expect(items.body.error).toMatchObject({ code: 'unknown_layout', field: 'body.items' });
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  test('a manual channel takes a file of any marketplace', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { channelId: s.channels.manual }, ebayUs);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(2);
  });

  test('a Windows-1252 file without a declared charset is sniffed; a declared charset is obeyed', async () => {
    const s = await newSeller();
    const text = [AMAZON_ALL_ORDERS_HEADER, amazonAllOrdersRow('111-0000009-0000009', { title: 'Café crème mug' })].join('\n');
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    expect((await importFile(s.token, { channelId: s.channels.amazon }, latin1, 'text/plain')).body).toEqual({ ...NOTHING, created: 1 });
    const found = await call('GET', '/v1/orders/lookup?q=111-0000009-0000009', { token: s.token });
    const detail = await call('GET', `/v1/orders/${found.body.results[0]!.order.id}`, { token: s.token });
    expect(detail.body.order.lines[0]!.title).toBe('Café crème mug');
    const again = await importFile(s.token, { channelId: s.channels.amazon }, latin1, 'text/plain; charset=windows-1252');
    expect(again.body).toEqual({ ...NOTHING, unchanged: 1 });
  });

  test('a file of 1,500 orders is captured batch by batch, each order once', async () => {
    const s = await newSeller();
    const rows = Array.from({ length: 1500 }, (_, i) => amazonAllOrdersRow(`200-${String(i).padStart(7, '0')}-0000001`, { quantity: String(1 + (i % 3)) }));
    const res = await importFile(s.token, { format: 'amazon-all-orders', channelId: s.channels.amazon }, [AMAZON_ALL_ORDERS_HEADER, ...rows, ''].join('\n'));
    expect(res.body).toEqual({ ...NOTHING, created: 1500 });
    expect(await rowCount('orders', s.id)).toBe(1500);
    expect(await rowCount('order_lines', s.id)).toBe(1500);
  });

  test('an unknown format, a missing or foreign channel and a bad currency are 400 naming the query field; nothing is written', async () => {
    const s = await newSeller();
    const other = await newSeller('Other Goods');
    const cases: Array<[Record<string, string>, string]> = [
      [{ format: 'amazon-sideways', channelId: s.channels.amazon }, 'query.format'],
      [{ format: 'auto' }, 'query.channelId'],
      [{ channelId: other.channels.amazon }, 'query.channelId'],
      [{ channelId: 'chn_nope' }, 'query.channelId'],
      [{ channelId: s.channels.amazon, defaultCurrency: 'usd' }, 'query.defaultCurrency'],
      [{ channelId: s.channels.amazon, colour: 'blue' }, 'query.colour'],
    ];
    for (const [params, path] of cases) {
      const res = await importFile(s.token, params, amazonAllOrders);
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect(await rowCount('orders', s.id)).toBe(0);
    expect(await rowCount('orders', other.id)).toBe(0);
  });

  test('format etsy as a plain body is 400 pointing at multipart parts', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { format: 'etsy', channelId: s.channels.etsy }, etsyOrders);
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('query.format');
  });

  test('a body declared larger than 100 MiB is refused with 413 before anything is read', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { channelId: s.channels.amazon }, amazonAllOrders, 'text/csv');
    expect(res.status).toBe(200);
    const big = await importFileWithLength(s.token, s.channels.amazon, 100 * 1024 * 1024 + 1);
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('body_too_large');
  });

  test('without a token the import is 401', async () => {
    const s = await newSeller();
    const res = await importFile('olk_not-a-token', { channelId: s.channels.amazon }, amazonAllOrders);
    expect(res.status).toBe(401);
    expect(await rowCount('orders', s.id)).toBe(0);
  });
});

async function importFileWithLength(token: string, channelId: string, length: number) {
  const { env } = await import('cloudflare:test');
  const { app } = await import('../../worker/app.js');
  const res = await app.request(
    `/v1/imports?channelId=${channelId}`,
    { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv', 'Content-Length': String(length) }, body: 'x' },
    env,
  );
  return { status: res.status, body: (await res.json()) as any };
}
