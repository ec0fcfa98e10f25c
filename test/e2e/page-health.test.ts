/**
 * A portal page Orderlens cannot fully read, in real Chromium with the
 * built extension against the real worker (behind a proxy that notes every
 * request): Amazon's orders page as if Amazon had renamed its status cell
 * (class and test id). The page shows the page-health marker, the popup's
 * reading health line names the fields, and the reading report reaches the
 * worker with the page's counts and nothing personal; the book stores the
 * orders' status as unknown, never a guess, and their chips say so. Then
 * the operator publishes a pack that knows the new cell on the worker; the
 * extension takes it (Options' "Check for newer packs"), mends the open page
 * without a reload or a new build, the book learns each order's real status,
 * and Options names the pack.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUNDLED_PACKS } from '../../extension/content/portals/bundled-packs.js';
import { type CountingProxy, startCountingProxy } from './counting-proxy.js';
import { AMAZON_ORDERS_PAGE_STATUSES, api, createSeller, type ExtensionBrowser, eventually, screenshot, workerAndBrowsers } from './harness.js';

const ORDERS_URL = 'https://sellercentral.amazon.com/orders-v3';

/** The saved orders page with its status cells renamed, as a portal redesign would. */
function brokenOrdersPage(): string {
  const saved = readFileSync(path.join(import.meta.dirname, '../fixtures/portals/amazon/orders.html'), 'utf8');
  return saved.replaceAll('data-test-id="oth-order-status"', 'data-test-id="oth-state"').replaceAll('main-status', 'state-main');
}

const local = workerAndBrowsers();
let proxy: CountingProxy;
let ext: ExtensionBrowser;
let book: ReturnType<typeof api>;

/** The unified status of each of the page's orders in the book, by order number. */
async function statusesInBook(): Promise<Record<string, string>> {
  const [channel] = await book.channels();
  if (!channel) return {};
  return Object.fromEntries((await book.ordersOf(channel.id)).map((o) => [o.externalId, o.status]));
}

/** What each order's chip says on the page, by order number. */
function chipWords(portal: import('playwright-core').Page): Promise<Record<string, string>> {
  return portal.evaluate(() =>
    Object.fromEntries(Array.from(document.querySelectorAll('[data-orderlens="status"]'), (chip) => [chip.getAttribute('data-orderlens-id'), chip.shadowRoot?.textContent ?? ''])),
  );
}

