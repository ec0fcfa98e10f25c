/**
 * Sightings: what each portal page showed of its orders goes to the worker's
 * reconciliation, kept before the capture is answered, once per unchanged
 * status, at most 500 a request, per channel, held while the account's
 * channel is unchosen. The browser is faked in memory (WXT's fake browser,
 * fake-indexeddb) and the worker at `fetch`.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { deliverOutbox } from '../../../extension/background/delivery.js';
import { messageHandlers } from '../../../extension/background/handlers.js';
import { deliverSightings, forgetSentSightings, keepSightings, SIGHTINGS_ALARM } from '../../../extension/background/sighting-delivery.js';
import { addSightings, emptySightings, removeSent, SIGHTING_REPEAT_MS, type SightingQueue, takeSightings } from '../../../extension/background/sightings.js';
import { outboxItem, rejectedItem, sightingsItem } from '../../../extension/background/stored-state.js';
import { accountChannelsItem, accountChoicesItem, channelCacheItem } from '../../../extension/messaging/storage.js';
import { allCreated, captured, amazonOrderId as id, json, startWith, WORKER_URL } from './fake-worker.js';

const AT = '2026-12-07T10:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(AT) + ms).toISOString();

describe('queuing sightings', () => {
  test('an order with status words is queued with its time; one without status words is no sighting', () => {
    const { queue, added } = addSightings(emptySightings(), 'amazon', [{ externalId: id(1), channelStatus: ' Unshipped ' }, { externalId: id(2) }], AT);
    expect(added).toBe(1);
    expect(queue).toEqual({ waiting: [{ channelKind: 'amazon', externalId: id(1), channelStatus: 'Unshipped', seenAt: AT }], sent: { [`amazon:${id(1)}`]: { status: 'Unshipped', at: AT } } });
  });

  test('a page re-read with the same statuses queues nothing, even once the first were sent', () => {
    const first = addSightings(emptySightings(), 'amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], AT).queue;
    const sent = removeSent(first, takeSightings(first, () => 'chn_1')!);
    expect(sent.waiting).toEqual([]);
    const again = addSightings(sent, 'amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], later(5_000));
    expect(again.added).toBe(0);
    expect(again.queue.waiting).toEqual([]);
  });

  test('a changed status is queued at once, and an unchanged one again after the repeat interval', () => {
    const first = addSightings(
      emptySightings(),
      'amazon',
      [
        { externalId: id(1), channelStatus: 'Unshipped' },
        { externalId: id(2), channelStatus: 'Unshipped' },
      ],
      AT,
    ).queue;
    const sent = removeSent(first, takeSightings(first, () => 'chn_1')!);
    const changed = addSightings(
      sent,
      'amazon',
      [
        { externalId: id(1), channelStatus: 'Shipped' },
        { externalId: id(2), channelStatus: 'Unshipped' },
      ],
      later(60_000),
    );
    expect(changed.queue.waiting.map((w) => [w.externalId, w.channelStatus])).toEqual([[id(1), 'Shipped']]);
    const stale = addSightings(changed.queue, 'amazon', [{ externalId: id(2), channelStatus: 'Unshipped' }], later(SIGHTING_REPEAT_MS));
    expect(stale.added).toBe(1);
  });

  test('a newer sighting of a waiting order replaces it', () => {
    const first = addSightings(emptySightings(), 'amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], AT).queue;
    const next = addSightings(first, 'amazon', [{ externalId: id(1), channelStatus: 'Canceled' }], later(1_000)).queue;
    expect(next.waiting).toEqual([{ channelKind: 'amazon', externalId: id(1), channelStatus: 'Canceled', seenAt: later(1_000) }]);
  });
});

describe('batching sightings', () => {
  const many = (count: number, kind: 'amazon' | 'ebay' = 'amazon'): SightingQueue =>
    addSightings(
      emptySightings(),
      kind,
      Array.from({ length: count }, (_, i) => ({ externalId: id(i + 1), channelStatus: 'Unshipped' })),
      AT,
    ).queue;

  test('a request holds at most 500 sightings; 1,201 go in 500, 500 and 201', () => {
    let queue = many(1_201);
    const sizes: number[] = [];
    for (let batch = takeSightings(queue, () => 'chn_1'); batch; batch = takeSightings(queue, () => 'chn_1')) {
      sizes.push(batch.orders.length);
      queue = removeSent(queue, batch);
    }
    expect(sizes).toEqual([500, 500, 201]);
  });

  test('a request holds one channel’s sightings; those whose channel is unknown stay waiting', () => {
    const queue = addSightings(many(2), 'ebay', [{ externalId: '11-00001-00001', channelStatus: 'Paid' }], AT).queue;
    const withHeld = addSightings(queue, 'etsy', [{ externalId: '3001', channelStatus: 'Paid' }], AT).queue;
    const channelFor = (s: { channelKind: string }) => ({ amazon: 'chn_a', ebay: 'chn_e' })[s.channelKind as 'amazon' | 'ebay'];
    const first = takeSightings(withHeld, channelFor)!;
    expect(first).toEqual({
      channelId: 'chn_a',
      keys: [`amazon:${id(1)}`, `amazon:${id(2)}`],
      orders: [
        { externalId: id(1), channelStatus: 'Unshipped', seenAt: AT },
        { externalId: id(2), channelStatus: 'Unshipped', seenAt: AT },
      ],
    });
    const second = takeSightings(removeSent(withHeld, first), channelFor)!;
    expect(second.channelId).toBe('chn_e');
    const left = removeSent(removeSent(withHeld, first), second);
    expect(takeSightings(left, channelFor)).toBeUndefined();
    expect(left.waiting.map((w) => w.externalId)).toEqual(['3001']);
  });

  test('a sighting replaced while its request was out stays to be sent', () => {
    const queue = many(1);
    const batch = takeSightings(queue, () => 'chn_1')!;
    const meanwhile = addSightings(queue, 'amazon', [{ externalId: id(1), channelStatus: 'Shipped' }], later(1_000)).queue;
    expect(removeSent(meanwhile, batch).waiting.map((w) => w.channelStatus)).toEqual(['Shipped']);
  });
});

/** A worker at `fetch` taking orders and sightings; `sightingsUp` false answers sightings 503. */
function fakeWorker() {
  const seen: Array<{ path: string; body: any }> = [];
  const worker = {
    seen,
    sightingsUp: true,
    channels: [{ id: 'chn_1', kind: 'amazon', name: 'Amazon', createdAt: '2026-01-01T00:00:00Z' }],
    sightings: () => seen.filter((s) => s.path === '/v1/reconciliation/sightings').map((s) => s.body),
    async fetch(input: string, init: RequestInit = {}): Promise<Response> {
      const url = new URL(input);
      if (init.mode === 'no-cors') throw new TypeError('Failed to fetch');
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      seen.push({ path: url.pathname, body });
      if (url.pathname === '/v1/channels' && init.method === 'GET') return json(200, { channels: worker.channels });
      if (url.pathname === '/v1/orders' && init.method === 'POST') {
        return allCreated(body);
      }
      if (url.pathname === '/v1/reconciliation/sightings' && init.method === 'POST') {
        return worker.sightingsUp ? new Response(null, { status: 204 }) : json(503, { error: { code: 'internal', message: 'down' } });
      }
      return json(404, { error: { code: 'not_found', message: `No route ${init.method} ${url.pathname}.` } });
    },
  };
  return worker;
}

