/**
 * A portal page Orderlens cannot fully read, in real Chromium with the
 * built extension against the real worker (behind a proxy that notes every
 * request): Amazon's orders page as if Amazon had renamed its status cell
 * (class and test id). The page shows the page-health marker, the popup's
 * reading health line names the fields, and the reading report reaches the
 * worker with the page's counts and nothing personal. Then a served pack
 * that knows the new cell, put where the background keeps the packs it
 * has checked, mends the open page without a reload, and Options names it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUNDLED_PACKS } from '../../extension/portals/packs.js';
import { startCountingProxy, type CountingProxy } from './counting-proxy.js';
import { buildExtensionIfStale, createSeller, eventually, launchWithExtension, screenshot, startLocalWorker, type ExtensionBrowser, type LocalWorker } from './harness.js';

const ORDERS_URL = 'https://sellercentral.amazon.com/orders-v3';

/** The saved orders page with its status cells renamed, as a portal redesign would. */
function brokenOrdersPage(): string {
  const saved = readFileSync(path.join(import.meta.dirname, '../fixtures/portals/amazon/orders.html'), 'utf8');
  return saved.replaceAll('data-test-id="oth-order-status"', 'data-test-id="oth-state"').replaceAll('main-status', 'state-main');
}

let worker: LocalWorker;
let proxy: CountingProxy;
let ext: ExtensionBrowser;

beforeAll(async () => {
  buildExtensionIfStale();
  worker = await startLocalWorker();
  proxy = await startCountingProxy(worker.url);
  const seller = await createSeller(worker, 'Broken Page Goods');
  ext = await launchWithExtension();
  const page = brokenOrdersPage();
  await ext.context.route(ORDERS_URL, (route) => route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' }));
  await ext.configure({ url: proxy.url, token: seller.token });
});

afterAll(async () => {
  await ext?.close();
  await proxy?.close();
  await worker?.dispose();
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

  const popup = await ext.open('popup', { width: 420, height: 640 });
  const line = await eventually(() => popup.evaluate(() => document.querySelector('.reading-health li')?.textContent ?? undefined), 10_000, 'the reading health line');
  expect(line).toBe('Amazon: 6 of 6 orders not fully read (status, order date) · just now · pack v1');
  await screenshot(popup, 'popup-reading-health');

  // Reports wait for a delivery (a capture, or their alarm a few minutes on); the seller's "send now" is one.
  const from = proxy.seen.length;
  await ext.ask({ type: 'deliverNow' });
  const [sent] = await eventually(async () => {
    const reports = proxy.requestsTo('POST', '/v1/page-reads', from);
    return reports.length ? reports : undefined;
  }, 10_000, 'a page-read report');
  expect(sent!.body.reads).toHaveLength(1);
  const { at, ...counts } = sent!.body.reads[0];
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

test('a newer pack that knows the renamed cell, once the background keeps it, reads the open page fully', async () => {
  const portal = await ext.context.newPage();
  await portal.goto(ORDERS_URL);
  const marker = () => portal.evaluate(() => document.querySelector('[data-orderlens="page-health"]')?.shadowRoot?.querySelector('.pill')?.textContent ?? null);
  await eventually(async () => ((await marker()) ? true : undefined), 30_000, 'the page-health marker');
  expect(await marker()).toBe("Orderlens can't fully read this page (0 of 6 orders)");

  const mended = structuredClone(BUNDLED_PACKS.amazon);
  mended.version = 2;
  mended.fields['list.status'] = [{ by: 'cell', name: 'oth-state' }, ...mended.fields['list.status']!];
  await ext.setStorage({ servedPacks: { amazon: { pack: mended, fetchedAt: new Date().toISOString() } } });

  await eventually(async () => ((await marker()) === null ? true : undefined), 15_000, 'the marker to go');
  const popup = await ext.open('popup', { width: 420, height: 640 });
  const line = await eventually(() => popup.evaluate(() => document.querySelector('.reading-health li')?.textContent ?? undefined), 10_000, 'the reading health line');
  expect(line).toBe('Amazon: all 6 orders read · just now · pack v2');

  const options = await ext.open('options');
  const packs = await eventually(() => options.evaluate(() => Array.from(document.querySelectorAll('.packs li'), (li) => li.textContent ?? '')).then((l) => (l.length ? l : undefined)), 10_000, 'the pack list');
  expect(packs[0]).toMatch(/^Amazon: pack v2 from your worker, fetched \S/);
  expect(packs.slice(1)).toEqual(['eBay: pack v1, built in', 'Etsy: pack v1, built in', 'Shopify: pack v1, built in', 'Walmart: pack v1 (experimental), built in']);
  await screenshot(options, 'options-portal-packs');
});
