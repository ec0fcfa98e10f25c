// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../../extension/content/portals/amazon.js';
import { viaOf } from '../../../../extension/content/portals/strategies.js';
import { loadPage, pageOf } from './fixtures.js';

const us = (path: string) => new URL(`https://sellercentral.amazon.com${path}`);
const de = (path: string) => new URL(`https://sellercentral.amazon.de${path}`);
const ok = { partial: false, missing: [] };

describe('Amazon pages', () => {
  it('knows order lists, order details and inventory by their URLs', () => {
    expect(amazon.pageKind(us('/orders-v3'))).toBe('orders');
    expect(amazon.pageKind(us('/orders-v3/mfn/unshipped?page=2'))).toBe('orders');
    expect(amazon.pageKind(us('/orders-v3/ref=xx_myo_dnav_xx'))).toBe('orders');
    expect(amazon.pageKind(de('/orders-v3/pending'))).toBe('orders');
    expect(amazon.pageKind(us('/orders-v3/order/113-4567890-1234567'))).toBe('order');
    expect(amazon.pageKind(us('/myinventory/inventory?fulfilledBy=all'))).toBe('listings');
    expect(amazon.pageKind(us('/inventory'))).toBe('listings');
  });

  it('has nothing to say about other Seller Central pages or other sites', () => {
    expect(amazon.pageKind(us('/home'))).toBeUndefined();
    expect(amazon.pageKind(us('/orders-v3/order/not-an-order'))).toBeUndefined();
    expect(amazon.pageKind(new URL('https://www.amazon.com/orders-v3'))).toBeUndefined();
    expect(amazon.pageKind(new URL('https://sellercentral.amazon.com.evil.example/orders-v3'))).toBeUndefined();
  });
});

