/**
 * Amazon Seller Central's All Orders report (tab-separated flat file, one
 * row per order item, the amazon-order-id repeated on each). FBA orders
 * (fulfillment-channel `Amazon`) are kept like merchant ones; Pending
 * merchant orders have no prices yet and import with zero amounts.
 */
import { mapAmazonStatus } from '../status.js';
import { AMAZON_TRACKING, readAmazonItems } from './amazon-items.js';
import { draftOf, shipToOf } from './draft.js';
import { cellsOf, type Header, openByOrderKey } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, ImportContext, OrderFormat, SourceRow } from './types.js';

const ORDER_ID = 'amazon-order-id';

function build(header: Header, rows: SourceRow[], context: ImportContext): BuildResult {
  const cells = cellsOf(header, rows);
  const first = cells[0]!;
  const externalId = first.text(ORDER_ID, { required: true });
  const channelStatus = first.text('order-status', { required: true });
  const mapped = channelStatus === undefined ? undefined : mapAmazonStatus(channelStatus);
  if (channelStatus !== undefined && !mapped) first.fail('order-status', `"${channelStatus}" is not an Amazon order status`);
  const placedAt = first.date('purchase-date', { required: true });
  const updatedAt = first.date('last-updated-date');
  const items = readAmazonItems(cells, 'quantity', context);
  const parcels = readShipments(cells, AMAZON_TRACKING, first);
  if (items.errors.length) return { errors: items.errors };
  return draftOf({ cells, orderRow: first.row, lineRows: items.lineRows, parcels }, () => ({
    channelId: context.channelId,
    externalId: externalId!,
    status: mapped!.status,
    channelStatus,
    placedAt: placedAt!,
    updatedAt,
    currency: items.currency!,
    total: items.total,
    serviceLevel: first.text('ship-service-level'),
    paymentStatus: mapped!.paymentStatus,
    lines: items.lines,
    ...(items.unknown.length ? { unknown: items.unknown } : {}),
    shipTo: shipToOf(first, { city: 'ship-city', region: 'ship-state', postalCode: 'ship-postal-code', country: 'ship-country' }),
  }));
}

/** The All Orders report. */
export const amazonAllOrders: OrderFormat = {
  id: 'amazon-all-orders',
  title: 'Amazon All Orders report',
  marketplace: 'amazon',
  signature: [ORDER_ID, 'purchase-date', 'order-status', 'quantity'],
  rowsAdjacent: true,
  sources: {
    externalId: ORDER_ID,
    status: 'order-status',
    channelStatus: 'order-status',
    placedAt: 'purchase-date',
    updatedAt: 'last-updated-date',
    currency: 'currency',
    total: 'item-price',
    serviceLevel: 'ship-service-level',
    'shipTo.city': 'ship-city',
    'shipTo.region': 'ship-state',
    'shipTo.postalCode': 'ship-postal-code',
    'shipTo.country': 'ship-country',
    'lines.*.sku': 'sku',
    'lines.*.channelSku': 'sku',
    'lines.*.channelItemId': 'asin',
    'lines.*.title': 'product-name',
    'lines.*.quantity': 'quantity',
    'lines.*.unitPrice': 'item-price',
  },
  open: openByOrderKey(ORDER_ID, build),
};
