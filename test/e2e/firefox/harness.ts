/**
 * Firefox end-to-end harness: Debian's Firefox ESR driven over WebDriver
 * BiDi (puppeteer-core), the Firefox build installed as a temporary add-on in
 * a fresh profile, and the real worker on a fresh local D1. The driver
 * cannot open extension pages, so the add-on is configured the way an
 * organisation would: a managed-storage manifest (worker URL and token) in
 * the HOME Firefox is started with. Portal URLs are answered from the saved
 * pages by request interception, so the manifest's match patterns fire.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT } from '../../../bench/lib/local-worker.js';
import { MANAGED_KEYS } from '../../../extension/background/managed-config.js';
import { buildIfStale, chipsInPage, type ShownChip } from '../harness.js';

export { createSeller, type LocalWorker, startLocalWorker } from '../../../bench/lib/local-worker.js';
export type { ShownChip } from '../harness.js';

/** The Firefox build of the extension. */
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3');
/** The add-on id (wxt.config.ts): Firefox finds managed storage by it. */
export const ADDON_ID = 'orderlens@orderlens.app';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Builds the Firefox extension unless `.output/firefox-mv3` is newer than every source file. */
export function buildFirefoxExtensionIfStale(): void {
  buildIfStale(FIREFOX_EXTENSION_DIR, ['build', '-b', 'firefox']);
}

/**
 * Writes Firefox's managed-storage manifest for the add-on into `home` (the
 * file an administrator would place in ~/.mozilla/managed-storage/).
 */
export function writeManagedStorage(home: string, settings: { url: string; token: string }): void {
  const folder = path.join(home, '.mozilla/managed-storage');
  mkdirSync(folder, { recursive: true });
  const manifest = {
    name: ADDON_ID,
    description: 'Orderlens settings set by the organisation',
    type: 'storage',
    data: { [MANAGED_KEYS.workerUrl]: settings.url, [MANAGED_KEYS.apiToken]: settings.token },
  };
  writeFileSync(path.join(folder, `${ADDON_ID}.json`), JSON.stringify(manifest, null, 2));
}

/** Firefox with the add-on installed, and pages whose portal URLs are answered from fixtures. */
export interface FirefoxWithAddon {
  browser: Browser;
  /** Answers every request to `url` (exact, without query) with `html`. */
  route(url: string, html: string): void;
  /** Opens a new tab at `url`, portal URLs answered by the routes. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** Reads a saved portal page from test/fixtures/portals/. */
export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'test/fixtures/portals', name), 'utf8');
}

/**
 * Launches Firefox ESR in a fresh profile and, once `settings` are known
 * (Firefox starts while the worker does), writes them as managed storage and
 * installs the add-on, which reads them at its start.
 */
export async function launchFirefox(settings: Promise<{ url: string; token: string }>): Promise<FirefoxWithAddon> {
  const home = mkdtempSync(path.join(tmpdir(), 'orderlens-firefox-home-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: {
      // Portal hosts granted at install, as Firefox does by default from 127 (stated so a changed default shows here).
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    writeManagedStorage(home, await settings);
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const routes = new Map<string, string>();

  const answer = (request: HTTPRequest) => {
    const url = new URL(request.url());
    const html = routes.get(`${url.origin}${url.pathname}`);
    if (html !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    // Nothing else a saved page links to (portal scripts, images) may reach the real portals.
    if (url.protocol === 'https:') return void request.abort();
    return void request.continue();
  };

  return {
    browser,
    route(url, html) {
      const u = new URL(url);
      routes.set(`${u.origin}${u.pathname}`, html);
    },
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Every chip of a kind on the page. */
export function chipsOn(page: Page, kind: 'status' | 'risk'): Promise<ShownChip[]> {
  return page.evaluate(chipsInPage, kind);
}
