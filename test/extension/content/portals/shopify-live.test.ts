// @vitest-environment happy-dom
/**
 * Shopify admin pages in the shapes public scrapers meet live (FORMATS.md
 * §3b): the orders list as an ARIA grid, as the condensed <ul> of narrow
 * windows and as Polaris-Table rows; the order page with hashed _MainRow
 * line items. What a page does not say is missing, never guessed.
 */
import { describe, expect, it } from 'vitest';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import { loadPage, savedReading } from './fixtures.js';

const store = (handle: string, path: string) => new URL(`https://admin.shopify.com/store/${handle}${path}`);
const ok = { partial: false, missing: [] };
const names = (doc: Document) => shopify.rowAnchors(doc).map((a) => (a.kind === 'order' ? a.externalId : a.channelSku));
const hrefs = (doc: Document) => shopify.rowAnchors(doc).map((a) => a.anchor.getAttribute('href'));
/** Kaffee König: a German store, on its own myshopify.com admin host. */
const koenig = (path: string) => new URL(`https://kaffee-koenig.myshopify.com/admin${path}`);
/** What the German store's pages print for a paid order not yet fulfilled, placed on 18 September. */
const PAID_UNFULFILLED_DE = {
  channelStatus: 'Bezahlt, Nicht ausgeführt',
  status: 'ready',
  paymentStatus: 'paid',
  placedAt: '2026-09-18T00:00:00.000Z',
  placedAtPrecision: 'day',
  currency: 'EUR',
} as const;

/** The orders a saved page reads as, after expecting it warned of nothing. */
function readWithoutWarnings(page: string, url: URL) {
  const { items, warnings } = shopify.parseOrders(loadPage('shopify', page), url);
  expect(warnings).toEqual([]);
  return items;
}

describe('Shopify orders list as an ARIA grid', () => {
  it('reads each order by the link to its page, a fulfilled one as shipped', () => {
    expect(shopify.parseOrders(loadPage('shopify', 'orders-aria.html'), store('acme-goods', '/orders'))).toEqual(savedReading('shopify', 'orders-aria'));
  });

  it('gives no status when the seller has hidden the fulfillment column: "Paid" alone does not say shipped or not', () => {
    const reading = shopify.parseOrders(loadPage('shopify', 'orders-aria-de.html'), store('kaffee-koenig', '/orders'));
    expect(reading).toEqual(savedReading('shopify', 'orders-aria-de'));
    expect(reading.items[1]).not.toHaveProperty('paymentStatus', expect.anything());
  });

  it('names no cell when the header row lost a cell, rather than reading every value one column off', () => {
    const doc = loadPage('shopify', 'orders-aria.html');
    doc.querySelector('[role="columnheader"]:nth-child(4)')!.remove();
    const [first] = shopify.parseOrders(doc, store('acme-goods', '/orders')).items;
    // Date and total are each printed once in the row; the delivery badge "In transit" is not a word the status is read from.
    expect(first).toEqual({
      externalId: '#1011',
      channelStatus: 'Paid, Fulfilled, In transit',
      paymentStatus: 'paid',
      placedAt: '2026-09-18T00:00:00.000Z',
      placedAtPrecision: 'day',
      currency: '$',
      total: 5650,
      lines: [],
      partial: true,
      missing: ['status'],
    });
  });

  it('reads no total from a cell printing the old total struck through beside the new one', () => {
    const doc = loadPage('shopify', 'orders-aria.html');
    doc.querySelector('[role="row"][id] [class*="Polaris-Text--numeric"]')!.insertAdjacentHTML('beforebegin', '<s>$60.00</s> ');
    const [first] = shopify.parseOrders(doc, store('acme-goods', '/orders')).items;
    expect(first).toMatchObject({ externalId: '#1011', partial: true, missing: ['currency', 'total'] });
    expect([first!.currency, first!.total]).toEqual([undefined, undefined]);
  });

  it('reads no order from a row whose link is not to an order page, and says so', () => {
    const doc = loadPage('shopify', 'orders-aria.html');
    doc.querySelector('a[href$="/orders/6012345678912"]')!.setAttribute('href', '/store/acme-goods/orders?query=1012');
    const { items, warnings } = shopify.parseOrders(doc, store('acme-goods', '/orders'));
    expect(items.map((o) => o.externalId)).toEqual(['#1011', '#1013', '#1014']);
    expect(warnings).toEqual(['order row 2 skipped: no order name']);
  });

  it('reads no date it would have to guess the order of: 03/04/2026 is March or April', () => {
    const doc = loadPage('shopify', 'orders-aria.html');
    const [first, second] = doc.querySelectorAll('[role="row"][id] [role="cell"]:nth-child(3) [class*="Polaris-Box"]');
    first!.textContent = '03/04/2026 14:31';
    second!.textContent = '17/09/2026 09:05';
    const [a, b] = shopify.parseOrders(doc, store('acme-goods', '/orders')).items;
    expect(a).toMatchObject({ externalId: '#1011', placedAt: undefined, missing: ['placedAt'] });
    expect(b).toMatchObject({ externalId: '#1012', placedAt: '2026-09-17T00:00:00.000Z', missing: [] });
  });

  it('puts a chip anchor on each order link, not on the sticky header copy', () => {
    const doc = loadPage('shopify', 'orders-aria.html');
    expect(names(doc)).toEqual(['#1011', '#1012', '#1013', '#1014']);
    expect(hrefs(doc)).toEqual(['11', '12', '13', '14'].map((n) => `/store/acme-goods/orders/60123456789${n}`));
    expect(names(loadPage('shopify', 'orders-aria-de.html'))).toEqual(['#2041', '#2042', '#2043']);
  });
});

