/** What goes into the next upload file, decided without the database. */

/** A listing's figures as the quantity file weighs them. */
export interface QuantityFacts {
  availableToSell: number;
  /** What the portal last showed, when seen. */
  listed: number | null;
  /** What the last uploaded file sent, when one did. */
  sent: number | null;
}

/**
 * A listing needs sending when the marketplace may show something other
 * than available-to-sell: neither the portal's last sighting nor the last
 * value sent equals it. `all` sends every listing.
 */
export const needsSending = (f: QuantityFacts, all: boolean) => all || (f.availableToSell !== f.listed && f.availableToSell !== f.sent);

/** A listing as the marketplace's file needs to address it. */
export interface ListingKeys {
  itemId: string | null;
  needsSku: boolean;
}

/**
 * Why a listing cannot go in its channel's quantity file, if it cannot:
 * Amazon's file keys by seller SKU, eBay's revise rows need the item
 * number, Shopify's rows the product handle.
 */
export function missingKey(kind: string, l: ListingKeys): string | null {
  if (kind === 'amazon' && l.needsSku) return 'keyed by ASIN; its seller SKU is unknown';
  if (kind === 'ebay' && !l.itemId) return 'no eBay item number';
  if (kind === 'shopify' && !l.itemId) return 'no Shopify product handle';
  return null;
}

/**
 * Portal status words (lowercased) that mean the marketplace still waits
 * for a shipment, across marketplaces; any other word is not read as one.
 */
export const PORTAL_UNSHIPPED = ['unshipped', 'awaiting shipment', 'awaiting_shipment', 'not_started', 'unfulfilled', 'acknowledged', 'created', 'paid'];

/** Portal status words (lowercased) that mean the marketplace cancelled the order. */
export const PORTAL_CANCELLED = ['cancelled', 'canceled'];

/** Book statuses in which the order has gone out. */
export const BOOK_SHIPPED = ['shipped', 'delivered'];

/** Book statuses in which the order still holds (or waits for) stock. */
export const BOOK_OPEN = ['unknown', 'pending', 'on_hold', 'ready', 'in_progress'];
