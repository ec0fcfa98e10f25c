/**
 * The outbox in real Chromium against the real worker: captured orders
 * survive a stopped worker, a killed service worker and the browser being
 * closed and opened again, and arrive exactly once; a batch delivered twice stores nothing twice; a refused token stops
 * delivery until a good one is saved; an order that can never be valid is
 * set aside visibly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATABASE } from '../../extension/background/database.js';
import type { AnswerTo } from '../../extension/messaging/messages.js';
import { AMAZON, api, capturedOrders, createSeller, type ExtensionBrowser, eventually, workerAndBrowsers } from './harness.js';

// The extension's API, inside page.evaluate (runs in the extension's page, not here).
declare const chrome: any;

const local = workerAndBrowsers();
let ext: ExtensionBrowser | undefined;

/** The background's state once `done` holds for it, asked again until then (up to `timeoutMs`). */
function stateWhen(done: (state: AnswerTo<'state'>) => boolean, what: string, timeoutMs = 30_000): Promise<AnswerTo<'state'>> {
  return eventually(
    async () => {
      const state = await ext!.ask({ type: 'state' });
      return done(state) ? state : undefined;
    },
    timeoutMs,
    what,
  );
}

interface StoredOutbox {
  outbox?: { waiting: unknown[]; batches: Array<{ id: string; idempotencyKey: string; orders: Array<{ externalId: string }>; entries: unknown[] }> };
}

describe('the event feed across a worker restart', () => {
  test('an integrator paging with its cursor before and after the restart sees every event once, in order', async () => {
    const seller = await createSeller(local.worker, 'Feed Goods');
    const book = api(local.worker, seller.token);
    const channel = (await book.call('POST', '/v1/channels', { kind: 'manual', name: 'Phone orders' })).body.channel.id as string;
    const capture = async (n: number) => {
      const orders = Array.from({ length: n }, (_, i) => ({
        channelId: channel,
        externalId: `FEED-${Date.now()}-${i}`,
        status: 'ready',
        placedAt: '2026-12-01T10:00:00Z',
        currency: 'USD',
        total: 500,
        lines: [{ sku: 'MUG', quantity: 1, unitPrice: 500 }],
      }));
      expect((await book.call('POST', '/v1/orders', { orders })).status).toBe(200);
    };
    type Page = { events: Array<{ id: string; cursor: string }>; nextCursor: string | null };
    await capture(3);
    const first = (await book.call<Page>('GET', '/v1/events?limit=2')).body;
    const seen = first.events.map((e) => e.id);
    await local.worker.stop();
    await local.worker.restart();
    await capture(2);
    let after = first.nextCursor!;
    for (;;) {
      const page = (await book.call<Page>('GET', `/v1/events?limit=2&after=${encodeURIComponent(after)}`)).body;
      if (page.events.length === 0) break;
      seen.push(...page.events.map((e) => e.id));
      after = page.nextCursor!;
    }
    const all = (await book.call<Page>('GET', '/v1/events?limit=100')).body.events.map((e) => e.id);
    expect(all).toHaveLength(5);
    expect(seen).toEqual(all);
  });
});

