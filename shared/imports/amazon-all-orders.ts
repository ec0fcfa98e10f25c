/**
 * Amazon Seller Central's All Orders report (tab-separated flat file, one
 * row per order item, the amazon-order-id repeated on each). FBA orders
 * (fulfillment-channel `Amazon`) are kept like merchant ones; Pending
 * merchant orders have no prices yet and import with zero amounts.
 */
import { mapAmazonStatus } from '../status.js';
import { amazonReport } from './amazon-report.js';
import type { OrderFormat } from './types.js';

const ORDER_ID = 'amazon-order-id';
const QUANTITY = 'quantity';
/** The report gives no name, street or phone: only where the parcel went. */
const SHIP_TO = { city: 'ship-city', region: 'ship-state', postalCode: 'ship-postal-code', country: 'ship-country' };

/** The All Orders report. */
export const amazonAllOrders: OrderFormat = amazonReport({
  id: 'amazon-all-orders',
  title: 'Amazon All Orders report',
  orderId: ORDER_ID,
  quantity: QUANTITY,
  signature: [ORDER_ID, 'purchase-date', 'order-status', QUANTITY],
  shipTo: SHIP_TO,
  sources: {
    status: 'order-status',
    channelStatus: 'order-status',
    placedAt: 'purchase-date',
    updatedAt: 'last-updated-date',
  },
  readOwn(first) {
    const channelStatus = first.text('order-status', { required: true });
    const mapped = channelStatus === undefined ? undefined : mapAmazonStatus(channelStatus);
    if (channelStatus !== undefined && !mapped) first.fail('order-status', `"${channelStatus}" is not an Amazon order status`);
    const placedAt = first.date('purchase-date', { required: true });
    const updatedAt = first.date('last-updated-date');
    return () => ({ status: mapped!.status, channelStatus, placedAt: placedAt!, updatedAt, paymentStatus: mapped!.paymentStatus });
  },
});
