/**
 * The dashboard in real Chromium against a local worker: it draws its sales
 * and fulfillment charts from the reports (screenshot saved); a small file
 * imports in one request, and a large one goes through the imports queue,
 * the panel following it (across a reopened page) to its result or failure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../bench/lib/local-worker.js';
import { api, createSeller, type ExtensionBrowser, screenshot, workerAndBrowsers } from './harness.js';

const local = workerAndBrowsers();
let ext: ExtensionBrowser | undefined;
let files: string;
const WIDE = { width: 1200, height: 900 };

beforeAll(async () => {
  files = mkdtempSync(path.join(tmpdir(), 'orderlens-dashboard-'));
});
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
});

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/imports', name));

/** A seller whose book holds the Amazon and Shopify fixture files, plus orders shipped through the API. */
async function sellerWithHistory() {
  const seller = await createSeller(local.worker, 'Dashboard Goods');
  const book = api(local.worker, seller.token);
  const amazon = (await book.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon US' })).body.channel.id as string;
  const shopify = (await book.call('POST', '/v1/channels', { kind: 'shopify', name: 'Shopify store' })).body.channel.id as string;
  for (const [channelId, file] of [
    [amazon, 'amazon-all-orders/all-orders.txt'],
    [shopify, 'shopify-orders/orders_export_1.csv'],
  ] as const) {
    const res = await fetch(`${local.worker.url}/v1/imports?channelId=${channelId}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${seller.token}`, 'Content-Type': 'text/csv' },
      body: fixture(file),
    });
    if (res.status !== 200) throw new Error(`seed import: ${await res.text()}`);
  }
  // Orders placed in September and shipped through Orderlens, so the fulfillment chart has times.
  const orders = Array.from({ length: 6 }, (_, i) => ({
    channelId: i % 2 ? amazon : shopify,
    externalId: `SHIP-${i}`,
    status: 'ready',
    serviceLevel: i % 2 ? 'SecondDay' : 'Standard Shipping',
    placedAt: `2026-09-${String(10 + i).padStart(2, '0')}T08:00:00Z`,
    currency: 'USD',
    total: 1500 + i * 250,
    lines: [{ sku: `SKU-${i % 3}`, quantity: 1 + (i % 2), unitPrice: 1500 }],
  }));
  const captured = await book.call('POST', '/v1/orders', { orders });
  for (const r of captured.body.results.slice(0, 4) as Array<{ id: string }>) {
    await book.call('POST', `/v1/orders/${r.id}/transitions`, { to: 'shipped', tracking: { number: `1Z${r.id}`, carrier: 'UPS' } });
  }
  return { seller, amazon, shopify };
}

/** An Amazon All Orders report of `count` rows written to a file, row 7's quantity unreadable. */
function amazonReport(name: string, count: number, prefix: string): string {
  const header = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tship-service-level\tproduct-name\tsku\tquantity\tcurrency\titem-price';
  const rows = Array.from({ length: count }, (_, i) =>
    [
      `${prefix}-${String(i).padStart(7, '0')}-0000001`,
      '2026-10-15T10:00:00Z',
      '2026-10-16T10:00:00Z',
      'Shipped',
      'Standard',
      `Mug ${i % 50}, "large"`,
      `MUG-${i % 50}`,
      i === 7 ? 'seven' : '1',
      'USD',
      '12.00',
    ].join('\t'),
  );
  const file = path.join(files, name);
  writeFileSync(file, [header, ...rows].join('\r\n'));
  return file;
}

async function showRange(page: import('playwright-core').Page, from: string, to: string) {
  await page.fill('#from', from);
  await page.fill('#to', to);
  await page.click('form.filters button[type=submit]');
}

