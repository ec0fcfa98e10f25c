// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as ebay from '../../../../extension/content/portals/ebay.js';
import { loadPage, pageOf } from './fixtures.js';

const uk = (path: string) => new URL(`https://www.ebay.co.uk${path}`);
const us = (path: string) => new URL(`https://www.ebay.com${path}`);

describe('eBay orders grid', () => {
  it('puts a chip anchor on each order-number link', () => {
    const anchors = ebay.rowAnchors(loadPage('ebay', 'orders.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual(['12-34567-89012', '23-45678-90123', '34-56789-01234', '45-67890-12345', '56-78901-23456']);
    expect(anchors.every((a) => a.kind === 'order' && a.anchor.closest('.order-details') !== null)).toBe(true);
  });
});

describe('eBay pages that are broken or not what was expected', () => {
  const url = uk('/sh/ord/');

  it('still reads every other field when a whole column is gone, marking orders partial', () => {
    const doc = loadPage('ebay', 'orders.html');
    const totalAt = Array.from(doc.querySelectorAll('thead th')).findIndex((th) => th.textContent === 'Total');
    for (const row of Array.from(doc.querySelectorAll('tr'))) row.children[totalAt]?.remove();
    const { items, warnings } = ebay.parseOrders(doc, url);
    expect(warnings).toEqual([]);
    expect(items[0]).toEqual({
      externalId: '12-34567-89012',
      channelStatus: 'Awaiting dispatch',
      status: 'ready',
      paymentStatus: 'paid',
      placedAt: '2026-09-18T00:00:00.000Z',
      placedAtPrecision: 'day',
      shipBy: '2026-09-21T00:00:00.000Z',
      buyer: { name: 'Joe Miller', externalId: 'hikerjoe_42' },
      lines: [{ sku: 'TENT-2P-GRN', channelSku: '256789012345', title: 'Two-person backpacking tent, green', quantity: 1, unitPrice: 14999 }],
      partial: true,
      missing: ['currency', 'total'],
    });
    expect(items.every((o) => o.partial)).toBe(true);
  });

  it('keeps a status word it does not know as the channel status and marks the order partial', () => {
    const doc = loadPage('ebay', 'orders.html');
    doc.querySelector('.order-status')!.textContent = 'Return in progress';
    const [first] = ebay.parseOrders(doc, url).items;
    expect(first).toMatchObject({ channelStatus: 'Return in progress', status: undefined, partial: true, missing: ['status'] });
  });

  it('takes order numbers from the details links, not from what the links say', () => {
    const doc = loadPage('ebay', 'orders.html');
    doc.querySelector('.order-details a')!.textContent = 'Order pending';
    const { items, warnings } = ebay.parseOrders(doc, url);
    expect(warnings).toEqual([]);
    expect(items.map((o) => o.externalId)).toEqual(['12-34567-89012', '23-45678-90123', '34-56789-01234', '45-67890-12345', '56-78901-23456']);
  });

  it('warns about a row whose order number cannot be read and reads the rest', () => {
    const doc = loadPage('ebay', 'orders.html');
    doc.querySelector('.order-details a')!.setAttribute('href', '/sh/ord/details?source=Orders');
    const { items, warnings } = ebay.parseOrders(doc, url);
    expect(warnings).toEqual(['order row 1 skipped: no order number']);
    expect(items.map((o) => o.externalId)).toEqual(['23-45678-90123', '34-56789-01234', '45-67890-12345', '56-78901-23456']);
  });

  it('reports empty and unrelated pages with warnings and nothing read', () => {
    const empty = pageOf('<main id="mainContent"><table><thead><tr><th>Order details</th></tr></thead><tbody></tbody></table></main>');
    expect(ebay.parseOrders(empty, url)).toEqual({ items: [], warnings: ['no order rows on the page'], page: {} });
    const unrelated = pageOf('<h1>Shop by category</h1>');
    expect(ebay.parseOrders(unrelated, us('/b/Camping/16034'))).toEqual({ items: [], warnings: ['not an eBay orders page: /b/Camping/16034'] });
    expect(ebay.parseOrders(unrelated, uk('/sh/ord/details?orderid=12-34567-89012'))).toEqual({ items: [], warnings: ['no order details on the page'] });
    expect(ebay.parseListings(unrelated, us('/sh/lst/active'))).toEqual({ items: [], warnings: ['no listing rows on the page'] });
    expect(ebay.rowAnchors(unrelated)).toEqual([]);
  });
});
