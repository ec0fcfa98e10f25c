/**
 * Delivering the outbox, with the browser faked in memory (WXT's fake
 * browser, and fake-indexeddb for the background's database) and the worker
 * faked at `fetch`: what is kept, what is retried and when, what is set
 * aside, and what each request carries.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

// The extension modules read the browser's globals when they load, so they are in place first.
const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { badgeFor } from '../../../extension/background/badge.js';
import { DELIVERY_ALARM, deliverOutbox, retryDelayMs } from '../../../extension/background/delivery.js';
import type { Outbox, RejectedOrder } from '../../../extension/background/outbox.js';
import { persistCaptures } from '../../../extension/background/outbox-store.js';
import { firstSeenItem, knownStatusesItem, outboxItem, rejectedItem } from '../../../extension/background/stored-state.js';
import { apiTokenItem } from '../../../extension/background/token.js';
import { deliveryItem, outboxSummaryItem } from '../../../extension/messaging/storage.js';
import { allCreated, captured, json, startWith } from './fake-worker.js';

interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: any;
}

/** A worker at `fetch`: channels, and a capture answer each test chooses. */
function fakeWorker() {
  const seen: Seen[] = [];
  const channels: Array<{ id: string; kind: string; name: string; createdAt: string }> = [];
  const worker = {
    seen,
    channels,
    up: true,
    answerCapture: allCreated,
    captures: () => seen.filter((s) => s.method === 'POST' && s.path === '/v1/orders'),
    async fetch(input: string, init: RequestInit = {}): Promise<Response> {
      if (!worker.up) throw new TypeError('Failed to fetch');
      const url = new URL(input);
      const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      seen.push({ method: init.method ?? 'GET', path: url.pathname, headers, body });
      if (headers.authorization !== 'Bearer good-token') return json(401, { error: { code: 'unauthorized', message: 'The API token is not valid or has been revoked.' } });
      if (url.pathname === '/v1/channels' && init.method === 'GET') return json(200, { channels });
      if (url.pathname === '/v1/channels' && init.method === 'POST') {
        const channel = { id: `chn_${channels.length + 1}`, kind: body.kind, name: body.name, createdAt: '2026-11-25T00:00:00Z' };
        channels.push(channel);
        return json(201, { channel });
      }
      if (url.pathname === '/v1/orders' && init.method === 'POST') return worker.answerCapture(body);
      return json(404, { error: { code: 'not_found', message: `No route ${init.method} ${url.pathname}.` } });
    },
  };
  return worker;
}

const capture = (from: number, count: number) =>
  persistCaptures(
    'amazon',
    Array.from({ length: count }, (_, i) => captured(from + i)),
    '2026-11-25T10:00:00.000Z',
  );

let worker: ReturnType<typeof fakeWorker>;

