/**
 * The extension holds as little buyer data as it must: a delivered order
 * leaves nothing of its buyer behind, caches hold order ids, statuses and
 * times only, and whatever outlives its limit is swept, at start-up and on
 * an alarm. The browser is faked in memory (WXT's fake browser,
 * fake-indexeddb) and the worker at `fetch`.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { DATABASE } from '../../../extension/background/database.js';
import { deliverOutbox } from '../../../extension/background/delivery.js';
import { messageHandlers, startUp } from '../../../extension/background/handlers.js';
import { readStatuses } from '../../../extension/background/order-statuses.js';
import type { RejectedOrder } from '../../../extension/background/outbox.js';
import { persistCaptures } from '../../../extension/background/outbox-store.js';
import { keepPageRead } from '../../../extension/background/page-read-reports.js';
import { RETENTION_ALARM, SWEEP_PERIOD_MINUTES, sweepExpired } from '../../../extension/background/retention.js';
import { keepSightings } from '../../../extension/background/sighting-delivery.js';
import { createdByCaptureItem, firstSeenItem, knownStatusesItem, outboxItem, pageReadsItem, rejectedItem, sightingsItem } from '../../../extension/background/stored-state.js';
import type { CapturedOrder } from '../../../extension/content/portals/types.js';
import { outboxSummaryItem } from '../../../extension/messaging/storage.js';
import type { PageRead } from '../../../shared/schemas/page-reads.js';
import { allCreated, amazonOrderId, type FakeWorker, json, startWith } from './fake-worker.js';

/** A buyer whose every detail is a string no other stored value could contain by chance. */
const BUYER = { name: 'Winifred Quackenbush', email: 'winifred.q@example.org', phone: '+1 555 0199 4242', street: '77 Juniper Hollow Lane' };
const BUYER_STRINGS = Object.values(BUYER);

function captured(n: number): CapturedOrder {
  return {
    externalId: amazonOrderId(n),
    status: 'ready',
    placedAt: '2026-11-20T10:00:00.000Z',
    buyer: { name: BUYER.name, email: BUYER.email },
    shipTo: { name: BUYER.name, line1: BUYER.street, city: 'Springfield', postalCode: '62704', country: 'US', phone: BUYER.phone },
    lines: [{ channelSku: 'MUG-BLUE', quantity: 1, unitPrice: 1299 }],
    total: 1299,
    currency: 'USD',
    partial: false,
    missing: [],
  };
}

/** A worker at `fetch` that takes every capture and answers statuses with the whole order, buyer included. */
function fakeWorker(): FakeWorker {
  return {
    fetch: async (input, init = {}) => {
      const path = new URL(input).pathname;
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      if (path === '/v1/channels' && init.method === 'GET') return json(200, { channels: [{ id: 'chn_1', kind: 'amazon', name: 'Amazon US', createdAt: '2026-01-01T00:00:00Z' }] });
      if (path === '/v1/orders' && init.method === 'POST') return allCreated(body);
      if (path === '/v1/orders/statuses' && init.method === 'POST') {
        const whole = {
          status: 'ready',
          channelStatus: 'Unshipped',
          updatedAt: '2026-11-25T10:00:00Z',
          buyer: { name: BUYER.name, email: BUYER.email },
          shipTo: { line1: BUYER.street, phone: BUYER.phone },
        };
        return json(200, { statuses: Object.fromEntries(body.externalIds.map((id: string) => [id, whole])) });
      }
      return json(404, { error: { code: 'not_found', message: `No route ${init.method} ${path}.` } });
    },
  };
}

