/**
 * The overlay in Firefox ESR (the Firefox build as a temporary add-on,
 * driven over WebDriver BiDi), against the real worker, configured by
 * managed storage: each of the five portals' orders pages, served at the
 * real portal URLs, lands in the book and shows each order's status chip; a
 * listing shown above what can be sold gets "At risk"; a page Orderlens
 * cannot fully read shows the page-health marker and its orders go in as
 * "unknown"; orders captured while the worker is down wait as "Queued" and
 * arrive once it is back.
 *
 * What the Chrome suite covers that this run cannot: everything done on an
 * extension page (options, popup, dashboard, accounts, save-page, the
 * background asked directly, its database and badge read), because the
 * driver refuses to navigate to moz-extension:// URLs and tabs the add-on
 * opens stay hidden from it; stopping the background (Firefox's MV3
 * background is an event page, with no CDP to stop it) and reopening the
 * same profile (a temporary add-on is gone when the browser closes); the
 * request counts per page pass (they rely on a counting proxy in front of
 * the worker set from an extension page; the managed URL could name it, but
 * the counts are Chrome-timing figures already proven there).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PortalId } from '../../../extension/content/portals/types.js';
import { STATUS_WORDS } from '../../../extension/shared/words.js';
import type { OrderStatus } from '../../../shared/status.js';
import { AMAZON_ORDERS_PAGE_STATUSES, api, eventually, pagesClosedAfterEach } from '../harness.js';
import { buildFirefoxExtensionIfStale, chipsOn, createSeller, type FirefoxWithAddon, fixture, type LocalWorker, launchFirefox, type ShownChip, startLocalWorker } from './harness.js';

/** One portal's orders page and the unified status each order's chip should show. */
interface PortalCase {
  id: PortalId;
  url: string;
  fixture: string;
  chips: Record<string, OrderStatus>;
}

const PORTALS: PortalCase[] = [
  {
    id: 'amazon',
    url: 'https://sellercentral.amazon.com/orders-v3',
    fixture: 'amazon/orders.html',
    chips: AMAZON_ORDERS_PAGE_STATUSES,
  },
  {
    id: 'ebay',
    url: 'https://www.ebay.com/sh/ord/',
    fixture: 'ebay/orders.html',
    chips: { '12-34567-89012': 'ready', '23-45678-90123': 'ready', '34-56789-01234': 'pending', '45-67890-12345': 'shipped', '56-78901-23456': 'cancelled' },
  },
  {
    id: 'etsy',
    url: 'https://www.etsy.com/your/orders/sold',
    fixture: 'etsy/orders.html',
    chips: { '3141592653': 'ready', '3141592654': 'ready', '3141592655': 'shipped', '3141592656': 'cancelled', '3141592657': 'pending' },
  },
  {
    id: 'shopify',
    url: 'https://admin.shopify.com/store/demo/orders',
    fixture: 'shopify/orders.html',
    chips: { '#1001': 'ready', '#1002': 'pending', '#1003': 'shipped', '#1004': 'cancelled', '#1005': 'partially_shipped' },
  },
];

/** Captured while the worker is down (the outbox test), so its orders reach the book only through the outbox. */
const WALMART: PortalCase = {
  id: 'walmart',
  url: 'https://seller.walmart.com/orders/manage-orders',
  fixture: 'walmart/orders.html',
  chips: { '1234567890123': 'ready', '1234567890124': 'partially_shipped', '1234567890125': 'delivered', '1234567890126': 'cancelled', '1234567890127': 'unknown' },
};

const LISTINGS_URL = 'https://sellercentral.amazon.com/myinventory/inventory';
// Amazon stocks by seller SKU: the page's SKU is the listing key, the ASIN sits beside it.
const AT_RISK = { channelSku: 'BCB-L-001', sku: 'BCB-L-001', onHand: 12, shown: 42 };
const OK = { channelSku: 'BW-WRAP-3', sku: 'BW-WRAP-3', onHand: 5000, shown: 1204 };
const UNLINKED = 'CPB-5';

