// @vitest-environment happy-dom
/**
 * What every adapter must make of its portal's URLs and saved pages, kept as
 * one table per promise: which kind of page a URL is, what a saved page reads
 * (test/fixtures/portals/<portal>/<name>.reading.json), where listing chips
 * go, and how much of a live page was read. Each portal's own quirks are in
 * its own test file.
 */
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../../extension/content/portals/amazon.js';
import * as ebay from '../../../../extension/content/portals/ebay.js';
import * as etsy from '../../../../extension/content/portals/etsy.js';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import type { PageKind, PortalAdapter, PortalId, RowAnchor } from '../../../../extension/content/portals/types.js';
import * as walmart from '../../../../extension/content/portals/walmart.js';
import { loadPage, pageHealth, savedReading } from './fixtures.js';

const ADAPTERS: Record<PortalId, PortalAdapter> = { amazon, ebay, etsy, shopify, walmart };

/** URLs an adapter knows, each with its kind of page; `undefined`: the adapter has nothing to say there. */
const PAGE_KINDS: Array<{ portal: PortalId; says: string; urls: Array<[string, PageKind | undefined]> }> = [
  {
    portal: 'amazon',
    says: 'knows order lists, order details and inventory by their URLs',
    urls: [
      ['https://sellercentral.amazon.com/orders-v3', 'orders'],
      ['https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=2', 'orders'],
      ['https://sellercentral.amazon.com/orders-v3/ref=xx_myo_dnav_xx', 'orders'],
      ['https://sellercentral.amazon.de/orders-v3/pending', 'orders'],
      ['https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567', 'order'],
      ['https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all', 'listings'],
      ['https://sellercentral.amazon.com/inventory', 'listings'],
    ],
  },
  {
    portal: 'amazon',
    says: 'has nothing to say about other Seller Central pages or other sites',
    urls: [
      ['https://sellercentral.amazon.com/home', undefined],
      ['https://sellercentral.amazon.com/orders-v3/order/not-an-order', undefined],
      ['https://www.amazon.com/orders-v3', undefined],
      ['https://sellercentral.amazon.com.evil.example/orders-v3', undefined],
    ],
  },
  {
    portal: 'ebay',
    says: 'knows the orders grid, order details and active listings by their URLs',
    urls: [
      ['https://www.ebay.com/sh/ord/', 'orders'],
      ['https://www.ebay.com/sh/ord?filter=status:AWAITING_SHIPMENT', 'orders'],
      ['https://www.ebay.co.uk/sh/ord/details?orderid=12-34567-89012', 'order'],
      ['https://www.ebay.de/sh/lst/active', 'listings'],
    ],
  },
  {
    portal: 'ebay',
    says: 'has nothing to say about other Seller Hub pages or eBay pages outside Seller Hub',
    urls: [
      ['https://www.ebay.com/sh/ovw', undefined],
      ['https://www.ebay.com/sh/lst/drafts', undefined],
      ['https://www.ebay.com/itm/256789012345', undefined],
      ['https://www.ebay.fr/sh/ord/', undefined],
    ],
  },
  {
    portal: 'etsy',
    says: 'knows sold orders, one open order and listings by their URLs',
    urls: [
      ['https://www.etsy.com/your/orders/sold', 'orders'],
      ['https://www.etsy.com/your/orders/sold/new?page=2', 'orders'],
      ['https://www.etsy.com/your/orders/sold/completed', 'orders'],
      ['https://www.etsy.com/your/orders/sold?order_id=3141592654', 'order'],
      ['https://www.etsy.com/your/shops/me/tools/listings', 'listings'],
    ],
  },
  {
    portal: 'etsy',
    says: "knows the seller's own order sections by their numeric ids",
    urls: [
      ['https://www.etsy.com/your/orders/sold/40213377', 'orders'],
      ['https://www.etsy.com/your/orders/sold/40213377/?page=2', 'orders'],
      ['https://www.etsy.com/your/orders/sold/40213377?order_id=4188812034', 'order'],
      ['https://www.etsy.com/your/orders/sold/engraving', undefined],
      ['https://www.etsy.com/your/orders/sold/40213377/labels', undefined],
    ],
  },
  {
    portal: 'etsy',
    says: 'has nothing to say about other Etsy pages',
    urls: [
      ['https://www.etsy.com/your/shops/me/dashboard', undefined],
      ['https://www.etsy.com/listing/1234567890/mug', undefined],
      ['https://www.etsy.com.evil.example/your/orders/sold', undefined],
    ],
  },
  {
    portal: 'shopify',
    says: 'knows orders, one order, inventory and product pages by their URLs, old and new',
    urls: [
      ['https://admin.shopify.com/store/acme-goods/orders', 'orders'],
      ['https://admin.shopify.com/store/acme-goods/orders?status=open&inContextTimeframe=none', 'orders'],
      ['https://admin.shopify.com/store/acme-goods/orders/6012345678901', 'order'],
      ['https://admin.shopify.com/store/acme-goods/products/inventory?location_id=1', 'listings'],
      ['https://admin.shopify.com/store/acme-goods/products/8123456789012', 'listings'],
      ['https://acme-goods.myshopify.com/admin/orders/6012345678901', 'order'],
      ['https://acme-goods.myshopify.com/admin/orders', 'orders'],
    ],
  },
  {
    portal: 'shopify',
    says: 'has nothing to say about other admin pages or storefronts',
    urls: [
      ['https://admin.shopify.com/store/acme-goods/customers', undefined],
      ['https://admin.shopify.com/store/acme-goods/orders/drafts', undefined],
      ['https://acme-goods.myshopify.com/products/tee', undefined],
      ['https://shopify.com/store/acme-goods/orders', undefined],
    ],
  },
  {
    portal: 'walmart',
    says: 'knows Manage Orders, one PO and Manage Items by their URLs',
    urls: [
      ['https://seller.walmart.com/orders/manage-orders', 'orders'],
      ['https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped', 'orders'],
      ['https://seller.walmart.com/orders/manage-orders?orderGroups=All&poNumber=1234567890124', 'order'],
      ['https://seller.walmart.com/items-and-inventory/manage-items', 'listings'],
    ],
  },
  {
    portal: 'walmart',
    says: 'has nothing to say about other Seller Center pages or walmart.com',
    urls: [
      ['https://seller.walmart.com/home', undefined],
      ['https://seller.walmart.com/orders/returns', undefined],
      ['https://www.walmart.com/orders/manage-orders', undefined],
    ],
  },
];

