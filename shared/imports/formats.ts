/**
 * The registry of order-file formats, in the order `format=auto` tries them
 * (more specific signatures first: the Etsy items file also has the orders
 * file's Sale Date and Order ID).
 */
import { amazonAllOrders } from './amazon-all-orders.js';
import { amazonUnshipped } from './amazon-unshipped.js';
import { ebayOrders } from './ebay-orders.js';
import { etsySoldOrderItems, etsySoldOrders } from './etsy-sold-orders.js';
import { shopifyOrders } from './shopify-orders.js';
import type { FormatId, OrderFormat } from './types.js';
import { walmartOrders } from './walmart-orders.js';

/** Every format, keyed by id. */
export const FORMATS: Readonly<Record<FormatId, OrderFormat>> = {
  'amazon-all-orders': amazonAllOrders,
  'amazon-unshipped': amazonUnshipped,
  'shopify-orders': shopifyOrders,
  'ebay-orders': ebayOrders,
  'etsy-sold-order-items': etsySoldOrderItems,
  'etsy-sold-orders': etsySoldOrders,
  'walmart-orders': walmartOrders,
};