/** Amazon's orders page as if Amazon had renamed its status cell, with order numbers of its own. */
const BROKEN_URL = 'https://sellercentral.amazon.com/orders-v3/redesigned';
const brokenPage = () =>
  fixture('amazon/orders.html')
    .replaceAll('data-test-id="oth-order-status"', 'data-test-id="oth-state"')
    .replaceAll('main-status', 'state-main')
    .replace(/\b1(1\d-\d{7}-\d{7})\b/g, '9$1');

let worker: LocalWorker;
let firefox: FirefoxWithAddon;
let book: ReturnType<typeof api>;
const channelOf: Partial<Record<PortalId, string>> = {};
let started = 0;

/** Waits until the page shows a chip for each id and each is `settled` (by default: not "Queued"); returns them by id. */
function settledChips(page: Page, ids: readonly string[], kind: 'status' | 'risk' = 'status', settled = (c: ShownChip) => c.state !== 'queued') {
  return eventually(
    async () => {
      const byId = new Map((await chipsOn(page, kind)).map((c) => [c.id, c]));
      return byId.size === ids.length && ids.every((id) => byId.has(id) && settled(byId.get(id)!)) ? byId : undefined;
    },
    30_000,
    `${kind} chips for ${ids.join(', ')}`,
  );
}

/** Starts the worker and gives the seller its channels and the Amazon listings' stock; returns the add-on's settings. */
async function startBook(): Promise<{ url: string; token: string }> {
  worker = await startLocalWorker();
  const seller = await createSeller(worker, 'Firefox Goods');
  book = api(worker, seller.token);
  for (const portal of [...PORTALS, WALMART]) {
    const created = await book.call('POST', '/v1/channels', { kind: portal.id, name: `${portal.id} shop` });
    expect(created.status).toBe(201);
    channelOf[portal.id] = created.body.channel.id;
  }
  for (const listing of [AT_RISK, OK]) {
    expect((await book.call('POST', '/v1/skus', { sku: listing.sku })).status).toBe(200);
    expect((await book.call('PUT', `/v1/inventory/${encodeURIComponent(listing.sku)}`, { onHand: listing.onHand })).status).toBe(200);
    const linked = await book.call('PUT', '/v1/listings', { channelId: channelOf.amazon, channelSku: listing.channelSku, components: [{ sku: listing.sku, quantity: 1 }] });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
  }
  return { url: worker.url, token: seller.token };
}

beforeAll(async () => {
  buildFirefoxExtensionIfStale();
  started = Date.now();
  // Firefox starts while the worker does; the add-on goes in once the book is ready.
  firefox = await launchFirefox(startBook());
  for (const portal of [...PORTALS, WALMART]) firefox.route(portal.url, fixture(portal.fixture));
  firefox.route(LISTINGS_URL, fixture('amazon/inventory.html'));
  firefox.route(BROKEN_URL, brokenPage());
});

const openPages = pagesClosedAfterEach<Page>();

