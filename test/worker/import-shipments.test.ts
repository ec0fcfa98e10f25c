/**
 * Tracking in order files becomes shipments on a real D1: found by
 * tracking number after import, recorded once however often the file comes
 * back, and never made up when the file gives no ship date.
 */
import { env } from 'cloudflare:test';
import { describe, expect, test } from 'vitest';
import amazonWithTracking from '../fixtures/imports/amazon-all-orders/all-orders-with-tracking.txt?raw';
import ebayUs from '../fixtures/imports/ebay-orders/ebay-us.csv?raw';
import { call, newSeller, rowCount } from './helpers.js';
import { importFile, NOTHING } from './import-helpers.js';

async function byTracking(token: string, trackingNumber: string) {
  const found = await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(trackingNumber)}`, { token });
  expect(found.status).toBe(200);
  return found.body.results.map((r) => r.order.externalId);
}

async function shipmentsOf(token: string, trackingNumber: string) {
  const found = await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(trackingNumber)}`, { token });
  const detail = await call('GET', `/v1/orders/${found.body.results[0]!.order.id}`, { token });
  return { status: detail.body.order.status, shipments: detail.body.order.shipments.map(({ id: _, ...s }) => s) };
}

describe('tracking numbers in order files', () => {
  test('an eBay orders report: the shipped order is found by its tracking number, with carrier service and ship date', async () => {
    const s = await newSeller();
    expect((await importFile(s.token, { channelId: s.channels.ebay }, ebayUs)).body).toEqual({ ...NOTHING, created: 2 });
    expect(await byTracking(s.token, '9400100000000000000000')).toEqual(['12-34567-89012']);
    expect(await shipmentsOf(s.token, '9400100000000000000000')).toEqual({
      status: 'shipped',
      shipments: [{ carrier: null, service: 'USPS Ground Advantage', trackingNumber: '9400100000000000000000', shippedAt: '2026-09-19T00:00:00.000Z' }],
    });
    expect(await rowCount('shipments', s.id)).toBe(1);
  });

  test('an Amazon report with shipment columns: each shipped order is found by its tracking number', async () => {
    const s = await newSeller();
    const res = await importFile(s.token, { channelId: s.channels.amazon }, amazonWithTracking, 'text/tab-separated-values');
    expect(res.body).toEqual({ ...NOTHING, created: 4 });
    expect(await byTracking(s.token, '9205590164917312751089')).toEqual(['113-1111111-1111111']);
    expect(await byTracking(s.token, 'TBA123456789000')).toEqual(['114-3333333-3333333']);
    expect(await shipmentsOf(s.token, 'TBA123456789000')).toEqual({
      status: 'shipped',
      shipments: [{ carrier: 'AMZN_US', service: null, trackingNumber: 'TBA123456789000', shippedAt: '2026-09-27T06:00:00.000Z' }],
    });
    expect(await rowCount('shipments', s.id)).toBe(2);
  });

  test('importing the same files again, in any order, adds no shipment and no lookup text', async () => {
    const s = await newSeller();
    await importFile(s.token, { channelId: s.channels.ebay }, ebayUs);
    await importFile(s.token, { channelId: s.channels.amazon }, amazonWithTracking);
    const search = await searchTexts(s.id);
    for (let i = 0; i < 2; i++) {
      expect((await importFile(s.token, { channelId: s.channels.amazon }, amazonWithTracking)).body).toEqual({ ...NOTHING, unchanged: 4 });
      expect((await importFile(s.token, { channelId: s.channels.ebay }, ebayUs)).body).toEqual({ ...NOTHING, unchanged: 2 });
    }
    expect(await rowCount('shipments', s.id)).toBe(3);
    expect(await searchTexts(s.id)).toEqual(search);
  });

  test('a tracking number without a ship date is reported and not made a shipment; the order still imports', async () => {
    const s = await newSeller();
    const undated = ebayUs.replace(',Sep-19-26,,,,,USPS Ground Advantage', ',,,,,,USPS Ground Advantage');
    const res = await importFile(s.token, { channelId: s.channels.ebay }, undated);
    expect(res.body).toEqual({
      ...NOTHING,
      created: 2,
      errors: [{ line: 4, column: 'Shipped On Date', message: 'tracking number 9400100000000000000000 has no ship date; it was not recorded as a shipment', externalId: null, file: null }],
    });
    expect(await rowCount('shipments', s.id)).toBe(0);
  });

  test('a tracking number a later file adds becomes one shipment of the order an earlier file created', async () => {
    const s = await newSeller();
    await importFile(s.token, { channelId: s.channels.ebay }, ebayUs.replace('9400100000000000000000', ''));
    const found = await call('GET', '/v1/orders/lookup?q=12-34567-89012', { token: s.token });
    const id = found.body.results[0]!.order.id;
    expect(await rowCount('shipments', s.id)).toBe(0);
    await importFile(s.token, { channelId: s.channels.ebay }, ebayUs);
    await importFile(s.token, { channelId: s.channels.ebay }, ebayUs);
    const detail = await call('GET', `/v1/orders/${id}`, { token: s.token });
    expect(detail.body.order.shipments.map((p) => p.trackingNumber)).toEqual(['9400100000000000000000']);
  });
});

async function searchTexts(sellerId: string): Promise<string[]> {
  const { results } = await env.DB.prepare('SELECT search_text FROM orders WHERE seller_id = ? ORDER BY external_id').bind(sellerId).all<{ search_text: string }>();
  return results.map((r) => r.search_text);
}
