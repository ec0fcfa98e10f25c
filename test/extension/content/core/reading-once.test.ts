// @vitest-environment happy-dom
/**
 * Reading a page once (each element's text remembered) gives exactly what
 * reading it piecemeal gives, on every saved portal page.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readingOnce } from '../../../../extension/content/portals/dom.js';
import { adapters } from '../../../../extension/content/portals/index.js';
import { loadPage } from '../portals/fixtures.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/portals');

/** A URL of each page kind per portal, so every adapter reads every saved page as each kind. */
const URLS: Record<string, string[]> = {
  amazon: ['https://sellercentral.amazon.com/orders-v3', 'https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567', 'https://sellercentral.amazon.com/myinventory/inventory'],
  ebay: ['https://www.ebay.com/sh/ord/', 'https://www.ebay.com/sh/ord/details', 'https://www.ebay.com/sh/lst/active'],
  etsy: ['https://www.etsy.com/your/orders/sold', 'https://www.etsy.com/your/orders/sold?order_id=3141592653', 'https://www.etsy.com/your/shops/me/tools/listings'],
  shopify: ['https://admin.shopify.com/store/demo/orders', 'https://admin.shopify.com/store/demo/orders/6012345678901', 'https://admin.shopify.com/store/demo/products/inventory'],
  walmart: ['https://seller.walmart.com/orders/manage-orders', 'https://seller.walmart.com/items-and-inventory/manage-items'],
};

const readAll = (adapter: (typeof adapters)[number], doc: Document, url: URL) => ({
  orders: adapter.parseOrders(doc, url),
  listings: adapter.parseListings(doc, url),
  anchors: adapter.rowAnchors(doc).map((a) => ({ ...a, anchor: a.anchor.outerHTML })),
});

describe('reading a page once', () => {
  for (const adapter of adapters) {
    for (const file of readdirSync(path.join(fixtures, adapter.id))) {
      it(`reads ${adapter.id}/${file} exactly as reading it piecemeal does`, () => {
        const doc = loadPage(adapter.id, file);
        for (const url of URLS[adapter.id]!.map((u) => new URL(u))) {
          const piecemeal = readAll(adapter, doc, url);
          expect(readingOnce(() => readAll(adapter, doc, url))).toEqual(piecemeal);
        }
      });
    }
  }
});
