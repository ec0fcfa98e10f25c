/**
 * End-to-end harness: the built extension in real Chromium (playwright-core,
 * Debian's /usr/bin/chromium, `--load-extension`), the real worker on a fresh
 * local D1 (bench/lib/local-worker.ts), and the small moves tests make:
 * configure the extension, talk to its background as an extension page does,
 * stop its service worker, call the worker's API, save screenshots.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { ROOT } from '../../bench/lib/local-worker.js';
import { DATABASE } from '../../extension/background/database.js';
import type { CapturedOrder, PortalId } from '../../extension/content/portals/types.js';
import type { AnswerTo, BackgroundMessage, MessageType, Reply } from '../../extension/messaging/messages.js';
import type { OrderStatus } from '../../shared/status.js';

/** The extension APIs as seen from an extension page inside `page.evaluate`. */
declare const chrome: any;

import { type LocalWorker, startLocalWorker } from '../../bench/lib/local-worker.js';

export { createSeller, type LocalWorker, startLocalWorker } from '../../bench/lib/local-worker.js';

/** The Chrome build of the extension. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** Where screenshots go. */
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SOURCES = ['extension', 'shared', 'wxt.config.ts'];

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/**
 * A list for the pages a test opens, each closed after the test: a page a
 * failed test left open would keep asking the worker and muddle the next
 * test's counts. Works for Chromium's and Firefox's pages alike.
 */
export function pagesClosedAfterEach<P extends { close(): Promise<unknown> }>(): P[] {
  const pages: P[] = [];
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  return pages;
}

