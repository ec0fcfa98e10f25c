/**
 * A page's adapter learns the currency and zone set on its account's
 * channel from the background, which reads the channel list at most once
 * per few minutes. The browser is faked in memory and the worker at `fetch`.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

// The extension modules read the browser's globals when they load, so they are in place first.
await vi.hoisted(() => import('../background-globals.js'));

import { channelLocaleFor, forgetChannelLocales, LOCALE_KEPT_MS } from '../../../extension/background/channel-locales.js';
import { accountChannelsItem, channelCacheItem } from '../../../extension/messaging/storage.js';
import { json, startWith } from './fake-worker.js';

type Channel = { id: string; kind: string; name: string; accountKey: string | null; currency: string | null; timeZone: string | null; createdAt: string };

function fakeWorker(channels: Channel[]) {
  const worker = {
    channels,
    reads: 0,
    up: true,
    async fetch(input: string, init: RequestInit = {}): Promise<Response> {
      const url = new URL(input);
      if (!worker.up) throw new TypeError('Failed to fetch');
      if (url.pathname === '/v1/channels' && (init.method ?? 'GET') === 'GET') {
        worker.reads += 1;
        return json(200, { channels: worker.channels });
      }
      return json(404, { error: { code: 'not_found', message: 'no route' } });
    },
  };
  return worker;
}

const channel = (id: string, kind: string, accountKey: string | null, currency: string | null, timeZone: string | null): Channel => ({
  id,
  kind,
  name: id,
  accountKey,
  currency,
  timeZone,
  createdAt: '2026-01-01T00:00:00Z',
});

let worker: ReturnType<typeof fakeWorker>;

beforeEach(async () => {
  forgetChannelLocales();
  worker = fakeWorker([
    channel('chn_us', 'amazon', 'amazon.com', null, null),
    channel('chn_de', 'amazon', 'amazon.de', 'EUR', 'Europe/Berlin'),
    channel('chn_shop', 'shopify', null, 'CAD', 'America/Toronto'),
  ]);
  await startWith(worker, [accountChannelsItem, channelCacheItem]);
});
describe('the channel’s currency and zone reach the page', () => {
  test('a page of an account gets its own channel’s setting; one without a setting gets null', async () => {
    expect(await channelLocaleFor('amazon', 'amazon.de')).toEqual({ currency: 'EUR', timeZone: 'Europe/Berlin' });
    expect(await channelLocaleFor('amazon', 'amazon.com')).toBeNull();
  });

  test('a page that does not say its account gets the first channel of its kind', async () => {
    expect(await channelLocaleFor('shopify', undefined)).toEqual({ currency: 'CAD', timeZone: 'America/Toronto' });
  });

  test('a portal the seller has no channel of gets null, and no channel is made', async () => {
    expect(await channelLocaleFor('etsy', undefined)).toBeNull();
    expect(worker.channels.map((c) => c.id)).toEqual(['chn_us', 'chn_de', 'chn_shop']);
  });

  test('the list is read once for several pages, and again once the kept copy is old', async () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    await channelLocaleFor('shopify', undefined, now);
    const readsAfterFirst = worker.reads;
    worker.channels[2] = { ...worker.channels[2]!, currency: 'USD' };
    expect(await channelLocaleFor('shopify', undefined, now + 1000)).toEqual({ currency: 'CAD', timeZone: 'America/Toronto' });
    expect(worker.reads).toBe(readsAfterFirst);
    expect(await channelLocaleFor('shopify', undefined, now + LOCALE_KEPT_MS)).toEqual({ currency: 'USD', timeZone: 'America/Toronto' });
    expect(worker.reads).toBe(readsAfterFirst + 1);
  });

  test('a worker out of reach gives null: the page reads as it would without a setting', async () => {
    worker.up = false;
    expect(await channelLocaleFor('amazon', 'amazon.de')).toBeNull();
  });
});