describe('the outbox', () => {
  test('orders captured while the worker is down survive a killed service worker and arrive exactly once', async () => {
    const seller = await createSeller(local.worker, 'Down Time Goods');
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    await local.worker.stop();

    // 620 orders over three pages (more than one 500-order batch), then the first page again, re-rendered.
    const first = capturedOrders(250, 1);
    const answers = [
      await ext.ask({ type: 'capture', channelKind: AMAZON, orders: first }),
      await ext.ask({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(250, 251) }),
      await ext.ask({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(120, 501) }),
      await ext.ask({ type: 'capture', channelKind: AMAZON, orders: first.map((o) => ({ ...o, channelStatus: 'Unshipped ' })) }),
    ];
    expect(answers.map((a) => [a.queued, a.waiting])).toEqual([
      [250, 250],
      [250, 500],
      [120, 620],
      [250, 620],
    ]);

    const failing = await stateWhen((s) => s.delivery === 'failing', 'delivery to fail');
    expect(failing.waiting).toBe(620);
    expect(failing.problem).toMatch(/^Cannot reach http:\/\/127\.0\.0\.1:\d+\./);
    expect(await ext.badge()).toEqual({ text: '620', colour: [180, 35, 24, 255] });

    await ext.stopServiceWorker();
    const startsBefore = ext.backgroundStarts();
    await local.worker.restart();

    const after = await ext.ask({ type: 'deliverNow' });
    expect(ext.backgroundStarts()).toBe(startsBefore + 1);
    expect(after.waiting).toBe(0);
    expect(after.delivery).toBe('ok');
    expect(await ext.badge()).toEqual({ text: '', colour: [71, 84, 103, 255] });

    const book = api(local.worker, seller.token);
    const channels = await book.channels();
    expect(channels.map((c) => [c.kind, c.name])).toEqual([['amazon', 'Amazon (from extension)']]);
    const stored = await book.ordersOf(channels[0]!.id);
    expect(stored).toHaveLength(620);
    expect(new Set(stored.map((o) => o.externalId))).toEqual(new Set(capturedOrders(620, 1).map((o) => o.externalId)));
    const detail = await book.call('GET', `/v1/orders/${stored[0]!.id}`);
    expect(detail.body.order.events.map((e: { kind: string; source: string }) => [e.kind, e.source])).toEqual([['captured', 'extension']]);
  });

  test('orders captured while the worker is down survive the browser being closed and opened again, and arrive once', async () => {
    const seller = await createSeller(local.worker, 'Restarted Browser Goods');
    const profile = mkdtempSync(path.join(tmpdir(), 'orderlens-kept-profile-'));
    try {
      ext = await local.launch({ profile });
      await ext.configure({ url: local.worker.url, token: seller.token });
      await local.worker.stop();
      const answer = await ext.ask({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(40, 3001) });
      expect([answer.queued, answer.waiting]).toEqual([40, 40]);
      // Closed as soon as the capture is acknowledged: acknowledged means on disk.
      await ext.close();
      ext = undefined;

      await local.worker.restart();
      ext = await local.launch({ profile });
      // The background delivers what waits when it starts; nothing needs asking.
      const delivered = await stateWhen((s) => s.waiting === 0 && s.delivery === 'ok', 'delivery after the browser opened again', 60_000);
      expect(delivered.rejected).toEqual([]);

      const book = api(local.worker, seller.token);
      const [channel] = await book.channels();
      const stored = await book.ordersOf(channel!.id);
      expect(stored.map((o) => o.externalId).sort()).toEqual(
        capturedOrders(40, 3001)
          .map((o) => o.externalId)
          .sort(),
      );
    } finally {
      await ext?.close();
      ext = undefined;
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('a batch delivered twice (the service worker died before noting it) stores each order once', async () => {
    const seller = await createSeller(local.worker, 'Twice Sent Goods');
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    // One delivered order first, so the channel is known and the next batch is frozen before sending.
    await ext.ask({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(1, 9000) });
    await stateWhen((s) => s.waiting === 0, 'first delivery');

    await local.worker.stop();
    await ext.ask({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(5, 9001) });
    const frozen = await eventually(
      async () => {
        const { outbox } = await ext!.records<StoredOutbox>(['outbox']);
        return outbox?.batches.length === 1 ? outbox.batches[0] : undefined;
      },
      30_000,
      'a frozen batch',
    );
    expect(frozen.orders.map((o) => o.externalId)).toEqual(capturedOrders(5, 9001).map((o) => o.externalId));

    await local.worker.restart();
    expect((await ext.ask({ type: 'deliverNow' })).waiting).toBe(0);
    // The worker took it, but the service worker "died" before removing it: the batch is back.
    await ext.setRecords({ outbox: { waiting: [], batches: [frozen] } });
    await ext.stopServiceWorker();
    expect((await ext.ask({ type: 'deliverNow' })).waiting).toBe(0);

    const book = api(local.worker, seller.token);
    const [channel] = await book.channels();
    const stored = await book.ordersOf(channel!.id);
    expect(stored).toHaveLength(6);
    for (const order of stored) {
      const detail = await book.call('GET', `/v1/orders/${order.id}`);
      expect(detail.body.order.events).toHaveLength(1);
    }
    // The second delivery was a replay of the first answer, under the batch's own key.
    const replay = await book.call('POST', '/v1/orders', { orders: frozen.orders }, { 'Idempotency-Key': frozen.idempotencyKey, 'X-Orderlens-Source': 'extension' });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
  });

  test('a refused token stops delivery until a valid one is saved, then everything waiting is sent', async () => {
    const seller = await createSeller(local.worker, 'Token Goods');
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: 'not-a-real-token' });
    await ext.ask({ type: 'capture', channelKind: AMAZON, orders: capturedOrders(3, 7000) });
    const refused = await stateWhen((s) => s.delivery === 'unauthorized', 'the token to be refused');
    expect(refused.waiting).toBe(3);
    expect(refused.problem).toBe('The worker refused the API token (401). Enter a valid token in Options; captured orders wait until then.');
    expect((await ext.ask({ type: 'deliverNow' })).delivery).toBe('unauthorized');

    await ext.configure({ url: local.worker.url, token: seller.token });
    const delivered = await stateWhen((s) => s.waiting === 0, 'delivery with the new token');
    expect(delivered.delivery).toBe('ok');
    const [channel] = await api(local.worker, seller.token).channels();
    expect(await api(local.worker, seller.token).ordersOf(channel!.id)).toHaveLength(3);
  });

  test('an order no page data can make valid is set aside with its reason, and the rest are sent', async () => {
    const seller = await createSeller(local.worker, 'Odd Goods');
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    const [good, bad] = capturedOrders(2, 8000);
    const answer = await ext.ask({ type: 'capture', channelKind: AMAZON, orders: [good!, { ...bad!, lines: [{ sku: 'MUG', quantity: 0 }] }] });
    const reason = 'The order could not be read completely: lines.0.quantity Too small: expected number to be >0.';
    expect(answer.queued).toBe(1);
    expect(answer.rejected).toEqual([{ externalId: bad!.externalId, reason }]);
    const state = await stateWhen((s) => s.waiting === 0, 'delivery');
    expect(state.rejected.map((r) => [r.externalId, r.reason])).toEqual([[bad!.externalId, reason]]);
    const [channel] = await api(local.worker, seller.token).channels();
    expect((await api(local.worker, seller.token).ordersOf(channel!.id)).map((o) => o.externalId)).toEqual([good!.externalId]);
  });
});

describe('what the extension keeps of a delivered order', () => {
  test('once the worker has the orders, nothing in the extension’s database or storage names their buyer', async () => {
    const seller = await createSeller(local.worker, 'Quiet Goods');
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    const buyer = { name: 'Winifred Quackenbush', email: 'winifred.q@example.org', phone: '+1 555 0199 4242', street: '77 Juniper Hollow Lane' };
    const orders = capturedOrders(3, 9100, {
      buyer: { name: buyer.name, email: buyer.email },
      shipTo: { name: buyer.name, line1: buyer.street, city: 'Springfield', postalCode: '62704', country: 'US', phone: buyer.phone },
    });
    await ext.ask({ type: 'capture', channelKind: AMAZON, orders });
    await stateWhen((s) => s.waiting === 0, 'delivery');
    const ids = orders.map((o) => o.externalId);
    const read = await ext.ask({ type: 'statuses', channelKind: AMAZON, externalIds: ids });
    expect(Object.keys(read.statuses).sort()).toEqual([...ids].sort());

    const everything = await ext.page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const records = await Promise.all(
        [...db.objectStoreNames].map(
          (store) =>
            new Promise<unknown[]>((resolve, reject) => {
              const all = db.transaction(store, 'readonly').objectStore(store).getAll();
              all.onsuccess = () => resolve(all.result);
              all.onerror = () => reject(all.error);
            }),
        ),
      );
      db.close();
      return JSON.stringify({ records, local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) });
    }, DATABASE.name);
    // The orders are known by number (statuses, first-seen times); their buyer is not.
    for (const id of ids) expect(everything).toContain(id);
    expect(Object.values(buyer).filter((s) => everything.includes(s))).toEqual([]);
  });
});

