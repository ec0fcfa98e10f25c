/**
 * The token out of content scripts' reach, in real Chromium: with the
 * extension configured and a portal page open, code run in that page's
 * content-script world (the extension's isolated world, reached through
 * CDP's execution contexts) finds no token in extension storage, and the
 * IndexedDB it can open is the portal origin's, without the extension's
 * database. What this proves: the token is not in any store a content
 * script's own APIs reach. It does not prove a compromised renderer could
 * not reach it; that is the browser's process isolation.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExtensionIfStale, createSeller, type ExtensionBrowser, eventually, type LocalWorker, launchWithExtension, routePortal, startLocalWorker } from './harness.js';

let worker: LocalWorker;
let ext: ExtensionBrowser;
let token: string;

beforeAll(async () => {
  buildExtensionIfStale();
  worker = await startLocalWorker();
  token = (await createSeller(worker, 'Token Goods')).token;
  ext = await launchWithExtension();
  await ext.configure({ url: worker.url, token });
});

afterAll(async () => {
  await ext?.close();
  await worker?.stop();
});

/** The execution context id of the extension's content script in `page`'s main frame. */
async function contentScriptWorld(cdp: CDPSession, extensionId: string, page: () => Promise<unknown>): Promise<number> {
  const worlds: Array<{ id: number; origin: string; type?: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    worlds.push({ id: context.id, origin: context.origin, type: context.auxData?.type });
  });
  await cdp.send('Runtime.enable');
  await page();
  return eventually(async () => worlds.find((w) => w.type === 'isolated' && w.origin === `chrome-extension://${extensionId}`)?.id, 30_000, 'the content script world');
}

/** Runs `expression` (awaited) in the given world and returns its value. */
async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(exceptionDetails)}`);
  return result.value;
}

describe('the API token', () => {
  test('is in the extension’s database, where the background uses it', async () => {
    expect(await ext.records(['apiToken'])).toEqual({ apiToken: token });
    expect((await ext.ask({ type: 'state' })).configured).toBe(true);
  });

  test('a content script on a portal page finds it in no store it can read', async () => {
    await routePortal(ext.context, 'https://sellercentral.amazon.com/**', 'amazon/orders.html');
    const page: Page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const world = await contentScriptWorld(cdp, ext.extensionId, () => page.goto('https://sellercentral.amazon.com/orders-v3'));

    // The world is the content script's: it has the extension's storage API, and its settings.
    const local = (await evaluateIn(cdp, world, 'chrome.storage.local.get(null)')) as Record<string, unknown>;
    expect(local.workerUrl).toBe(worker.url);
    expect(local).not.toHaveProperty('apiToken');
    expect(JSON.stringify(local)).not.toContain(token);

    // Its IndexedDB is the portal's origin's: no `orderlens` database with the extension's state.
    const databases = (await evaluateIn(cdp, world, 'indexedDB.databases().then((all) => all.map((d) => d.name))')) as string[];
    expect(databases).not.toContain('orderlens');
    expect(await evaluateIn(cdp, world, 'location.origin')).toBe('https://sellercentral.amazon.com');

    // Asking the background for state answers without the token.
    const state = await evaluateIn(cdp, world, "chrome.runtime.sendMessage({ type: 'state' })");
    expect(JSON.stringify(state)).not.toContain(token);
    // And a portal page may not tell the background its credentials changed.
    expect(await evaluateIn(cdp, world, "chrome.runtime.sendMessage({ type: 'credentialsChanged' })")).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'A portal page may not send "credentialsChanged".' },
    });
    await page.close();
  });
});