/** Every record in the background's database and every item in extension storage, as one JSON text. */
async function everythingStored(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE.name, DATABASE.version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction(DATABASE.store, 'readonly').objectStore(DATABASE.store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return JSON.stringify({ records, local: await fakeBrowser.storage.local.get(null) });
}

const NOW = new Date('2026-12-07T12:00:00.000Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60_000).toISOString();

function rejectedAt(n: number, at: string): RejectedOrder {
  return { channelKind: 'amazon', externalId: captured(n).externalId, reason: 'The worker refused this order: lines.0.unitPrice Too big', issues: [], rejectedAt: at, order: captured(n) };
}

function reportAt(at: string): PageRead {
  return { portal: 'amazon', pageKind: 'orders', packVersion: 1, at, idsSeen: 3, rowsRead: 3, rowsSkipped: 0, fieldsMissing: {}, strategies: {} };
}

beforeEach(async () => {
  await startWith(fakeWorker(), [outboxItem, rejectedItem, firstSeenItem, createdByCaptureItem, knownStatusesItem, pageReadsItem, sightingsItem]);
});
describe('what a delivered order leaves behind', () => {
  test('once the worker takes the orders, the outbox holds nothing of them', async () => {
    await persistCaptures('amazon', [captured(1), captured(2)], '2026-11-25T10:00:00.000Z');
    expect(await everythingStored()).toContain(BUYER.street);
    await deliverOutbox();
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
    expect(await outboxSummaryItem.getValue()).toEqual({ waiting: 0, rejected: 0 });
  });

  test('after delivery, a status read and a sweep, no stored value names the buyer', async () => {
    await persistCaptures('amazon', [captured(1), captured(2)], NOW.toISOString());
    await deliverOutbox();
    const read = await readStatuses('amazon', [captured(1).externalId, captured(2).externalId]);
    expect(read.statuses[captured(1).externalId]).toEqual({ status: 'ready', channelStatus: 'Unshipped', updatedAt: '2026-11-25T10:00:00Z' });
    await sweepExpired(NOW);
    const stored = await everythingStored();
    expect(BUYER_STRINGS.filter((s) => stored.includes(s))).toEqual([]);
    expect(await knownStatusesItem.getValue()).toEqual({
      [`amazon:${captured(1).externalId}`]: { status: 'ready', channelStatus: 'Unshipped', updatedAt: '2026-11-25T10:00:00Z', readAt: expect.any(String) },
      [`amazon:${captured(2).externalId}`]: { status: 'ready', channelStatus: 'Unshipped', updatedAt: '2026-11-25T10:00:00Z', readAt: expect.any(String) },
    });
    expect(await firstSeenItem.getValue()).toEqual({ [`amazon:${captured(1).externalId}`]: NOW.toISOString(), [`amazon:${captured(2).externalId}`]: NOW.toISOString() });
  });
});

describe('what pages are told of a rejected order', () => {
  test('the popup’s state names a rejected order and its reason, never its buyer', async () => {
    await rejectedItem.setValue([rejectedAt(1, NOW.toISOString())]);
    const state = await messageHandlers.state({ type: 'state' }, { fromPortalPage: false, url: undefined, tabId: undefined });
    expect(state.rejected).toEqual([{ channelKind: 'amazon', externalId: captured(1).externalId, reason: rejectedAt(1, NOW.toISOString()).reason, issues: [], rejectedAt: NOW.toISOString() }]);
    expect(BUYER_STRINGS.filter((s) => JSON.stringify(state).includes(s))).toEqual([]);
  });
});

describe('the sweep', () => {
  test('a known status, a first-seen time and a created-by-capture mark more than a week old are forgotten; newer ones stay', async () => {
    await knownStatusesItem.setValue({
      'amazon:OLD': { status: 'shipped', channelStatus: 'Shipped', updatedAt: daysBefore(9), readAt: daysBefore(7.01) },
      'amazon:NEW': { status: 'ready', channelStatus: 'Unshipped', updatedAt: daysBefore(9), readAt: daysBefore(6.99) },
    });
    await firstSeenItem.setValue({ 'amazon:OLD': daysBefore(8), 'amazon:NEW': daysBefore(1) });
    await createdByCaptureItem.setValue({ 'amazon:OLD': daysBefore(7.5), 'amazon:NEW': daysBefore(2) });
    expect(await sweepExpired(NOW)).toEqual({ rejected: 0, knownStatuses: 1, firstSeen: 1, createdByCapture: 1, pageReads: 0, sightings: 0 });
    expect(Object.keys(await knownStatusesItem.getValue())).toEqual(['amazon:NEW']);
    expect(await firstSeenItem.getValue()).toEqual({ 'amazon:NEW': daysBefore(1) });
    expect(await createdByCaptureItem.getValue()).toEqual({ 'amazon:NEW': daysBefore(2) });
  });

  test('a rejected order is kept a week after its rejection, then forgotten with its buyer, and the popup’s count follows', async () => {
    await rejectedItem.setValue([rejectedAt(1, daysBefore(8)), rejectedAt(2, daysBefore(6))]);
    expect(await sweepExpired(NOW)).toEqual({ rejected: 1, knownStatuses: 0, firstSeen: 0, createdByCapture: 0, pageReads: 0, sightings: 0 });
    expect((await rejectedItem.getValue()).map((r) => r.externalId)).toEqual([captured(2).externalId]);
    expect(await outboxSummaryItem.getValue()).toEqual({ waiting: 0, rejected: 1 });
    expect(await sweepExpired(new Date(NOW.getTime() + 2 * 24 * 60 * 60_000))).toEqual({ rejected: 1, knownStatuses: 0, firstSeen: 0, createdByCapture: 0, pageReads: 0, sightings: 0 });
    expect(await rejectedItem.getValue()).toEqual([]);
    const stored = await everythingStored();
    expect(BUYER_STRINGS.filter((s) => stored.includes(s))).toEqual([]);
  });

  test('reading reports that could not be sent for a week are dropped; newer ones wait', async () => {
    await keepPageRead(reportAt(daysBefore(7.5)));
    await keepPageRead(reportAt(daysBefore(2)));
    expect(await sweepExpired(NOW)).toEqual({ rejected: 0, knownStatuses: 0, firstSeen: 0, createdByCapture: 0, pageReads: 1, sightings: 0 });
    expect(await pageReadsItem.getValue()).toEqual({ next: 3, reads: [{ n: 2, read: reportAt(daysBefore(2)) }] });
  });

  test('sightings that could not be sent for a week are dropped, and fingerprints older than an hour forgotten; newer ones stay', async () => {
    await keepSightings('amazon', [{ externalId: '113-OLD', channelStatus: 'Unshipped' }], daysBefore(7.5));
    await keepSightings('amazon', [{ externalId: '113-NEW', channelStatus: 'Shipped' }], daysBefore(0.01));
    expect(await sweepExpired(NOW)).toEqual({ rejected: 0, knownStatuses: 0, firstSeen: 0, createdByCapture: 0, pageReads: 0, sightings: 1 });
    expect(await sightingsItem.getValue()).toEqual({
      waiting: [{ channelKind: 'amazon', externalId: '113-NEW', channelStatus: 'Shipped', seenAt: daysBefore(0.01) }],
      sent: { 'amazon:113-NEW': { status: 'Shipped', at: daysBefore(0.01) } },
    });
  });

  test('orders waiting for the worker are never swept, however long they wait', async () => {
    await persistCaptures('amazon', [captured(1)], daysBefore(30));
    await sweepExpired(NOW);
    expect((await outboxItem.getValue()).waiting.map((w) => [w.order.externalId, w.firstSeenAt])).toEqual([[captured(1).externalId, daysBefore(30)]]);
  });

  test('a sweep with nothing expired writes nothing', async () => {
    await knownStatusesItem.setValue({ 'amazon:NEW': { status: 'ready', channelStatus: null, updatedAt: daysBefore(1), readAt: daysBefore(1) } });
    const write = vi.spyOn(knownStatusesItem, 'setValue');
    expect(await sweepExpired(NOW)).toEqual({ rejected: 0, knownStatuses: 0, firstSeen: 0, createdByCapture: 0, pageReads: 0, sightings: 0 });
    expect(write).not.toHaveBeenCalled();
  });

  test('start-up sweeps at once and sets the hourly alarm that sweeps again', async () => {
    await knownStatusesItem.setValue({ 'amazon:OLD': { status: 'shipped', channelStatus: null, updatedAt: '2020-01-01T00:00:00.000Z', readAt: '2020-01-01T00:00:00.000Z' } });
    await rejectedItem.setValue([rejectedAt(1, '2020-01-01T00:00:00.000Z')]);
    await startUp();
    expect(await knownStatusesItem.getValue()).toEqual({});
    expect(await rejectedItem.getValue()).toEqual([]);
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ name: RETENTION_ALARM, periodInMinutes: SWEEP_PERIOD_MINUTES });
  });
});
