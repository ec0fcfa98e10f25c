/**
 * The capture decision for a partial source (an import file): what it
 * leaves blank keeps the book's value, lines are matched by the channel's
 * line id, else item id, else SKU, else place, and an older status word never replaces a
 * newer one's.
 */
import { describe, expect, test } from 'vitest';
import { decideCapture, type LineFields, type OrderFields, type StoredOrder } from '../../worker/modules/orders/capture.js';

const line = (l: Partial<LineFields>): LineFields => ({ sku: null, channelSku: null, channelItemId: null, title: null, quantity: 1, unitPrice: 1000, channelLineId: null, ...l });

const BOOK: StoredOrder = {
  id: 'ord_1',
  version: 3,
  sourceUpdatedAt: '2026-10-01T00:00:00.000Z',
  status: 'shipped',
  channelStatus: 'Completed',
  placedAt: '2026-09-18T00:00:00.000Z',
  placedAtPrecision: 'time',
  currency: 'USD',
  currencyUnknown: false,
  total: 4420,
  buyerName: 'Dana Whitfield',
  buyerEmail: 'dana@example.com',
  buyerExternalId: 'danaw',
  serviceLevel: 'Standard',
  shipSpeed: 'standard',
  deliveryPromise: null,
  shipBy: '2026-09-21T00:00:00.000Z',
  paymentStatus: 'paid',
  shipTo: { name: 'Dana Whitfield', line1: '42 Maple Ave', line2: 'Unit 3', city: 'Madison', country: 'US' },
  lines: [line({ sku: 'RING-S', channelSku: '111', title: 'Ring' }), line({ sku: 'RING-S', channelSku: '111', title: 'Ring', quantity: 2 }), line({ sku: 'EAR-H', title: 'Hoops' })],
};

const fields = (over: Partial<OrderFields>): OrderFields => {
  const { id: _, version: __, sourceUpdatedAt: ___, ...f } = BOOK;
  return { ...f, ...over };
};

const later = '2026-10-02T00:00:00.000Z';

describe('a partial capture', () => {
  test('blank buyer parts, address parts, status word and ship-by keep the book values: nothing changes', () => {
    const incoming = fields({ buyerName: null, buyerEmail: null, channelStatus: null, shipBy: null, shipTo: { city: 'Madison', country: 'US' } });
    expect(decideCapture(BOOK, { fields: incoming, sourceUpdatedAt: later, partial: true })).toEqual({ outcome: 'unchanged' });
  });

  test('without partial, the same capture blanks them', () => {
    const incoming = fields({ buyerName: null, shipTo: { city: 'Madison', country: 'US' } });
    const decision = decideCapture(BOOK, { fields: incoming, sourceUpdatedAt: later });
    expect(decision.outcome === 'updated' && decision.changes.map((c) => c.field)).toEqual(['buyerName', 'shipTo']);
  });

  test('lines keep their blank fields from the book line of the same item id (each occurrence apart), else SKU', () => {
    const incoming = fields({ lines: [line({ channelSku: '111' }), line({ channelSku: '111', quantity: 2 }), line({ sku: 'EAR-H' })] });
    expect(decideCapture(BOOK, { fields: incoming, sourceUpdatedAt: later, partial: true })).toEqual({ outcome: 'unchanged' });
  });

  test('lines of one item are matched by their channel line id first, wherever they stand, and never to a line with another id', () => {
    const book: StoredOrder = {
      ...BOOK,
      lines: [line({ sku: 'RING-S', title: 'Ring, engraved', channelLineId: 'T1' }), line({ sku: 'RING-S', title: 'Ring', quantity: 2, channelLineId: 'T2' })],
    };
    const swapped = fields({ lines: [line({ sku: 'RING-S', quantity: 2, channelLineId: 'T2' }), line({ sku: 'RING-S', channelLineId: 'T1' })] });
    const decision = decideCapture(book, { fields: swapped, sourceUpdatedAt: later, partial: true });
    expect(decision.outcome === 'updated' && decision.fields.lines.map((l) => [l.channelLineId, l.title, l.quantity])).toEqual([
      ['T2', 'Ring', 2],
      ['T1', 'Ring, engraved', 1],
    ]);
    const other = fields({ lines: [line({ sku: 'RING-S', channelLineId: 'T9' })] });
    const d2 = decideCapture(book, { fields: other, sourceUpdatedAt: later, partial: true });
    expect(d2.outcome === 'updated' && d2.fields.lines.map((l) => [l.channelLineId, l.title])).toEqual([['T9', null]]);
  });

  test('a given value still changes the book, and an older status word does not replace a newer one', () => {
    const incoming = fields({ status: 'ready', channelStatus: 'Paid', buyerEmail: 'dana@new.example' });
    const decision = decideCapture(BOOK, { fields: incoming, sourceUpdatedAt: later, partial: true });
    expect(decision.outcome === 'updated' && [decision.fields.status, decision.fields.channelStatus, decision.changes.map((c) => c.field)]).toEqual(['shipped', 'Completed', ['buyerEmail']]);
  });
});