describe('Shopify orders list in the condensed (narrow) layout', () => {
  it('reads each item of the <ul>: date and total from its text, status from its badges', () => {
    expect(shopify.parseOrders(loadPage('shopify', 'orders-condensed.html'), store('acme-goods', '/orders'))).toEqual(savedReading('shopify', 'orders-condensed'));
  });

  it('reads German words, passes over "Archiviert" and leaves an item without badges unknown', () => {
    expect(readWithoutWarnings('orders-condensed-de.html', koenig('/orders'))).toEqual([
      {
        externalId: '#2051',
        ...PAID_UNFULFILLED_DE,
        total: 5650,
        lines: [],
        ...ok,
      },
      {
        externalId: '#2052',
        channelStatus: 'Bezahlt, Ausgeführt, Archiviert',
        status: 'shipped',
        paymentStatus: 'paid',
        placedAt: '2026-09-17T00:00:00.000Z',
        placedAtPrecision: 'day',
        currency: 'EUR',
        total: 8800,
        lines: [],
        ...ok,
      },
      {
        externalId: '#2053',
        placedAt: '2026-09-16T00:00:00.000Z',
        placedAtPrecision: 'day',
        currency: 'EUR',
        total: 2200,
        lines: [],
        partial: true,
        missing: ['channelStatus', 'status'],
      },
    ]);
  });

  it('reads no status when a badge of the item lost its class: the others alone are not what the page shows', () => {
    const doc = loadPage('shopify', 'orders-condensed.html');
    const fulfilled = [...doc.querySelectorAll('li [class*="Polaris-Badge"]')].find((b) => b.textContent!.includes('Fulfilled'))!;
    fulfilled.className = 'Badge-root_x9q1z';
    const [first] = shopify.parseOrders(doc, store('acme-goods', '/orders')).items;
    expect(first).toMatchObject({ externalId: '#1021', partial: true, missing: ['channelStatus', 'status'] });
    expect([first!.channelStatus, first!.status, first!.paymentStatus]).toEqual([undefined, undefined, undefined]);
  });

  it('reads no total from an item that prints two amounts', () => {
    const doc = loadPage('shopify', 'orders-condensed.html');
    const amount = doc.querySelector('li [class*="Polaris-Text--numeric"]')!;
    amount.insertAdjacentHTML('afterend', '<p class="Polaris-Text--root_yj4ah Polaris-Text--subdued_17vaa">$60.00</p>');
    const [first] = shopify.parseOrders(doc, store('acme-goods', '/orders')).items;
    expect(first).toMatchObject({ externalId: '#1021', currency: undefined, total: undefined, partial: true, missing: ['currency', 'total'] });
  });

  it("puts a chip anchor on each item's order link", () => {
    const doc = loadPage('shopify', 'orders-condensed.html');
    expect(names(doc)).toEqual(['#1021', '#1022', '#1023']);
    expect(shopify.rowAnchors(doc).every((a) => a.anchor.localName === 'a')).toBe(true);
    expect(names(loadPage('shopify', 'orders-condensed-de.html'))).toEqual(['#2051', '#2052', '#2053']);
  });
});

