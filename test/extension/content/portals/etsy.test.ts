// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { healthWords } from '../../../../extension/content/core/page-health.js';
import { readDocument } from '../../../../extension/content/core/page-read.js';
import { BUNDLED_PACKS } from '../../../../extension/content/portals/bundled-packs.js';
import * as etsy from '../../../../extension/content/portals/etsy.js';
import { useServedPacks } from '../../../../extension/content/portals/packs.js';
import { viaOf } from '../../../../extension/content/portals/strategies.js';
import type { PortalPack } from '../../../../shared/schemas/portal-pack.js';
import { loadPage, newerPack, pageHealth, pageOf, savedReading } from './fixtures.js';

const etsyUrl = (path: string) => new URL(`https://www.etsy.com${path}`);
const ok = { partial: false, missing: [] };

const emily = {
  externalId: '3141592653',
  channelStatus: 'Not shipped',
  status: 'ready',
  paymentStatus: 'paid',
  placedAt: '2026-09-18T00:00:00.000Z',
  placedAtPrecision: 'day',
  shipBy: '2026-09-22T00:00:00.000Z',
  serviceLevel: 'Standard Shipping',
  currency: '$',
  total: 4150,
  buyer: { name: 'Emily Rose', externalId: 'sunnyday88' },
  lines: [{ sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', quantity: 1, unitPrice: 3400 }],
  shipTo: { name: 'Emily Rose', line1: '88 Willow Lane', city: 'Portland', region: 'OR', postalCode: '97205', country: 'US' },
  ...ok,
};
const liam = {
  externalId: '3141592654',
  channelStatus: 'Not shipped',
  status: 'ready',
  paymentStatus: 'paid',
  placedAt: '2026-09-17T00:00:00.000Z',
  placedAtPrecision: 'day',
  shipBy: '2026-09-21T00:00:00.000Z',
  serviceLevel: 'Standard International',
  currency: '$',
  total: 7999,
  buyer: { name: "Liam O'Brien", externalId: 'liamob' },
  lines: [
    { channelSku: '1234567891', title: 'Ceramic planter, small', quantity: 2, unitPrice: 1800 },
    { sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', quantity: 1, unitPrice: 3400 },
  ],
  shipTo: { name: "Liam O'Brien", line1: '401 King Street West', line2: 'Unit 5', city: 'Toronto', region: 'ON', postalCode: 'M5V 2T6', country: 'CA' },
  ...ok,
};

describe('Etsy sold orders', () => {
  it('reads only the order named by order_id when its panel is open', () => {
    expect(etsy.parseOrders(loadPage('etsy', 'order.html'), etsyUrl('/your/orders/sold?order_id=3141592654'))).toEqual({ items: [liam], warnings: [], page: {} });
    expect(etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyUrl('/your/orders/sold?order_id=3141592653')).items).toEqual([emily]);
  });

  it('puts a chip anchor on each order-number link', () => {
    const anchors = etsy.rowAnchors(loadPage('etsy', 'orders.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual(['3141592653', '3141592654', '3141592655', '3141592656', '3141592657']);
    expect(anchors.every((a) => a.anchor.textContent === `#${a.kind === 'order' ? a.externalId : ''}`)).toBe(true);
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
    expect(etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyUrl('/your/orders/sold?order_id=1111111111')).warnings).toEqual(['order 1111111111 is not on the page']);
    const unrelated = pageOf('<h1>Your shop stats</h1>');
    expect(etsy.parseOrders(unrelated, url)).toEqual({ items: [], warnings: ['no orders section on the page'] });
    expect(etsy.parseOrders(unrelated, etsyUrl('/your/shops/me/stats'))).toEqual({ items: [], warnings: ['not an Etsy orders page: /your/shops/me/stats'] });
    expect(etsy.parseListings(unrelated, etsyUrl('/your/shops/me/tools/listings'))).toEqual({ items: [], warnings: ['no listings on the page'] });
    expect(etsy.rowAnchors(unrelated)).toEqual([]);
  });
});

const unread = ['channelStatus', 'status', 'currency', 'total', 'serviceLevel'];
const emilyLive = {
  externalId: '4172259915',
  placedAt: '2026-09-18T00:00:00.000Z',
  placedAtPrecision: 'day',
  shipBy: '2026-09-22T00:00:00.000Z',
  buyer: { name: 'Emily Rose' },
  lines: [{ sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', quantity: 1 }],
  shipTo: { name: 'Emily Rose', line1: '88 Willow Lane', city: 'Portland', region: 'OR', postalCode: '97205', country: 'US' },
  partial: true,
  missing: [...unread, 'lines.unitPrice'],
};
const liamLines = [
  { channelSku: '1234567891', title: 'Ceramic planter, small', quantity: 2 },
  { sku: 'MUG-SPK', channelSku: '1234567890', title: 'Hand-thrown ceramic mug, speckled', quantity: 1 },
];

describe('Etsy sold orders as the live page draws them', () => {
  const url = etsyUrl('/your/orders/sold/new');

  it('reads each order row: id from its link, buyer, items by their Quantity labels, and the collapsed address', () => {
    expect(etsy.parseOrders(loadPage('etsy', 'orders-live.html'), url)).toEqual(savedReading('etsy', 'orders-live'));
  });

  it('leaves unlabelled amounts, relative dates and dates without a year unread rather than guessed', () => {
    const [, liam] = etsy.parseOrders(loadPage('etsy', 'orders-live.html'), url).items;
    expect(liam?.total).toBeUndefined(); // "$79.99" beside the order number, unlabelled
    expect(liam?.placedAt).toBeUndefined(); // "2 hours ago"
    expect(liam?.shipBy).toBeUndefined(); // "Sep 21"
    expect(liam?.lines.map((l) => l.unitPrice)).toEqual([undefined, undefined]); // "$36.00" may be the line's total
  });

  it("says an order's lines are not all there when they do not come to the items its row counts", () => {
    const doc = loadPage('etsy', 'orders-live.html');
    doc.querySelector('[data-transaction-id="3390012203"]')!.remove(); // the mug of Liam's "3 items" not drawn yet
    const [, liam] = etsy.parseOrders(doc, url).items;
    expect(liam?.lines).toEqual([liamLines[0]]);
    expect(liam?.missing).toEqual(['placedAt', ...unread, 'lines.unitPrice', 'lines']);
  });

  it('takes order ids from link addresses only, never from the link text', () => {
    const doc = loadPage('etsy', 'orders-live.html');
    const link = doc.querySelector('a[href*="order_id=4172259915"]')!;
    link.textContent = '#9999999999';
    expect(etsy.parseOrders(doc, url).items.map((o) => o.externalId)).toEqual(['4172259915', '4172259916', '4172259917']);
    link.removeAttribute('href');
    expect(etsy.parseOrders(doc, url).items.map((o) => o.externalId)).toEqual(['4172259916', '4172259917']);
  });

  it('skips a row that links to two orders, whose values could belong to either', () => {
    const doc = loadPage('etsy', 'orders-live.html');
    const [first] = Array.from(doc.querySelectorAll('.panel-body-row'));
    first!.insertAdjacentHTML('beforeend', '<a href="/your/orders/sold?order_id=4172259916">Ships with #4172259916</a>');
    const { items, warnings } = etsy.parseOrders(doc, url);
    expect(warnings).toEqual(['order row 1 skipped: links to more than one order']);
    expect(items.map((o) => o.externalId)).toEqual(['4172259916', '4172259917']);
  });

  it("reads a German page in the seller's own order section, leaving an ambiguous date and a wordy quantity unread", () => {
    expect(etsy.parseOrders(loadPage('etsy', 'orders-live-de.html'), etsyUrl('/your/orders/sold/40213377'))).toEqual(savedReading('etsy', 'orders-live-de'));
  });

  it("adds the open order's panel: its address, shipping method and order total", () => {
    expect(etsy.parseOrders(loadPage('etsy', 'order-live.html'), etsyUrl('/your/orders/sold/new?order_id=4172259916'))).toEqual(savedReading('etsy', 'order-live'));
  });

  it("adds a German panel's address, shipping method and total to an order in the seller's own section", () => {
    expect(etsy.parseOrders(loadPage('etsy', 'order-live-de.html'), etsyUrl('/your/orders/sold/40213377?order_id=4188812035'))).toEqual(savedReading('etsy', 'order-live-de'));
  });

  it('does not take a panel that still shows another order', () => {
    const doc = loadPage('etsy', 'order-live.html');
    doc.querySelector('#order-panel-title')!.innerHTML = 'Order <a href="/your/orders/sold/new?order_id=4172259915">#4172259915</a>';
    const [liam] = etsy.parseOrders(doc, etsyUrl('/your/orders/sold/new?order_id=4172259916')).items;
    expect(liam).toMatchObject({ externalId: '4172259916', partial: true, missing: ['channelStatus', 'status', 'currency', 'total', 'serviceLevel', 'shipTo', 'lines.unitPrice'] });
    expect(liam?.shipTo).toBeUndefined();
  });

  it('puts one chip anchor on each order row, on its order link', () => {
    const anchors = etsy.rowAnchors(loadPage('etsy', 'orders-live.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual(['4172259915', '4172259916', '4172259917']);
    expect(anchors.map((a) => a.anchor.getAttribute('href'))).toEqual([
      '/your/orders/sold/new?order_id=4172259915',
      '/your/orders/sold/new?order_id=4172259916',
      'https://www.etsy.com/your/orders/sold/new?order_id=4172259917&ref=mcnav',
    ]);
    expect(etsy.rowAnchors(loadPage('etsy', 'orders-live-de.html')).map((a) => (a.kind === 'order' ? a.externalId : ''))).toEqual(['4188812034', '4188812035']);
  });
});

describe('Which Etsy shop a page belongs to', () => {
  it("is the shop Shop Manager's navigation links to, keyed by its lowercased name", () => {
    expect(etsy.account(loadPage('etsy', 'orders-live.html'), etsyUrl('/your/orders/sold/new'))).toEqual({ key: 'clayhousestudio', name: 'ClayHouseStudio' });
    expect(etsy.account(loadPage('etsy', 'orders-live-de.html'), etsyUrl('/your/orders/sold/40213377'))).toEqual({ key: 'toepferei42', name: 'Toepferei42' });
  });

  it('is unknown when the page links to no shop, or to two', () => {
    expect(etsy.account(loadPage('etsy', 'orders.html'), etsyUrl('/your/orders/sold'))).toBeUndefined();
    const two = pageOf('<nav><a href="https://www.etsy.com/shop/ClayHouseStudio">ClayHouseStudio</a><a href="https://www.etsy.com/shop/OtherShop">OtherShop</a></nav>');
    expect(etsy.account(two, etsyUrl('/your/orders/sold'))).toBeUndefined();
    expect(etsy.account(loadPage('etsy', 'orders-live.html'), new URL('https://www.etsy.com.evil.example/your/orders/sold'))).toBeUndefined();
  });
});

describe('Etsy reading by the pack', () => {
  const url = etsyUrl('/your/orders/sold/new');
  const bundled = BUNDLED_PACKS.etsy;
  const serve = (change: Partial<PortalPack>) => useServedPacks({ etsy: newerPack('etsy', change) });
  afterEach(() => useServedPacks({}));

  it("notes which strategy read each field: the live test id, or the older page's buyer link", () => {
    const [live] = etsy.parseOrders(loadPage('etsy', 'orders-live.html'), url).items;
    expect(viaOf(live!)).toEqual({
      'order.id': 0,
      'order.placedAt': 0,
      'order.shipBy': 0,
      'order.buyer': 0,
      'line.quantity': 0,
      'line.sku': 0,
      'line.channelSku': 0,
      'line.title': 0,
      'order.itemCount': 0,
    });
    const [old] = etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyUrl('/your/orders/sold')).items;
    expect(viaOf(old!)).toMatchObject({ 'order.buyer': 1, 'order.buyerId': 0, 'line.title': 1, 'line.unitPrice': 0 });
    const [panel] = etsy.parseOrders(loadPage('etsy', 'order-live.html'), etsyUrl('/your/orders/sold/new?order_id=4172259916')).items;
    expect(viaOf(panel!)).toMatchObject({ 'panel.total': 0, 'panel.serviceLevel': 0 });
  });

  it('reads a renamed buyer test id once a newer pack names it, without a new build', () => {
    const renamed = () => {
      const doc = loadPage('etsy', 'orders-live.html');
      for (const el of doc.querySelectorAll('button[data-dropdown-button] [data-test-id="unsanitize"]')) el.setAttribute('data-test-id', 'buyer-name');
      return doc;
    };
    const before = etsy.parseOrders(renamed(), url).items[0]!;
    expect(before.buyer).toBeUndefined();
    expect(before.missing).toEqual(['channelStatus', 'status', 'currency', 'total', 'buyer.name', 'serviceLevel', 'lines.unitPrice']);
    serve({ fields: { 'order.buyer': [{ by: 'css', css: "button[data-dropdown-button] [data-test-id='buyer-name']" }, ...bundled.fields['order.buyer']!] } });
    const after = etsy.parseOrders(renamed(), url).items[0]!;
    expect(after).toEqual(emilyLive);
    expect(viaOf(after)?.['order.buyer']).toBe(0);
  });

  it('reads a date under a label the pack did not know once a newer pack adds it', () => {
    const relabelled = () => {
      const doc = loadPage('etsy', 'orders-live.html');
      for (const el of doc.querySelectorAll('span')) if (el.textContent === 'Ordered') el.textContent = 'Purchased';
      return doc;
    };
    expect(etsy.parseOrders(relabelled(), url).items[0]).toEqual({ ...emilyLive, placedAt: undefined, placedAtPrecision: undefined, missing: ['placedAt', ...unread, 'lines.unitPrice'] });
    serve({ fields: { 'order.placedAt': [{ by: 'label', labels: ['Ordered', 'Purchased'] }] } });
    expect(etsy.parseOrders(relabelled(), url).items[0]).toEqual(emilyLive);
  });

  it('knows a new URL shape of order sections once a newer pack routes it', () => {
    const moved = etsyUrl('/your/orders/sold/sections/40213377');
    expect(etsy.pageKind(moved)).toBeUndefined();
    serve({ routes: [...bundled.routes, { kind: 'orders', path: '^/your/orders/sold/sections/\\d{1,12}/?$' }] });
    expect(etsy.pageKind(moved)).toBe('orders');
    expect(etsy.parseOrders(loadPage('etsy', 'orders-live-de.html'), moved).items.map((o) => o.externalId)).toEqual(['4188812034', '4188812035']);
  });
});

describe('How much of a Etsy page was read', () => {
  const healthOf = (file: string, url: string) => pageHealth(etsy, file, url);

  it('says a live page is not fully read while its rows print no status, rather than guessing one', () => {
    const health = healthOf('orders-live.html', 'https://www.etsy.com/your/orders/sold/new');
    expect(health).toMatchObject({ ok: false, unread: 3, fieldsMissing: { status: 3, total: 3, 'lines.unitPrice': 3 } });
    expect(healthWords(health)).toBe("Orderlens can't fully read this page (0 of 3 orders)");
  });

  it('counts an order row that could not be read against the page', () => {
    const doc = loadPage('etsy', 'orders-live.html');
    doc.querySelector('.panel-body-row')!.insertAdjacentHTML('beforeend', '<a href="/your/orders/sold?order_id=4172259916">#4172259916</a>');
    const url = new URL('https://www.etsy.com/your/orders/sold/new');
    const health = readDocument(etsy, doc, url, 'orders').health;
    expect(health).toMatchObject({ idsSeen: 3, rowsRead: 2, rowsSkipped: 1 });
    expect(healthWords(health)).toBe("Orderlens can't fully read this page (0 of 3 orders)");
  });
});
