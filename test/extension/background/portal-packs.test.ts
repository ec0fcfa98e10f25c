/**
 * Packs served by the seller's worker, with the browser faked in memory and
 * the worker faked at `fetch`: a valid newer pack is taken, a pack that
 * fails the schema or names another portal is refused with its reason while
 * the good one stays, and an unchanged list (304) or an older worker changes
 * nothing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { checkServedPack, ensurePacksAlarm, PACKS_ALARM, refreshPortalPacks } from '../../../extension/background/portal-packs.js';
import { BUNDLED_PACKS } from '../../../extension/content/portals/bundled-packs.js';
import { packChecksItem, servedPacksItem } from '../../../extension/messaging/storage.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';
import { plainRequest } from './plain-request.js';

const creds = { url: 'http://127.0.0.1:8787', token: 'good-token' };
const MONDAY = new Date('2026-12-07T04:00:00.000Z');
const TUESDAY = new Date('2026-12-08T04:00:00.000Z');

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** The bundled Amazon pack at `version`, changed by `change`. */
function amazonPack(version: number, change: (pack: any) => void = () => undefined): PortalPack {
  const pack = structuredClone(BUNDLED_PACKS.amazon) as any;
  pack.version = version;
  change(pack);
  return pack;
}

/** A worker serving `packs` under ETag `"v<n>"`, answering 304 to that ETag. */
function servingWorker() {
  const worker = {
    packs: [] as unknown[],
    etag: '"v1"',
    asked: [] as Array<Record<string, string>>,
    answer: undefined as (() => Response) | undefined,
    async fetch(input: string, init: RequestInit = {}): Promise<Response> {
      const headers = (init.headers ?? {}) as Record<string, string>;
      worker.asked.push(headers);
      expect(new URL(input).pathname).toBe('/v1/portal-packs');
      if (worker.answer) return worker.answer();
      if (headers['if-none-match'] === worker.etag) return new Response(null, { status: 304 });
      return json(200, { packs: worker.packs }, { ETag: worker.etag });
    },
  };
  return worker;
}

let worker: ReturnType<typeof servingWorker>;