describe('Amazon Manage Orders', () => {
  const url = us('/orders-v3/mfn/unshipped?page=2');

  it('reads every order on the page, folding extra item rows into their order', () => {
    const { items, warnings, page } = amazon.parseOrders(loadPage('amazon', 'orders.html'), url);
    expect(warnings).toEqual([]);
    expect(page).toEqual({ current: 2, total: 5, totalItems: 132 });
    expect(items).toEqual([
      {
        externalId: '113-4567890-1234567',
        channelStatus: 'Unshipped',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T21:31:00.000Z',
        shipBy: '2026-09-21T00:00:00.000Z',
        serviceLevel: 'Standard',
        buyer: { name: 'Jane Smith' },
        currency: 'USD',
        lines: [{ sku: 'BCB-L-001', channelSku: 'B07XJ8C8F5', title: 'Bamboo Cutting Board, Large', quantity: 1, unitPrice: 2499 }],
        ...ok,
      },
      {
        externalId: '114-2345678-9012345',
        channelStatus: 'Unshipped',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T18:04:00.000Z',
        shipBy: '2026-09-21T00:00:00.000Z',
        serviceLevel: 'Standard',
        buyer: { name: 'Carlos Méndez' },
        currency: 'USD',
        lines: [
          { sku: 'BW-WRAP-3', channelSku: 'B08KQ7W2ZD', title: 'Beeswax Food Wraps, Set of 3', quantity: 2, unitPrice: 1999 },
          { sku: 'CPB-5', channelSku: 'B09MNB4L2X', title: 'Cotton Produce Bags, 5 pack', quantity: 1, unitPrice: 1250 },
        ],
        ...ok,
      },
      {
        externalId: '112-8765432-1098765',
        channelStatus: 'Unshipped',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T16:47:00.000Z',
        shipBy: '2026-09-19T00:00:00.000Z',
        serviceLevel: 'Expedited',
        buyer: { name: 'Priya Natarajan' },
        currency: 'USD',
        lines: [{ sku: 'BCB-L-001', channelSku: 'B07XJ8C8F5', title: 'Bamboo Cutting Board, Large', quantity: 3, unitPrice: 2499 }],
        ...ok,
      },
      {
        externalId: '111-0000000-7654321',
        channelStatus: 'Pending',
        status: 'pending',
        paymentStatus: 'pending',
        placedAt: '2026-09-18T03:15:00.000Z',
        serviceLevel: 'Standard',
        currency: 'USD',
        lines: [{ sku: 'LTT-NAT-2', channelSku: 'B0C1R5TQ9H', title: 'Linen Tea Towels, Natural', quantity: 1, unitPrice: 1800 }],
        ...ok,
      },
      {
        externalId: '113-9988776-5544332',
        channelStatus: 'Canceled',
        status: 'cancelled',
        placedAt: '2026-09-16T14:02:00.000Z',
        serviceLevel: 'Standard',
        buyer: { name: "Tom O'Neill" },
        currency: 'USD',
        lines: [{ sku: 'BW-WRAP-3', channelSku: 'B08KQ7W2ZD', title: 'Beeswax Food Wraps, Set of 3', quantity: 1, unitPrice: 1999 }],
        ...ok,
      },
      {
        externalId: '114-1122334-4556677',
        channelStatus: 'Shipped',
        status: 'shipped',
        paymentStatus: 'paid',
        shipBy: '2026-09-22T00:00:00.000Z',
        serviceLevel: 'Standard',
        buyer: { name: 'Mei Chen' },
        currency: 'USD',
        lines: [{ sku: 'LTT-NAT-2', channelSku: 'B0C1R5TQ9H', title: 'Linen Tea Towels, Natural', quantity: 2, unitPrice: 1800 }],
        partial: true,
        missing: ['placedAt'],
      },
    ]);
  });

  it('reads euro amounts and day-first dates on Amazon.de, in English or German labels', () => {
    const { items, warnings, page } = amazon.parseOrders(loadPage('amazon', 'orders-de.html'), de('/orders-v3'));
    expect(warnings).toEqual([]);
    expect(page).toEqual({ totalItems: 2 });
    expect(items).toEqual([
      {
        externalId: '302-1234567-7654321',
        channelStatus: 'Unshipped',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T12:31:00.000Z',
        shipBy: '2026-09-21T00:00:00.000Z',
        serviceLevel: 'Standard',
        buyer: { name: 'Lena Müller' },
        currency: 'EUR',
        lines: [{ sku: 'ESP-ST-01', channelSku: 'B0DE4X7Q1M', title: 'Espressomaschine Siebträger, Edelstahl', quantity: 2, unitPrice: 61728 }],
        ...ok,
      },
      {
        externalId: '305-7654321-1234567',
        channelStatus: 'Shipped',
        status: 'shipped',
        paymentStatus: 'paid',
        placedAt: '2026-09-17T00:00:00.000Z',
        shipBy: '2026-09-18T00:00:00.000Z',
        serviceLevel: 'Premiumversand',
        buyer: { name: 'Jonas Becker' },
        currency: 'EUR',
        lines: [{ sku: 'MAS-EL-02', channelSku: 'B0DE9Z2K4P', title: 'Milchaufschäumer, elektrisch', quantity: 1, unitPrice: 8990 }],
        ...ok,
      },
    ]);
  });

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
  it('reads the order from the light DOM of its kat-* components', () => {
    const { items, warnings } = amazon.parseOrders(loadPage('amazon', 'order.html'), us('/orders-v3/order/113-4567890-1234567'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        externalId: '113-4567890-1234567',
        channelStatus: 'Unshipped',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T21:31:00.000Z',
        shipBy: '2026-09-21T00:00:00.000Z',
        serviceLevel: 'Standard',
        currency: 'USD',
        total: 3349,
        buyer: { name: 'Jane Smith' },
        lines: [{ sku: 'BCB-L-001', channelSku: 'B07XJ8C8F5', title: 'Bamboo Cutting Board, Large', quantity: 1, unitPrice: 2499 }],
        shipTo: {
          name: 'Jane Smith',
          line1: '1200 Elm Street',
          line2: 'Apt 4B',
          city: 'Springfield',
          region: 'IL',
          postalCode: '62704-1234',
          country: 'US',
        },
        ...ok,
      },
    ]);
  });

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

describe('Amazon Manage Inventory', () => {
  it('reads each listing by seller SKU with its ASIN beside it and available quantity, from inputs or text', () => {
    const { items, warnings, page } = amazon.parseListings(loadPage('amazon', 'inventory.html'), us('/myinventory/inventory'));
    expect(warnings).toEqual([]);
    expect(page).toEqual({ current: 1, total: 1, totalItems: 4 });
    expect(items).toEqual([
      { sku: 'BCB-L-001', channelSku: 'BCB-L-001', itemId: 'B07XJ8C8F5', title: 'Bamboo Cutting Board, Large', listedQuantity: 42, price: 2499, currency: 'USD', ...ok },
      { sku: 'BW-WRAP-3', channelSku: 'BW-WRAP-3', itemId: 'B08KQ7W2ZD', title: 'Beeswax Food Wraps, Set of 3', listedQuantity: 1204, price: 1999, currency: 'USD', ...ok },
      { sku: 'LTT-NAT-2', channelSku: 'LTT-NAT-2', itemId: 'B0C1R5TQ9H', title: 'Linen Tea Towels, Natural', listedQuantity: 0, price: 1800, currency: 'USD', ...ok },
      { sku: 'CPB-5', channelSku: 'CPB-5', itemId: 'B09MNB4L2X', title: 'Cotton Produce Bags, 5 pack', price: 1250, currency: 'USD', partial: true, missing: ['listedQuantity'] },
    ]);
  });

  it('puts a chip anchor beside each quantity', () => {
    const anchors = amazon.rowAnchors(loadPage('amazon', 'inventory.html'));
    expect(anchors.map((a) => (a.kind === 'listing' ? a.channelSku : a.externalId))).toEqual(['BCB-L-001', 'BW-WRAP-3', 'LTT-NAT-2', 'CPB-5']);
    expect(anchors.every((a) => a.kind === 'listing' && a.anchor.getAttribute('data-column') === 'quantity')).toBe(true);
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
      lines: [{ sku: 'CIS-10', channelSku: 'B0CI10SKL1', title: 'Cast Iron Skillet, 10 inch', quantity: 1, unitPrice: 3995 }],
      ...ok,
    });
    expect(items[2]?.lines).toEqual([
      { sku: 'BCB-L-001', channelSku: 'B07XJ8C8F5', title: 'Bamboo Cutting Board, Large', quantity: 1, unitPrice: 2499 },
      { sku: 'CPB-5', channelSku: 'B09MNB4L2X', title: 'Cotton Produce Bags, 5 pack', quantity: 1, unitPrice: 1250 },
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
    const { items, warnings } = amazon.parseOrders(loadPage('amazon', 'orders-live-de.html'), de('/orders-v3'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        externalId: '302-2000001-3000001',
        channelStatus: 'Versandt',
        status: 'shipped',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T12:31:00.000Z',
        shipBy: '2026-09-21T00:00:00.000Z',
        serviceLevel: 'Standard',
        buyer: { name: 'Lena Müller' },
        currency: 'EUR',
        lines: [{ sku: 'ESP-ST-01', channelSku: 'B0DE4X7Q1M', title: 'Espressomaschine Siebträger, Edelstahl', quantity: 2, unitPrice: 61728 }],
        ...ok,
      },
      {
        externalId: '302-2000002-3000002',
        channelStatus: 'Unversandt',
        status: 'ready',
        paymentStatus: 'paid',
        placedAt: '2026-09-18T07:05:00.000Z',
        shipBy: '2026-09-19T00:00:00.000Z',
        serviceLevel: 'Premiumversand',
        buyer: { name: 'Jonas Becker' },
        currency: 'EUR',
        lines: [{ sku: 'MAS-EL-02', channelSku: 'B0DE9Z2K4P', title: 'Milchaufschäumer, elektrisch', quantity: 1, unitPrice: 8990 }],
        ...ok,
      },
      {
        externalId: '302-2000003-3000003',
        channelStatus: 'Storniert',
        status: 'cancelled',
        placedAt: '2026-09-17T17:40:00.000Z',
        shipBy: '2026-09-20T00:00:00.000Z',
        serviceLevel: 'Standard',
        buyer: { name: 'Sophie Wagner' },
        currency: 'EUR',
        lines: [{ sku: 'KM-KER-03', channelSku: 'B0DEKM3R7T', title: 'Kaffeemühle, Keramikmahlwerk', quantity: 1, unitPrice: 4500 }],
        ...ok,
      },
    ]);
  });

  it('reads the order page from its summary test ids and its a-keyvalue items table', () => {
    const { items, warnings } = amazon.parseOrders(loadPage('amazon', 'order-live.html'), us('/orders-v3/order/113-1000001-2000001'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      {
        externalId: '113-1000001-2000001',
        channelStatus: 'Shipped',
        status: 'shipped',
        paymentStatus: 'paid',
        placedAt: '2026-09-17T23:12:00.000Z',
        shipBy: '2026-09-19T00:00:00.000Z',
        serviceLevel: 'Standard',
        currency: 'USD',
        total: 9143,
        buyer: { name: 'Ava Thompson' },
        lines: [
          { sku: 'CIS-10', channelSku: 'B0CI10SKL1', title: 'Cast Iron Skillet, 10 inch', quantity: 1, unitPrice: 3995 },
          { sku: 'APR-NAT', channelSku: 'B0LNAPRN02', title: 'Linen Apron, Natural', quantity: 2, unitPrice: 2200 },
        ],
        shipTo: { name: 'Ava Thompson', line1: '48 Birch Road', city: 'Portland', region: 'OR', postalCode: '97205', country: 'US' },
        ...ok,
      },
    ]);
    expect(viaOf(items[0]!)).toMatchObject({ 'order.placedAt': 0, 'order.shipBy': 0, 'order.serviceLevel': 0, 'order.total': 1 });
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
