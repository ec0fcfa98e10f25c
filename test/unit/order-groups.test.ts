import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../shared/schemas/fulfillment.js';
import { foldMergeGroups } from '../../worker/modules/fulfillment/queue-groups.js';
import { addressKey, proposeMerges } from '../../worker/modules/orders/rules-merge.js';
import { planSplit } from '../../worker/modules/orders/rules-split.js';
import { divideReservations } from '../../worker/modules/stock/rules-split.js';

const home = { name: 'Zoë Ng', line1: '1 Main St.', city: 'Springfield', postalCode: '62701', country: 'US' };

describe('the address merges compare', () => {
  it('is the same whatever the case, accents, spacing and punctuation', () => {
    expect(addressKey({ ...home, name: 'ZOE  NG', line1: '1 main st', postalCode: '62 701' })).toBe(addressKey(home));
  });

  it('differs for another street, and is unknown without a name, first line, postal code or country', () => {
    expect(addressKey({ ...home, line1: '2 Main St' })).not.toBe(addressKey(home));
    expect([
      addressKey(null),
      addressKey({ ...home, name: undefined }),
      addressKey({ ...home, line1: ' ' }),
      addressKey({ ...home, postalCode: undefined }),
      addressKey({ ...home, country: undefined }),
    ]).toEqual([null, null, null, null, null]);
  });
});

describe('merge proposals', () => {
  const day = { id: 'same-day-buyer', name: 'Same buyer within a day', withinHours: 24 };
  const week = { id: 'week', name: 'Same buyer within a week', withinHours: 168 };

  it('group one buyer’s orders to one address placed within the rule’s hours of the one before, and nothing on an unknown buyer', () => {
    const o = (id: string, placedAt: string, buyerKey: string | null = 'jane') => ({ id, placedAt, buyerKey, shipTo: home, rule: day, held: false });
    expect(
      proposeMerges([o('a', '2026-11-20T10:00:00Z'), o('b', '2026-11-21T09:00:00Z'), o('c', '2026-11-22T08:00:00Z'), o('d', '2026-11-24T08:00:00Z'), o('e', '2026-11-20T10:00:00Z', null)]),
    ).toEqual([{ orderIds: ['a', 'b', 'c'], reason: 'Same buyer and address, 3 orders placed within 24 hours of each other.', rule: day, held: [] }]);
  });

  it('use each rule’s own window and never group candidates of two rules', () => {
    const o = (id: string, placedAt: string, rule: typeof day) => ({ id, placedAt, buyerKey: 'jane', shipTo: home, rule, held: false });
    expect(proposeMerges([o('a', '2026-11-20T10:00:00Z', week), o('b', '2026-11-24T10:00:00Z', week), o('c', '2026-11-20T11:00:00Z', day)])).toEqual([
      { orderIds: ['a', 'b'], reason: 'Same buyer and address, 2 orders placed within 168 hours of each other.', rule: week, held: [] },
    ]);
  });

  it('include held orders, naming them and saying the parcel waits for their release', () => {
    const o = (id: string, placedAt: string, held: boolean) => ({ id, placedAt, buyerKey: 'jane', shipTo: home, rule: day, held });
    expect(proposeMerges([o('a', '2026-11-20T10:00:00Z', false), o('b', '2026-11-20T12:00:00Z', true), o('c', '2026-11-20T13:00:00Z', true)])).toEqual([
      {
        orderIds: ['a', 'b', 'c'],
        reason: 'Same buyer and address, 3 orders placed within 24 hours of each other. 2 of them are held: the merged parcel waits until every hold is released.',
        rule: day,
        held: ['b', 'c'],
      },
    ]);
  });
});

describe('planning a split', () => {
  const lines = [
    { id: 'l1', lineNo: 1, channelLineNo: null, quantity: 3, shippedQuantity: 0, unitPrice: 1000 },
    { id: 'l2', lineNo: 2, channelLineNo: null, quantity: 2, shippedQuantity: 0, unitPrice: 2000 },
  ];

  it('moves whole lines and parts of lines, worth their units', () => {
    expect(
      planSplit(lines, [
        { lineId: 'l2', quantity: 2 },
        { lineId: 'l1', quantity: 1 },
      ]),
    ).toEqual({
      ok: true,
      partTotal: 5000,
      lines: [
        { lineId: 'l2', quantity: 2, whole: true, partLineNo: 1, channelLineNo: 2 },
        { lineId: 'l1', quantity: 1, whole: false, partLineNo: 2, channelLineNo: 1 },
      ],
    });
  });

  it('names a quantity above what the line holds', () => {
    expect(planSplit(lines, [{ lineId: 'l1', quantity: 4 }])).toEqual({ ok: false, issues: [{ path: 'lines.0.quantity', message: 'This line holds only 3 unit(s).' }] });
  });
});

describe('dividing a line’s reservations', () => {
  it('gives the part its units per SKU (locations in name order) and keeps the rest', () => {
    const held = [
      { sku: 'MUG', location: 'default', quantity: 4 },
      { sku: 'MUG', location: 'back', quantity: 2 },
      { sku: 'LID', location: 'default', quantity: 3 },
    ];
    expect(
      divideReservations(
        held,
        new Map([
          ['MUG', 2],
          ['LID', 1],
        ]),
        2,
      ),
    ).toEqual({
      taken: [
        { sku: 'LID', location: 'default', quantity: 2 },
        { sku: 'MUG', location: 'back', quantity: 2 },
        { sku: 'MUG', location: 'default', quantity: 2 },
      ],
      kept: [
        { sku: 'LID', location: 'default', quantity: 1 },
        { sku: 'MUG', location: 'default', quantity: 2 },
      ],
    });
  });
});

describe('merge groups in the queue', () => {
  const entry = (orderId: string, units: number): QueueEntry => ({
    orderId,
    externalId: orderId.toUpperCase(),
    channelId: 'chn',
    channelKind: 'amazon',
    serviceLevel: 'Standard',
    shipSpeed: 'standard',
    deliveryPromise: null,
    placedAt: '2026-11-20T10:00:00Z',
    shipBy: null,
    late: false,
    dueSoon: false,
    lineCount: 1,
    units,
    tags: [],
    priority: { points: 0, rules: [] },
  });
  const group = (orderId: string) => ({ orderId, groupId: 'g', members: ['a', 'b'] });

  it('show once where the first member stood, with every member’s units', () => {
    const folded = foldMergeGroups([entry('x', 1), entry('b', 2), entry('a', 3)], [], [group('a'), group('b')]);
    expect(folded.ready.map((e) => [e.orderId, e.units, e.lineCount, e.merge])).toEqual([
      ['x', 1, 1, undefined],
      ['a', 5, 2, { groupId: 'g', orderIds: ['a', 'b'] }],
    ]);
    expect(folded.folded).toEqual({ ready: 1, short: 0 });
  });

  it('wait in the short list while any member is short', () => {
    const folded = foldMergeGroups([entry('a', 3)], [entry('b', 2)], [group('a'), group('b')]);
    expect([folded.ready, folded.short.map((e) => [e.orderId, e.units])]).toEqual([[], [['a', 5]]]);
    expect(folded.folded).toEqual({ ready: 1, short: 0 });
  });
});
