/**
 * Amazon's actionable merchant-fulfilled reports: the Unshipped Orders
 * report and the legacy New Orders report. Both are tab-separated, one row
 * per order item (order-id, order-item-id, quantity-purchased), with buyer
 * and full ship-to address. Unshipped has no prices (lines import at 0 and
 * the currency comes from the default) but a promise-date, used as ship-by;
 * New Orders has prices like the All Orders report.
 */
import { mapAmazonStatus } from '../status.js';
import { amazonReport } from './amazon-report.js';
import { compact } from './fields.js';
import type { OrderFormat } from './types.js';

const ORDER_ID = 'order-id';
const QUANTITY = 'quantity-purchased';
/** Every order in these reports is paid and waiting to ship. */
const CHANNEL_STATUS = 'Unshipped';
const MAPPED = mapAmazonStatus(CHANNEL_STATUS)!;
const SHIP_TO = {
  name: 'recipient-name',
  line1: 'ship-address-1',
  line2: 'ship-address-2',
  line3: 'ship-address-3',
  city: 'ship-city',
  region: 'ship-state',
  postalCode: 'ship-postal-code',
  country: 'ship-country',
  phone: ['ship-phone-number', 'buyer-phone-number'],
};

/** The Unshipped Orders report, and the legacy New Orders report read the same way. */
export const amazonUnshipped: OrderFormat = amazonReport({
  id: 'amazon-unshipped',
  title: 'Amazon Unshipped Orders / New Orders report',
  orderId: ORDER_ID,
  quantity: QUANTITY,
  signature: [ORDER_ID, 'order-item-id', 'purchase-date', QUANTITY],
  shipTo: SHIP_TO,
  sources: {
    placedAt: 'purchase-date',
    shipBy: 'promise-date',
    'buyer.name': 'buyer-name',
    'buyer.email': 'buyer-email',
    deliveryPromise: 'is-prime',
  },
  readOwn(first) {
    const placedAt = first.date('purchase-date', { required: true });
    const shipBy = first.date('promise-date');
    return () => ({
      status: MAPPED.status,
      channelStatus: CHANNEL_STATUS,
      placedAt: placedAt!,
      buyer: compact({ name: first.text('buyer-name'), email: first.email('buyer-email') }),
      // The report marks Prime orders in a column of its own, not in the service words.
      deliveryPromise: first.text('is-prime')?.toLowerCase() === 'true' ? 'prime' : undefined,
      shipBy,
      paymentStatus: MAPPED.paymentStatus,
    });
  },
});
