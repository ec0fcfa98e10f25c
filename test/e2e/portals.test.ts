/**
 * The overlay on all five portals in real Chromium: each portal's real URLs
 * are routed to its saved pages, so the manifest's match patterns fire the
 * real content scripts, against the real worker (behind a proxy that counts
 * requests). For each portal: the page's orders arrive in the book; every
 * order row gets a chip with the book's unified status; the statuses of a
 * page pass travel in one request; an SPA re-render keeps the chips and its
 * new row is captured; a listing shown above what can be sold gets "At
 * risk". One browser, one worker and one seller serve every portal.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PortalId } from '../../extension/content/portals/types.js';
import { STATUS_WORDS } from '../../extension/shared/words.js';
import type { OrderStatus } from '../../shared/status.js';
import { type CountingProxy, startCountingProxy } from './counting-proxy.js';
import {
  AMAZON_ORDERS_PAGE_STATUSES,
  api,
  chipsInPage,
  createSeller,
  type ExtensionBrowser,
  eventually,
  pagesClosedAfterEach,
  routePortal,
  type ShownChip,
  screenshot,
  workerAndBrowsers,
} from './harness.js';

/** A listing to link to a SKU with some stock. */
interface StockedListing {
  channelSku: string;
  sku: string;
  onHand: number;
  /** The quantity the page shows. */
  shown: number;
}

/** One portal's pages and what they should end up showing. */
interface PortalCase {
  id: PortalId;
  orders: { url: string; fixture: string };
  /** An order's own page, for portals whose list shows no items (Shopify). */
  order?: { url: string; fixture: string; externalId: string };
  listings: { url: string; fixture: string };
  /** The unified status each order row should show, or "not_in_book". */
  chips: Record<string, OrderStatus | 'not_in_book'>;
  /** The SPA re-render: the container the portal swaps, a row inside it to copy as a new order. */
  rerender: { container: string; row: string; from: string; to: string };
  atRisk: StockedListing;
  ok: StockedListing;
  /** A listing left unlinked. */
  unlinked: string;
}

