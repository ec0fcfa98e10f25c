// @vitest-environment happy-dom
/**
 * Every saved portal page, scrubbed: the adapter reads the same orders and
 * listings off the copy (numbers, SKUs, statuses, totals), and nothing
 * personal the adapter read off the original is anywhere in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../extension/content/portals/amazon.js';
import * as ebay from '../../../extension/content/portals/ebay.js';
import * as etsy from '../../../extension/content/portals/etsy.js';
import * as shopify from '../../../extension/content/portals/shopify.js';
import type { CapturedOrder, ListingQuantity } from '../../../extension/content/portals/types.js';
import * as walmart from '../../../extension/content/portals/walmart.js';
import { scrubPage } from '../../../extension/content/scrub-page.js';
import { loadPage, pageOf } from './portals/fixtures.js';

const amazonUs = (path: string) => `https://sellercentral.amazon.com${path}`;
const amazonDe = (path: string) => `https://sellercentral.amazon.de${path}`;
const ebayUk = (path: string) => `https://www.ebay.co.uk${path}`;
const ebayDe = (path: string) => `https://www.ebay.de${path}`;
const ebayUs = (path: string) => `https://www.ebay.com${path}`;
const etsyAt = (path: string) => `https://www.etsy.com${path}`;
const acme = (path: string) => `https://admin.shopify.com/store/acme-goods${path}`;
const walmartAt = (path: string) => `https://seller.walmart.com${path}`;

/** Every saved page with the URL its adapter's own tests read it at. */
const PAGES = [
  { adapter: amazon, file: 'orders.html', url: amazonUs('/orders-v3/mfn/unshipped?page=2') },
  { adapter: amazon, file: 'orders-de.html', url: amazonDe('/orders-v3') },
  { adapter: amazon, file: 'orders-live.html', url: amazonUs('/orders-v3') },
  { adapter: amazon, file: 'orders-live-de.html', url: amazonDe('/orders-v3') },
  { adapter: amazon, file: 'order.html', url: amazonUs('/orders-v3/order/113-4567890-1234567') },
  { adapter: amazon, file: 'order-live.html', url: amazonUs('/orders-v3/order/113-1000001-2000001') },
  { adapter: amazon, file: 'order-live-labels.html', url: amazonUs('/orders-v3/order/113-1000002-2000002') },
  { adapter: amazon, file: 'inventory.html', url: amazonUs('/myinventory/inventory') },
  { adapter: amazon, file: 'inventory-edit.html', url: amazonUs('/myinventory/inventory') },
  { adapter: amazon, file: 'orders-confirm.html', url: amazonUs('/orders-v3/mfn/unshipped') },
  { adapter: amazon, file: 'orders-confirm-page.html', url: amazonUs('/orders-v3/mfn/unshipped') },
  { adapter: amazon, file: 'confirm-shipment.html', url: amazonUs('/orders-v3/order/113-1000000-0000005/confirm-shipment') },
  { adapter: ebay, file: 'orders.html', url: ebayUk('/sh/ord/?filter=status:AWAITING_SHIPMENT') },
  { adapter: ebay, file: 'orders-grid.html', url: ebayUk('/sh/ord/?filter=status:ALL_ORDERS') },
  { adapter: ebay, file: 'orders-grid-de.html', url: ebayDe('/sh/ord/?filter=status:AWAITING_SHIPMENT&page=2') },
  { adapter: ebay, file: 'order.html', url: ebayUk('/sh/ord/details?orderid=12-34567-89012') },
  { adapter: ebay, file: 'order-mesh.html', url: ebayUk('/mesh/ord/details?orderid=07-11223-44556') },
  { adapter: ebay, file: 'order-mesh-de.html', url: ebayDe('/mesh/ord/details?orderid=21-09876-54321') },
  { adapter: ebay, file: 'order-mesh-us.html', url: ebayUs('/mesh/ord/details?orderid=14-05512-33987') },
  { adapter: ebay, file: 'listings.html', url: ebayUs('/sh/lst/active') },
  { adapter: ebay, file: 'listings-edit.html', url: ebayUs('/sh/lst/active') },
  { adapter: ebay, file: 'orders-confirm.html', url: ebayUs('/sh/ord/?filter=status:AWAITING_SHIPMENT') },
  { adapter: etsy, file: 'orders.html', url: etsyAt('/your/orders/sold/new') },
  { adapter: etsy, file: 'orders-live.html', url: etsyAt('/your/orders/sold/new') },
  { adapter: etsy, file: 'orders-live-de.html', url: etsyAt('/your/orders/sold/40213377') },
  { adapter: etsy, file: 'order.html', url: etsyAt('/your/orders/sold?order_id=3141592654') },
  { adapter: etsy, file: 'order-live.html', url: etsyAt('/your/orders/sold/new?order_id=4172259916') },
  { adapter: etsy, file: 'order-live-de.html', url: etsyAt('/your/orders/sold/40213377?order_id=4188812035') },
  { adapter: etsy, file: 'listings.html', url: etsyAt('/your/shops/me/tools/listings') },
  { adapter: shopify, file: 'orders.html', url: acme('/orders') },
  { adapter: shopify, file: 'orders-aria.html', url: acme('/orders') },
  { adapter: shopify, file: 'orders-aria-de.html', url: 'https://admin.shopify.com/store/kaffee-koenig/orders' },
  { adapter: shopify, file: 'orders-condensed.html', url: acme('/orders') },
  { adapter: shopify, file: 'orders-condensed-de.html', url: 'https://kaffee-koenig.myshopify.com/admin/orders' },
  { adapter: shopify, file: 'orders-selectable.html', url: 'https://admin.shopify.com/store/tea-and-tin/orders' },
  { adapter: shopify, file: 'orders-selectable-headless.html', url: 'https://admin.shopify.com/store/tea-and-tin/orders' },
  { adapter: shopify, file: 'order.html', url: acme('/orders/6012345678901') },
  { adapter: shopify, file: 'order-live.html', url: acme('/orders/6012345678931') },
  { adapter: shopify, file: 'order-live-de.html', url: 'https://kaffee-koenig.myshopify.com/admin/orders/5512345678941' },
  { adapter: shopify, file: 'listings.html', url: acme('/products/inventory') },
  { adapter: shopify, file: 'inventory-edit.html', url: acme('/products/inventory') },
  { adapter: shopify, file: 'inventory-aria.html', url: acme('/products/inventory') },
  { adapter: shopify, file: 'inventory-condensed-de.html', url: 'https://kaffee-koenig.myshopify.com/admin/products/inventory' },
  { adapter: walmart, file: 'orders.html', url: walmartAt('/orders/manage-orders?orderGroups=Unshipped&page=2') },
  { adapter: walmart, file: 'orders-grid.html', url: walmartAt('/orders/manage-orders?orderGroups=Unshipped') },
  { adapter: walmart, file: 'orders-table.html', url: walmartAt('/orders/manage-orders') },
  { adapter: walmart, file: 'order.html', url: walmartAt('/orders/manage-orders?poNumber=1234567890124') },
  { adapter: walmart, file: 'details-legacy.html', url: walmartAt('/order-management/details?poNumber=1234567890202') },
  { adapter: walmart, file: 'details-legacy-partial.html', url: walmartAt('/order-management/details?poNumber=1234567890203') },
  { adapter: walmart, file: 'items.html', url: walmartAt('/items-and-inventory/manage-items') },
] as const;

