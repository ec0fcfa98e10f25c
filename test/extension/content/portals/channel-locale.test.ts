// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../../extension/content/portals/amazon.js';
import * as etsy from '../../../../extension/content/portals/etsy.js';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import { parsePortalDate, portalTimeIn } from '../../../../extension/content/portals/values.js';
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
});
