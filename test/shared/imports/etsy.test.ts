import { describe, expect, test } from 'vitest';
import { type ImportedOrder, importEtsyOrders, importOrders } from '../../../shared/imports/index.js';
import { collect, expectImported, fixture, randomChunks, streamOf } from './helpers.js';

const ORDERS_FILE = 'etsy/EtsySoldOrders2026-9.csv';
const ITEMS_FILE = 'etsy/EtsySoldOrderItems2026-9.csv';
const context = { channelId: 'ch_etsy' };

const SHIP_DANA = { name: 'Dana Whitfield', line1: '42 Maple Ave', line2: 'Unit 3, Rear', city: 'Madison', region: 'WI', postalCode: '53703', country: 'US' };
const SHIP_OLIVER = { name: 'Oliver Grant', line1: '8 Kings Road', city: 'London', postalCode: 'SW3 4RY', country: 'GB' };
const DANA_LINES = [
  { sku: 'RING-S', channelSku: '1111111111', channelLineId: '4100000001', title: 'Sterling ring, "Twist"', quantity: 1, unitPrice: 2500 },
  { sku: 'EAR-H', channelSku: '3333333333', channelLineId: '4100000003', title: 'Hoop earrings', quantity: 1, unitPrice: 1500 },
];
const OLIVER_LINES = [{ sku: 'MUG-TEAL', channelSku: '2222222222', channelLineId: '4100000002', title: 'Teal mug', quantity: 3, unitPrice: 1000 }];

const JOINED: ImportedOrder[] = [
  {
    channelId: 'ch_etsy',
    externalId: '3012345678',
    status: 'shipped',
    channelStatus: 'Completed',
    placedAt: '2026-09-18T00:00:00.000Z',
    currency: 'USD',
    total: 4420,
    buyer: { name: 'Dana Whitfield', externalId: 'danaw' },
    paymentStatus: 'paid',
    lines: DANA_LINES,
    shipTo: SHIP_DANA,
  },
  {
    channelId: 'ch_etsy',
    externalId: '3012349999',
    status: 'ready',
    placedAt: '2026-09-19T00:00:00.000Z',
    currency: 'GBP',
    total: 3350,
    buyer: { name: 'Oliver Grant', externalId: 'olgrant' },
    paymentStatus: 'paid',
    lines: OLIVER_LINES,
    shipTo: SHIP_OLIVER,
  },
];

describe('Etsy sold orders', () => {
  test('both files joined on Order ID: order fields from Sold Orders, lines from Sold Order Items (rows not adjacent)', async () => {
    const result = await collect(importEtsyOrders({ orders: [fixture(ORDERS_FILE)], items: streamOf(randomChunks(fixture(ITEMS_FILE), 31)) }, context));
    expect(result.errors).toEqual([]);
    expect(result.orders).toEqual(JOINED);
  });

  test('the items file alone: totals from item totals, shipping, tax and discount (unknown to the book); status from paid and shipped dates, no status word', async () => {
    const { orders, errors } = await collect(importOrders(streamOf(randomChunks(fixture(ITEMS_FILE), 32)), { ...context, format: 'auto' }));
    expect(errors).toEqual([]);
    const { channelStatus: _, ...dana } = JOINED[0]!;
    expect(orders).toEqual([
      { ...dana, buyer: { externalId: 'danaw' }, unknown: ['total'] },
      { ...JOINED[1], buyer: { externalId: 'olgrant' }, unknown: ['total'] },
    ]);
  });

  test('the orders file alone lists no items: its orders come without lines, marked unknown, never a made-up line', async () => {
    await expectImported([fixture(ORDERS_FILE)], { ...context, format: 'etsy-sold-orders' }, [
      { ...JOINED[0]!, lines: [], unknown: ['lines'] },
      { ...JOINED[1]!, lines: [], unknown: ['lines'] },
    ]);
  });

  test('an Adjusted Order Total below the order total is what was refunded; an empty one says nothing of refunds', async () => {
    const file = fixture(ORDERS_FILE).replace('44.20,Completed,1.58,42.62,,,', '44.20,Completed,1.58,42.62,24.20,,');
    const { orders, errors } = await collect(importOrders([file], { ...context, format: 'etsy-sold-orders' }));
    expect(errors).toEqual([]);
    expect(orders.map((o) => [o.externalId, o.total, o.refundedTotal])).toEqual([
      ['3012345678', 4420, 2000],
      ['3012349999', 3350, undefined],
    ]);
  });

  test('importEtsyOrders with one file behaves like that file alone', async () => {
    const { orders } = await collect(importEtsyOrders({ items: [fixture(ITEMS_FILE)] }, context));
    expect(orders.map((o) => o.externalId)).toEqual(['3012345678', '3012349999']);
  });

  test('a bad item row rejects the joined order, naming the items file, line and column', async () => {
    const items = fixture(ITEMS_FILE).replace('Teal mug,olgrant,3,', 'Teal mug,olgrant,3.5,');
    const { orders, errors } = await collect(importEtsyOrders({ orders: [fixture(ORDERS_FILE)], items: [items] }, context));
    expect(orders.map((o) => o.externalId)).toEqual(['3012345678']);
    expect(errors).toEqual([{ line: 3, column: 'Quantity', message: '"3.5" is not a whole number of at least 1', file: 'items', externalId: '3012349999' }]);
  });
});
