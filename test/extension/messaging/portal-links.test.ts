/** Links from an order back to its page in the portal it came from. */
import { describe, expect, test } from 'vitest';
import { portalOrderUrl, shopifyStoreOf } from '../../../extension/messaging/portal-links.js';

describe('the link back to the portal', () => {
  test('each portal links to its own order page', () => {
    expect(portalOrderUrl('amazon', '113-1234567-7654321')).toBe('https://sellercentral.amazon.com/orders-v3/order/113-1234567-7654321');
    expect(portalOrderUrl('ebay', '12-34567-89012')).toBe('https://www.ebay.com/sh/ord/details?orderid=12-34567-89012');
    expect(portalOrderUrl('etsy', '3141592653')).toBe('https://www.etsy.com/your/orders/sold?order_id=3141592653');
    expect(portalOrderUrl('walmart', '108829876543210')).toBe('https://seller.walmart.com/orders/manage-orders?poNumber=108829876543210');
  });

  test('Shopify opens the order when the store and numeric id are known, and searches for it otherwise', () => {
    expect(portalOrderUrl('shopify', '5512345678901', 'acme')).toBe('https://admin.shopify.com/store/acme/orders/5512345678901');
    expect(portalOrderUrl('shopify', '#1001', 'acme')).toBe('https://admin.shopify.com/store/acme/orders?query=1001');
    expect(portalOrderUrl('shopify', '#1001')).toBe('https://admin.shopify.com/orders?query=1001');
  });

  test('orders from channels without a portal have no link', () => {
    expect(portalOrderUrl('manual', 'M-1')).toBeNull();
    expect(portalOrderUrl('api', 'X')).toBeNull();
  });

  test('the Shopify store handle is read from admin addresses', () => {
    expect(shopifyStoreOf('https://admin.shopify.com/store/acme-goods/orders')).toBe('acme-goods');
    expect(shopifyStoreOf('https://acme-goods.myshopify.com/admin/orders')).toBe('acme-goods');
    expect(shopifyStoreOf('https://sellercentral.amazon.com/orders-v3')).toBeUndefined();
    expect(shopifyStoreOf(undefined)).toBeUndefined();
  });
});