const PORTALS: PortalCase[] = [
  {
    id: 'amazon',
    orders: { url: 'https://sellercentral.amazon.com/orders-v3', fixture: 'amazon/orders.html' },
    listings: { url: 'https://sellercentral.amazon.com/myinventory/inventory', fixture: 'amazon/inventory.html' },
    chips: AMAZON_ORDERS_PAGE_STATUSES,
    rerender: { container: '#orders-table', row: 'tbody > tr', from: '113-4567890-1234567', to: '113-4567890-7777777' },
    // Amazon stocks by seller SKU: the page's SKU is the listing key, the ASIN sits beside it.
    atRisk: { channelSku: 'BCB-L-001', sku: 'BCB-L-001', onHand: 12, shown: 42 },
    ok: { channelSku: 'BW-WRAP-3', sku: 'BW-WRAP-3', onHand: 5000, shown: 1204 },
    unlinked: 'CPB-5',
  },
  {
    id: 'ebay',
    orders: { url: 'https://www.ebay.com/sh/ord/', fixture: 'ebay/orders.html' },
    listings: { url: 'https://www.ebay.com/sh/lst/active', fixture: 'ebay/listings.html' },
    chips: { '12-34567-89012': 'ready', '23-45678-90123': 'ready', '34-56789-01234': 'pending', '45-67890-12345': 'shipped', '56-78901-23456': 'cancelled' },
    rerender: { container: '#mainContent table', row: 'tbody > tr', from: '12-34567-89012', to: '12-34567-77777' },
    atRisk: { channelSku: '256789012345', sku: 'TENT-2P-GRN', onHand: 6, shown: 7 },
    ok: { channelSku: '256789012351', sku: 'STOVE-TI-PRO', onHand: 40, shown: 3 },
    unlinked: '256789012350',
  },
  {
    id: 'etsy',
    orders: { url: 'https://www.etsy.com/your/orders/sold', fixture: 'etsy/orders.html' },
    listings: { url: 'https://www.etsy.com/your/shops/me/tools/listings', fixture: 'etsy/listings.html' },
    chips: { '3141592653': 'ready', '3141592654': 'ready', '3141592655': 'shipped', '3141592656': 'cancelled', '3141592657': 'pending' },
    rerender: { container: 'section[aria-label="orders"]', row: '.order-card', from: '3141592653', to: '3141599999' },
    atRisk: { channelSku: '1234567890', sku: 'MUG-SPK', onHand: 9, shown: 12 },
    ok: { channelSku: '1234567893', sku: 'DIN-24', onHand: 30, shown: 1 },
    unlinked: '1234567891',
  },
  {
    id: 'shopify',
    orders: { url: 'https://admin.shopify.com/store/demo/orders', fixture: 'shopify/orders.html' },
    order: { url: 'https://admin.shopify.com/store/demo/orders/6012345678901', fixture: 'shopify/order.html', externalId: '#1001' },
    listings: { url: 'https://admin.shopify.com/store/demo/products/inventory', fixture: 'shopify/listings.html' },
    // The orders list shows no items: its orders enter the book with lines unknown; #1001's come from its own page.
    chips: { '#1001': 'ready', '#1002': 'pending', '#1003': 'shipped', '#1004': 'cancelled', '#1005': 'partially_shipped' },
    rerender: { container: 'table', row: 'tbody > tr', from: '#1001', to: '#1099' },
    atRisk: { channelSku: '45123456789012', sku: 'TEE-ORG-BLK-M', onHand: 14, shown: 18 },
    ok: { channelSku: '45123456789013', sku: 'TEE-ORG-BLK-L', onHand: 25, shown: 0 },
    unlinked: '45123456789030',
  },
  {
    id: 'walmart',
    orders: { url: 'https://seller.walmart.com/orders/manage-orders', fixture: 'walmart/orders.html' },
    listings: { url: 'https://seller.walmart.com/items-and-inventory/manage-items', fixture: 'walmart/items.html' },
    // The last PO's status cannot be read off the page; the book files it as pending.
    // The table's last PO may have lines not drawn yet, and Walmart's status is per line: it stays unknown.
    chips: { '1234567890123': 'ready', '1234567890124': 'partially_shipped', '1234567890125': 'delivered', '1234567890126': 'cancelled', '1234567890127': 'unknown' },
    rerender: { container: '[role="table"], [role="grid"]', row: '[role="row"]:has([role="cell"])', from: '1234567890123', to: '1234567899999' },
    atRisk: { channelSku: '512345678', sku: 'WB-32-SS', onHand: 100, shown: 120 },
    ok: { channelSku: '765432109', sku: 'MUG-SET-6', onHand: 200, shown: 14 },
    unlinked: '876543210',
  },
];

/** A chip as the page shows it: the host's marks and the words inside its shadow root. */
/** Every chip of a kind on the page. */
function chipsOn(page: Page, kind: 'status' | 'risk'): Promise<ShownChip[]> {
  return page.evaluate(chipsInPage, kind);
}

/** The content script's last pass figures (data-orderlens-timing on <html>). */
async function timingOf(page: Page): Promise<{ pass: number; askedSoFar: Record<string, number> } | undefined> {
  const raw = await page.evaluate(() => document.documentElement.getAttribute('data-orderlens-timing'));
  return raw ? JSON.parse(raw) : undefined;
}

/**
 * Waits until the page's passes have settled with as many statuses messages
 * as the worker saw statuses requests since `from`; returns that number.
 */
async function statusReadsMatchPasses(page: Page, channelId: string, from: number): Promise<number> {
  return eventually(
    async () => {
      const asked = (await timingOf(page))?.askedSoFar.statuses;
      return asked !== undefined && asked === statusReadsOf(channelId, from).length ? asked : undefined;
    },
    10_000,
    'one statuses request per pass',
  );
}

/** The worker's statuses requests about a channel since `from`. */
const statusReadsOf = (channelId: string, from: number) => proxy.requestsTo('POST', '/v1/orders/statuses', from).filter((r) => r.body?.channelId === channelId);

/** Words a status chip shows for a state. */
const wordsFor = (state: OrderStatus | 'not_in_book' | 'queued') => (state === 'not_in_book' ? 'Not in book' : state === 'queued' ? 'Queued' : STATUS_WORDS[state]);

