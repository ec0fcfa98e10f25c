// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../../extension/content/portals/amazon.js';
import { viaOf } from '../../../../extension/content/portals/strategies.js';
import { loadPage, pageOf, savedReading } from './fixtures.js';

const us = (path: string) => new URL(`https://sellercentral.amazon.com${path}`);
const de = (path: string) => new URL(`https://sellercentral.amazon.de${path}`);
const ok = { partial: false, missing: [] };

describe('Amazon Manage Orders', () => {
  it('puts a chip anchor on each order-number link', () => {
    const anchors = amazon.rowAnchors(loadPage('amazon', 'orders.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual([
      '113-4567890-1234567',
      '114-2345678-9012345',
      '112-8765432-1098765',
      '111-0000000-7654321',
      '113-9988776-5544332',
      '114-1122334-4556677',
    ]);
    expect(anchors.every((a) => a.kind === 'order' && a.anchor.localName === 'a')).toBe(true);
  });
});

describe('Amazon order details', () => {
  it('marks the order partial when the items table and totals are not in the light DOM', () => {
    const doc = loadPage('amazon', 'order.html');
    doc.querySelector('kat-table')?.remove();
    doc.querySelector('[data-test-id="order-totals"]')?.remove();
    const { items } = amazon.parseOrders(doc, us('/orders-v3/order/113-4567890-1234567'));
    expect(items[0]?.lines).toEqual([]);
    expect(items[0]?.partial).toBe(true);
    expect(items[0]?.missing).toEqual(['lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice', 'currency', 'total']);
  });
});

