// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../../extension/content/portals/amazon.js';
import * as ebay from '../../../../extension/content/portals/ebay.js';
import * as etsy from '../../../../extension/content/portals/etsy.js';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import { parsePortalDate, portalTimeIn } from '../../../../extension/content/portals/values.js';
import * as walmart from '../../../../extension/content/portals/walmart.js';
import { loadPage, savedReading } from './fixtures.js';

const shopifyOrders = new URL('https://admin.shopify.com/store/acme-goods/orders');
const amazonDe = new URL('https://sellercentral.amazon.de/orders-v3');
const etsyOrders = new URL('https://www.etsy.com/your/orders/sold');
type Orders = ReturnType<typeof shopify.parseOrders>['items'];
const money = (items: Orders) => items.map((o) => [o.externalId, o.currency, o.total, o.lines.map((l) => l.unitPrice)]);

describe('pages read in the channel’s currency and time zone', () => {
  it('a Shopify store set to CAD reads its bare "$" amounts as CAD minor units', () => {
    const plain = shopify.parseOrders(loadPage('shopify', 'orders.html'), shopifyOrders).items;
    const cad = shopify.parseOrders(loadPage('shopify', 'orders.html'), shopifyOrders, { currency: 'CAD' }).items;
    expect(money(cad)).toEqual([
      ['#1001', 'CAD', 5650, []],
      ['#1002', 'CAD', 120400, []],
      ['#1003', 'CAD', 2200, []],
      ['#1004', 'CAD', 0, []],
      ['#1005', 'CAD', 8800, []],
    ]);
    expect(money(plain).map(([, currency]) => currency)).toEqual(['$', '$', '$', '$', '$']);
  });

  it('a "$" on a store set to EUR stays a currency the page did not name', () => {
    const eur = shopify.parseOrders(loadPage('shopify', 'orders.html'), shopifyOrders, { currency: 'EUR' });
    expect(eur).toEqual(savedReading('shopify', 'orders'));
    const etsyEur = etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyOrders, { currency: 'EUR', timeZone: null });
    expect(etsyEur).toEqual(savedReading('etsy', 'orders'));
  });

  it('an Etsy shop set to AUD reads its "$" totals and item prices as AUD', () => {
    const aud = etsy.parseOrders(loadPage('etsy', 'orders.html'), etsyOrders, { currency: 'AUD' }).items;
    expect(money(aud)).toEqual([
      ['3141592653', 'AUD', 4150, [3400]],
      ['3141592654', 'AUD', 7999, [1800, 3400]],
      ['3141592655', 'AUD', 2700, [2100]],
      ['3141592656', 'AUD', 3400, [3400]],
      ['3141592657', 'AUD', 125000, [125000]],
    ]);
  });

  it('a zoneless Amazon.de time is read in Europe/Berlin; a time the page zones itself is kept', () => {
    expect(parsePortalDate('18.09.2026 14:31', 'dmy', 'Europe/Berlin')).toBe('2026-09-18T12:31:00.000Z');
    const berlin = amazon.parseOrders(loadPage('amazon', 'orders-de.html'), amazonDe, { timeZone: 'Europe/Berlin' }).items;
    expect(berlin.map((o) => [o.externalId, o.placedAt])).toEqual([
      ['302-1234567-7654321', '2026-09-18T12:31:00.000Z'],
      ['305-7654321-1234567', '2026-09-17T06:05:00.000Z'],
    ]);
    const tokyo = amazon.parseOrders(loadPage('amazon', 'orders-de.html'), amazonDe, { timeZone: 'Asia/Tokyo' }).items;
    expect(tokyo.map((o) => o.placedAt)).toEqual(['2026-09-18T12:31:00.000Z', '2026-09-16T23:05:00.000Z']);
    expect(amazon.parseOrders(loadPage('amazon', 'orders-de.html'), amazonDe)).toEqual(savedReading('amazon', 'orders-de'));
  });

  it('a Shopify store in America/Toronto keeps the full time of "Sep 18, 2026 at 2:31 pm"', () => {
    const toronto = shopify.parseOrders(loadPage('shopify', 'orders.html'), shopifyOrders, { currency: 'CAD', timeZone: 'America/Toronto' }).items;
    expect(toronto.map((o) => [o.externalId, o.placedAt])).toEqual([
      ['#1001', '2026-09-18T18:31:00.000Z'],
      ['#1002', '2026-09-18T13:05:00.000Z'],
      ['#1003', undefined],
      ['#1004', '2026-09-10T12:00:00.000Z'],
      ['#1005', '2026-09-09T22:45:00.000Z'],
    ]);
  });

  it('an Amazon.com page keeps its own dollars whatever the channel says', () => {
    const us = new URL('https://sellercentral.amazon.com/orders-v3');
    expect(amazon.parseOrders(loadPage('amazon', 'orders.html'), us, { currency: 'CAD' })).toEqual(savedReading('amazon', 'orders'));
  });

  it('says whether a page gave the time or only the day', () => {
    expect(portalTimeIn('18.09.2026 14:31', 'dmy')).toEqual({ at: '2026-09-18T00:00:00.000Z', precision: 'day' });
    expect(portalTimeIn('18.09.2026 14:31', 'dmy', 'Europe/Berlin')).toEqual({ at: '2026-09-18T12:31:00.000Z', precision: 'time' });
    expect(portalTimeIn('Sep 18, 2026 2:31 PM PDT')).toEqual({ at: '2026-09-18T21:31:00.000Z', precision: 'time' });
    expect(portalTimeIn('18 Sep 2026', undefined, 'Europe/Berlin')).toEqual({ at: '2026-09-18T00:00:00.000Z', precision: 'day' });
  });

  it('an eBay time printed without a zone is read in the channel’s zone; one eBay zones itself is kept', () => {
    const url = new URL('https://www.ebay.co.uk/mesh/ord/details?orderid=07-11223-44556');
    const zoneless = () => {
      const doc = loadPage('ebay', 'order-mesh.html');
      for (const dd of doc.querySelectorAll('dd')) dd.textContent = (dd.textContent ?? '').replace(' at 14:02 BST', ' at 14:02');
      return doc;
    };
    const placed = (page: ReturnType<typeof ebay.parseOrders>) => page.items.map((o) => [o.placedAt, o.placedAtPrecision]);
    expect(placed(ebay.parseOrders(zoneless(), url, { timeZone: 'Europe/London' }))).toEqual([['2026-09-18T13:02:00.000Z', undefined]]);
    expect(placed(ebay.parseOrders(zoneless(), url))).toEqual([['2026-09-18T00:00:00.000Z', 'day']]);
    expect(ebay.parseOrders(loadPage('ebay', 'order-mesh.html'), url, { timeZone: 'Asia/Tokyo', currency: 'JPY' })).toEqual(savedReading('ebay', 'order-mesh'));
  });

  it('an eBay grid of days stays days under a channel zone', () => {
    const grid = new URL('https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT');
    expect(ebay.parseOrders(loadPage('ebay', 'orders-grid.html'), grid, { timeZone: 'Europe/London', currency: 'GBP' })).toEqual(savedReading('ebay', 'orders-grid'));
  });

  it('a bare "$" on eBay Australia is AUD only when the channel is in AUD', () => {
    const au = new URL('https://www.ebay.com.au/mesh/ord/details?orderid=14-05512-33987');
    const read = (locale?: { currency: string }) => money(ebay.parseOrders(loadPage('ebay', 'order-mesh-us.html'), au, locale).items);
    expect(read()).toEqual([['14-05512-33987', undefined, undefined, [undefined]]]);
    expect(read({ currency: 'AUD' })).toEqual([['14-05512-33987', 'AUD', 7743, [2255]]]);
    expect(read({ currency: 'USD' })).toEqual([['14-05512-33987', undefined, undefined, [undefined]]]);
    expect(read({ currency: 'CAD' })).toEqual([['14-05512-33987', undefined, undefined, [undefined]]]);
    const us = new URL('https://www.ebay.com/mesh/ord/details?orderid=14-05512-33987');
    expect(ebay.parseOrders(loadPage('ebay', 'order-mesh-us.html'), us, { currency: 'CAD' })).toEqual(savedReading('ebay', 'order-mesh-us'));
  });

  it('a Walmart time of day is read in the channel’s zone, else only its day is kept', () => {
    const details = new URL('https://seller.walmart.com/order-management/details?orderId=200012345670002&poNumber=1234567890202');
    const placed = (locale?: { timeZone: string }) => walmart.parseOrders(loadPage('walmart', 'details-legacy.html'), details, locale).items.map((o) => [o.placedAt, o.placedAtPrecision]);
    expect(placed({ timeZone: 'America/Chicago' })).toEqual([['2026-09-17T15:42:00.000Z', undefined]]);
    expect(placed({ timeZone: 'America/Los_Angeles' })).toEqual([['2026-09-17T17:42:00.000Z', undefined]]);
    expect(placed()).toEqual([['2026-09-17T00:00:00.000Z', 'day']]);
  });

  it('Walmart amounts are in the channel’s dollars when set, US dollars when not, and unknown under a currency "$" cannot be', () => {
    const orders = new URL('https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped&page=2');
    const read = (locale?: { currency: string | null }) => walmart.parseOrders(loadPage('walmart', 'orders.html'), orders, locale).items;
    expect(read({ currency: null })).toEqual(read());
    expect(money(read()).map(([, currency]) => currency)).toEqual(['USD', 'USD', 'USD', 'USD', 'USD']);
    const cad = money(read({ currency: 'CAD' }));
    expect(cad).toEqual(money(read()).map(([id, , total, prices]) => [id, 'CAD', total, prices]));
    const eur = read({ currency: 'EUR' });
    expect(money(eur).map(([, currency, total]) => [currency, total])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(eur.every((o) => o.missing.includes('total') && o.missing.includes('currency'))).toBe(true);
  });
});
