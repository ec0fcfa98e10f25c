/**
 * Amazon Seller Central's All Orders report layout, shared by the import
 * bench and the import tests so both write the same file: its columns and
 * one item row.
 */

/** The report's columns, in the order Seller Central writes them. */
export const ALL_ORDERS_COLUMNS = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'order-channel',
  'ship-service-level',
  'product-name',
  'sku',
  'asin',
  'item-status',
  'quantity',
  'currency',
  'item-price',
  'item-tax',
  'shipping-price',
  'shipping-tax',
  'gift-wrap-price',
  'gift-wrap-tax',
  'item-promotion-discount',
  'ship-promotion-discount',
  'ship-city',
  'ship-state',
  'ship-postal-code',
  'ship-country',
  'promotion-ids',
  'is-business-order',
  'purchase-order-number',
  'price-designation',
] as const;

/** The cells of an item row that vary between rows, as the report prints them. */
export interface AllOrdersItem {
  orderId: string;
  purchased: string;
  updated: string;
  /** Printed as both the order's and the item's status. */
  status: string;
  serviceLevel: string;
  title: string;
  sku: string;
  asin: string;
  quantity: string;
  /** The line total (item-price). */
  price: string;
  shipping: string;
  city: string;
  state: string;
  zip: string;
}

/** One item row: a merchant-fulfilled Amazon.com item in US dollars, 0.80 tax, shipped in the US. */
export function allOrdersRow(item: AllOrdersItem): string {
  return [
    item.orderId,
    '',
    item.purchased,
    item.updated,
    item.status,
    'Merchant',
    'Amazon.com',
    '',
    item.serviceLevel,
    item.title,
    item.sku,
    item.asin,
    item.status,
    item.quantity,
    'USD',
    item.price,
    '0.80',
    item.shipping,
    '0.00',
    '',
    '',
    '',
    '',
    item.city,
    item.state,
    item.zip,
    'US',
    '',
    'false',
    '',
    '',
  ].join('\t');
}