describe('which kind of page a URL is', () => {
  it.each(PAGE_KINDS)('$portal $says', ({ portal, urls }) => {
    for (const [url, kind] of urls) expect(ADAPTERS[portal].pageKind(new URL(url)), url).toBe(kind);
  });
});

/** Saved pages and the reading each must give, exactly (`<saved>.reading.json`). */
const READINGS: Array<{ portal: PortalId; says: string; file: string; url: string; read: 'parseOrders' | 'parseListings'; saved: string }> = [
  {
    portal: 'amazon',
    says: 'reads every order on the page, folding extra item rows into their order',
    file: 'orders.html',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=2',
    read: 'parseOrders',
    saved: 'orders',
  },
  {
    portal: 'amazon',
    says: 'reads euro amounts and day-first dates on Amazon.de, in English or German labels',
    file: 'orders-de.html',
    url: 'https://sellercentral.amazon.de/orders-v3',
    read: 'parseOrders',
    saved: 'orders-de',
  },
  {
    portal: 'amazon',
    says: 'reads the order from the light DOM of its kat-* components',
    file: 'order.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567',
    read: 'parseOrders',
    saved: 'order',
  },
  {
    portal: 'amazon',
    says: 'reads each listing by seller SKU with its ASIN beside it and available quantity, from inputs or text',
    file: 'inventory.html',
    url: 'https://sellercentral.amazon.com/myinventory/inventory',
    read: 'parseListings',
    saved: 'inventory',
  },
  // Two sporks "Sold for £17.00": each, or both? Unknown, and said so.
  {
    portal: 'ebay',
    says: 'reads every order in pounds with its buyer, items and UK status words',
    file: 'orders.html',
    url: 'https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT',
    read: 'parseOrders',
    saved: 'orders',
  },
  {
    portal: 'ebay',
    says: 'reads the order with its delivery address, postage service and total',
    file: 'order.html',
    url: 'https://www.ebay.co.uk/sh/ord/details?orderid=12-34567-89012',
    read: 'parseOrders',
    saved: 'order',
  },
  {
    portal: 'ebay',
    says: 'reads each listing by item number, with its custom label when it has one',
    file: 'listings.html',
    url: 'https://www.ebay.com/sh/lst/active',
    read: 'parseListings',
    saved: 'listings',
  },
  {
    portal: 'etsy',
    says: 'reads every order card with its items, buyer and structured address',
    file: 'orders.html',
    url: 'https://www.etsy.com/your/orders/sold/new',
    read: 'parseOrders',
    saved: 'orders',
  },
  {
    portal: 'etsy',
    says: 'reads each listing by listing id with its SKU, and "Sold out" as zero in stock',
    file: 'listings.html',
    url: 'https://www.etsy.com/your/shops/me/tools/listings',
    read: 'parseListings',
    saved: 'listings',
  },
  {
    portal: 'shopify',
    says: 'reads each order by its name, with both status badges and no screen-reader words',
    file: 'orders.html',
    url: 'https://admin.shopify.com/store/acme-goods/orders',
    read: 'parseOrders',
    saved: 'orders',
  },
  {
    portal: 'shopify',
    says: 'reads the order with its line items, customer and shipping address',
    file: 'order.html',
    url: 'https://admin.shopify.com/store/acme-goods/orders/6012345678901',
    read: 'parseOrders',
    saved: 'order',
  },
  {
    portal: 'shopify',
    says: 'reads each variant by id with its SKU and available quantity, negative when oversold',
    file: 'listings.html',
    url: 'https://admin.shopify.com/store/acme-goods/products/inventory',
    read: 'parseListings',
    saved: 'listings',
  },
  // The last PO on the page: a further line of it may not be drawn yet, and its lines do not add up to its total.
  {
    portal: 'walmart',
    says: 'reads one order per PO, its lines folded in and its status from all line statuses',
    file: 'orders.html',
    url: 'https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped&page=2',
    read: 'parseOrders',
    saved: 'orders',
  },
  {
    portal: 'walmart',
    says: 'reads the one PO the URL names, with its ship-to address',
    file: 'order.html',
    url: 'https://seller.walmart.com/orders/manage-orders?poNumber=1234567890124',
    read: 'parseOrders',
    saved: 'order',
  },
  {
    portal: 'walmart',
    says: 'reads each item by Walmart item id with SKU, inventory and price',
    file: 'items.html',
    url: 'https://seller.walmart.com/items-and-inventory/manage-items',
    read: 'parseListings',
    saved: 'items',
  },
];

