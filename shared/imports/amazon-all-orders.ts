/**
 * Amazon Seller Central's All Orders report (tab-separated flat file, one
 * row per order item, the amazon-order-id repeated on each). FBA orders
 * (fulfillment-channel `Amazon`) are kept like merchant ones; Pending
 * merchant orders have no prices yet and import with zero amounts.
 */
import { mapAmazonStatus } from '../status.js';
import { AMAZON_TRACKING, amazonItemFields, amazonItemSources, readAmazonItems } from './amazon-items.js';
import { draftOf, shipToOf, shipToSources } from './draft.js';
import { cellsOf, type Header, openByOrderKey } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, ImportContext, OrderFormat, SourceRow } from './types.js';

const ORDER_ID = 'amazon-order-id';
const QUANTITY = 'quantity';
/** The report gives no name, street or phone: only where the parcel went. */
const SHIP_TO = { city: 'ship-city', region: 'ship-state', postalCode: 'ship-postal-code', country: 'ship-country' };

function build(header: Header, rows: SourceRow[], context: ImportContext): BuildResult {
  const cells = cellsOf(header, rows);
  const first = cells[0]!;
  const externalId = first.text(ORDER_ID, { required: true });
  const channelStatus = first.text('order-status', { required: true });
  const mapped = channelStatus === undefined ? undefined : mapAmazonStatus(channelStatus);
  if (channelStatus !== undefined && !mapped) first.fail('order-status', `"${channelStatus}" is not an Amazon order status`);
  const placedAt = first.date('purchase-date', { required: true });
  const updatedAt = first.date('last-updated-date');
  const items = readAmazonItems(cells, QUANTITY, context);
  const parcels = readShipments(cells, AMAZON_TRACKING, first);
  if (items.errors.length) return { errors: items.errors };
  return draftOf({ cells, orderRow: first.row, lineRows: items.lineRows, parcels }, () => ({
    channelId: context.channelId,
    externalId: externalId!,
    status: mapped!.status,
    channelStatus,
    placedAt: placedAt!,
    updatedAt,
    ...amazonItemFields(items),
    serviceLevel: first.text('ship-service-level'),
    paymentStatus: mapped!.paymentStatus,
    shipTo: shipToOf(first, SHIP_TO),
  }));
}

/** The All Orders report. */
export const amazonAllOrders: OrderFormat = {
  id: 'amazon-all-orders',
  title: 'Amazon All Orders report',
  marketplace: 'amazon',
  signature: [ORDER_ID, 'purchase-date', 'order-status', QUANTITY],
  rowsAdjacent: true,
  sources: {
    externalId: ORDER_ID,
    status: 'order-status',
    channelStatus: 'order-status',
    placedAt: 'purchase-date',
    updatedAt: 'last-updated-date',
    serviceLevel: 'ship-service-level',
    ...shipToSources(SHIP_TO),
    ...amazonItemSources(QUANTITY),
  },
  open: openByOrderKey(ORDER_ID, build),
};
