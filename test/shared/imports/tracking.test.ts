/**
 * Parcels read from the layouts that carry tracking columns: one shipment
 * per tracking number (several in one cell split apart), the row's ship
 * date and carrier, and a note instead of a shipment when no date is given.
 */
import { describe, expect, test } from 'vitest';
import { importOrders } from '../../../shared/imports/index.js';
import { collect, fixture } from './helpers.js';

/** The Walmart PO Data fixture with the tracking columns of the Seller Center grid appended. */
function walmartWithTracking(cells: Record<string, [string, string, string]>): string {
  const [header, ...rows] = fixture('walmart-orders/po-data.csv').trimEnd().split('\n');
  return [
    `${header},Tracking Number,Carrier,Ship Date`,
    ...rows.map((row, i) => {
      const [tracking, carrier, date] = cells[String(i)] ?? ['', '', ''];
      return `${row},"${tracking}",${carrier},${date}`;
    }),
  ].join('\n');
}

describe('tracking columns', () => {
  test('a Walmart file: each tracking number of a PO is one shipment with its carrier and date; numbers in one cell are split', async () => {
    const text = walmartWithTracking({ '0': ['1Z999AA10123456784, 1Z999AA10123456785', 'UPS', '09/24/2026 16:00'], '1': ['1Z999AA10123456784', 'UPS', '09/24/2026 16:00'] });
    const { orders, errors } = await collect(importOrders([text], { format: 'auto', channelId: 'ch_wm' }));
    expect(errors).toEqual([]);
    expect(orders.map((o) => [o.externalId, o.shipments])).toEqual([
      [
        '1000001',
        [
          { trackingNumber: '1Z999AA10123456784', shippedAt: '2026-09-24T16:00:00.000Z', carrier: 'UPS' },
          { trackingNumber: '1Z999AA10123456785', shippedAt: '2026-09-24T16:00:00.000Z', carrier: 'UPS' },
        ],
      ],
      ['1000002', undefined],
    ]);
  });

  test('a tracking number without a ship date is a note on its line, not a shipment, and the order still imports', async () => {
    const text = walmartWithTracking({ '2': ['9400111899223197428490', 'USPS', ''] });
    const { orders, errors } = await collect(importOrders([text], { format: 'auto', channelId: 'ch_wm' }));
    expect(orders.map((o) => [o.externalId, o.shipments])).toEqual([
      ['1000001', undefined],
      ['1000002', undefined],
    ]);
    expect(errors).toEqual([{ line: 4, column: 'Ship Date', message: 'tracking number 9400111899223197428490 has no ship date; it was not recorded as a shipment' }]);
  });

  test('layouts without tracking columns report no shipments', async () => {
    for (const [file, channelId] of [
      ['shopify-orders/orders_export_1.csv', 'ch_shop'],
      ['etsy/EtsySoldOrderItems2026-9.csv', 'ch_etsy'],
      ['amazon-all-orders/all-orders.txt', 'ch_amz'],
    ]) {
      const { orders } = await collect(importOrders([fixture(file!)], { format: 'auto', channelId: channelId! }));
      expect(
        orders.filter((o) => o.shipments !== undefined),
        file,
      ).toEqual([]);
    }
  });
});
