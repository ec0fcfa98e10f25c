/**
 * The portals in the seller's words, and the link from an order back to its
 * page in the portal it came from.
 */
import type { PortalId } from '../content/portals/types.js';

/** Each portal's name: short (a channel name) and full (a switch label). */
export const PORTAL_NAMES: Readonly<Record<PortalId, { short: string; full: string }>> = {
  amazon: { short: 'Amazon', full: 'Amazon Seller Central' },
  ebay: { short: 'eBay', full: 'eBay Seller Hub' },
  etsy: { short: 'Etsy', full: 'Etsy Shop Manager' },
  shopify: { short: 'Shopify', full: 'Shopify admin' },
  walmart: { short: 'Walmart', full: 'Walmart Seller Center' },
};

/** The portals, in the order they are listed to the seller. */
export const PORTALS = Object.keys(PORTAL_NAMES) as PortalId[];

/** True for a channel kind that is one of the five portals. */
export function isPortal(kind: string): kind is PortalId {
  return kind in PORTAL_NAMES;
}

/**
 * The order's page in its portal, or null for channels without one (manual,
 * api). Shopify's admin addresses orders by a numeric id and lives under the
 * store's handle: with both known the link opens the order, otherwise the
 * orders list searched for the order number.
 */
export function portalOrderUrl(kind: string, externalId: string, shopifyStore = ''): string | null {
  const id = encodeURIComponent(externalId);
  switch (kind) {
    case 'amazon':
      return `https://sellercentral.amazon.com/orders-v3/order/${id}`;
    case 'ebay':
      return `https://www.ebay.com/sh/ord/details?orderid=${id}`;
    case 'etsy':
      return `https://www.etsy.com/your/orders/sold?order_id=${id}`;
    case 'walmart':
      return `https://seller.walmart.com/orders/manage-orders?poNumber=${id}`;
    case 'shopify': {
      const admin = shopifyStore ? `https://admin.shopify.com/store/${encodeURIComponent(shopifyStore)}` : 'https://admin.shopify.com';
      if (shopifyStore && /^\d{6,}$/.test(externalId)) return `${admin}/orders/${externalId}`;
      return `${admin}/orders?query=${encodeURIComponent(externalId.replace(/^#/, ''))}`;
    }
    default:
      return null;
  }
}

/** The Shopify store handle in an admin URL (`admin.shopify.com/store/<handle>/…` or `<handle>.myshopify.com/admin`). */
export function shopifyStoreOf(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  try {
    const url = new URL(pageUrl);
    if (url.hostname === 'admin.shopify.com') return /^\/store\/([^/]+)/.exec(url.pathname)?.[1];
    return /^([a-z0-9-]+)\.myshopify\.com$/.exec(url.hostname)?.[1];
  } catch {
    return undefined;
  }
}
