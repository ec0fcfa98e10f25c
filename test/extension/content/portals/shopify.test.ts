// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import { loadPage, pageOf } from './fixtures.js';

const admin = (path: string) => new URL(`https://admin.shopify.com/store/acme-goods${path}`);
const ok = { partial: false, missing: [] };

describe('Shopify orders list', () => {
  it('puts a chip anchor on each order-name link', () => {
    const anchors = shopify.rowAnchors(loadPage('shopify', 'orders.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual(['#1001', '#1002', '#1003', '#1004', '#1005']);
    expect(anchors.map((a) => a.anchor.getAttribute('href'))).toEqual([1, 2, 3, 4, 5].map((n) => `/store/acme-goods/orders/601234567890${n}`));
  });
});

describe('Shopify inventory', () => {
  it('reads variant prices when the table has a price column, as on a product page', () => {
    const doc = pageOf(`<main><h1>Organic Cotton Tee</h1><table>
      <thead><tr><th>Variant</th><th>Price</th><th>Available</th><th>SKU</th></tr></thead>
      <tbody><tr><td><a href="/store/acme-goods/products/8123456789012/variants/45123456789012">Black / M</a></td>
      <td><input value="22.00" aria-label="Price"> $</td><td>18</td><td>TEE-ORG-BLK-M</td></tr></tbody></table></main>`);
    expect(shopify.parseListings(doc, admin('/products/8123456789012')).items).toEqual([
      { channelSku: '45123456789012', sku: 'TEE-ORG-BLK-M', title: 'Black / M', listedQuantity: 18, price: undefined, currency: undefined, ...ok },
    ]);
    doc.querySelector('input')!.setAttribute('value', '$22.00');
    expect(shopify.parseListings(doc, admin('/products/8123456789012')).items[0]).toMatchObject({ price: 2200, currency: '$' });
  });
});

describe('Shopify pages that are broken or not what was expected', () => {
  it('marks an order partial when the payment card and address are gone', () => {
    const doc = loadPage('shopify', 'order.html');
    doc.querySelector('[aria-label="Payment"]')?.remove();
    doc.querySelector('address')?.remove();
    const [order] = shopify.parseOrders(doc, admin('/orders/6012345678901')).items;
    expect(order).toMatchObject({ externalId: '#1001', total: undefined, shipTo: undefined, partial: true, missing: ['currency', 'total', 'shipTo'] });
  });

  it('keeps badge words it does not know as the channel status without a unified status', () => {
    const doc = loadPage('shopify', 'orders.html');
    const badge = doc.querySelector('tbody tr td:nth-child(7) [class*="Polaris-Badge"] span:last-child')!;
    badge.textContent = 'Awaiting review';
    const fulfillment = doc.querySelector('tbody tr td:nth-child(8) [class*="Polaris-Badge"] span:last-child')!;
    fulfillment.textContent = 'Ready for pickup';
    const [first] = shopify.parseOrders(doc, admin('/orders')).items;
    expect(first).toMatchObject({ channelStatus: 'Awaiting review, Ready for pickup', status: undefined, partial: true, missing: ['status'] });
  });

  it('reports empty and unrelated pages with warnings and nothing read', () => {
    const empty = pageOf('<main><h1>Orders</h1><p>Your orders will show here</p></main>');
    expect(shopify.parseOrders(empty, admin('/orders'))).toEqual({ items: [], warnings: ['no order rows on the page'] });
    expect(shopify.parseOrders(empty, admin('/orders/6012345678901'))).toEqual({ items: [], warnings: ['no order on the page'] });
    expect(shopify.parseOrders(empty, admin('/customers'))).toEqual({ items: [], warnings: ['not a Shopify orders page: /store/acme-goods/customers'] });
    expect(shopify.parseListings(empty, admin('/products/inventory'))).toEqual({ items: [], warnings: ['no variant rows on the page'] });
    expect(shopify.rowAnchors(empty)).toEqual([]);
  });
});
