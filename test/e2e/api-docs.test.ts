/**
 * The API reference at /docs as an integrator meets it, in Chromium: Scalar
 * renders the served /openapi.json, and its console sends real requests to
 * the worker with the seller's token, typed once. Scalar's script comes
 * from a pinned CDN URL; this machine has no CDN, so the test serves that
 * URL from the npm package of the same version (checked) and refuses every
 * other outside request, noting that none of them carries the token.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeller, type LocalWorker, ROOT, startLocalWorker } from '../../bench/lib/local-worker.js';
import { api } from './harness.js';

const SCALAR = path.join(ROOT, 'node_modules/@scalar/api-reference');
const scalar = {
  version: (JSON.parse(readFileSync(path.join(SCALAR, 'package.json'), 'utf8')) as { version: string }).version,
  bundle: readFileSync(path.join(SCALAR, 'dist/browser/standalone.js')),
};

let worker: LocalWorker;
let browser: Browser;
let seller: { id: string; token: string };
let spec: { tags: Array<{ name: string }>; info: { title: string }; paths: Record<string, Record<string, { summary?: string }>> };
const summaries = new Map<string, string>();
const outside: Array<{ url: string; authorization: string | undefined }> = [];
const toWorker: Array<{ method: string; path: string; authorization: string | undefined }> = [];

beforeAll(async () => {
  worker = await startLocalWorker();
  seller = await createSeller(worker, 'Docs reader');
  const book = api(worker, seller.token);
  const channel = (await book.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon US' })).body.channel;
  const captured = await book.call('POST', '/v1/orders', {
    channelId: channel.id,
    externalId: '113-0000001-0000001',
    status: 'ready',
    placedAt: '2026-11-20T10:00:00Z',
    currency: 'USD',
    total: 1299,
    lines: [{ sku: 'MUG-BLUE', title: 'Blue mug', quantity: 1, unitPrice: 1299 }],
  });
  expect(captured.status, JSON.stringify(captured.body)).toBe(200);
  spec = await (await fetch(`${worker.url}/openapi.json`)).json();
  for (const [p, operations] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(operations)) if (op.summary) summaries.set(`${method.toUpperCase()} ${p}`, op.summary);
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await worker?.dispose();
});

async function openDocs(): Promise<{ page: Page; scriptUrl: string }> {
  const context = await browser.newContext();
  const html = await (await fetch(`${worker.url}/docs`)).text();
  const scriptUrl = /<script[^>]+src="(https:\/\/[^"]+)"/.exec(html)?.[1] ?? '';
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(worker.url)) {
      toWorker.push({ method: request.method(), path: new URL(url).pathname, authorization: request.headers().authorization });
      return route.continue();
    }
    if (url === scriptUrl) return route.fulfill({ body: scalar.bundle, contentType: 'application/javascript' });
    outside.push({ url, authorization: request.headers().authorization });
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${worker.url}/docs`);
  return { page, scriptUrl };
}

/** Opens the console on one operation and sends it; answers the console's text once the answer shows. */
async function tryOperation(page: Page, tag: string, method: string, path: string, token?: string): Promise<string> {
  const closedGroup = page.locator('button', { hasText: `Open Group - ${tag}` });
  if ((await closedGroup.count()) > 0) await closedGroup.first().click();
  // Scalar draws an operation once it is scrolled to: go there from the sidebar, by the operation's summary.
  await page
    .getByText(summaries.get(`${method} ${path}`) ?? path, { exact: true })
    .first()
    .click();
  const section = page.locator(`[id="api-1/tag/${tag.toLowerCase()}/${method}${path}"]`);
  await section.locator('button:has-text("Test Request")').first().click();
  const console = page.getByRole('dialog').first();
  if (token !== undefined) await console.getByPlaceholder('Token').fill(token);
  const sent = toWorker.length;
  await console.locator('button:has-text("Send Request")').first().click();
  await expect.poll(() => toWorker.slice(sent).some((r) => r.path === path), { timeout: 15_000 }).toBe(true);
  await expect.poll(async () => /\b200\b/.test(await console.innerText()), { timeout: 15_000 }).toBe(true);
  const text = await console.innerText();
  await console.getByRole('button', { name: 'Close Client' }).click();
  return text;
}

describe('the API reference at /docs', () => {
  it('is Scalar, pinned to the version the tests serve, rendering every tag of the served document', async () => {
    const { page, scriptUrl } = await openDocs();
    expect(scriptUrl).toBe(`https://cdn.jsdelivr.net/npm/@scalar/api-reference@${scalar.version}`);
    await page.getByRole('heading', { name: spec.info.title }).first().waitFor({ timeout: 30_000 });
    for (const tag of spec.tags) {
      await page
        .locator('button', { hasText: `Open Group - ${tag.name}` })
        .or(page.locator('button', { hasText: `Close Group - ${tag.name}` }))
        .first()
        .waitFor({ state: 'visible' });
    }
    await page.context().close();
  }, 60_000);

  it('sends requests from the page with the token typed once, and the token goes nowhere but the worker', async () => {
    const { page } = await openDocs();
    await page.getByRole('heading', { name: 'Orderlens API' }).first().waitFor({ timeout: 30_000 });

    const listed = await tryOperation(page, 'Orders', 'GET', '/v1/orders', seller.token);
    expect(listed).toContain('113-0000001-0000001');
    // The second operation reuses the token typed for the first.
    const me = await tryOperation(page, 'Accounts', 'GET', '/v1/me');
    expect(me).toContain(seller.id);

    const sent = toWorker.filter((r) => r.path === '/v1/orders' || r.path === '/v1/me');
    expect(sent.map((r) => r.authorization)).toEqual(sent.map(() => `Bearer ${seller.token}`));
    expect(outside.filter((r) => r.authorization !== undefined || r.url.includes(seller.token))).toEqual([]);
    await page.context().close();
  }, 90_000);
});
