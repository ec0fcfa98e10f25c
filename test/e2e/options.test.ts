/**
 * The options page in real Chromium: labelled inputs, Save, a Test
 * connection that says exactly what is wrong, and per-portal switches that
 * the background honours; the connected token's name and role, and a
 * scope the token lacks named where the popup shows the delivery.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../bench/lib/local-worker.js';
import { ROLE_SCOPES } from '../../shared/roles.js';
import { AMAZON, api, capturedOrders, createSeller, type ExtensionBrowser, screenshot, workerAndBrowsers } from './harness.js';

let notOrderlens: Server;
let notOrderlensUrl: string;
const local = workerAndBrowsers();
let ext: ExtensionBrowser | undefined;

beforeAll(async () => {
  // Some other web server: answers every path with an HTML 404.
  notOrderlens = createServer((_, res) => res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>'));
  await new Promise<void>((resolve) => notOrderlens.listen(0, '127.0.0.1', resolve));
  notOrderlensUrl = `http://127.0.0.1:${(notOrderlens.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => notOrderlens?.close(resolve));
});

describe('the options page', () => {
  test('Test connection says exactly what is wrong, and what is right', async () => {
    const seller = await createSeller(local.worker, 'Options Goods');
    ext = await local.launch();
    const page = await ext.open('options');
    const url = page.getByLabel('Worker URL');
    const token = page.getByLabel('API token');
    const check = page.getByRole('button', { name: 'Test connection' });
    const result = page.locator('#test-message');

    await url.fill(local.worker.url);
    await token.fill('wrong-token');
    await check.click();
    await expect.poll(() => result.textContent()).toBe(`The worker at ${local.worker.url} rejected this API token (401). Check the token, or mint a new one.`);

    const closed = `http://127.0.0.1:${await freePort()}`;
    await url.fill(closed);
    await check.click();
    await expect.poll(() => result.textContent()).toBe(`${closed} is unreachable: nothing answered there. Is the worker running, and is the address right?`);

    await url.fill(notOrderlensUrl);
    await check.click();
    await expect.poll(() => result.textContent()).toBe(`There is no Orderlens worker at ${notOrderlensUrl}: something else answers there. Check the address.`);

    await url.fill(`${local.worker.url}/`);
    await token.fill(seller.token);
    await check.click();
    await expect.poll(() => result.textContent()).toBe(`Connected to ${local.worker.url} as Options Goods.`);
    await screenshot(page, 'options-connected');
  });

  test('Save stores the worker URL and token the background then uses', async () => {
    const seller = await createSeller(local.worker, 'Saved Goods');
    ext = await local.launch();
    const page = await ext.open('options');
    await page.getByLabel('Worker URL').fill(`${local.worker.url}/`);
    await page.getByLabel('API token').fill(` ${seller.token} `);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#save-message').textContent()).toMatch(/^Saved/);

    // The token goes to the extension's database, out of content scripts' reach; extension storage has only the URL.
    expect(await ext.storage(['workerUrl', 'apiToken'])).toEqual({ workerUrl: local.worker.url });
    expect(await ext.records(['apiToken'])).toEqual({ apiToken: seller.token });
    const state = await ext.ask({ type: 'state' });
    expect([state.configured, state.workerUrl, state.delivery]).toEqual([true, local.worker.url, 'ok']);
    await screenshot(page, 'options-saved');
  });

  test('shows the connected token’s name and role, after a test and when opened again', async () => {
    const seller = await createSeller(local.worker, 'Team Goods');
    // Minted without a role: the extension's default, capture.
    const minted = await api(local.worker, seller.token).call('POST', '/v1/tokens', { name: 'Kim’s laptop' });
    expect([minted.status, minted.body.info.role]).toEqual([201, 'capture']);
    ext = await local.launch();
    const page = await ext.open('options');
    await page.getByLabel('Worker URL').fill(local.worker.url);
    await page.getByLabel('API token').fill(minted.body.token);
    await page.getByRole('button', { name: 'Test connection' }).click();
    const identity = `Token “Kim’s laptop”, role capture: ${ROLE_SCOPES.capture.join(', ')}.`;
    await expect.poll(() => page.locator('#token-identity').textContent()).toBe(identity);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#save-message').textContent()).toMatch(/^Saved/);
    await screenshot(page, 'options-token-identity');

    const again = await ext.open('options');
    await expect.poll(() => again.locator('#token-identity').textContent()).toBe(identity);
    await expect.poll(() => again.locator('#test-message').textContent()).toBe('');
  });

  test('a token whose role cannot capture: the popup names the missing scope, and the orders wait', async () => {
    const seller = await createSeller(local.worker, 'Viewer Goods');
    const owner = api(local.worker, seller.token);
    expect((await owner.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon US' })).status).toBe(201);
    const viewer = await owner.call('POST', '/v1/tokens', { name: 'Accountant', role: 'viewer' });
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: viewer.body.token });
    await ext.ask({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(2) });
    const state = await ext.ask({ type: 'deliverNow' });
    const problem = 'This API token may not do that: its role lacks the scope orders:capture. Ask the seller’s owner for a token whose role has it. Captured orders wait until then.';
    expect([state.delivery, state.problem, state.waiting]).toEqual(['failing', problem, 2]);
    const popup = await ext.open('popup', { width: 400, height: 600 });
    await expect.poll(() => popup.locator('.connection').first().textContent(), { timeout: 15_000 }).toContain(problem);
    await screenshot(popup, 'popup-missing-scope');
    expect(await owner.ordersOf((await owner.channels())[0]!.id)).toEqual([]);
  });

  test('a portal switched off is neither captured nor asked about', async () => {
    ext = await local.launch();
    const page = await ext.open('options');
    const amazon = page.getByRole('switch', { name: 'Amazon Seller Central' });
    expect(await amazon.isChecked()).toBe(true);
    await amazon.uncheck();
    await expect.poll(async () => (await ext!.storage<{ portals?: Record<string, boolean> }>(['portals'])).portals?.amazon).toBe(false);

    const capture = await ext.askRaw({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(1) });
    expect(capture).toEqual({ ok: false, error: { code: 'portal_off', message: 'Orderlens is switched off for amazon in Options.' } });
    const statuses = await ext.askRaw({ type: 'statuses', channelKind: AMAZON, externalIds: ['113-0000000-0000001'] });
    expect(statuses).toEqual({ ok: false, error: { code: 'portal_off', message: 'Orderlens is switched off for amazon in Options.' } });
    expect((await ext.ask({ type: 'state' })).waiting).toBe(0);
  });
});
