/** The outbox as data: one waiting entry per order, frozen batches, splitting what the worker refused. */
import { describe, expect, test } from 'vitest';
import { addCaptures, type BatchMaker, mergeCaptures, type Outbox, splitBatch, takeBatch, unbatch, waitingCount, waitingKeys } from '../../../extension/background/outbox.js';
import type { CapturedOrder } from '../../../extension/content/portals/types.js';
import type { OrderInput } from '../../../shared/schemas/order.js';

const EMPTY: Outbox = { waiting: [], batches: [] };

function captured(externalId: string, extra: Partial<CapturedOrder> = {}): CapturedOrder {
  return { externalId, lines: [{ channelSku: 'SKU-1', quantity: 1, unitPrice: 500 }], partial: false, missing: [], ...extra };
}

function maker(overrides: Partial<BatchMaker> = {}): BatchMaker {
  let n = 0;
  return {
    channelFor: (w) => ({ amazon: 'chn_amz', ebay: 'chn_ebay' })[w.channelKind as 'amazon' | 'ebay'],
    convert: (w, channelId) => ({ ok: true, order: { channelId, externalId: w.order.externalId } as OrderInput }),
    newId: () => `id-${++n}`,
    now: '2026-11-25T12:00:00.000Z',
    maxOrders: 500,
    ...overrides,
  };
}

describe('capturing into the outbox', () => {
  test('a second capture of a waiting order folds into it: one entry, newest values, first-seen time kept', () => {
    const once = addCaptures(EMPTY, 'amazon', [captured('A', { channelStatus: 'Unshipped', total: 1000 })], '2026-11-25T10:00:00.000Z');
    const twice = addCaptures(once, 'amazon', [captured('A', { channelStatus: 'Shipped' })], '2026-11-25T11:00:00.000Z');
    expect(twice.waiting).toHaveLength(1);
    expect(twice.waiting[0]).toMatchObject({
      channelKind: 'amazon',
      firstSeenAt: '2026-11-25T10:00:00.000Z',
      capturedAt: '2026-11-25T11:00:00.000Z',
      order: { externalId: 'A', channelStatus: 'Shipped', total: 1000 },
    });
  });

  test('the same order number on two portals is two orders', () => {
    const outbox = addCaptures(addCaptures(EMPTY, 'amazon', [captured('A')], 't1'), 'ebay', [captured('A')], 't2');
    expect(outbox.waiting.map((w) => w.channelKind)).toEqual(['amazon', 'ebay']);
  });

  test('an order seen before keeps its first-seen time', () => {
    const outbox = addCaptures(EMPTY, 'amazon', [captured('A')], '2026-11-25T11:00:00.000Z', { 'amazon:A': '2026-11-01T09:00:00.000Z' });
    expect(outbox.waiting[0]!.firstSeenAt).toBe('2026-11-01T09:00:00.000Z');
  });

  test('a capture of an order already in a batch waits apart and leaves the batch untouched', () => {
    const batched = takeBatch(addCaptures(EMPTY, 'amazon', [captured('A')], 't1'), maker()).outbox;
    expect([...waitingKeys(batched)]).toEqual(['amazon:A']);
    const frozen = structuredClone(batched.batches);
    const after = addCaptures(batched, 'amazon', [captured('A', { channelStatus: 'Shipped' })], 't2');
    expect(after.batches).toEqual(frozen);
    expect(after.waiting.map((w) => w.order.channelStatus)).toEqual(['Shipped']);
    expect(waitingCount(after)).toBe(2);
    expect(waitingKeys(after).has('amazon:A')).toBe(true);
    expect(waitingKeys(after).has('ebay:A')).toBe(false);
  });
});

describe('merging two captures of one order', () => {
  test('the older page’s values survive where the newer page shows nothing', () => {
    const detail = captured('A', { total: 2598, buyer: { name: 'Ada', email: 'ada@example.com' }, shipTo: { city: 'Leeds', country: 'GB' } });
    const list = captured('A', { lines: [], buyer: { name: 'Ada L.' }, missing: ['total'], partial: true });
    expect(mergeCaptures(detail, list)).toEqual({
      ...detail,
      buyer: { name: 'Ada L.', email: 'ada@example.com' },
      missing: [],
      partial: false,
    });
  });
});

