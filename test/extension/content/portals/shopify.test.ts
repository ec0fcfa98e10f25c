// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import { loadPage, pageOf } from './fixtures.js';

const admin = (path: string) => new URL(`https://admin.shopify.com/store/acme-goods${path}`);
const ok = { partial: false, missing: [] };

describe('Shopify admin pages', () => {
  it('knows orders, one order, inventory and product pages by their URLs, old and new', () => {
    expect(shopify.pageKind(admin('/orders'))).toBe('orders');
    expect(shopify.pageKind(admin('/orders?status=open&inContextTimeframe=none'))).toBe('orders');
    expect(shopify.pageKind(admin('/orders/6012345678901'))).toBe('order');
    expect(shopify.pageKind(admin('/products/inventory?location_id=1'))).toBe('listings');
    expect(shopify.pageKind(admin('/products/8123456789012'))).toBe('listings');
    expect(shopify.pageKind(new URL('https://acme-goods.myshopify.com/admin/orders/6012345678901'))).toBe('order');
    expect(shopify.pageKind(new URL('https://acme-goods.myshopify.com/admin/orders'))).toBe('orders');
  });

  it('has nothing to say about other admin pages or storefronts', () => {
    expect(shopify.pageKind(admin('/customers'))).toBeUndefined();
    expect(shopify.pageKind(admin('/orders/drafts'))).toBeUndefined();
    expect(shopify.pageKind(new URL('https://acme-goods.myshopify.com/products/tee'))).toBeUndefined();
    expect(shopify.pageKind(new URL('https://shopify.com/store/acme-goods/orders'))).toBeUndefined();
  });
});

describe('Shopify orders list', () => {
  it('reads each order by its name, with both status badges and no screen-reader words', () => {
    const { items, warnings } = shopify.parseOrders(loadPage('shopify', 'orders.html'), admin('/orders'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        externalId: '#1001',
        channelStatus: 'Paid, Unfulfilled',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T00:00:00.000Z',
        serviceLevel: 'Standard',
        currency: '$',
        total: 5650,
        buyer: { name: 'Jane Smith' },
        lines: [],
        ...ok,
      },
      {
        externalId: '#1002',
        channelStatus: 'Payment pending, Unfulfilled',
        status: 'pending',
        paymentStatus: 'pending',
        placedAt: '2026-09-18T00:00:00.000Z',
        serviceLevel: 'Express',
        currency: '$',
        total: 120400,
        buyer: { name: 'Carlos Méndez' },
        lines: [],
        ...ok,
      },
      {
        externalId: '#1003',
        channelStatus: 'Paid, Fulfilled',
        status: 'shipped',
        paymentStatus: 'paid',
        serviceLevel: 'Standard',
        currency: '$',
        total: 2200,
        buyer: { name: 'Priya Natarajan' },
        lines: [],
        partial: true,
        missing: ['placedAt'],
      },
      {
        externalId: '#1004',
        channelStatus: 'Voided, Unfulfilled',
        status: 'cancelled',
        paymentStatus: 'pending',
        placedAt: '2026-09-10T00:00:00.000Z',
        serviceLevel: 'Standard',
        currency: '$',
        total: 0,
        buyer: { name: "Tom O'Neill" },
        lines: [],
        ...ok,
      },
      {
        externalId: '#1005',
        channelStatus: 'Partially refunded, Partially fulfilled',
        status: 'partially_shipped',
        paymentStatus: 'partially_refunded',
        placedAt: '2026-09-09T00:00:00.000Z',
        serviceLevel: 'Local delivery',
        currency: '$',
        total: 8800,
        lines: [],
        ...ok,
      },
    ]);
  });

  it('puts a chip anchor on each order-name link', () => {
    const anchors = shopify.rowAnchors(loadPage('shopify', 'orders.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual(['#1001', '#1002', '#1003', '#1004', '#1005']);
    expect(anchors.map((a) => a.anchor.getAttribute('href'))).toEqual([1, 2, 3, 4, 5].map((n) => `/store/acme-goods/orders/601234567890${n}`));
  });
});

describe('Shopify order page', () => {
  it('reads the order with its line items, customer and shipping address', () => {
    const { items, warnings } = shopify.parseOrders(loadPage('shopify', 'order.html'), admin('/orders/6012345678901'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        externalId: '#1001',
        channelStatus: 'Paid, Unfulfilled',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T00:00:00.000Z',
        serviceLevel: 'Standard',
        currency: '$',
        total: 5650,
        buyer: { name: 'Jane Smith', email: 'jane.smith@example.com', externalId: '7123456789012' },
        lines: [
          { sku: 'TEE-ORG-BLK-M', channelSku: '45123456789012', title: 'Organic Cotton Tee - Black / M', quantity: 2, unitPrice: 2200 },
          { sku: 'TOTE-NAT', channelSku: '45123456789020', title: 'Canvas Tote Bag - Natural', quantity: 1, unitPrice: 1200 },
        ],
        shipTo: {
          name: 'Jane Smith',
          line1: '1200 Elm Street',
          line2: 'Apt 4B',
          city: 'San Francisco',
          region: 'CA',
          postalCode: '94103',
          country: 'US',
          phone: '+1 415-555-0134',
        },
        ...ok,
      },
    ]);
  });
});

describe('Shopify inventory', () => {
  it('reads each variant by id with its SKU and available quantity, negative when oversold', () => {
    const { items, warnings } = shopify.parseListings(loadPage('shopify', 'listings.html'), admin('/products/inventory'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      { channelSku: '45123456789012', sku: 'TEE-ORG-BLK-M', title: 'Organic Cotton Tee - Black / M', listedQuantity: 18, ...ok },
      { channelSku: '45123456789013', sku: 'TEE-ORG-BLK-L', title: 'Organic Cotton Tee - Black / L', listedQuantity: 0, ...ok },
      { channelSku: '45123456789020', sku: 'TOTE-NAT', title: 'Canvas Tote Bag - Natural', listedQuantity: -2, ...ok },
      { channelSku: '45123456789030', title: 'Gift Card - $25', partial: true, missing: ['listedQuantity'] },
    ]);
  });

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

  it('puts a chip anchor beside each Available cell', () => {
    const anchors = shopify.rowAnchors(loadPage('shopify', 'listings.html'));
    expect(anchors.map((a) => (a.kind === 'listing' ? a.channelSku : a.externalId))).toEqual(['45123456789012', '45123456789013', '45123456789020', '45123456789030']);
    expect(anchors.every((a) => a.anchor.localName === 'td')).toBe(true);
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