/** What must survive the scrub: an order's numbers, SKUs, statuses and total. */
const orderFacts = (o: CapturedOrder) => ({
  externalId: o.externalId,
  channelStatus: o.channelStatus,
  status: o.status,
  paymentStatus: o.paymentStatus,
  currency: o.currency,
  total: o.total,
  lines: o.lines.map((l) => ({ sku: l.sku, channelSku: l.channelSku, quantity: l.quantity, unitPrice: l.unitPrice })),
});
const listingFacts = (l: ListingQuantity) => ({ channelSku: l.channelSku, sku: l.sku, listedQuantity: l.listedQuantity, price: l.price, currency: l.currency });

/** The personal data an order carries: buyer (name, email, user name) and ship-to, as the adapter read them; a region only when it is more than a code. */
const personalData = (o: CapturedOrder) =>
  [o.buyer?.name, o.buyer?.email, o.buyer?.externalId, o.shipTo?.name, o.shipTo?.line1, o.shipTo?.line2, o.shipTo?.city, o.shipTo?.postalCode, o.shipTo?.phone, o.shipTo?.region]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .filter((v) => v !== o.shipTo?.region || v.length > 3);

/** A phone's digits, which must not survive even split over elements or regrouped. */
const phoneDigits = (o: CapturedOrder) => o.shipTo?.phone?.replace(/\D/g, '');
/** The copy's digits with separators inside numbers taken out ("(415) 555-0134" → "4155550134"). */
const digitRuns = (html: string) => html.replace(/(\d)[\s().+\-\u00a0]+(?=\d)/g, '$1');

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/portals');
const NOW = new Date('2026-12-07T04:00:00Z');

describe('a scrubbed portal page', () => {
  it('is tested for every saved portal page', () => {
    const saved = fs
      .readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.split(path.sep).join('/'));
    expect(PAGES.map((p) => `${p.adapter.id}/${p.file}`).sort()).toEqual(saved.sort());
  });

  for (const { adapter, file, url: href } of PAGES) {
    const url = new URL(href);
    describe(`${adapter.id}/${file}`, () => {
      const original = loadPage(adapter.id, file);
      const html = scrubPage(original, { portal: adapter, url, now: NOW, version: '0.1.0' });
      const copy = pageOf(html);
      const kind = adapter.pageKind(url);

      it('reads as the same orders or listings', () => {
        if (kind === undefined) {
          // A page the adapter reads nothing at (a confirm-shipment form) stays so.
          expect(adapter.parseOrders(copy, url).items).toEqual([]);
          expect(adapter.parseOrders(original, url).items).toEqual([]);
        } else if (kind === 'listings') {
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
        const digits = digitRuns(html);
        const phones = kind === 'listings' ? [] : adapter.parseOrders(original, url).items.map(phoneDigits);
        for (const phone of phones) if (phone && phone.length >= 7) expect(digits, phone).not.toContain(phone);
      });

      it('says what it is in its header', () => {
        expect(html.startsWith('<!DOCTYPE html>\n<!--\n  scrubbed by Orderlens: names, addresses, emails, phones and free text replaced\n')).toBe(true);
        expect(html).toContain(`  portal: ${adapter.id}\n  page: ${kind ?? 'unknown'}\n`);
        expect(html).toContain('  saved: 2026-12-07T04:00:00.000Z\n  extension: 0.1.0\n');
      });
    });
  }
});