beforeEach(() => {
  fakeBrowser.reset();
  worker = servingWorker();
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => worker.fetch(...(await plainRequest(input, init))));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const entry = (pack: PortalPack, portal: string = pack.portal, version: number = pack.version) => ({ portal, version, pack });

describe('served packs', () => {
  test('a valid newer pack is kept with the time it was fetched, and the list’s ETag is sent back next time', async () => {
    worker.packs = [entry(amazonPack(7))];
    expect(await refreshPortalPacks(creds, MONDAY)).toBe('checked');
    expect(await servedPacksItem.getValue()).toEqual({ amazon: { pack: amazonPack(7), fetchedAt: MONDAY.toISOString() } });
    expect(await packChecksItem.getValue()).toEqual({ checkedAt: MONDAY.toISOString(), etag: '"v1"', unsupported: false, refusals: {} });

    expect(await refreshPortalPacks(creds, TUESDAY)).toBe('unchanged');
    expect(worker.asked.map((h) => h['if-none-match'])).toEqual([undefined, '"v1"']);
    expect(await servedPacksItem.getValue()).toEqual({ amazon: { pack: amazonPack(7), fetchedAt: MONDAY.toISOString() } });
    expect(await packChecksItem.getValue()).toEqual({ checkedAt: TUESDAY.toISOString(), etag: '"v1"', unsupported: false, refusals: {} });
  });

  test('a pack with a pattern that does not compile is refused with its reason, and the good one stays', async () => {
    worker.packs = [entry(amazonPack(7))];
    await refreshPortalPacks(creds, MONDAY);
    worker.packs = [entry(amazonPack(8, (p) => (p.orderIds.href = '/orders-v3/order/(\\d{3}')))];
    worker.etag = '"v2"';
    await refreshPortalPacks(creds, TUESDAY);
    expect((await servedPacksItem.getValue()).amazon).toEqual({ pack: amazonPack(7), fetchedAt: MONDAY.toISOString() });
    expect(await packChecksItem.getValue()).toEqual({
      checkedAt: TUESDAY.toISOString(),
      etag: null,
      unsupported: false,
      refusals: { amazon: { version: 8, reason: 'orderIds.href: not a valid regular expression', at: TUESDAY.toISOString() } },
    });
  });

  test('a pack served as another portal’s, or at another version than it says, is refused', () => {
    expect(checkServedPack(entry(amazonPack(7), 'ebay'))).toEqual({ portal: 'ebay', ok: false, version: 7, reason: 'portal: the pack is for amazon, served as ebay' });
    expect(checkServedPack(entry(amazonPack(7), 'amazon', 9))).toEqual({ portal: 'amazon', ok: false, version: 9, reason: 'version: the pack says 7, served as 9' });
    expect(checkServedPack(entry(amazonPack(7), 'myspace'))).toBeUndefined();
  });

  test('a field read by a strategy kind the extension does not know is refused, naming where', async () => {
    const unknownKind = amazonPack(8, (p) => (p.fields['list.status'] = [{ by: 'xpath', xpath: '//td' }]));
    const verdict = checkServedPack(entry(unknownKind));
    expect(verdict).toMatchObject({ portal: 'amazon', ok: false, version: 8 });
    expect(verdict?.ok === false && verdict.reason.startsWith('fields.list.status.0.by: ')).toBe(true);

    worker.packs = [entry(amazonPack(7)), entry(unknownKind, 'ebay', 8)];
    await refreshPortalPacks(creds, MONDAY);
    expect(Object.keys(await servedPacksItem.getValue())).toEqual(['amazon']);
    expect(Object.keys((await packChecksItem.getValue()).refusals)).toEqual(['ebay']);
  });

  test('a refusal is forgotten once the portal’s next pack is good', async () => {
    worker.packs = [entry(amazonPack(8, (p) => (p.routes = [])))];
    await refreshPortalPacks(creds, MONDAY);
    expect((await packChecksItem.getValue()).refusals.amazon?.reason).toBe('routes: Too small: expected array to have >=1 items');
    worker.packs = [entry(amazonPack(9))];
    worker.etag = '"v2"';
    await refreshPortalPacks(creds, TUESDAY);
    expect((await packChecksItem.getValue()).refusals).toEqual({});
    expect((await servedPacksItem.getValue()).amazon?.pack.version).toBe(9);
  });

  test('an older version than the one kept does not roll it back', async () => {
    worker.packs = [entry(amazonPack(7))];
    await refreshPortalPacks(creds, MONDAY);
    worker.packs = [entry(amazonPack(5))];
    worker.etag = '"v2"';
    await refreshPortalPacks(creds, TUESDAY);
    expect(await servedPacksItem.getValue()).toEqual({ amazon: { pack: amazonPack(7), fetchedAt: MONDAY.toISOString() } });
  });

  test('an older worker without the route (404) serves nothing and nothing changes', async () => {
    await servedPacksItem.setValue({ amazon: { pack: amazonPack(7), fetchedAt: MONDAY.toISOString() } });
    worker.answer = () => json(404, { error: { code: 'not_found', message: 'No route GET /v1/portal-packs.' } });
    expect(await refreshPortalPacks(creds, TUESDAY)).toBe('unsupported');
    expect(await servedPacksItem.getValue()).toEqual({ amazon: { pack: amazonPack(7), fetchedAt: MONDAY.toISOString() } });
    expect(await packChecksItem.getValue()).toEqual({ checkedAt: TUESDAY.toISOString(), etag: null, unsupported: true, refusals: {} });
  });

  test('an unreachable worker changes nothing, and without a worker nothing is asked', async () => {
    worker.answer = () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await refreshPortalPacks(creds, MONDAY)).toBe('failed');
    expect(await refreshPortalPacks(undefined, MONDAY)).toBe('not_configured');
    expect(await servedPacksItem.getValue()).toEqual({});
    expect(await packChecksItem.getValue()).toEqual({ checkedAt: null, etag: null, unsupported: false, refusals: {} });
  });

  test('are checked daily on an alarm', async () => {
    await ensurePacksAlarm();
    expect((await fakeBrowser.alarms.get(PACKS_ALARM))?.periodInMinutes).toBe(24 * 60);
  });
});
