/**
 * The background's database (fake-indexeddb in Node): values kept whole and
 * across reopening, fallbacks never shared, and the move of what earlier
 * versions kept in extension storage (WXT's fake browser), folded into what
 * the database already holds, losing nothing and done once.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

// The extension modules read the browser's globals when they load, so they are in place first.
const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { closeDatabase, defineDbItem } from '../../../extension/background/database.js';
import type { Outbox, OutboxBatch, RejectedOrder, WaitingOrder } from '../../../extension/background/outbox.js';
import { noteCounts } from '../../../extension/background/outbox-store.js';
import { firstSeenItem, knownStatusesItem, moveStateToDatabase, outboxItem, rejectedItem } from '../../../extension/background/stored-state.js';
import type { CapturedOrder } from '../../../extension/content/portals/types.js';
import { outboxSummaryItem } from '../../../extension/messaging/storage.js';

function order(externalId: string, buyer = 'Ann'): CapturedOrder {
  return { externalId, status: 'pending', channelStatus: 'Unshipped', buyer: { name: buyer }, lines: [], missing: [], partial: false } as unknown as CapturedOrder;
}
const waiting = (externalId: string, buyer?: string): WaitingOrder => ({
  channelKind: 'amazon',
  order: order(externalId, buyer),
  firstSeenAt: '2026-11-01T00:00:00.000Z',
  capturedAt: '2026-11-01T00:00:00.000Z',
});
const batch = (id: string, ...ids: string[]): OutboxBatch => ({
  id,
  idempotencyKey: `key-${id}`,
  createdAt: '2026-11-01T00:00:00.000Z',
  entries: ids.map((i) => waiting(i)),
  orders: [],
});

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([outboxItem, rejectedItem, firstSeenItem, knownStatusesItem].map((item) => item.removeValue()));
});

describe('the background database', () => {
  test('gives the fallback until set, a fresh copy each time, and the value set after the database is reopened', async () => {
    const item = defineDbItem<{ list: number[] }>('test-item', { list: [] });
    const first = await item.getValue();
    first.list.push(1);
    expect(await item.getValue()).toEqual({ list: [] });

    await item.setValue({ list: [1, 2, 3] });
    await closeDatabase();
    expect(await item.getValue()).toEqual({ list: [1, 2, 3] });

    await item.removeValue();
    expect(await item.getValue()).toEqual({ list: [] });
  });

  test('keeps a value whole, dates and nested objects included', async () => {
    const outbox: Outbox = { waiting: [waiting('111-0000001-0000001')], batches: [batch('b1', '111-0000002-0000002')] };
    await outboxItem.setValue(outbox);
    expect(await outboxItem.getValue()).toEqual(outbox);
  });
});

describe('moving state out of extension storage', () => {
  test('an outbox left in extension storage joins the one in the database, the newer capture of an order winning', async () => {
    await fakeBrowser.storage.local.set({
      outbox: { waiting: [waiting('A', 'Old Ann'), waiting('B')], batches: [batch('b1', 'C')] },
      rejected: [{ channelKind: 'amazon', externalId: 'R', reason: 'no lines', issues: [], rejectedAt: '2026-11-01T00:00:00.000Z', order: order('R') } satisfies RejectedOrder],
      firstSeen: { 'amazon:A': '2026-10-01T00:00:00.000Z', 'amazon:B': '2026-10-02T00:00:00.000Z' },
      knownStatuses: { 'amazon:A': { status: 'pending', channelStatus: null, updatedAt: '2026-10-01T00:00:00.000Z', readAt: '2026-10-01T00:00:00.000Z' } },
      workerUrl: 'http://127.0.0.1:8787',
    });
    await outboxItem.setValue({ waiting: [waiting('A', 'New Ann'), waiting('D')], batches: [batch('b2', 'E')] });
    await firstSeenItem.setValue({ 'amazon:A': '2026-11-01T00:00:00.000Z', 'amazon:D': '2026-11-01T00:00:00.000Z' });

    await moveStateToDatabase();

    const outbox = await outboxItem.getValue();
    expect(outbox.waiting.map((w) => [w.order.externalId, w.order.buyer?.name])).toEqual([
      ['A', 'New Ann'],
      ['B', 'Ann'],
      ['D', 'Ann'],
    ]);
    expect(outbox.batches.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect((await rejectedItem.getValue()).map((r) => r.externalId)).toEqual(['R']);
    expect(await firstSeenItem.getValue()).toEqual({
      'amazon:A': '2026-10-01T00:00:00.000Z',
      'amazon:B': '2026-10-02T00:00:00.000Z',
      'amazon:D': '2026-11-01T00:00:00.000Z',
    });
    expect(Object.keys(await knownStatusesItem.getValue())).toEqual(['amazon:A']);
    // Extension storage keeps the settings and nothing of what moved.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ workerUrl: 'http://127.0.0.1:8787' });
    // What moved in is counted at start, for the badge and the popup.
    expect(await noteCounts()).toEqual({ waiting: 5, rejected: 1 });
    expect(await outboxSummaryItem.getValue()).toEqual({ waiting: 5, rejected: 1 });
  });

  test('a second move (the next start of the service worker) changes nothing', async () => {
    await fakeBrowser.storage.local.set({ outbox: { waiting: [waiting('A')], batches: [] } });
    await moveStateToDatabase();
    await outboxItem.setValue({ waiting: [], batches: [] });
    await moveStateToDatabase();
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
  });
});
