/**
 * Amazon's actionable merchant-fulfilled reports: the Unshipped Orders
 * report and the legacy New Orders report. Both are tab-separated, one row
 * per order item (order-id, order-item-id, quantity-purchased), with buyer
 * and full ship-to address. Unshipped has no prices (lines import at 0 and
 * the currency comes from the default) but a promise-date, used as ship-by;
 * New Orders has prices like the All Orders report.
 */
import { mapAmazonStatus } from '../status.js';
import { AMAZON_TRACKING, amazonItemFields, amazonItemSources, readAmazonItems } from './amazon-items.js';
import { draftOf, shipToOf, shipToSources } from './draft.js';
import { cellsOf, compact, type Header, openByOrderKey } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, ImportContext, OrderFormat, SourceRow } from './types.js';

const ORDER_ID = 'order-id';
const QUANTITY = 'quantity-purchased';
/** Every order in these reports is paid and waiting to ship. */
const CHANNEL_STATUS = 'Unshipped';
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

function build(header: Header, rows: SourceRow[], context: ImportContext): BuildResult {
  const cells = cellsOf(header, rows);
  const first = cells[0]!;
  const externalId = first.text(ORDER_ID, { required: true });
  const placedAt = first.date('purchase-date', { required: true });
  const shipBy = first.date('promise-date');
  const items = readAmazonItems(cells, QUANTITY, context);
  const parcels = readShipments(cells, AMAZON_TRACKING, first);
  if (items.errors.length) return { errors: items.errors };
  const mapped = mapAmazonStatus(CHANNEL_STATUS)!;
  return draftOf({ cells, orderRow: first.row, lineRows: items.lineRows, parcels }, () => ({
    channelId: context.channelId,
    externalId: externalId!,
    status: mapped.status,
    channelStatus: CHANNEL_STATUS,
    placedAt: placedAt!,
    ...amazonItemFields(items),
    buyer: compact({ name: first.text('buyer-name'), email: first.email('buyer-email') }),
    serviceLevel: first.text('ship-service-level'),
    // The report marks Prime orders in a column of its own, not in the service words.
    deliveryPromise: first.text('is-prime')?.toLowerCase() === 'true' ? 'prime' : undefined,
    shipBy,
    paymentStatus: mapped.paymentStatus,
    shipTo: shipToOf(first, SHIP_TO),
  }));
}

/** The Unshipped Orders report, and the legacy New Orders report read the same way. */
export const amazonUnshipped: OrderFormat = {
  id: 'amazon-unshipped',
  title: 'Amazon Unshipped Orders / New Orders report',
  marketplace: 'amazon',
  signature: [ORDER_ID, 'order-item-id', 'purchase-date', QUANTITY],
  rowsAdjacent: true,
  sources: {
    externalId: ORDER_ID,
    placedAt: 'purchase-date',
    shipBy: 'promise-date',
    'buyer.name': 'buyer-name',
    'buyer.email': 'buyer-email',
    serviceLevel: 'ship-service-level',
    deliveryPromise: 'is-prime',
    ...shipToSources(SHIP_TO),
    ...amazonItemSources(QUANTITY),
  },
  open: openByOrderKey(ORDER_ID, build),
};