describe('Amazon pages that are broken or not what was expected', () => {
  const url = us('/orders-v3');

  it('reads the buyer from its link when the row prints the name without its label', () => {
    const doc = loadPage('amazon', 'orders.html');
    const link = doc.querySelector('[data-test-id="buyer-name-with-link"]')!;
    link.parentElement!.replaceChildren(link);
    const { items } = amazon.parseOrders(doc, url);
    expect(items[0]?.buyer).toEqual({ name: 'Jane Smith' });
  });

  it('reads the page counter from the pagination list alone when the page has no pagination block', () => {
    const doc = loadPage('amazon', 'orders.html');
    const block = doc.querySelector('.myo-pagination')!;
    const list = block.querySelector('.a-pagination')!;
    list.prepend(Object.assign(doc.createElement('li'), { textContent: 'Page 3 of 4' }));
    block.replaceWith(list);
    expect(amazon.parseOrders(doc, us('/orders-v3')).page).toEqual({ current: 3, total: 4, totalItems: 132 });
  });

  it('marks a row with missing columns partial instead of failing', () => {
    const doc = loadPage('amazon', 'orders.html');
    const row = doc.querySelector('#orders-table > tbody > tr')!;
    row.querySelector('[data-test-id="oth-product-info"]')?.remove();
    row.querySelector('[data-test-id="oth-order-status"]')?.remove();
    const { items } = amazon.parseOrders(doc, url);
    expect(items[0]).toEqual({
      externalId: '113-4567890-1234567',
      placedAt: '2026-09-18T21:31:00.000Z',
      shipBy: '2026-09-21T00:00:00.000Z',
      serviceLevel: 'Standard',
      buyer: { name: 'Jane Smith' },
      lines: [],
      partial: true,
      missing: ['channelStatus', 'status', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice'],
    });
    expect(items).toHaveLength(6);
  });

  it('reads an order number from its link when the link prints other words', () => {
    const doc = loadPage('amazon', 'orders.html');
    doc.querySelector('.cell-body-title a')!.textContent = 'View order';
    const { items, warnings } = amazon.parseOrders(doc, url);
    expect(warnings).toEqual([]);
    expect(items[0]?.externalId).toBe('113-4567890-1234567');
  });

  it('skips a row whose order number is unreadable, with a warning', () => {
    const doc = loadPage('amazon', 'orders.html');
    const link = doc.querySelector('.cell-body-title a')!;
    link.textContent = 'View order';
    link.removeAttribute('href');
    const { items, warnings } = amazon.parseOrders(doc, url);
    expect(items.map((o) => o.externalId)).toHaveLength(5);
    expect(warnings).toEqual(['order row 1 skipped: no order number']);
  });

  it('reports an empty orders table, a loading page and an unrelated page with warnings and no orders', () => {
    const empty = pageOf('<table id="orders-table"><thead><tr><th>Order date</th></tr></thead><tbody></tbody></table>');
    expect(amazon.parseOrders(empty, url)).toEqual({ items: [], warnings: ['no order rows on the page'], page: {} });
    const loading = pageOf('<div id="apploading">Loading…</div>');
    expect(amazon.parseOrders(loading, url).warnings).toEqual(['orders are still loading']);
    const unrelated = pageOf('<h1>Welcome to Seller Central</h1><p>Today 2:31 PM</p>');
    expect(amazon.parseOrders(unrelated, us('/home'))).toEqual({ items: [], warnings: ['not an Amazon orders page: /home'] });
    expect(amazon.parseListings(unrelated, us('/myinventory/inventory'))).toEqual({ items: [], warnings: ['no inventory table on the page'], page: {} });
    expect(amazon.parseOrders(unrelated, us('/orders-v3/order/113-4567890-1234567'))).toEqual({ items: [], warnings: ['no order details on the page'] });
    expect(amazon.rowAnchors(unrelated)).toEqual([]);
  });

  it('warns about an extra item row that has no order above it', () => {
    const doc = loadPage('amazon', 'orders.html');
    const rows = doc.querySelectorAll('#orders-table > tbody > tr');
    rows[0]!.before(rows[2]!);
    const { items, warnings } = amazon.parseOrders(doc, url);
    expect(warnings).toEqual(['order row 1 skipped: an item row with no order above it']);
    expect(items[1]?.lines).toHaveLength(1);
  });
});

describe('Amazon Manage Inventory', () => {
  it('reads the ASIN printed under the title, and after its label elsewhere in the row when the title has none', () => {
    const page = pageOf(`<table id="inventory-table"><thead><tr><th>Status</th><th>SKU</th><th>Product name</th><th>Available</th></tr></thead><tbody>
      <tr><td>Active</td><td>A-1</td><td><a href="#">Board</a><div>ASIN: B000000001</div></td><td>4</td></tr>
      <tr><td>Active <span>ASIN: B000000009</span></td><td>B-2</td><td><a href="#">Wraps</a></td><td>2</td></tr>
    </tbody></table>`);
    expect(amazon.parseListings(page, us('/myinventory/inventory')).items.map((l) => [l.channelSku, l.itemId])).toEqual([
      ['A-1', 'B000000001'],
      ['B-2', 'B000000009'],
    ]);
  });
});

describe('Amazon pages as public readers of the live site see them', () => {
  it('finds the status within the row when its cell carries no test id, and never calls a shipped order unpaid', () => {
    const { items, warnings, page } = amazon.parseOrders(loadPage('amazon', 'orders-live.html'), us('/orders-v3'));
    expect(warnings).toEqual([]);
    expect(page).toEqual({ totalItems: 5 });
    expect(items.map((o) => [o.externalId, o.channelStatus, o.status, o.paymentStatus])).toEqual([
      ['113-1000001-2000001', 'Shipped', 'shipped', 'paid'],
      ['113-1000002-2000002', 'Canceled', 'cancelled', undefined],
      ['113-1000003-2000003', 'Unshipped', 'ready', 'paid'],
      ['113-1000004-2000004', 'Pending', 'pending', 'pending'],
      // A word the status model does not know is kept as the portal's word; our status is unknown.
      ['113-1000005-2000005', 'Label purchased', undefined, undefined],
    ]);
    expect(items[4]?.missing).toEqual(['status']);
    expect(items[0]).toMatchObject({
      placedAt: '2026-09-17T23:12:00.000Z',
      shipBy: '2026-09-19T00:00:00.000Z',
      serviceLevel: 'Standard',
      buyer: { name: 'Ava Thompson' },
      currency: 'USD',
      lines: [{ sku: 'CIS-10', channelSku: 'CIS-10', channelItemId: 'B0CI10SKL1', title: 'Cast Iron Skillet, 10 inch', quantity: 1, unitPrice: 3995 }],
      ...ok,
    });
    expect(items[2]?.lines).toEqual([
      { sku: 'BCB-L-001', channelSku: 'BCB-L-001', channelItemId: 'B07XJ8C8F5', title: 'Bamboo Cutting Board, Large', quantity: 1, unitPrice: 2499 },
      { sku: 'CPB-5', channelSku: 'CPB-5', channelItemId: 'B09MNB4L2X', title: 'Cotton Produce Bags, 5 pack', quantity: 1, unitPrice: 1250 },
    ]);
    expect(items[3]).toMatchObject({ shipBy: undefined, partial: false });
  });

  it('records which strategy read each field: the status by class, since the cell has no test id', () => {
    const { items } = amazon.parseOrders(loadPage('amazon', 'orders-live.html'), us('/orders-v3'));
    expect(viaOf(items[0]!)).toEqual({ 'list.orderId': 0, 'list.buyer': 0, 'list.status': 1, 'list.placedAt': 0, 'list.shipBy': 0, 'list.serviceLevel': 0 });
    const saved = amazon.parseOrders(loadPage('amazon', 'orders.html'), us('/orders-v3'));
    expect(viaOf(saved.items[0]!)?.['list.status']).toBe(0);
  });

  it('reads Amazon.de as seen live: German labels and status words, euro amounts', () => {
    expect(amazon.parseOrders(loadPage('amazon', 'orders-live-de.html'), de('/orders-v3'))).toEqual(savedReading('amazon', 'orders-live-de'));
  });

  it('reads the order page from its summary test ids and its a-keyvalue items table', () => {
    const reading = amazon.parseOrders(loadPage('amazon', 'order-live.html'), us('/orders-v3/order/113-1000001-2000001'));
    expect(reading).toEqual(savedReading('amazon', 'order-live'));
    expect(viaOf(reading.items[0]!)).toMatchObject({ 'order.placedAt': 0, 'order.shipBy': 0, 'order.serviceLevel': 0, 'order.total': 1 });
  });

  it('falls back to the labels when the order page carries no summary test ids', () => {
    const { items } = amazon.parseOrders(loadPage('amazon', 'order-live-labels.html'), us('/orders-v3/order/113-1000002-2000002'));
    expect(items[0]).toMatchObject({
      channelStatus: 'Canceled',
      status: 'cancelled',
      placedAt: '2026-09-17T16:03:00.000Z',
      shipBy: '2026-09-18T00:00:00.000Z',
      serviceLevel: 'Expedited',
      total: 4400,
      ...ok,
    });
    expect(viaOf(items[0]!)).toMatchObject({ 'order.placedAt': 1, 'order.shipBy': 1, 'order.serviceLevel': 1 });
  });

  it('knows the page’s account by its marketplace host', () => {
    expect(amazon.account(loadPage('amazon', 'orders.html'), us('/orders-v3'))).toEqual({ key: 'amazon.com' });
    expect(amazon.account(loadPage('amazon', 'orders.html'), de('/orders-v3'))).toEqual({ key: 'amazon.de' });
    expect(amazon.account(loadPage('amazon', 'orders.html'), new URL('https://sellercentral-europe.amazon.com/orders-v3'))).toEqual({ key: 'europe.amazon.com' });
  });
});