/** Waits until the page shows a chip for each id and none says "Queued"; returns them by id. */
async function settledChips(page: Page, ids: readonly string[], kind: 'status' | 'risk' = 'status'): Promise<Map<string, ShownChip>> {
  return eventually(
    async () => {
      const chips = await chipsOn(page, kind);
      const byId = new Map(chips.map((c) => [c.id, c]));
      const done = ids.every((id) => byId.has(id) && byId.get(id)!.state !== 'queued') && chips.length === ids.length;
      return done ? byId : undefined;
    },
    30_000,
    `${kind} chips for ${ids.join(', ')}`,
  );
}

const local = workerAndBrowsers();
let proxy: CountingProxy;
let ext: ExtensionBrowser;
let book: ReturnType<typeof api>;
const channelOf: Partial<Record<PortalId, string>> = {};

beforeAll(async () => {
  proxy = await startCountingProxy(local.worker.url);
  const seller = await createSeller(local.worker, 'Five Portals Goods');
  book = api(local.worker, seller.token);

  // The seller's channels and stock: each portal's at-risk listing has less to sell than the page shows.
  for (const portal of PORTALS) channelOf[portal.id] = await book.channelWithStock(portal.id, [portal.atRisk, portal.ok]);

  ext = await local.launch();
  for (const portal of PORTALS) {
    for (const page of [portal.orders, portal.listings, ...(portal.order ? [portal.order] : [])]) await routePortal(ext.context, page.url, page.fixture);
  }
  await ext.configure({ url: proxy.url, token: seller.token });
});

const openPages = pagesClosedAfterEach<Page>();

afterAll(async () => {
  // The browser first: the proxy's close waits for the connections the browser holds open.
  await ext?.close();
  await proxy?.close();
});