/** A browser with the extension connected as `token`, its dashboard open on the import panel with `file` chosen for `channelId`. */
async function importPanelWith(token: string, channelId: string, file: string): Promise<import('playwright-core').Page> {
  ext = await local.launch();
  await ext.configure({ url: local.worker.url, token });
  const page = await ext.open('dashboard', WIDE);
  await page.waitForSelector('#import-file');
  await page.setInputFiles('#import-file', file);
  await page.selectOption('#import-channel', channelId);
  return page;
}

describe('the dashboard', () => {
  test('draws sales and fulfillment charts from the worker for the chosen dates, with the figures as tables', async () => {
    const { seller } = await sellerWithHistory();
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    const page = await ext.open('dashboard', WIDE);
    await page.waitForSelector('form.filters');
    await showRange(page, '2026-09-01', '2026-10-31');
    await page.waitForSelector('[data-chart="revenue-USD"] canvas');
    await page.waitForSelector('[data-chart="revenue-EUR"] canvas');
    await page.waitForSelector('[data-chart="orders-by-channel"] canvas');
    await page.waitForSelector('[data-chart="ship-time-by-channel"] canvas');
    await page.waitForSelector('[data-chart="ship-time-by-speed"] canvas');
    await page.waitForSelector('[data-chart="open-by-age"] canvas');
    const captions = await page.locator('figcaption').allTextContents();
    expect(captions).toEqual([
      'EUR revenue per day: 1 order',
      'USD revenue per day: 10 orders',
      'Orders by channel',
      'Hours from placed to shipped, by channel',
      'Hours from placed to shipped, by shipping speed',
      'Open orders by age',
    ]);
    // Amazon's SecondDay and the shop's "Standard Shipping" in one vocabulary, fastest first.
    const speeds = await page.locator('figure:has-text("by shipping speed") tbody tr td:first-child').allTextContents();
    expect(speeds.indexOf('Two-day')).toBeGreaterThanOrEqual(0);
    expect(speeds.indexOf('Two-day')).toBeLessThan(speeds.indexOf('Standard'));
    // USD: the Amazon file's 3 orders not cancelled (62.78 + 1,234.56, and a pending one no file priced: left out; 7 units), Shopify #1002 (1,234.56; 1 unit)
    // and the six API orders (15.00 + 17.50 + … + 27.50 = 127.50; 9 units). EUR: Shopify #1001 (54.90; 2 + 1 units).
    expect(await page.locator('.totals li').allTextContents()).toEqual(['€54.90 1 order · 3 units', '$2,659.40 10 orders · 17 units · 1 order of unknown total left out']);
    expect(await page.locator('[data-stat="late"]').textContent()).toBe('—');
    const channelRows = await page.locator('figure:has-text("Orders by channel") tbody tr').allTextContents();
    expect(channelRows).toHaveLength(2);
    await screenshot(page, 'dashboard');

    await page.selectOption('#channel', { label: 'Shopify store' });
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.locator('.totals li').allTextContents()).toEqual(['€54.90 1 order · 3 units', '$1,294.56 4 orders · 4 units']);
  });

  test('a small file imports in one request and shows the result with the bad rows by line', async () => {
    const { seller, amazon } = await sellerWithHistory();
    const file = amazonReport('Small All Orders.txt', 2_000, '206');
    const page = await importPanelWith(seller.token, amazon, file);
    await page.click('form:has(#import-file) button[type=submit]');
    await page.waitForSelector('.result', { timeout: 30_000 });
    expect(await page.locator('.result p').first().textContent()).toBe('Imported. 1,999 new, 0 updated, 0 unchanged, 1 not imported.');
    expect(await page.locator('.result table.errors tbody tr').allTextContents()).toEqual(['9quantity206-0000007-0000001"seven" is not a whole number of at least 0']);
    expect(await page.locator('.following').count()).toBe(0);
  });

  test('a large file goes through the queue: the panel shows an import already running, follows it across a reopened page, then shows the result', async () => {
    const { seller, amazon } = await sellerWithHistory();
    // 12,000 rows (1.3 MB): past the panel's 1 MiB queue threshold, two queue slices.
    const file = amazonReport('All Orders.txt', 12_000, '205');
    let page = await importPanelWith(seller.token, amazon, file);
    // The same file queued elsewhere just before (another device). The panel's own upload is answered
    // with the worker's 409 for a second copy (its shape as test/worker/import-queue.test.ts proves it):
    // a real second upload races the running import, which may end first on a fast machine.
    const first = await fetch(`${local.worker.url}/v1/imports?channelId=${amazon}&async=true`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${seller.token}`, 'Content-Type': 'text/tab-separated-values' },
      body: readFileSync(file),
    });
    expect(first.status).toBe(202);
    const { importId } = (await first.json()) as { importId: string };
    const conflict = JSON.stringify({ error: { code: 'import_running', message: `The same file is already being imported for this channel as ${importId}.`, importId } });
    await page.route(/\/v1\/imports\?.*async=true/, (route) => route.fulfill({ status: 409, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: conflict }));
    await page.click('form:has(#import-file) button[type=submit]');
    await page.locator('.progress progress').waitFor({ state: 'visible', timeout: 20_000 });
    const following = page.locator('.following');
    await following.waitFor({ timeout: 20_000 });
    expect(await following.getAttribute('data-import-id')).toBe(importId);
    expect(await page.locator('.following [role=alert]').textContent()).toBe(
      `This file is already being imported into this channel (import ${importId}); nothing was sent twice. Following that import.`,
    );
    expect(await page.locator('#import-status').textContent()).toMatch(/^Importing All Orders\.txt \(1\.3 MB\) in the background: (waiting in the queue|[\d,]+ orders read: .*)\.$/);
    await screenshot(page, 'dashboard-import-following');

    // Closed while the import runs and opened again: the panel picks the same import back up from storage.
    await page.close();
    page = await ext!.open('dashboard', WIDE);
    await page.waitForSelector('.following, .result', { timeout: 20_000 });
    if (await page.locator('.following').count()) expect(await page.locator('.following').getAttribute('data-import-id')).toBe(importId);

    await page.waitForSelector('.result', { timeout: 90_000 });
    expect(await page.locator('.result p').first().textContent()).toBe('Imported. 11,999 new, 0 updated, 0 unchanged, 1 not imported.');
    expect(await page.locator('.result table.errors tbody tr').allTextContents()).toEqual(['9quantity205-0000007-0000001"seven" is not a whole number of at least 0']);
    await screenshot(page, 'dashboard-import-result');
    expect((await api(local.worker, seller.token).ordersOf(amazon)).length).toBe(11_999 + 4 + 3);
    // Ended imports are forgotten: a dashboard opened now follows nothing.
    await page.close();
    page = await ext!.open('dashboard', WIDE);
    await page.waitForSelector('#import-file');
    expect(await page.locator('.following, .result').count()).toBe(0);
  });

  test('a queued file the worker refuses shows that the import stopped and why', async () => {
    const { seller, amazon } = await sellerWithHistory();
    // 1.3 MB of a layout no marketplace exports: queued, then refused whole by the consumer.
    const file = path.join(files, 'inventory.csv');
    writeFileSync(file, ['warehouse,bin,count', ...Array.from({ length: 80_000 }, (_, i) => `WH-${i % 7},B-${i},${i % 13}`)].join('\n'));
    const page = await importPanelWith(seller.token, amazon, file);
    await page.click('form:has(#import-file) button[type=submit]');
    await page.waitForSelector('.run-failed', { timeout: 30_000 });
    const reason = await page.locator('.run-failed [role=alert]').textContent();
    expect(reason).toMatch(/^The import stopped\. \S/);
    expect(reason).not.toContain('The worker gave no reason.');
    expect(await page.locator('.run-failed .result p').first().textContent()).toBe('Before it stopped: 0 orders read. 0 new, 0 updated, 0 unchanged.');
  });
});
