/**
 * Amazon All Orders rows made to order, for the parser's tests and the
 * import route's: one header and one row builder, so both read the same
 * file layout.
 */

/** The All Orders report's header line. */
export const AMAZON_ALL_ORDERS_HEADER =
  'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\torder-channel\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\tpromotion-ids\tis-business-order\tpurchase-order-number\tprice-designation';

/** One All Orders row with the given id; the other cells are a shipped one-mug order to Seattle unless given. */
export function amazonAllOrdersRow(id: string, { quantity = '1', date = '2026-09-23T14:18:23-07:00', city = 'Seattle', status = 'Shipped', price = '10.00', title = 'Mug' } = {}): string {
  return [
    id,
    '',
    date,
    '2026-09-24T08:00:00-07:00',
    status,
    'Merchant',
    'Amazon.com',
    '',
    'Standard',
    title,
    'MUG-1',
    'B0MUG',
    status,
    quantity,
    'USD',
    price,
    '0.80',
    '4.00',
    '0.00',
    '',
    '',
    '',
    '',
    city,
    'WA',
    '98101',
    'US',
    '',
    'false',
    '',
    '',
  ].join('\t');
}