/** Builds the extension with `wxt <args>` unless `outputDir` holds a manifest newer than every source file. */
export function buildIfStale(outputDir: string, args: readonly string[]): void {
  const manifest = path.join(outputDir, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sources = Math.max(
    ...SOURCES.map((s) => path.join(ROOT, s))
      .filter(existsSync)
      .map(newestMtime),
  );
  if (built > sources) return;
  const res = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), args, { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`wxt ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
}

/** Builds the Chrome extension unless `.output/chrome-mv3` is newer than every source file. */
export function buildExtensionIfStale(): void {
  buildIfStale(EXTENSION_DIR, ['build']);
}

/** A status or risk chip as the page shows it. */
export interface ShownChip {
  id: string;
  state: string;
  words: string;
  details: string;
}

/**
 * Runs inside the page (pass it to `page.evaluate` with the kind): every
 * chip of a kind, read from the main world through the open shadow roots.
 */
export function chipsInPage(kind: 'status' | 'risk'): ShownChip[] {
  return Array.from(document.querySelectorAll(`[data-orderlens="${kind}"]`), (host) => {
    const pill = host.shadowRoot?.querySelector('.pill');
    return {
      id: host.getAttribute('data-orderlens-id') ?? '',
      state: host.getAttribute('data-orderlens-state') ?? '',
      words: pill?.textContent ?? '',
      details: pill?.getAttribute('title') ?? '',
    };
  });
}

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension page used to talk to the background (options.html). */
  page: Page;
  /** The background's service worker as first started (Playwright loses track of it once stopped). */
  firstServiceWorker: Worker;
  /** How many times the background has started (1 at launch; +1 each time a stopped one is woken). */
  backgroundStarts(): number;
  /** Opens one of the extension's pages in a new tab. */
  open(page: 'options' | 'popup' | 'dashboard', viewport?: { width: number; height: number }): Promise<Page>;
  /** Sends a message to the background the way an extension page does, and unwraps the answer. */
  ask<K extends MessageType>(message: BackgroundMessage<K>): Promise<AnswerTo<K>>;
  /** Sends a message and returns the raw reply envelope. */
  askRaw<K extends MessageType>(message: BackgroundMessage<K>): Promise<Reply<AnswerTo<K>>>;
  /** Reads keys of the extension's local storage. */
  storage<T = Record<string, unknown>>(keys: string[]): Promise<T>;
  /** Writes to the extension's local storage. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  /** Reads items of the background's database (the outbox, the rejected list, …), by key; absent ones are left out. */
  records<T = Record<string, unknown>>(keys: string[]): Promise<T>;
  /** Writes items of the background's database. */
  setRecords(values: Record<string, unknown>): Promise<void>;
  /** The toolbar badge: its text and background colour (RGBA). */
  badge(): Promise<{ text: string; colour: number[] }>;
  /** Points the extension at a worker. */
  configure(settings: { url: string; token: string }): Promise<void>;
  /** Stops the background's service worker (as Chrome does to an idle one) and waits until it is gone. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension in a fresh profile, or in
 * `profile` (a browser opened again: its storage and database as it left
 * them; the caller removes it).
 */
export async function launchWithExtension({ profile: given }: { profile?: string } = {}): Promise<ExtensionBrowser> {
  const profile = given ?? mkdtempSync(path.join(tmpdir(), 'orderlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  const base = `chrome-extension://${extensionId}`;

  const open = async (name: 'options' | 'popup' | 'dashboard', viewport?: { width: number; height: number }) => {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`${base}/${name}.html`);
    return page;
  };
  const page = await open('options');

  const askRaw = <K extends MessageType>(message: BackgroundMessage<K>) =>
    page.evaluate((m) => chrome.runtime.sendMessage(m), message as unknown as Record<string, unknown>) as Promise<Reply<AnswerTo<K>>>;

  // Playwright never notices a stopped extension service worker (nor its restart), so the
  // background's life is followed through CDP's ServiceWorker domain instead.
  const cdp = await context.newCDPSession(page);
  const background = { status: 'running', starts: 1, waiters: [] as Array<() => void> };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(base) || v.runningStatus === background.status) continue;
      if (v.runningStatus === 'running') background.starts += 1;
      background.status = v.runningStatus;
      if (v.runningStatus === 'stopped') for (const resolve of background.waiters.splice(0)) resolve();
    }
  });
  await cdp.send('ServiceWorker.enable');

  return {
    context,
    extensionId,
    page,
    firstServiceWorker: firstWorker,
    backgroundStarts: () => background.starts,
    open,
    askRaw,
    async ask(message) {
      const reply = await askRaw(message);
      if (!reply?.ok) throw new Error(`background refused ${message.type}: ${JSON.stringify(reply)}`);
      return reply.value;
    },
    storage: <T>(keys: string[]) => page.evaluate((k) => chrome.storage.local.get(k), keys) as Promise<T>,
    setStorage: (values) => page.evaluate((v) => chrome.storage.local.set(v), values),
    records: <T>(keys: string[]) => inDatabase(page, { read: keys }) as Promise<T>,
    setRecords: async (values) => void (await inDatabase(page, { write: values })),
    badge: () => page.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), colour: await chrome.action.getBadgeBackgroundColor({}) })),
    // As the options page saves them: the token into the extension's database, then the background is told.
    async configure({ url, token }) {
      await inDatabase(page, { write: { apiToken: token } });
      await page.evaluate((v) => chrome.storage.local.set(v), { workerUrl: url });
      await askRaw({ type: 'credentialsChanged' });
    },
    async stopServiceWorker() {
      if (background.status === 'stopped') return;
      const stopped = new Promise<void>((resolve) => background.waiters.push(resolve));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    async close() {
      await context.close();
      if (!given) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A file's local worker, and the extension browsers it launches. */
export interface WorkerAndBrowsers {
  /** The worker, once the file's tests have started. */
  readonly worker: LocalWorker;
  /**
   * A browser with the built extension: launched in a test, it is closed
   * when the test ends; launched before the tests (beforeAll), after them.
   */
  launch(options?: { profile?: string }): Promise<ExtensionBrowser>;
}

/**
 * Starts one local worker for a file's tests (the extension built first) and
 * stops it after them, and closes every extension browser the file launched
 * through it, so a failed test leaves no browser for the next. Call it before
 * the file's own hooks: its worker is up for them, and is stopped after them.
 */
export function workerAndBrowsers(): WorkerAndBrowsers {
  let worker: LocalWorker | undefined;
  let inTest = false;
  const forTest = new Set<ExtensionBrowser>();
  const forFile = new Set<ExtensionBrowser>();
  const closeAll = async (open: Set<ExtensionBrowser>) => {
    for (const browser of open) await browser.close();
  };
  beforeAll(async () => {
    buildExtensionIfStale();
    worker = await startLocalWorker();
  });
  afterAll(async () => {
    await closeAll(forFile);
    await worker?.dispose();
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await closeAll(forTest);
  });
  return {
    get worker() {
      if (!worker) throw new Error('the local worker starts before the first test');
      return worker;
    },
    async launch(options) {
      const launched = await launchWithExtension(options);
      const open = inTest ? forTest : forFile;
      const browser: ExtensionBrowser = {
        ...launched,
        async close() {
          open.delete(browser);
          await launched.close();
        },
      };
      open.add(browser);
      return browser;
    },
  };
}

/** Reads or writes items of the background's database from an extension page (same origin, same database). */
function inDatabase(page: Page, ask: { read?: string[]; write?: Record<string, unknown> }): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ db: { name, store, version }, read, write }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const tx = db.transaction(store, write ? 'readwrite' : 'readonly');
        const found: Record<string, unknown> = {};
        for (const key of read ?? []) {
          const request = tx.objectStore(store).get(key);
          request.onsuccess = () => {
            if (request.result !== undefined) found[key] = request.result;
          };
        }
        for (const [key, value] of Object.entries(write ?? {})) tx.objectStore(store).put(value, key);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        return found;
      } finally {
        db.close();
      }
    },
    { db: DATABASE, read: ask.read, write: ask.write },
  );
}