/** Opens a portal page in a fresh tab and returns it with the proxy's request count at that moment. */
async function openPortalPage(url: string): Promise<{ page: Page; from: number }> {
  const page = await ext.context.newPage();
  openPages.push(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const from = proxy.seen.length;
  await page.goto(url);
  return { page, from };
}

/** The swap a portal's SPA makes: the container re-rendered from scratch, with one new order copied from a row. */
function rerender(page: Page, r: PortalCase['rerender']): Promise<void> {
  return page.evaluate(({ container, row, from, to }) => {
    const old = document.querySelector(container)!;
    const fresh = old.cloneNode(true) as Element;
    // What the portal renders is its own markup, never the chips Orderlens had put there.
    for (const chip of fresh.querySelectorAll('[data-orderlens]')) chip.remove();
    const first = fresh.querySelector(row)!;
    const template = document.createElement('template');
    template.innerHTML = first.outerHTML.replaceAll(from, to);
    first.before(template.content);
    old.replaceWith(fresh);
  }, r);
}

describe.each(PORTALS)('the overlay on $id', (portal) => {
  test('captures the orders page, shows each order’s status from the book, asks for statuses once per pass, and survives an SPA re-render', async () => {
    const channelId = channelOf[portal.id]!;
    const ids = Object.keys(portal.chips);

    if (portal.order) {
      // An order opened on its own page comes in with its items; the list page later keeps them.
      const { page } = await openPortalPage(portal.order.url);
      const stored = await eventually(
        async () => {
          const orders = await book.ordersOf(channelId);
          return orders.length === 1 ? orders : undefined;
        },
        30_000,
        'the order opened on its own page',
      );
      expect(stored.map((o) => o.externalId)).toEqual([portal.order.externalId]);
      await page.close();
    }

    const { page, from } = await openPortalPage(portal.orders.url);
    const chips = await settledChips(page, ids);

    // Every order the page lists with its items is in the book, and nothing else.
    const captured = ids.filter((id) => portal.chips[id] !== 'not_in_book');
    const stored = await book.ordersOf(channelId);
    expect(stored.map((o) => o.externalId).sort()).toEqual([...captured].sort());

    // Each chip says what the book says.
    const bookStatus = new Map(stored.map((o) => [o.externalId, o.status]));
    for (const id of ids) {
      expect(chips.get(id), id).toMatchObject({ state: portal.chips[id], words: wordsFor(portal.chips[id]!) });
      expect(bookStatus.get(id) ?? 'not_in_book').toBe(portal.chips[id]);
    }
    const pill = page.locator(`[data-orderlens="status"][data-orderlens-id="${ids[0]}"] .pill`);
    expect(await pill.textContent()).toBe(wordsFor(portal.chips[ids[0]!]!));

    // Statuses: one worker request per page pass, each carrying every order on the page.
    expect(await statusReadsMatchPasses(page, channelId, from)).toBeGreaterThanOrEqual(1);
    const statusReads = statusReadsOf(channelId, from);
    for (const read of statusReads) {
      expect(read.body).toEqual({ channelId, externalIds: ids });
    }
    await screenshot(page, portal.id);

    // The portal re-renders its list with a new order on top: chips come back, one per row, and the new row is captured.
    const afterSwap = proxy.seen.length;
    await rerender(page, portal.rerender);
    const newState = portal.chips[portal.rerender.from]!;
    const swapped = await settledChips(page, [portal.rerender.to, ...ids]);
    expect(swapped.get(portal.rerender.to)).toMatchObject({ state: newState, words: wordsFor(newState) });
    for (const id of ids) expect(swapped.get(id)?.state, id).toBe(portal.chips[id]);
    if (newState !== 'not_in_book') {
      expect((await book.ordersOf(channelId)).map((o) => o.externalId).sort()).toEqual([...captured, portal.rerender.to].sort());
      // Only the new order travelled: the others had not changed since this page sent them.
      const captures = proxy.requestsTo('POST', '/v1/orders', afterSwap);
      expect(captures.flatMap((c) => c.body.orders.map((o: { externalId: string }) => o.externalId))).toEqual([portal.rerender.to]);
    }
    expect(await statusReadsMatchPasses(page, channelId, from)).toBeGreaterThan(statusReads.length);
    // A pass that read the page just before the swap may ask after it with the old list; every pass after carries the new row.
    const oldList = { channelId, externalIds: ids };
    const newList = { channelId, externalIds: [portal.rerender.to, ...ids] };
    const readsAfterSwap = statusReadsOf(channelId, afterSwap).map((read) => read.body);
    for (const body of readsAfterSwap) expect([oldList, newList]).toContainEqual(body);
    expect(readsAfterSwap.at(-1)).toEqual(newList);
    await page.close();
  });

  test('marks a listing shown above what can be sold as at risk, with the numbers on hover', async () => {
    const { page } = await openPortalPage(portal.listings.url);
    const linked = [portal.atRisk.channelSku, portal.ok.channelSku];
    const chips = await eventually(
      async () => {
        const shown = new Map((await chipsOn(page, 'risk')).map((c) => [c.id, c]));
        return linked.every((sku) => shown.get(sku) && shown.get(sku)!.state !== 'not_linked') ? shown : undefined;
      },
      30_000,
      'risk chips',
    );

    const risk = (await book.call('POST', '/v1/risk/query', { channelId: channelOf[portal.id], channelSkus: [portal.atRisk.channelSku] })).body.risks[0];
    expect(risk).toMatchObject({ channelSku: portal.atRisk.channelSku, level: 'at_risk', listed: portal.atRisk.shown });
    expect(chips.get(portal.atRisk.channelSku)).toEqual({
      id: portal.atRisk.channelSku,
      state: 'at_risk',
      words: 'At risk',
      details: `On hand ${risk.onHand} · Reserved ${risk.reserved} · Available to sell here ${risk.availableToSell} · Listed here ${portal.atRisk.shown} (SKU ${portal.atRisk.sku})`,
    });
    expect(risk.availableToSell).toBeLessThan(portal.atRisk.shown);
    expect(chips.get(portal.ok.channelSku)).toMatchObject({ state: 'ok', words: 'OK' });
    expect(chips.get(portal.unlinked)).toMatchObject({ state: 'not_linked', words: 'Not linked' });
    await screenshot(page, `${portal.id}-listings`);
    await page.close();
  });
});

describe('the portal switch', () => {
  test('switching a portal off in Options takes its chips away at once, and switching it on brings them back', async () => {
    const { page } = await openPortalPage(PORTALS[0]!.orders.url);
    const ids = Object.keys(PORTALS[0]!.chips);
    await settledChips(page, ids);
    await ext.setStorage({ portals: { amazon: false, ebay: true, etsy: true, shopify: true, walmart: true } });
    await eventually(async () => ((await chipsOn(page, 'status')).length === 0 ? true : undefined), 10_000, 'chips to go');
    await ext.setStorage({ portals: { amazon: true, ebay: true, etsy: true, shopify: true, walmart: true } });
    const back = await settledChips(page, ids);
    expect([...back.keys()].sort()).toEqual([...ids].sort());
    await page.close();
  });
});