/** Order `n` as captured from a page that shows its status in the portal's words. */
const withStatus = (n: number, channelStatus: string) => captured(n, { channelStatus, currency: 'USD' });

const sender = { fromPortalPage: true, url: 'https://sellercentral.amazon.com/orders-v3', tabId: 1 };
let worker: ReturnType<typeof fakeWorker>;

beforeEach(async () => {
  worker = fakeWorker();
  await startWith(worker, [outboxItem, rejectedItem, sightingsItem, channelCacheItem, accountChannelsItem, accountChoicesItem]);
});
describe('sending sightings', () => {
  test('a capture’s orders are kept as sightings before it is answered, then sent once; the same page again sends none', async () => {
    await messageHandlers.capture({ type: 'capture', channelKind: 'amazon', orders: [withStatus(1, 'Unshipped'), withStatus(2, 'Shipped')] }, sender);
    expect((await sightingsItem.getValue()).waiting.map((w) => w.externalId)).toEqual([id(1), id(2)]);
    await deliverOutbox();
    expect(worker.sightings()).toEqual([
      {
        channelId: 'chn_1',
        orders: [
          { externalId: id(1), channelStatus: 'Unshipped', seenAt: expect.any(String) },
          { externalId: id(2), channelStatus: 'Shipped', seenAt: expect.any(String) },
        ],
      },
    ]);
    expect((await sightingsItem.getValue()).waiting).toEqual([]);
    await messageHandlers.capture({ type: 'capture', channelKind: 'amazon', orders: [withStatus(1, 'Unshipped'), withStatus(2, 'Shipped')] }, sender);
    await deliverOutbox();
    expect(worker.sightings()).toHaveLength(1);
    expect(JSON.stringify(await sightingsItem.getValue())).not.toContain('SKU');
  });

  test('after the worker or token changes, the same page’s sightings are queued again for the new book', async () => {
    expect(await keepSightings('amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], AT)).toBe(1);
    await deliverSightings({ url: WORKER_URL, token: 'good-token' });
    expect(await keepSightings('amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], later(1_000))).toBe(0);
    await forgetSentSightings();
    expect(await keepSightings('amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], later(2_000))).toBe(1);
  });

  test('sightings the worker cannot take now wait, with an alarm to retry, and go once it can', async () => {
    worker.sightingsUp = false;
    await keepSightings('amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], AT);
    expect(await deliverSightings({ url: WORKER_URL, token: 'good-token' })).toEqual({ sent: 0, dropped: 0, waiting: 1 });
    expect(await fakeBrowser.alarms.get(SIGHTINGS_ALARM)).toMatchObject({ name: SIGHTINGS_ALARM });
    worker.sightingsUp = true;
    expect(await deliverSightings({ url: WORKER_URL, token: 'good-token' })).toEqual({ sent: 1, dropped: 0, waiting: 0 });
    expect(await fakeBrowser.alarms.get(SIGHTINGS_ALARM)).toBeUndefined();
  });

  test('an account awaiting the seller’s channel choice holds its sightings', async () => {
    // Two Amazon channels, neither named for the account: the seller has to choose.
    worker.channels = [
      { id: 'chn_1', kind: 'amazon', name: 'Amazon One', createdAt: '2026-01-01T00:00:00Z' },
      { id: 'chn_2', kind: 'amazon', name: 'Amazon Two', createdAt: '2026-01-01T00:00:00Z' },
    ];
    await keepSightings('amazon', [{ externalId: id(1), channelStatus: 'Unshipped' }], AT, { key: 'A1SELLER', name: 'Third Shop' });
    expect(await deliverSightings({ url: WORKER_URL, token: 'good-token' })).toEqual({ sent: 0, dropped: 0, waiting: 1 });
    expect(worker.sightings()).toEqual([]);
  });
});
