// @vitest-environment happy-dom
/**
 * Every saved portal page, scrubbed: the adapter reads the same orders and
 * listings off the copy (numbers, SKUs, statuses, totals), and nothing
 * personal the adapter read off the original is anywhere in it.
 */
import { describe, expect, it } from 'vitest';
import { scrubPage } from '../../../extension/content/scrub-page.js';
import * as amazon from '../../../extension/portals/amazon.js';
import * as ebay from '../../../extension/portals/ebay.js';
import * as etsy from '../../../extension/portals/etsy.js';
import * as shopify from '../../../extension/portals/shopify.js';
import type { CapturedOrder, ListingQuantity } from '../../../extension/portals/types.js';
import * as walmart from '../../../extension/portals/walmart.js';
import { loadPage, pageOf } from '../portals/fixtures.js';

/** Each fixture with the URL its adapter's tests read it at. */
const PAGES = [
  { adapter: amazon, file: 'orders.html', url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=2' },
  { adapter: amazon, file: 'orders-de.html', url: 'https://sellercentral.amazon.de/orders-v3' },
  { adapter: amazon, file: 'order.html', url: 'https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567' },
  { adapter: amazon, file: 'inventory.html', url: 'https://sellercentral.amazon.com/myinventory/inventory' },
  { adapter: ebay, file: 'orders.html', url: 'https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT' },
  { adapter: ebay, file: 'order.html', url: 'https://www.ebay.co.uk/sh/ord/details?orderid=12-34567-89012' },
  { adapter: ebay, file: 'listings.html', url: 'https://www.ebay.com/sh/lst/active' },
  { adapter: etsy, file: 'orders.html', url: 'https://www.etsy.com/your/orders/sold/new' },
  { adapter: etsy, file: 'order.html', url: 'https://www.etsy.com/your/orders/sold?order_id=3141592654' },
  { adapter: etsy, file: 'listings.html', url: 'https://www.etsy.com/your/shops/me/tools/listings' },
  { adapter: shopify, file: 'orders.html', url: 'https://admin.shopify.com/store/acme-goods/orders' },
  { adapter: shopify, file: 'order.html', url: 'https://admin.shopify.com/store/acme-goods/orders/6012345678901' },
  { adapter: shopify, file: 'listings.html', url: 'https://admin.shopify.com/store/acme-goods/products/inventory' },
  { adapter: walmart, file: 'orders.html', url: 'https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped&page=2' },
  { adapter: walmart, file: 'order.html', url: 'https://seller.walmart.com/orders/manage-orders?poNumber=1234567890124' },
  { adapter: walmart, file: 'items.html', url: 'https://seller.walmart.com/items-and-inventory/manage-items' },
] as const;

/** What must survive the scrub: an order's numbers, SKUs, statuses and total. */
const orderFacts = (o: CapturedOrder) => ({
  externalId: o.externalId, channelStatus: o.channelStatus, status: o.status, paymentStatus: o.paymentStatus, currency: o.currency, total: o.total,
  lines: o.lines.map((l) => ({ sku: l.sku, channelSku: l.channelSku, quantity: l.quantity, unitPrice: l.unitPrice })),
});
const listingFacts = (l: ListingQuantity) => ({ channelSku: l.channelSku, sku: l.sku, listedQuantity: l.listedQuantity, price: l.price, currency: l.currency });

/** The personal data an order carries: buyer and ship-to, as the adapter read them. */
const personalData = (o: CapturedOrder) =>
  [o.buyer?.name, o.buyer?.email, o.shipTo?.name, o.shipTo?.line1, o.shipTo?.line2, o.shipTo?.city, o.shipTo?.postalCode, o.shipTo?.phone].filter(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );

const NOW = new Date('2026-12-07T04:00:00Z');

describe('a scrubbed portal page', () => {
  for (const { adapter, file, url: href } of PAGES) {
    const url = new URL(href);
    describe(`${adapter.id}/${file}`, () => {
      const original = loadPage(adapter.id, file);
      const html = scrubPage(original, { portal: adapter, url, now: NOW, version: '0.1.0' });
      const copy = pageOf(html);
      const kind = adapter.pageKind(url);

      it('reads as the same orders or listings', () => {
        if (kind === 'listings') {
          const before = adapter.parseListings(original, url).items;
          expect(before.length).toBeGreaterThan(0);
          expect(adapter.parseListings(copy, url).items.map(listingFacts)).toEqual(before.map(listingFacts));
        } else {
          const before = adapter.parseOrders(original, url).items;
          expect(before.length).toBeGreaterThan(0);
          expect(adapter.parseOrders(copy, url).items.map(orderFacts)).toEqual(before.map(orderFacts));
        }
      });

      it('holds none of the buyers’ names, emails, phones or addresses', () => {
        const personal = kind === 'listings' ? [] : adapter.parseOrders(original, url).items.flatMap(personalData);
        const lower = html.toLowerCase();
        for (const datum of personal) expect(lower, datum).not.toContain(datum.toLowerCase());
      });

      it('says what it is in its header', () => {
        expect(html.startsWith('<!DOCTYPE html>\n<!--\n  scrubbed by Orderlens: names, addresses, emails, phones and free text replaced\n')).toBe(true);
        expect(html).toContain(`  portal: ${adapter.id}\n  page: ${kind}\n`);
        expect(html).toContain('  saved: 2026-12-07T04:00:00.000Z\n  extension: 0.1.0\n');
      });
    });
  }
});
