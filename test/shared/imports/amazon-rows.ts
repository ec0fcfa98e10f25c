/**
 * Amazon All Orders rows made to order, for the parser's tests and the
 * import route's: the header and row of bench/lib/amazon-report.ts, which
 * the import bench writes too, so all of them read the same file layout.
 */
import { ALL_ORDERS_COLUMNS, allOrdersRow } from '../../../bench/lib/amazon-report.js';

/** The All Orders report's header line. */
export const AMAZON_ALL_ORDERS_HEADER = ALL_ORDERS_COLUMNS.join('\t');

/** The columns Amazon's Unshipped and legacy New Orders reports open with: the order, buyer and item. */
export const AMAZON_UNSHIPPED_LEADING_COLUMNS = [
  'order-id',
  'order-item-id',
  'purchase-date',
  'payments-date',
  'buyer-email',
  'buyer-name',
  'buyer-phone-number',
  'sku',
  'product-name',
  'quantity-purchased',
] as const;

/** One All Orders row with the given id; the other cells are a shipped one-mug order to Seattle unless given. */
export function amazonAllOrdersRow(id: string, { quantity = '1', date = '2026-09-23T14:18:23-07:00', city = 'Seattle', status = 'Shipped', price = '10.00', title = 'Mug' } = {}): string {
  return allOrdersRow({
    orderId: id,
    purchased: date,
    updated: '2026-09-24T08:00:00-07:00',
    status,
    serviceLevel: 'Standard',
    title,
    sku: 'MUG-1',
    asin: 'B0MUG',
    quantity,
    price,
    shipping: '4.00',
    city,
    state: 'WA',
    zip: '98101',
  });
}
