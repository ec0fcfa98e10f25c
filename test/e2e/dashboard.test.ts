/**
 * The dashboard in real Chromium against a local worker: it draws its sales
 * and fulfillment charts from the reports (screenshot saved), and a file
 * dropped into the import panel shows upload progress, then the result with
 * the bad rows by line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../bench/lib/local-worker.js';
import { api, buildExtensionIfStale, createSeller, type ExtensionBrowser, type LocalWorker, launchWithExtension, screenshot, startLocalWorker } from './harness.js';

let worker: LocalWorker;
let ext: ExtensionBrowser | undefined;
let files: string;
const WIDE = { width: 1200, height: 900 };

beforeAll(async () => {
  buildExtensionIfStale();
  worker = await startLocalWorker();
  files = mkdtempSync(path.join(tmpdir(), 'orderlens-dashboard-'));
});
afterAll(async () => {
  await worker?.dispose();
  rmSync(files, { recursive: true, force: true });
});
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/imports', name));

/** A seller whose book holds the Amazon and Shopify fixture files, plus orders shipped through the API. */
async function sellerWithHistory() {
  const seller = await createSeller(worker, 'Dashboard Goods');
  const book = api(worker, seller.token);
  const amazon = (await book.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon US' })).body.channel.id as string;
  const shopify = (await book.call('POST', '/v1/channels', { kind: 'shopify', name: 'Shopify store' })).body.channel.id as string;
  for (const [channelId, file] of [
    [amazon, 'amazon-all-orders/all-orders.txt'],
    [shopify, 'shopify-orders/orders_export_1.csv'],
  ] as const) {
    const res = await fetch(`${worker.url}/v1/imports?channelId=${channelId}`, {
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

async function showRange(page: import('playwright-core').Page, from: string, to: string) {
  await page.fill('#from', from);
  await page.fill('#to', to);
  await page.click('form.filters button[type=submit]');
}

describe('the dashboard', () => {
  test('draws sales and fulfillment charts from the worker for the chosen dates, with the figures as tables', async () => {
    const { seller } = await sellerWithHistory();
    ext = await launchWithExtension();
    await ext.configure({ url: worker.url, token: seller.token });
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
    // USD: the Amazon file's 3 orders not cancelled (62.78 + 0 + 1,234.56; 7 units), Shopify #1002 (1,234.56; 1 unit)
    // and the six API orders (15.00 + 17.50 + … + 27.50 = 127.50; 9 units). EUR: Shopify #1001 (54.90; 2 + 1 units).
    expect(await page.locator('.totals li').allTextContents()).toEqual(['€54.90 1 order · 3 units', '$2,659.40 10 orders · 17 units']);
    expect(await page.locator('[data-stat="late"]').textContent()).toBe('—');
    const channelRows = await page.locator('figure:has-text("Orders by channel") tbody tr').allTextContents();
    expect(channelRows).toHaveLength(2);
    await screenshot(page, 'dashboard');

    await page.selectOption('#channel', { label: 'Shopify store' });
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.locator('.totals li').allTextContents()).toEqual(['€54.90 1 order · 3 units', '$1,294.56 4 orders · 4 units']);
  });

  test('an import through the panel shows progress while it uploads, then the result with the bad rows by line', async () => {
    const { seller, amazon } = await sellerWithHistory();
    const header = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tship-service-level\tproduct-name\tsku\tquantity\tcurrency\titem-price';
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      [
        `205-${String(i).padStart(7, '0')}-0000001`,
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
    const file = path.join(files, 'All Orders.txt');
    writeFileSync(file, [header, ...rows].join('\r\n'));

    ext = await launchWithExtension();
    await ext.configure({ url: worker.url, token: seller.token });
    const page = await ext.open('dashboard', WIDE);
    await page.waitForSelector('#import-file');
    await page.setInputFiles('#import-file', file);
    await page.selectOption('#import-channel', amazon);
    await page.click('form:has(#import-file) button[type=submit]');
    const progress = page.locator('.progress progress');
    await progress.waitFor({ state: 'visible', timeout: 20_000 });
    const status = page.locator('#import-status');
    expect(await status.textContent()).toMatch(/^(Uploading: \d+% \(\d+\.\d MB of 3\.3 MB\)|Uploaded 3\.3 MB; importing the orders…)$/);
    // Past the upload, the bar keeps running until the worker has imported the last orders.
    await expect.poll(() => status.textContent(), { timeout: 60_000, interval: 100 }).toBe('Uploaded 3.3 MB; importing the orders…');
    await screenshot(page, 'dashboard-import-progress');

    await page.waitForSelector('.result', { timeout: 110_000 });
    expect(await page.locator('.result p').first().textContent()).toBe('Imported. 29,999 new, 0 updated, 0 unchanged, 1 not imported.');
    expect(await page.locator('.result table.errors tbody tr').allTextContents()).toEqual(['9quantity205-0000007-0000001"seven" is not a whole number of at least 0']);
    await screenshot(page, 'dashboard-import-result');
    expect((await api(worker, seller.token).ordersOf(amazon)).length).toBe(29_999 + 4 + 3);
  });
});
