/**
 * Reading reports, with the browser faked in memory (WXT's fake browser,
 * fake-indexeddb) and the worker faked at `fetch`: what a report holds, how
 * many are kept, and how they go to the worker behind the orders without
 * ever holding the orders up.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { deliverOutbox } from '../../../extension/background/delivery.js';
import { persistCaptures } from '../../../extension/background/outbox-store.js';
import { keepPageRead, PAGE_READS_ALARM, pageReadOf } from '../../../extension/background/page-read-reports.js';
import { firstSeenItem, knownStatusesItem, outboxItem, pageReadsItem, rejectedItem } from '../../../extension/background/stored-state.js';
import type { PageHealth } from '../../../extension/content/core/page-health.js';
import { deliveryItem } from '../../../extension/messaging/storage.js';
import type { PageRead } from '../../../shared/schemas/page-reads.js';
import { allCreated, captured, json, startWith, WORKER_URL } from './fake-worker.js';

interface Seen {
  method: string;
  path: string;
  body: any;
}

/** A worker at `fetch` taking orders and reports; each test chooses how it answers reports. */
function fakeWorker() {
  const seen: Seen[] = [];
  const worker = {
    seen,
    ordersUp: true,
    reportsUp: true,
    answerReports: (body: { reads: unknown[] }): Response => json(202, { stored: body.reads.length }),
    reports: () => seen.filter((s) => s.path === '/v1/page-reads'),
    async fetch(input: string, init: RequestInit = {}): Promise<Response> {
      const url = new URL(input);
      if (init.mode === 'no-cors' || (url.pathname === '/v1/page-reads' && !worker.reportsUp)) throw new TypeError('Failed to fetch');
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      seen.push({ method: init.method ?? 'GET', path: url.pathname, body });
      if (url.pathname === '/v1/channels' && init.method === 'GET') return json(200, { channels: [{ id: 'chn_1', kind: 'amazon', name: 'Amazon', createdAt: '2026-01-01T00:00:00Z' }] });
      if (url.pathname === '/v1/orders' && init.method === 'POST') {
        if (!worker.ordersUp) return json(503, { error: { code: 'internal', message: 'down' } });
        return allCreated(body);
      }
      if (url.pathname === '/v1/page-reads' && init.method === 'POST') return worker.answerReports(body);
      return json(404, { error: { code: 'not_found', message: `No route ${init.method} ${url.pathname}.` } });
    },
  };
  return worker;
}

/** What of a page health goes into its report: counts, field names and strategy numbers. */
const REPORTED = {
  portal: 'amazon',
  pageKind: 'orders',
  packVersion: 3,
  idsSeen: 50,
  countPrinted: 50,
  rowsRead: 48,
  rowsSkipped: 2,
  fieldsMissing: { shipBy: 12, status: 3 },
  strategies: { status: { '0': 40, '1': 5 } },
} as const;

/** A page health as a content script sends it. */
function health(extra: Partial<PageHealth> = {}): PageHealth {
  return { ...REPORTED, experimental: false, unread: 17, ok: false, ...extra };
}

/** Report number `n` (its time says which). */
const report = (n: number): PageRead => pageReadOf(health(), new Date(Date.UTC(2026, 11, 7, 0, 0, n)).toISOString());

/** Puts reports 1…count in the store at once (as `count` page passes would have). */
async function keptReports(count: number): Promise<void> {
  await pageReadsItem.setValue({ next: count + 1, reads: Array.from({ length: count }, (_, i) => ({ n: i + 1, read: report(i + 1) })) });
}

const storedTimes = async () => (await pageReadsItem.getValue()).reads.map((k) => k.read.at);

let worker: ReturnType<typeof fakeWorker>;

beforeEach(async () => {
  worker = fakeWorker();
  await startWith(worker, [outboxItem, rejectedItem, firstSeenItem, knownStatusesItem, pageReadsItem]);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a reading report', () => {
  test('holds the page health’s counts, field names and strategy numbers, and nothing else', () => {
    expect(pageReadOf(health(), '2026-12-07T04:00:00.000Z')).toEqual({ ...REPORTED, at: '2026-12-07T04:00:00.000Z' });
  });

  test('has no countPrinted when the page printed no count', () => {
    const { countPrinted: _, ...printedNone } = health();
    expect('countPrinted' in pageReadOf(printedNone, '2026-12-07T04:00:00.000Z')).toBe(false);
  });

  test('is kept in the background’s database, not in extension storage, and an alarm will send it', async () => {
    const before = Date.now();
    await keepPageRead(report(1));
    expect(await pageReadsItem.getValue()).toEqual({ next: 2, reads: [{ n: 1, read: report(1) }] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ workerUrl: WORKER_URL });
    const due = (await fakeBrowser.alarms.get(PAGE_READS_ALARM))!.scheduledTime - before;
    expect(due >= 5 * 60_000 && due < 5 * 60_000 + 1_000).toBe(true);
  });

  test('past 2,000 kept, the oldest are dropped', async () => {
    await keptReports(2_000);
    for (const n of [2_001, 2_002, 2_003]) await keepPageRead(report(n));
    const { next, reads } = await pageReadsItem.getValue();
    expect([next, reads.length, reads[0]!.n, reads.at(-1)!.n]).toEqual([2_004, 2_000, 4, 2_003]);
    expect(reads[0]!.read).toEqual(report(4));
  });

  test('a report the contract would refuse is not kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await keepPageRead({ ...report(1), fieldsMissing: { 'not a field': 1 } });
    expect((await pageReadsItem.getValue()).reads).toEqual([]);
  });
});