describe('what a saved page reads', () => {
  it.each(READINGS)('$portal $says', ({ portal, file, url, read, saved }) => {
    expect(ADAPTERS[portal][read](loadPage(portal, file), new URL(url))).toEqual(savedReading(portal, saved));
  });
});

/** Each listings page's chip anchors: the channel SKUs in page order, and what each anchor is. */
const LISTING_ANCHORS: Array<{ portal: PortalId; says: string; file: string; skus: string[]; shown: (a: RowAnchor) => string | null; expected: string[] }> = [
  {
    portal: 'amazon',
    says: 'puts a chip anchor beside each quantity',
    file: 'inventory.html',
    skus: ['BCB-L-001', 'BW-WRAP-3', 'LTT-NAT-2', 'CPB-5'],
    shown: (a) => a.anchor.getAttribute('data-column'),
    expected: ['quantity', 'quantity', 'quantity', 'quantity'],
  },
  {
    portal: 'ebay',
    says: 'puts a chip anchor beside each available quantity',
    file: 'listings.html',
    skus: ['256789012345', '256789012346', '256789012350', '256789012351'],
    shown: (a) => a.anchor.textContent,
    expected: ['7', '0', '15', '3'],
  },
  {
    portal: 'etsy',
    says: 'puts a chip anchor beside each stock line',
    file: 'listings.html',
    skus: ['1234567890', '1234567891', '1234567892', '1234567893'],
    shown: (a) => a.anchor.textContent,
    expected: ['12 in stock', '3 in stock', 'Sold out', '1 in stock'],
  },
  {
    portal: 'shopify',
    says: 'puts a chip anchor beside each Available cell',
    file: 'listings.html',
    skus: ['45123456789012', '45123456789013', '45123456789020', '45123456789030'],
    shown: (a) => a.anchor.localName,
    expected: ['td', 'td', 'td', 'td'],
  },
  {
    portal: 'walmart',
    says: 'puts a chip anchor beside each inventory cell',
    file: 'items.html',
    skus: ['512345678', '987654321', '876543210', '765432109'],
    shown: (a) => a.anchor.textContent,
    expected: ['120', '0', '1,050', '14'],
  },
];

describe('where listing chips go', () => {
  it.each(LISTING_ANCHORS)('$portal $says', ({ portal, file, skus, shown, expected }) => {
    const anchors = ADAPTERS[portal].rowAnchors(loadPage(portal, file));
    expect(anchors.map((a) => (a.kind === 'listing' ? a.channelSku : a.externalId))).toEqual(skus);
    expect(anchors.map((a) => (a.kind === 'listing' ? shown(a) : a.kind))).toEqual(expected);
  });
});

describe('how much of a live page was read', () => {
  it.each([
    ['etsy', 'orders-live.html', 'https://www.etsy.com/your/orders/sold/new', 3],
    ['etsy', 'orders-live-de.html', 'https://www.etsy.com/your/orders/sold/40213377', 2],
    ['etsy', 'order-live.html', 'https://www.etsy.com/your/orders/sold/new?order_id=4172259916', 1],
    ['etsy', 'order-live-de.html', 'https://www.etsy.com/your/orders/sold/40213377?order_id=4188812035', 1],
    ['walmart', 'orders-grid.html', 'https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped', 3],
    ['walmart', 'orders-table.html', 'https://seller.walmart.com/orders/manage-orders?orderGroups=All&poNumber=1234567890202', 1],
    ['walmart', 'details-legacy.html', 'https://seller.walmart.com/order-management/details?poNumber=1234567890202', 1],
    ['walmart', 'details-legacy-partial.html', 'https://seller.walmart.com/order-management/details?poNumber=1234567890203', 1],
  ] as const)('%s reads every order %s shows', (portal, file, url, orders) => {
    expect(pageHealth(ADAPTERS[portal], file, url)).toMatchObject({ idsSeen: orders, rowsRead: orders, rowsSkipped: 0 });
  });
});