describe('batches', () => {
  test('a batch takes at most the maximum, only orders whose channel is known, each batch with a new key', () => {
    let outbox = addCaptures(
      EMPTY,
      'amazon',
      ['A', 'B', 'C'].map((id) => captured(id)),
      't',
    );
    outbox = addCaptures(outbox, 'walmart', [captured('W')], 't');
    const m = maker({ maxOrders: 2 });
    const first = takeBatch(outbox, m);
    expect(first.batch).toMatchObject({
      id: 'id-1',
      idempotencyKey: 'id-2',
      orders: [
        { channelId: 'chn_amz', externalId: 'A' },
        { channelId: 'chn_amz', externalId: 'B' },
      ],
    });
    const second = takeBatch(first.outbox, m);
    expect(second.batch?.orders.map((o) => o.externalId)).toEqual(['C']);
    expect(second.batch?.idempotencyKey).toBe('id-4');
    expect(takeBatch(second.outbox, m).batch).toBeUndefined();
    expect(second.outbox.waiting.map((w) => w.order.externalId)).toEqual(['W']);
  });

  test('an order that cannot be converted comes back rejected with the reason', () => {
    const outbox = addCaptures(EMPTY, 'amazon', [captured('A'), captured('B')], 't');
    const taken = takeBatch(
      outbox,
      maker({
        convert: (w, channelId) =>
          w.order.externalId === 'B' ? { ok: false, reason: 'no lines', issues: [{ path: 'lines', message: 'empty' }] } : { ok: true, order: { channelId, externalId: 'A' } as OrderInput },
      }),
    );
    expect(taken.batch?.orders.map((o) => o.externalId)).toEqual(['A']);
    expect(taken.rejected).toEqual([
      { channelKind: 'amazon', externalId: 'B', reason: 'no lines', issues: [{ path: 'lines', message: 'empty' }], rejectedAt: '2026-11-25T12:00:00.000Z', order: captured('B') },
    ]);
    expect(waitingCount(taken.outbox)).toBe(1);
  });

  test('splitting a refused batch rejects the named orders and rebatches the rest under new keys', () => {
    const outbox = takeBatch(
      addCaptures(
        EMPTY,
        'amazon',
        ['A', 'B', 'C', 'D'].map((id) => captured(id)),
        't',
      ),
      maker(),
    ).outbox;
    const batchId = outbox.batches[0]!.id;
    let n = 0;
    const split = splitBatch(outbox, batchId, {
      refused: new Map([[1, { reason: 'bad quantity', issues: [{ path: 'lines.0.quantity', message: 'too small' }] }]]),
      size: 2,
      newId: () => `new-${++n}`,
      now: 'now',
    });
    expect(split.rejected.map((r) => [r.externalId, r.reason])).toEqual([['B', 'bad quantity']]);
    expect(split.outbox.batches.map((b) => [b.idempotencyKey, b.orders.map((o) => o.externalId)])).toEqual([
      ['new-2', ['A', 'C']],
      ['new-4', ['D']],
    ]);
  });

  test('unbatching puts orders back, folding in newer captures of the same order', () => {
    let outbox = takeBatch(addCaptures(EMPTY, 'amazon', [captured('A', { total: 100 })], 't1'), maker()).outbox;
    outbox = addCaptures(outbox, 'amazon', [captured('A', { channelStatus: 'Shipped' })], 't2');
    const back = unbatch(outbox, outbox.batches[0]!.id);
    expect(back.batches).toEqual([]);
    expect(back.waiting).toHaveLength(1);
    expect(back.waiting[0]!.order).toMatchObject({ total: 100, channelStatus: 'Shipped' });
    expect(back.waiting[0]!.capturedAt).toBe('t2');
  });
});