/** Saves a screenshot of a page under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Serves a fixture page for every request to a portal URL pattern (e.g. `https://sellercentral.amazon.com/**`). */
export async function routePortal(context: BrowserContext, urlPattern: string, fixture: string): Promise<void> {
  await context.route(urlPattern, (route) => route.fulfill({ path: path.join(ROOT, 'test/fixtures/portals', fixture), contentType: 'text/html; charset=utf-8' }));
}

/** A seller's view of the worker API, for seeding and counting. */
export function api(worker: { url: string }, token: string) {
  const call = async <T = any>(method: string, p: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${worker.url}${p}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
  };
  return {
    call,
    /** Every order of a channel, following the cursor. */
    async ordersOf(channelId: string): Promise<Array<{ id: string; externalId: string; status: string; total: number }>> {
      const all: Array<{ id: string; externalId: string; status: string; total: number }> = [];
      let cursor: string | null = null;
      do {
        const query: URLSearchParams = new URLSearchParams({ channelId, limit: '200', ...(cursor ? { cursor } : {}) });
        const listed: { status: number; body: { orders: typeof all; nextCursor: string | null } } = await call('GET', `/v1/orders?${query}`);
        if (listed.status !== 200) throw new Error(`list failed: ${listed.status} ${JSON.stringify(listed.body)}`);
        all.push(...listed.body.orders);
        cursor = listed.body.nextCursor;
      } while (cursor);
      return all;
    },
    /**
     * A new channel of `kind` whose listings are each linked to a SKU of
     * their own holding `onHand` units; its id. Throws on any refusal.
     */
    async channelWithStock(kind: string, listings: ReadonlyArray<{ channelSku: string; sku: string; onHand: number }>): Promise<string> {
      const created = await call('POST', '/v1/channels', { kind, name: `${kind} shop` });
      if (created.status !== 201) throw new Error(`channel ${kind}: ${created.status} ${JSON.stringify(created.body)}`);
      const channelId: string = created.body.channel.id;
      for (const listing of listings) {
        const seeded = [
          await call('POST', '/v1/skus', { sku: listing.sku }),
          await call('PUT', `/v1/inventory/${encodeURIComponent(listing.sku)}`, { onHand: listing.onHand }),
          await call('PUT', '/v1/listings', { channelId, channelSku: listing.channelSku, components: [{ sku: listing.sku, quantity: 1 }] }),
        ];
        const refused = seeded.find((r) => r.status !== 200);
        if (refused) throw new Error(`listing ${listing.channelSku}: ${refused.status} ${JSON.stringify(refused.body)}`);
      }
      return channelId;
    },
    /** The seller's channels. */
    async channels(): Promise<Array<{ id: string; kind: string; name: string }>> {
      return (await call<{ channels: Array<{ id: string; kind: string; name: string }> }>('GET', '/v1/channels')).body.channels;
    },
  };
}

/** Amazon-style captured orders, numbered from `start`, as a content script would send them. */
export function capturedOrders(count: number, start = 1, overrides: Partial<CapturedOrder> = {}): CapturedOrder[] {
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    return {
      externalId: `113-${String(4000000 + Math.floor(n / 1000)).padStart(7, '0')}-${String(n).padStart(7, '0')}`,
      channelStatus: 'Unshipped',
      status: 'ready',
      placedAt: '2026-11-20T10:00:00.000Z',
      buyer: { name: `Buyer ${n}` },
      lines: [{ channelSku: `SKU-${n % 7}`, title: 'Blue mug', quantity: 1 + (n % 3), unitPrice: 1299 }],
      partial: false,
      missing: [],
      ...overrides,
    } satisfies CapturedOrder;
  });
}

/** Each order's status on the saved Amazon orders page (test/fixtures/portals/amazon/orders.html), by order number. */
export const AMAZON_ORDERS_PAGE_STATUSES: Record<string, OrderStatus> = {
  '113-4567890-1234567': 'ready',
  '114-2345678-9012345': 'ready',
  '112-8765432-1098765': 'ready',
  '111-0000000-7654321': 'pending',
  '113-9988776-5544332': 'cancelled',
  '114-1122334-4556677': 'shipped',
};

/** The channel kind the captured orders above belong to. */
export const AMAZON: PortalId = 'amazon';

/** Waits until `check` returns a value (not undefined), polling every 100 ms. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