describe('statuses for a portal page', () => {
  test('come from the book in one read, name orders still waiting as queued, and are remembered while the worker is down', async () => {
    const seller = await createSeller(local.worker, 'Status Goods');
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    const [sent, later] = capturedOrders(2, 6000);
    await ext.ask({ type: 'capture', channelKind: AMAZON, orders: [sent!] });
    await stateWhen((s) => s.waiting === 0, 'delivery');

    const ids = [sent!.externalId, later!.externalId, '113-9999999-9999999'];
    const live = await ext.ask({ type: 'statuses', channelKind: AMAZON, externalIds: ids });
    expect(live).toEqual({
      // The page showed line prices but neither a total nor a currency: the book holds both as unknown and says so.
      statuses: { [sent!.externalId]: { status: 'ready', channelStatus: 'Unshipped', updatedAt: expect.any(String), shipments: [], totalUnknown: true, currencyUnknown: true } },
      queued: [],
      // This browser's capture created it in the book: a page counts it as new to the book.
      created: [sent!.externalId],
      fresh: true,
    });

    await local.worker.stop();
    await ext.ask({ type: 'capture', channelKind: AMAZON, orders: [later!] });
    const offline = await ext.ask({ type: 'statuses', channelKind: AMAZON, externalIds: ids });
    // Remembered without parcels: a confirm-shipment chip waits for the book.
    const { shipments: _, ...rememberedStatus } = live.statuses[sent!.externalId]!;
    expect(offline).toEqual({ statuses: { [sent!.externalId]: rememberedStatus }, queued: [later!.externalId], created: [sent!.externalId], fresh: false });
    await local.worker.restart();
  });
});
