import { describe, expect, it } from 'vitest';
import { StockBook, type StockLine } from '../../worker/modules/stock/allocation.js';

const line = (lineId: string, over: Partial<StockLine> = {}): Omit<StockLine, 'allocation' | 'held' | 'shipped'> => ({
  lineId,
  orderId: `o-${lineId}`,
  quantity: 1,
  components: [{ sku: 'A', perUnit: 1 }],
  shipBy: null,
  placedAt: '2026-11-20T00:00:00Z',
  ...over,
});

const book = (levels: Array<[string, string, number, number]>, backordered: Record<string, number> = {}) => {
  const b = new StockBook();
  b.addStock(
    levels.map(([sku, location, onHand, reserved]) => ({ sku, location, onHand, reserved })),
    [...new Set(levels.map((l) => l[0]))].map((sku) => ({ sku, backordered: backordered[sku] ?? 0 })),
  );
  return b;
};

describe('StockBook', () => {
  it('allocates a kit only when every component is there, and counts the rest as backordered', () => {
    const b = book([
      ['A', 'default', 5, 0],
      ['B', 'default', 1, 0],
    ]);
    b.place(
      line('kit', {
        quantity: 2,
        components: [
          { sku: 'A', perUnit: 1 },
          { sku: 'B', perUnit: 1 },
        ],
      }),
    );
    const plan = b.plan();
    expect(plan.placed.get('kit')).toBe('short');
    expect(plan.levels).toEqual([]);
    expect(plan.backordered).toEqual([
      { sku: 'A', delta: 2 },
      { sku: 'B', delta: 2 },
    ]);
    expect(plan.guards.short).toEqual([{ sku: 'B', available: 1 }]);
  });

  it('draws one SKU from the default location first, then the others', () => {
    const b = book([
      ['A', 'annex', 5, 0],
      ['A', 'default', 2, 1],
    ]);
    b.place(line('l1', { quantity: 3 }));
    expect(b.plan().held).toEqual([
      { lineId: 'l1', orderId: 'o-l1', sku: 'A', location: 'default', delta: 1 },
      { lineId: 'l1', orderId: 'o-l1', sku: 'A', location: 'annex', delta: 2 },
    ]);
  });

  it('a count below what is held undoes the newest reservations first', () => {
    const b = book([['A', 'default', 2, 2]]);
    const held = (lineId: string, placedAt: string): StockLine => ({ ...line(lineId, { placedAt }), shipped: 0, allocation: 'allocated', held: [{ sku: 'A', location: 'default', quantity: 1 }] });
    b.changeOnHand('A', 'default', -1, 'set');
    expect(b.overReservedSkus()).toEqual(['A']);
    b.fit([held('old', '2026-11-01T00:00:00Z'), held('new', '2026-11-02T00:00:00Z')]);
    const plan = b.plan();
    expect(plan.lines.map((l) => [l.lineId, l.allocation])).toEqual([['new', 'short']]);
    expect(plan.levels).toEqual([{ sku: 'A', location: 'default', onHandDelta: -1, reservedDelta: -1 }]);
    expect(plan.backordered).toEqual([{ sku: 'A', delta: 1 }]);
  });

  it('freed units go to the short line with the earliest ship-by', () => {
    const b = book([['A', 'default', 0, 0]], { A: 2 });
    const short = (lineId: string, shipBy: string): StockLine => ({ ...line(lineId, { shipBy }), shipped: 0, allocation: 'short', held: [] });
    b.changeOnHand('A', 'default', 1, 'adjustment');
    expect(b.freedSkus()).toEqual(['A']);
    b.reallocate([short('late', '2026-11-30T00:00:00Z'), short('soon', '2026-11-22T00:00:00Z')]);
    const plan = b.plan();
    expect(plan.lines.map((l) => [l.lineId, l.allocation])).toEqual([['soon', 'allocated']]);
    expect(plan.guards.freed).toEqual([{ sku: 'A', backordered: 2 }]);
  });
});