beforeAll(async () => {
  proxy = await startCountingProxy(local.worker.url);
  const seller = await createSeller(local.worker, 'Broken Page Goods');
  book = api(local.worker, seller.token);
  ext = await local.launch();
  const page = brokenOrdersPage();
  await ext.context.route(ORDERS_URL, (route) => route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' }));
  await ext.configure({ url: proxy.url, token: seller.token });
});

afterAll(async () => {
  // The browser first: the proxy's close waits for the connections the browser holds open.
  await ext?.close();
  await proxy?.close();
});

test('a page whose order table changed shows the marker, the popup says what was not read, and the worker gets the report', async () => {
  const portal = await ext.context.newPage();
  await portal.setViewportSize({ width: 1280, height: 900 });
  await portal.goto(ORDERS_URL);

  const marker = await eventually(
    () => portal.evaluate(() => document.querySelector('[data-orderlens="page-health"]')?.shadowRoot?.querySelector('.pill')?.textContent ?? undefined),
    30_000,
    'the page-health marker',
  );
  expect(marker).toBe("Orderlens can't fully read this page (0 of 6 orders)");
  await screenshot(portal, 'page-health-marker');

  // What the page did not say is unknown in the book, never "Awaiting payment", and the chips say so.
  const stored = await eventually(
    async () => {
      const all = await statusesInBook();
      return Object.keys(all).length === 6 ? all : undefined;
    },
    30_000,
    'the six orders in the book',
  );
  expect(new Set(Object.values(stored))).toEqual(new Set(['unknown']));
  const chips = await eventually(
    async () => {
      const words = await chipWords(portal);
      return Object.values(words).length === 6 && Object.values(words).every((w) => w === 'Status unknown') ? words : undefined;
    },
    30_000,
    'six chips saying the status is unknown',
  );
  expect(Object.keys(chips).sort()).toEqual(Object.keys(stored).sort());

  const popup = await ext.open('popup', { width: 420, height: 640 });
  const line = await eventually(() => popup.evaluate(() => document.querySelector('.reading-health li')?.textContent ?? undefined), 10_000, 'the reading health line');
  expect(line).toBe('Amazon: 6 of 6 orders not fully read (status, order date) · just now · pack v1');
  await screenshot(popup, 'popup-reading-health');

  // Reports go with a delivery (the capture's, the seller's "send now", or their alarm a few minutes on):
  // the capture's may have taken it already, so every report since the start counts.
  const sent = await eventually(
    async () => {
      const reports = proxy.requestsTo('POST', '/v1/page-reads', 0);
      if (reports.length) return reports;
      await ext.ask({ type: 'deliverNow' });
      return undefined;
    },
    20_000,
    'a page-read report',
  );
  const reads = sent.flatMap((r) => r.body.reads);
  expect(reads).toHaveLength(1);
  const { at, ...counts } = reads[0];
  expect(Number.isNaN(Date.parse(at))).toBe(false);
  // The page prints 132 orders over several pages, so no printed count covers this one; the saved page lacks one order's date.
  expect(counts).toEqual({
    portal: 'amazon',
    pageKind: 'orders',
    packVersion: 1,
    idsSeen: 6,
    rowsRead: 6,
    rowsSkipped: 0,
    fieldsMissing: { channelStatus: 6, status: 6, placedAt: 1 },
    strategies: { 'list.orderId': { '0': 6 }, 'list.buyer': { '0': 5 }, 'list.placedAt': { '0': 5 }, 'list.shipBy': { '0': 4 }, 'list.serviceLevel': { '0': 6 } },
  });
});

test('a newer pack published on the worker mends the open page, without a new build, and the book learns the real statuses', async () => {
  const portal = await ext.context.newPage();
  await portal.goto(ORDERS_URL);
  const marker = () => portal.evaluate(() => document.querySelector('[data-orderlens="page-health"]')?.shadowRoot?.querySelector('.pill')?.textContent ?? null);
  await eventually(async () => ((await marker()) ? true : undefined), 30_000, 'the page-health marker');
  expect(await marker()).toBe("Orderlens can't fully read this page (0 of 6 orders)");

  // The operator publishes a pack that knows the renamed cell, with the admin token.
  const mended = structuredClone(BUNDLED_PACKS.amazon);
  mended.version = BUNDLED_PACKS.amazon.version + 1;
  mended.fields['list.status'] = [{ by: 'cell', name: 'oth-state' }, ...mended.fields['list.status']!];
  const published = await fetch(`${local.worker.url}/v1/admin/portal-packs/amazon`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${local.worker.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(mended),
  });
  expect(published.status).toBe(201);

  // The seller (or the daily check) asks for newer packs.
  const options = await ext.open('options');
  await options.click('button.check-packs');
  expect(await eventually(() => options.evaluate(() => document.querySelector('.packs [role="status"]')?.textContent ?? undefined), 15_000, 'the check to finish')).toBe(
    'Checked: the packs below are in use.',
  );

  await eventually(async () => ((await marker()) === null ? true : undefined), 15_000, 'the marker to go');
  const popup = await ext.open('popup', { width: 420, height: 640 });
  const line = await eventually(() => popup.evaluate(() => document.querySelector('.reading-health li')?.textContent ?? undefined), 10_000, 'the reading health line');
  expect(line).toBe(`Amazon: all 6 orders read · just now · pack v${mended.version}`);

  // The page now gives each order's status: the book leaves "unknown" for what the page says.
  const stored = await eventually(
    async () => {
      const all = await statusesInBook();
      return Object.values(all).includes('unknown') ? undefined : all;
    },
    30_000,
    'the statuses the page gives',
  );
  expect(stored).toEqual(AMAZON_ORDERS_PAGE_STATUSES);

  const packs = await eventually(
    () => options.evaluate(() => Array.from(document.querySelectorAll('.packs li'), (li) => li.textContent ?? '')).then((l) => (l[0]?.includes(`v${mended.version}`) ? l : undefined)),
    10_000,
    'the pack list',
  );
  expect(packs[0]).toMatch(new RegExp(`^Amazon: pack v${mended.version} from your worker, fetched \\S`));
  expect(packs.slice(1)).toEqual([
    `eBay: pack v${BUNDLED_PACKS.ebay.version}, built in`,
    `Etsy: pack v${BUNDLED_PACKS.etsy.version}, built in`,
    `Shopify: pack v${BUNDLED_PACKS.shopify.version}, built in`,
    `Walmart: pack v${BUNDLED_PACKS.walmart.version} (experimental), built in`,
  ]);
  await screenshot(options, 'options-portal-packs');
});
