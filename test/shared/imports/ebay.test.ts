import { describe, expect, test } from 'vitest';
import { type ImportedOrder, importOrders } from '../../../shared/imports/index.js';
import { collect, fixture, randomChunks, streamOf } from './helpers.js';

const opts = { format: 'ebay-orders', channelId: 'ch_ebay' } as const;

const US_ORDERS: ImportedOrder[] = [
  {
    channelId: 'ch_ebay',
    externalId: '12-34567-89012',
    status: 'shipped',
    channelStatus: 'Paid and shipped',
    placedAt: '2026-09-18T00:00:00.000Z',
    currency: 'USD',
    total: 1534,
    buyer: { name: 'Alex Smith', email: 'alex@example.com', externalId: 'vintage_fan' },
    serviceLevel: 'USPS Ground Advantage',
    shipBy: '2026-09-20T00:00:00.000Z',
    paymentStatus: 'paid',
    lines: [{ sku: 'LAMP-BR', channelSku: '394857201234', channelLineId: '2000000000001', title: 'Vintage brass lamp', quantity: 1, unitPrice: 1234 }],
    shipTo: { name: 'Alex Smith', line1: '10 Oak St', city: 'Denver', region: 'CO', postalCode: '80202', country: 'US', phone: '555-0101' },
    shipments: [{ trackingNumber: '9400100000000000000000', shippedAt: '2026-09-19T00:00:00.000Z', service: 'USPS Ground Advantage' }],
  },
  {
    channelId: 'ch_ebay',
    externalId: '23-45678-90123',
    status: 'ready',
    channelStatus: 'Awaiting shipment',
    placedAt: '2026-09-19T00:00:00.000Z',
    currency: 'USD',
    total: 123456,
    buyer: { name: 'Robin Banks', email: 'robin@example.org', externalId: 'bulk.buyer' },
    serviceLevel: 'UPS Ground',
    shipBy: '2026-09-22T00:00:00.000Z',
    paymentStatus: 'paid',
    lines: [
      { sku: 'SHELF-OAK-5', channelSku: '394857205678', channelLineId: '2000000000002', title: 'Oak bookshelf, 5 tier', quantity: 2, unitPrice: 60000 },
      { sku: 'BRKT-2', channelSku: '394857209999', channelLineId: '2000000000003', title: 'Shelf brackets', quantity: 1, unitPrice: 3000 },
    ],
    shipTo: { name: 'Robin Banks', line1: '200 Market St, Suite 5', line2: 'Floor 2\nBack door', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' },
  },
];

describe('eBay Seller Hub orders report', () => {
  test('skips the junk line, padding row and footers; a summary row plus item rows make one order', async () => {
    const { orders, errors } = await collect(importOrders([fixture('ebay-orders/ebay-us.csv')], opts));
    expect(errors).toEqual([]);
    expect(orders).toEqual(US_ORDERS);
  });

  test('in small random chunks, with format=auto, the same orders come out', async () => {
    const text = fixture('ebay-orders/ebay-us.csv');
    for (const seed of [21, 22, 23]) {
      const result = await collect(importOrders(streamOf(randomChunks(text, seed, 6)), { ...opts, format: 'auto' }));
      expect({ orders: result.orders, errors: result.errors }).toEqual({ orders: US_ORDERS, errors: [] });
    }
  });

  test('an Australian file: AU $ amounts with thousands, day-first month-name dates, country names', async () => {
    const { orders, errors } = await collect(importOrders([fixture('ebay-orders/ebay-au.csv')], opts));
    expect(errors).toEqual([]);
    expect(orders).toEqual([
      {
        channelId: 'ch_ebay',
        externalId: '05-11111-22222',
        status: 'ready',
        channelStatus: 'Awaiting shipment',
        placedAt: '2026-05-26T00:00:00.000Z',
        currency: 'AUD',
        total: 300000,
        buyer: { name: 'Kylie Jones', email: 'kylie@example.com.au', externalId: 'koala99' },
        serviceLevel: 'Courier',
        paymentStatus: 'paid',
        lines: [{ sku: 'SOFA-L', channelSku: '284700000001', title: 'Leather sofa', quantity: 1, unitPrice: 295000 }],
        shipTo: { name: 'Kylie Jones', line1: '5 George St', city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' },
      },
    ]);
  });

  test('a semicolon-separated file with euro amounts like "1.234,56 €"', async () => {
    const { orders, errors } = await collect(importOrders([fixture('ebay-orders/ebay-de-semicolon.csv')], { ...opts, format: 'auto' }));
    expect(errors).toEqual([]);
    expect(orders).toEqual([
      {
        channelId: 'ch_ebay',
        externalId: '09-99999-00001',
        status: 'ready',
        channelStatus: 'Awaiting shipment',
        placedAt: '2026-10-02T00:00:00.000Z',
        currency: 'EUR',
        total: 123456,
        buyer: { name: 'Hans Meyer', externalId: 'hans_m' },
        paymentStatus: 'paid',
        lines: [{ sku: 'CLOCK-1', channelSku: '184700000077', title: 'Standuhr', quantity: 1, unitPrice: 122956 }],
        shipTo: { name: 'Hans Meyer', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
      },
    ]);
  });

  test('a bad item row rejects the whole multi-item order, naming its line and column', async () => {
    const text = fixture('ebay-orders/ebay-us.csv').replace('Shelf brackets,BRKT-2,,1,$30.00', 'Shelf brackets,BRKT-2,,1,thirty');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['12-34567-89012']);
    // Physical line 8: the summary row's quoted address spans lines 5–6.
    expect(errors).toEqual([{ line: 8, column: 'Sold For', message: '"thirty" is not an amount of money', externalId: '23-45678-90123' }]);
  });
});