afterAll(async () => {
  await firefox?.close();
  await worker?.dispose();
  console.log(`Firefox e2e, from worker start to browser closed (build excluded): ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

async function open(url: string): Promise<Page> {
  const page = await firefox.open(url);
  openPages.push(page);
  return page;
}

describe.each(PORTALS)('the overlay on $id in Firefox', (portal) => {
  test('captures the orders page into the book and shows each order’s status beside it', async () => {
    const ids = Object.keys(portal.chips);
    const page = await open(portal.url);
    const chips = await settledChips(page, ids);

    const stored = await book.ordersOf(channelOf[portal.id]!);
    expect(stored.map((o) => o.externalId).sort()).toEqual([...ids].sort());
    const bookStatus = new Map(stored.map((o) => [o.externalId, o.status]));
    for (const id of ids) {
      expect(chips.get(id), id).toMatchObject({ state: portal.chips[id], words: STATUS_WORDS[portal.chips[id]!] });
      expect(bookStatus.get(id)).toBe(portal.chips[id]);
    }
  });
});

test('marks a listing shown above what can be sold as at risk, with the numbers on hover', async () => {
  const page = await open(LISTINGS_URL);
  const chips = await eventually(
    async () => {
      const shown = new Map((await chipsOn(page, 'risk')).map((c) => [c.id, c]));
      return [AT_RISK.channelSku, OK.channelSku].every((sku) => shown.get(sku) && shown.get(sku)!.state !== 'not_linked') ? shown : undefined;
    },
    30_000,
    'risk chips',
  );

  const risk = (await book.call('POST', '/v1/risk/query', { channelId: channelOf.amazon, channelSkus: [AT_RISK.channelSku] })).body.risks[0];
  expect(risk).toMatchObject({ channelSku: AT_RISK.channelSku, level: 'at_risk', listed: AT_RISK.shown });
  expect(chips.get(AT_RISK.channelSku)).toEqual({
    id: AT_RISK.channelSku,
    state: 'at_risk',
    words: 'At risk',
    details: `On hand ${risk.onHand} · Reserved ${risk.reserved} · Available to sell here ${risk.availableToSell} · Listed here ${AT_RISK.shown} (SKU ${AT_RISK.sku})`,
  });
  expect(chips.get(OK.channelSku)).toMatchObject({ state: 'ok', words: 'OK' });
  expect(chips.get(UNLINKED)).toMatchObject({ state: 'not_linked', words: 'Not linked' });
});

test('a page whose order table changed shows the page-health marker, and its orders go in as unknown, never a guess', async () => {
  const page = await open(BROKEN_URL);
  const marker = await eventually(
    () => page.evaluate(() => document.querySelector('[data-orderlens="page-health"]')?.shadowRoot?.querySelector('.pill')?.textContent ?? undefined),
    30_000,
    'the page-health marker',
  );
  expect(marker).toBe("Orderlens can't fully read this page (0 of 6 orders)");

  const brokenIds = Object.keys(PORTALS[0]!.chips).map((id) => `9${id.slice(1)}`);
  const chips = await settledChips(page, brokenIds);
  for (const id of brokenIds) expect(chips.get(id), id).toMatchObject({ state: 'unknown', words: STATUS_WORDS.unknown });
  const stored = (await book.ordersOf(channelOf.amazon!)).filter((o) => brokenIds.includes(o.externalId));
  expect(stored.map((o) => [o.externalId, o.status]).sort()).toEqual(brokenIds.map((id) => [id, 'unknown']).sort());
});

test('orders captured while the worker is down wait as "Queued" and reach the book once it is back', async () => {
  const ids = Object.keys(WALMART.chips);
  await worker.stop();
  const page = await open(WALMART.url);
  await settledChips(page, ids, 'status', (c) => c.state === 'queued');
  await page.close();
  expect(
    await fetch(worker.url).then(
      () => 'up',
      () => 'down',
    ),
  ).toBe('down');

  await worker.restart();
  // The retry alarm (30 s after the first failure) delivers them; nothing here asks the add-on to.
  const stored = await eventually(
    async () => {
      const orders = await book.ordersOf(channelOf.walmart!);
      return orders.length === ids.length ? orders : undefined;
    },
    60_000,
    'the queued orders in the book',
  );
  expect(new Map(stored.map((o) => [o.externalId, o.status]))).toEqual(new Map(Object.entries(WALMART.chips)));

  const again = await open(WALMART.url);
  const chips = await settledChips(again, ids);
  for (const id of ids) expect(chips.get(id), id).toMatchObject({ state: WALMART.chips[id], words: STATUS_WORDS[WALMART.chips[id]!] });
}, 120_000);
