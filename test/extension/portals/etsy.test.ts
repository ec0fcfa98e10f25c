// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as etsy from '../../../extension/portals/etsy.js';
import { loadPage, pageOf } from './fixtures.js';

const etsyUrl = (path: string) => new URL(`https://www.etsy.com${path}`);
const ok = { partial: false, missing: [] };

const emily = {
  externalId: '3141592653', channelStatus: 'Not shipped', status: 'ready', paymentStatus: 'paid',
  placedAt: '2026-09-18T00:00:00.000Z', shipBy: '2026-09-22T00:00:00.000Z', serviceLevel: 'Standard Shipping',
  currency: 'USD', total: 4150, buyer: { name: 'Emily Rose', externalId: 'sunnyday88' },
  lines: [{ sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', quantity: 1, unitPrice: 3400 }],
  shipTo: { name: 'Emily Rose', line1: '88 Willow Lane', city: 'Portland', region: 'OR', postalCode: '97205', country: 'US' },
  ...ok,
};
const liam = {
  externalId: '3141592654', channelStatus: 'Not shipped', status: 'ready', paymentStatus: 'paid',
  placedAt: '2026-09-17T00:00:00.000Z', shipBy: '2026-09-21T00:00:00.000Z', serviceLevel: 'Standard International',
  currency: 'USD', total: 7999, buyer: { name: "Liam O'Brien", externalId: 'liamob' },
  lines: [
    { channelSku: '1234567891', title: 'Ceramic planter, small', quantity: 2, unitPrice: 1800 },
    { sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', quantity: 1, unitPrice: 3400 },
  ],
  shipTo: { name: "Liam O'Brien", line1: '401 King Street West', line2: 'Unit 5', city: 'Toronto', region: 'ON', postalCode: 'M5V 2T6', country: 'CA' },
  ...ok,
};

describe('Etsy pages', () => {
  it('knows sold orders, one open order and listings by their URLs', () => {
    expect(etsy.pageKind(etsyUrl('/your/orders/sold'))).toBe('orders');
    expect(etsy.pageKind(etsyUrl('/your/orders/sold/new?page=2'))).toBe('orders');
    expect(etsy.pageKind(etsyUrl('/your/orders/sold/completed'))).toBe('orders');
    expect(etsy.pageKind(etsyUrl('/your/orders/sold?order_id=3141592654'))).toBe('order');
    expect(etsy.pageKind(etsyUrl('/your/shops/me/tools/listings'))).toBe('listings');
  });

  it('has nothing to say about other Etsy pages', () => {
    expect(etsy.pageKind(etsyUrl('/your/shops/me/dashboard'))).toBeUndefined();
    expect(etsy.pageKind(etsyUrl('/listing/1234567890/mug'))).toBeUndefined();
    expect(etsy.pageKind(new URL('https://www.etsy.com.evil.example/your/orders/sold'))).toBeUndefined();
  });
});

describe('Etsy sold orders', () => {
  it('reads every order card with its items, buyer and structured address', () => {
    const { items, warnings, page } = etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyUrl('/your/orders/sold/new'));
    expect(warnings).toEqual([]);
    expect(page).toEqual({ current: 1, total: 10, totalItems: 48 });
    expect(items).toEqual([
      emily,
      liam,
      {
        externalId: '3141592655', channelStatus: 'Completed', status: 'shipped', paymentStatus: 'paid',
        placedAt: '2026-09-10T00:00:00.000Z', serviceLevel: 'Standard Shipping', currency: 'USD', total: 2700,
        buyer: { name: 'Noah Kim', externalId: 'noahk' },
        lines: [{ sku: 'SPOON-RST', channelSku: '1234567892', title: 'Glazed spoon rest', quantity: 1, unitPrice: 2100 }],
        shipTo: { name: 'Noah Kim', line1: '12 Birch Ave', city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' },
        ...ok,
      },
      {
        externalId: '3141592656', channelStatus: 'Canceled', status: 'cancelled',
        placedAt: '2026-09-09T00:00:00.000Z', serviceLevel: 'Standard Shipping', currency: 'USD', total: 3400,
        buyer: { name: 'Ava Patel', externalId: 'avap' },
        lines: [{ sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', quantity: 1, unitPrice: 3400 }],
        shipTo: { name: 'Ava Patel', line1: '9 Elm Court', city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
        ...ok,
      },
      {
        externalId: '3141592657', channelStatus: 'Payment processing', status: 'pending', paymentStatus: 'pending',
        serviceLevel: 'Express', currency: 'USD', total: 125000, buyer: { name: 'Zoe Martin', externalId: 'zoemartin' },
        lines: [{ sku: 'DIN-24', channelSku: '1234567893', title: 'Dinnerware set, 24 pieces', quantity: 1, unitPrice: 125000 }],
        shipTo: { name: 'Zoe Martin', line1: '77 Ocean Drive', city: 'Miami', region: 'FL', postalCode: '33139', country: 'US' },
        partial: true, missing: ['placedAt'],
      },
    ]);
  });

  it('reads only the order named by order_id when its panel is open', () => {
    expect(etsy.parseOrders(loadPage('etsy', 'order.html'), etsyUrl('/your/orders/sold?order_id=3141592654'))).toEqual({ items: [liam], warnings: [], page: {} });
    expect(etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyUrl('/your/orders/sold?order_id=3141592653')).items).toEqual([emily]);
  });

  it('puts a chip anchor on each order-number link', () => {
    const anchors = etsy.rowAnchors(loadPage('etsy', 'orders.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual([
      '3141592653', '3141592654', '3141592655', '3141592656', '3141592657',
    ]);
    expect(anchors.every((a) => a.anchor.textContent === `#${a.kind === 'order' ? a.externalId : ''}`)).toBe(true);
  });
});

describe('Etsy listings', () => {
  it('reads each listing by listing id with its SKU, and "Sold out" as zero in stock', () => {
    const { items, warnings, page } = etsy.parseListings(loadPage('etsy', 'listings.html'), etsyUrl('/your/shops/me/tools/listings'));
    expect(warnings).toEqual([]);
    expect(page).toEqual({ totalItems: 4 });
    expect(items).toEqual([
      { sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', listedQuantity: 12, price: 3400, currency: 'USD', ...ok },
      { channelSku: '1234567891', title: 'Ceramic planter, small', listedQuantity: 3, price: 1800, currency: 'USD', ...ok },
      { sku: 'SPOON-RST', channelSku: '1234567892', title: 'Glazed spoon rest', listedQuantity: 0, price: 2100, currency: 'USD', ...ok },
      { sku: 'DIN-24', channelSku: '1234567893', title: 'Dinnerware set, 24 pieces', listedQuantity: 1, price: 125000, currency: 'USD', ...ok },
    ]);
  });

  it('puts a chip anchor beside each stock line', () => {
    const anchors = etsy.rowAnchors(loadPage('etsy', 'listings.html'));
    expect(anchors.map((a) => (a.kind === 'listing' ? a.channelSku : a.externalId))).toEqual(['1234567890', '1234567891', '1234567892', '1234567893']);
    expect(anchors.map((a) => a.anchor.textContent)).toEqual(['12 in stock', '3 in stock', 'Sold out', '1 in stock']);
  });
});

describe('Etsy pages that are broken or not what was expected', () => {
  const url = etsyUrl('/your/orders/sold');

  it('marks an order partial when its address and status are gone', () => {
    const doc = loadPage('etsy', 'orders.html');
    doc.querySelector('.address')?.remove();
    doc.querySelector('.order-status')?.remove();
    const [first] = etsy.parseOrders(doc, url).items;
    expect(first).toEqual({ ...emily, channelStatus: undefined, status: undefined, paymentStatus: undefined, shipTo: undefined, partial: true, missing: ['channelStatus', 'status', 'shipTo'] });
  });

  it('drops an item whose quantity is unreadable and says so on the order', () => {
    const doc = loadPage('etsy', 'orders.html');
    const quantity = Array.from(doc.querySelectorAll('.order-item p')).find((p) => p.textContent === 'Quantity 1')!;
    quantity.textContent = 'Quantity: several';
    const [first] = etsy.parseOrders(doc, url).items;
    expect(first).toMatchObject({ lines: [], partial: true, missing: ['lines', 'lines.channelSku', 'lines.unitPrice', 'lines.quantity'] });
  });

  it('reports pages without orders or listings with warnings and nothing read', () => {
    const empty = pageOf('<section aria-label="orders"><p>No orders yet</p></section>');
    expect(etsy.parseOrders(empty, url)).toEqual({ items: [], warnings: ['no orders on the page'], page: {} });
    expect(etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyUrl('/your/orders/sold?order_id=1111111111')).warnings).toEqual([
      'order 1111111111 is not on the page',
    ]);
    const unrelated = pageOf('<h1>Your shop stats</h1>');
    expect(etsy.parseOrders(unrelated, url)).toEqual({ items: [], warnings: ['no orders section on the page'] });
    expect(etsy.parseOrders(unrelated, etsyUrl('/your/shops/me/stats'))).toEqual({ items: [], warnings: ['not an Etsy orders page: /your/shops/me/stats'] });
    expect(etsy.parseListings(unrelated, etsyUrl('/your/shops/me/tools/listings'))).toEqual({ items: [], warnings: ['no listings on the page'] });
    expect(etsy.rowAnchors(unrelated)).toEqual([]);
  });
});