beforeEach(async () => {
  worker = fakeWorker();
  await startWith(worker, [outboxItem, rejectedItem, firstSeenItem, knownStatusesItem]);
});
describe('delivering the outbox', () => {
  test('1,200 captured orders go in batches of at most 500, each with its own key, marked as from the extension', async () => {
    await capture(1, 1200);
    await deliverOutbox();
    const sent = worker.captures();
    expect(sent.map((s) => s.body.orders.length)).toEqual([500, 500, 200]);
    expect(new Set(sent.map((s) => s.headers['idempotency-key'])).size).toBe(3);
    expect(sent.every((s) => s.headers['x-orderlens-source'] === 'extension')).toBe(true);
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
    expect(await outboxSummaryItem.getValue()).toEqual({ waiting: 0, rejected: 0 });
    expect(worker.channels.map((c) => [c.kind, c.name])).toEqual([['amazon', 'Amazon (from extension)']]);
    expect(sent[0]!.body.orders[0].channelId).toBe('chn_1');
  });

  test('an existing channel of the portal’s kind is used, not a new one', async () => {
    worker.channels.push({ id: 'chn_us', kind: 'amazon', name: 'Amazon US', createdAt: '2026-01-01T00:00:00Z' });
    await capture(1, 2);
    await deliverOutbox();
    expect(worker.channels).toHaveLength(1);
    expect(worker.captures()[0]!.body.orders.map((o: { channelId: string }) => o.channelId)).toEqual(['chn_us', 'chn_us']);
  });

  test('a 503 keeps every order and the retry sends the same body under the same key, not sooner than 30 s', async () => {
    await capture(1, 3);
    worker.answerCapture = () => new Response(JSON.stringify({ error: { code: 'internal', message: 'down' } }), { status: 503 });
    await deliverOutbox();
    const delivery = await deliveryItem.getValue();
    expect([delivery.state, delivery.failures]).toEqual(['failing', 1]);
    const alarm = await fakeBrowser.alarms.get(DELIVERY_ALARM);
    expect(alarm?.periodInMinutes).toBe(0.5);
    const outbox: Outbox = await outboxItem.getValue();
    expect(outbox.batches.map((b) => b.orders.length)).toEqual([3]);
    expect(await outboxSummaryItem.getValue()).toEqual({ waiting: 3, rejected: 0 });
    // The outbox lives in the background's database: extension storage, whose every change reaches
    // each portal tab's content script, holds only the small summary.
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['channels', 'delivery', 'outboxSummary', 'workerUrl']);

    worker.answerCapture = allCreated;
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await deliverOutbox();
    const [first, retry] = worker.captures();
    expect(retry!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
    expect(JSON.stringify(retry!.body)).toBe(JSON.stringify(first!.body));
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
    expect((await deliveryItem.getValue()).state).toBe('ok');
    expect(await fakeBrowser.alarms.get(DELIVERY_ALARM)).toBeUndefined();
  });

  test('an unreachable worker keeps everything and backs off', async () => {
    await capture(1, 2);
    worker.up = false;
    await deliverOutbox();
    await deliverOutbox();
    const delivery = await deliveryItem.getValue();
    expect([delivery.state, delivery.failures, delivery.problem]).toEqual(['failing', 2, 'Cannot reach http://127.0.0.1:8787. Orders wait and will be sent when it answers.']);
    expect((await fakeBrowser.alarms.get(DELIVERY_ALARM))?.periodInMinutes).toBe(1);
    expect((await outboxItem.getValue()).waiting).toHaveLength(2);
  });

  test('a 401 stops delivery until the token changes', async () => {
    await apiTokenItem.setValue('old-token');
    await capture(1, 2);
    await deliverOutbox();
    expect((await deliveryItem.getValue()).state).toBe('unauthorized');
    const asked = worker.seen.length;
    await deliverOutbox();
    expect(worker.seen.length).toBe(asked);
    expect(await fakeBrowser.alarms.get(DELIVERY_ALARM)).toBeUndefined();

    await apiTokenItem.setValue('good-token');
    await deliverOutbox();
    expect(worker.captures().at(-1)!.body.orders).toHaveLength(2);
    expect((await deliveryItem.getValue()).state).toBe('ok');
  });

  test('a 400 naming one order sets that order aside with the worker’s words and sends the rest under a new key', async () => {
    await capture(1, 3);
    worker.answerCapture = (body) =>
      body.orders.some((o) => o.externalId === captured(2).externalId)
        ? new Response(JSON.stringify({ error: { code: 'invalid_input', message: 'The request is not valid.', issues: [{ path: 'orders.1.lines.0.unitPrice', message: 'Too big' }] } }), {
            status: 400,
          })
        : allCreated(body);
    await deliverOutbox();
    const [refused, resent] = worker.captures();
    expect(resent!.body.orders.map((o: { externalId: string }) => o.externalId)).toEqual([captured(1).externalId, captured(3).externalId]);
    expect(resent!.headers['idempotency-key']).not.toBe(refused!.headers['idempotency-key']);
    const rejected: RejectedOrder[] = await rejectedItem.getValue();
    expect(rejected.map((r) => [r.externalId, r.reason, r.issues])).toEqual([
      [captured(2).externalId, 'The worker refused this order: The request is not valid.', [{ path: 'lines.0.unitPrice', message: 'Too big' }]],
    ]);
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
  });

  test('a 400 naming no order halves the batch until the order at fault is alone, and only it is set aside', async () => {
    await capture(1, 4);
    const culprit = captured(3).externalId;
    worker.answerCapture = (body) =>
      body.orders.some((o) => o.externalId === culprit) ? new Response(JSON.stringify({ error: { code: 'invalid_input', message: 'Something is off.' } }), { status: 400 }) : allCreated(body);
    await deliverOutbox();
    expect(worker.captures().map((s) => s.body.orders.length)).toEqual([4, 2, 2, 1, 1]);
    expect((await rejectedItem.getValue()).map((r) => [r.externalId, r.reason])).toEqual([[culprit, 'The worker refused this order (400): Something is off.']]);
    expect(await outboxSummaryItem.getValue()).toEqual({ waiting: 0, rejected: 1 });
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
  });

  test('a channel deleted on the worker is looked up again and the batch resent', async () => {
    await capture(1, 1);
    await deliverOutbox();
    worker.channels.splice(0);
    worker.channels.push({ id: 'chn_new', kind: 'amazon', name: 'Amazon', createdAt: '2026-11-25T00:00:00Z' });
    worker.answerCapture = (body: any) =>
      body.orders[0].channelId === 'chn_1'
        ? new Response(JSON.stringify({ error: { code: 'invalid_input', message: 'Unknown channel.', issues: [{ path: 'orders.0.channelId', message: 'No channel chn_1 for this seller.' }] } }), {
            status: 400,
          })
        : allCreated(body);
    await capture(2, 1);
    await deliverOutbox();
    expect(worker.captures().at(-1)!.body.orders[0].channelId).toBe('chn_new');
    expect(await rejectedItem.getValue()).toEqual([]);
  });

  test('after a switch to another worker, every batch frozen with the old worker’s channel is resent with the new one', async () => {
    const entry = (n: number) => ({ channelKind: 'amazon' as const, order: captured(n), firstSeenAt: '2026-11-25T10:00:00.000Z', capturedAt: '2026-11-25T10:00:00.000Z' });
    const frozen = (id: string, ns: number[]) => ({
      id,
      idempotencyKey: `key-${id}`,
      createdAt: 't',
      entries: ns.map(entry),
      orders: ns.map((n) => ({
        channelId: 'chn_old',
        externalId: captured(n).externalId,
        status: 'ready' as const,
        placedAt: '2026-11-25T10:00:00.000Z',
        currency: 'USD',
        total: 0,
        lines: [{ quantity: 1, unitPrice: 0 }],
      })),
    });
    await outboxItem.setValue({ waiting: [], batches: [frozen('a', [1, 2]), frozen('b', [3])] });
    worker.channels.push({ id: 'chn_new', kind: 'amazon', name: 'Amazon', createdAt: '2026-11-25T00:00:00Z' });
    worker.answerCapture = (body: any) =>
      body.orders.some((o: { channelId: string }) => o.channelId === 'chn_old')
        ? new Response(
            JSON.stringify({
              error: { code: 'invalid_input', message: 'Unknown channel.', issues: body.orders.map((_: unknown, i: number) => ({ path: `orders.${i}.channelId`, message: 'No channel.' })) },
            }),
            { status: 400 },
          )
        : allCreated(body);
    await deliverOutbox();
    const accepted = worker.captures().filter((c) => c.body.orders.every((o: { channelId: string }) => o.channelId === 'chn_new'));
    expect(accepted.flatMap((c) => c.body.orders.map((o: { externalId: string }) => o.externalId))).toEqual([1, 2, 3].map((n) => captured(n).externalId));
    expect(await rejectedItem.getValue()).toEqual([]);
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
  });

  test('without a worker URL and token nothing is sent and the state says what to do', async () => {
    await apiTokenItem.setValue('');
    await capture(1, 1);
    await deliverOutbox();
    expect(worker.seen).toEqual([]);
    expect(await deliveryItem.getValue()).toMatchObject({ state: 'not_configured', problem: 'Connect Orderlens to your worker in Options.' });
  });
});

describe('retry timing', () => {
  test('waits double from 30 s up to 15 min, or longer when the worker asks', () => {
    expect([1, 2, 3, 4, 6, 20].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000, 900_000, 900_000]);
    expect(retryDelayMs(1, 120)).toBe(120_000);
  });
});

describe('the toolbar badge', () => {
  test('shows the count waiting, grey while delivery works and red while it fails', () => {
    expect(badgeFor(3, { state: 'ok', problem: null })).toEqual({ text: '3', colour: '#475467', title: 'Orderlens — 3 orders wait to be sent' });
    expect(badgeFor(1, { state: 'failing', problem: 'Cannot reach x.' })).toEqual({ text: '1', colour: '#B42318', title: 'Orderlens — 1 order waits to be sent — Cannot reach x.' });
    expect(badgeFor(0, { state: 'unauthorized', problem: 'Token refused.' }).text).toBe('!');
    expect(badgeFor(0, { state: 'ok', problem: null }).text).toBe('');
  });
});