describe('sending reports', () => {
  test('after the orders, 1,200 reports go oldest first in batches of 500, 500 and 200, exactly as kept', async () => {
    await keptReports(1_200);
    await persistCaptures('amazon', [captured(1), captured(2)], '2026-12-07T04:00:00.000Z');
    await deliverOutbox();
    expect(worker.seen.filter((s) => s.method === 'POST').map((s) => [s.path, (s.body.orders ?? s.body.reads).length])).toEqual([
      ['/v1/orders', 2],
      ['/v1/page-reads', 500],
      ['/v1/page-reads', 500],
      ['/v1/page-reads', 200],
    ]);
    const sent = worker.reports().flatMap((s) => s.body.reads);
    expect(sent).toEqual(Array.from({ length: 1_200 }, (_, i) => report(i + 1)));
    expect(worker.reports()[0]!.body).toEqual({ reads: Array.from({ length: 500 }, (_, i) => report(i + 1)) });
    expect(await pageReadsItem.getValue()).toEqual({ next: 1_201, reads: [] });
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
  });

  test('with no orders waiting, a delivery sends the reports alone', async () => {
    await keptReports(2);
    await deliverOutbox();
    expect(worker.seen.map((s) => [s.method, s.path])).toEqual([['POST', '/v1/page-reads']]);
    expect(worker.reports()[0]!.body).toEqual({ reads: [report(1), report(2)] });
    expect(await storedTimes()).toEqual([]);
  });

  test('while the orders cannot be delivered, no report is sent and every one is kept', async () => {
    await keptReports(3);
    await persistCaptures('amazon', [captured(1)], '2026-12-07T04:00:00.000Z');
    worker.ordersUp = false;
    await deliverOutbox();
    expect(worker.reports()).toEqual([]);
    expect(await storedTimes()).toEqual([1, 2, 3].map((n) => report(n).at));
    expect((await deliveryItem.getValue()).state).toBe('failing');
  });

  test('a report the worker refuses (400) drops its batch with a warning; the next batch still goes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await keptReports(700);
    worker.answerReports = (body) =>
      body.reads.length === 500
        ? json(400, { error: { code: 'invalid_input', message: 'Some reports cannot be right.', issues: [{ path: 'reads.3.fieldsMissing.status', message: 'more than the 1 items the page held' }] } })
        : json(202, { stored: body.reads.length });
    await deliverOutbox();
    expect(worker.reports().map((s) => s.body.reads.length)).toEqual([500, 200]);
    expect(await storedTimes()).toEqual([]);
    expect(warn.mock.calls.map((c) => c[0])).toEqual(['Orderlens: the worker refused 500 reading reports (400: Some reports cannot be right.); they are dropped.']);
  });

  test('an unreachable report route keeps every report for the next delivery, and the orders’ delivery stays ok', async () => {
    await keptReports(3);
    await persistCaptures('amazon', [captured(1)], '2026-12-07T04:00:00.000Z');
    worker.reportsUp = false;
    await deliverOutbox();
    expect(worker.seen.filter((s) => s.path === '/v1/orders')).toHaveLength(1);
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
    expect(await storedTimes()).toEqual([1, 2, 3].map((n) => report(n).at));
    expect(await deliveryItem.getValue()).toMatchObject({ state: 'ok', problem: null, failures: 0 });

    worker.reportsUp = true;
    await deliverOutbox();
    expect(worker.reports()[0]!.body).toEqual({ reads: [report(1), report(2), report(3)] });
    expect(await storedTimes()).toEqual([]);
  });

  test('a worker failing (503) or asking to wait (429) keeps the reports, and the orders’ delivery stays ok', async () => {
    await keptReports(2);
    for (const status of [503, 429]) {
      worker.answerReports = () => json(status, { error: { code: 'busy', message: 'Later.' } });
      await deliverOutbox();
      expect(await storedTimes()).toEqual([report(1).at, report(2).at]);
      expect((await deliveryItem.getValue()).state).toBe('ok');
    }
    expect(worker.reports()).toHaveLength(2);
  });

  test('a report kept while a batch is being sent is neither lost nor sent twice', async () => {
    await keptReports(2);
    let keeping: Promise<void> | undefined;
    worker.answerReports = (body) => {
      keeping ??= keepPageRead(report(3));
      return json(202, { stored: body.reads.length });
    };
    await deliverOutbox();
    await keeping;
    const sent = worker.reports().flatMap((s) => s.body.reads.map((r: PageRead) => r.at));
    expect([...sent, ...(await storedTimes())].sort()).toEqual([1, 2, 3].map((n) => report(n).at));
  });
});