describe('Shopify orders list as Polaris-Table rows', () => {
  it('reads div rows found by their class prefix, cells named by the headings', () => {
    expect(shopify.parseOrders(loadPage('shopify', 'orders-selectable.html'), store('tea-and-tin', '/orders'))).toEqual(savedReading('shopify', 'orders-selectable'));
  });

  it('reads rows whose headings sit apart from the table only for what their text says once', () => {
    // Placed on the 8th, to be delivered on the 15th: two dates and no heading to tell them apart.
    expect(shopify.parseOrders(loadPage('shopify', 'orders-selectable-headless.html'), store('tea-and-tin', '/orders'))).toEqual(savedReading('shopify', 'orders-selectable-headless'));
  });

  it("puts a chip anchor on each row's order link", () => {
    expect(names(loadPage('shopify', 'orders-selectable.html'))).toEqual(['#T1061', '#T1062', '#T1063']);
    expect(names(loadPage('shopify', 'orders-selectable-headless.html'))).toEqual(['#T1071', '#T1072', '#T1073']);
  });
});

describe('Shopify order page as the admin draws it live', () => {
  it('reads line items from _MainRow blocks, the delivery method descriptor and the email button', () => {
    expect(shopify.parseOrders(loadPage('shopify', 'order-live.html'), store('acme-goods', '/orders/6012345678931'))).toEqual(savedReading('shopify', 'order-live'));
  });

  it('names what a German pickup order does not print: delivery method, a variant id, a unit price', () => {
    expect(readWithoutWarnings('order-live-de.html', koenig('/orders/5512345678941'))).toEqual([
      {
        externalId: '#2041',
        ...PAID_UNFULFILLED_DE,
        total: 6450,
        buyer: { name: 'Lena Vogel', externalId: '8123456789044' },
        lines: [
          { sku: 'ESP-1KG-GB', channelSku: '47123456789001', title: 'Espresso Bohnen 1 kg - Ganze Bohne', quantity: 2, unitPrice: 2200 },
          { sku: 'ENTK-500', title: 'Entkalker', quantity: 1, unitPrice: 850 },
          // "12,00 €" beside a quantity of 2 is the line's total or its unit price: the page does not say which.
          { channelSku: '47123456789031', title: 'Keramiktasse - Weiß', quantity: 2 },
        ],
        shipTo: { name: 'Lena Vogel', line1: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin', country: 'DE' },
        partial: true,
        missing: ['serviceLevel', 'lines.channelSku', 'lines.unitPrice'],
      },
    ]);
  });

  it('drops a line whose quantity tag and "× n" disagree, and names the quantity as missing', () => {
    const doc = loadPage('shopify', 'order-live.html');
    doc.querySelector('[class*="_MainRow"] [class*="Polaris-Tag"] span')!.textContent = '3';
    const [order] = shopify.parseOrders(doc, store('acme-goods', '/orders/6012345678931')).items;
    expect(order!.lines.map((l) => l.sku)).toEqual(['TOTE-NAT']);
    // And the page's "3 items" no longer adds up: the order's lines are not all known.
    expect(order).toMatchObject({ partial: true, missing: ['lines.quantity', 'lines'] });
  });

  it('reads no unit price where a struck-through price runs into the current one', () => {
    const doc = loadPage('shopify', 'order-live.html');
    const price = doc.querySelector('[class*="_MainRow"] [class*="Polaris-Text--numeric"]')!;
    price.insertAdjacentHTML('afterbegin', '<s>$25.00</s>');
    const [order] = shopify.parseOrders(doc, store('acme-goods', '/orders/6012345678931')).items;
    expect(order!.lines[0]).toEqual({ sku: 'TEE-ORG-BLK-M', channelSku: '45123456789012', title: 'Organic Cotton Tee - Black / M', quantity: 2 });
    expect(order).toMatchObject({ partial: true, missing: ['lines.unitPrice'] });
  });

  it('reads no email from a link-styled button that holds none', () => {
    const doc = loadPage('shopify', 'order-live.html');
    doc.querySelector('button[class*="Polaris-Link"] span')!.textContent = 'Add email';
    const [order] = shopify.parseOrders(doc, store('acme-goods', '/orders/6012345678931')).items;
    expect(order!.buyer).toEqual({ name: 'Jane Smith', externalId: '7123456789012' });
  });

  it('reads the buyer from the customer card, not from an email the timeline mentions', () => {
    const doc = loadPage('shopify', 'order-live.html');
    doc.querySelector('[class*="_Timeline"] li')!.insertAdjacentHTML('beforeend', ' <button type="button" class="Polaris-Link_yj5sy">returns@acme-goods.example</button>');
    const [order] = shopify.parseOrders(doc, store('acme-goods', '/orders/6012345678931')).items;
    expect(order!.buyer).toEqual({ name: 'Jane Smith', email: 'jane.smith@example.com', externalId: '7123456789012' });
  });

  it('gives no status when the header shows a badge it does not know', () => {
    const doc = loadPage('shopify', 'order-live.html');
    doc.querySelector('[class*="TitleMetadata"] [class*="Polaris-Badge"] span:last-child')!.textContent = 'Awaiting payment';
    const [order] = shopify.parseOrders(doc, store('acme-goods', '/orders/6012345678931')).items;
    expect(order).toMatchObject({ channelStatus: 'Awaiting payment, Fulfilled', status: undefined, paymentStatus: undefined, partial: true, missing: ['status'] });
  });
});

describe('Shopify pages and accounts', () => {
  it('knows the live and legacy URLs of orders and of one order', () => {
    expect(shopify.pageKind(store('tea-and-tin', '/orders?selectedView=unfulfilled'))).toBe('orders');
    expect(shopify.pageKind(store('acme-goods', '/orders/6012345678931'))).toBe('order');
    expect(shopify.pageKind(new URL('https://kaffee-koenig.myshopify.com/admin/orders/5512345678941?orderListBeta=true'))).toBe('order');
    expect(shopify.pageKind(new URL('https://kaffee-koenig.myshopify.com/admin/orders'))).toBe('orders');
  });

  it('says which store a page belongs to: its handle, and its name from the page title', () => {
    expect(shopify.account(loadPage('shopify', 'orders-aria.html'), store('acme-goods', '/orders'))).toEqual({ key: 'acme-goods', name: 'Acme Goods' });
    expect(shopify.account(loadPage('shopify', 'orders-selectable.html'), store('Tea-and-Tin', '/orders'))).toEqual({ key: 'tea-and-tin', name: 'Tea & Tin' });
    expect(shopify.account(loadPage('shopify', 'order-live-de.html'), new URL('https://kaffee-koenig.myshopify.com/admin/orders/5512345678941'))).toEqual({
      key: 'kaffee-koenig',
      name: 'Kaffee König',
    });
  });

  it('gives the handle alone when the title does not name the store, and nothing off Shopify admin', () => {
    const doc = loadPage('shopify', 'orders-aria.html');
    doc.title = 'Shopify';
    expect(shopify.account(doc, store('acme-goods', '/orders'))).toEqual({ key: 'acme-goods' });
    expect(shopify.account(doc, new URL('https://admin.shopify.com/'))).toBeUndefined();
    expect(shopify.account(doc, new URL('https://acme-goods.myshopify.com/products/tee'))).toBeUndefined();
  });
});

describe('Shopify inventory in the live layouts', () => {
  it('reads variant rows of the ARIA grid by their links and column headers, beside the Available cell', () => {
    const doc = loadPage('shopify', 'inventory-aria.html');
    const { items, warnings } = shopify.parseListings(doc, store('acme-goods', '/products/inventory'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      { channelSku: '45123456789012', sku: 'TEE-ORG-BLK-M', title: 'Organic Cotton Tee - Black / M', listedQuantity: 18, ...ok },
      { channelSku: '45123456789013', sku: 'TEE-ORG-BLK-L', title: 'Organic Cotton Tee - Black / L', listedQuantity: 0, ...ok },
      { channelSku: '45123456789020', sku: 'TOTE-NAT', title: 'Canvas Tote Bag - Natural', listedQuantity: -2, ...ok },
      { channelSku: '45123456789030', title: 'Gift Card - $25', partial: true, missing: ['listedQuantity'] },
    ]);
    const anchors = shopify.rowAnchors(doc);
    expect(anchors.map((a) => (a.kind === 'listing' ? a.channelSku : a.externalId))).toEqual(['45123456789012', '45123456789013', '45123456789020', '45123456789030']);
    expect(anchors.map((a) => a.anchor.getAttribute('role'))).toEqual(['cell', 'cell', 'cell', 'cell']);
  });

  it("reads the condensed list's available quantity from the input labelled for it, in German", () => {
    const doc = loadPage('shopify', 'inventory-condensed-de.html');
    const { items, warnings } = shopify.parseListings(doc, new URL('https://kaffee-koenig.myshopify.com/admin/products/inventory'));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      { channelSku: '47123456789001', sku: 'ESP-1KG-GB', title: 'Espresso Bohnen 1 kg - Ganze Bohne', listedQuantity: 42, ...ok },
      { channelSku: '47123456789002', sku: 'ESP-1KG-GM', title: 'Espresso Bohnen 1 kg - Gemahlen', listedQuantity: -3, ...ok },
      { channelSku: '47123456789031', title: 'Keramiktasse - Weiß', partial: true, missing: ['listedQuantity'] },
    ]);
    // No cell to stand beside: each chip goes beside the variant's link.
    expect(shopify.rowAnchors(doc).map((a) => [a.kind === 'listing' ? a.channelSku : '', a.anchor.localName])).toEqual([
      ['47123456789001', 'a'],
      ['47123456789002', 'a'],
      ['47123456789031', 'a'],
    ]);
  });
});
