import { describe, expect, it } from 'vitest';
import { StockBook } from '../../worker/modules/stock/allocation.js';
import { type SkuChange, type SkuStock, stockAlerts } from '../../worker/modules/stock/stock-alerts.js';

const totals = (onHand: number, reserved: number, backordered = 0): SkuStock => ({ onHand, reserved, backordered });
const change = (before: SkuStock, after: SkuStock, threshold: number | null = 2, sku = 'MUG'): SkuChange => ({ sku, threshold, before, after });

describe('stockAlerts', () => {
  it('a SKU whose available units fall under its threshold publishes inventory.low with its totals after', () => {
    expect(stockAlerts([change(totals(3, 0), totals(3, 2))])).toEqual([
      { type: 'inventory.low', subject: 'sku:MUG', data: { sku: 'MUG', onHand: 3, reserved: 2, available: 1, backordered: 0, threshold: 2 } },
    ]);
  });

  it('a SKU whose open orders come to need more than is on hand publishes inventory.oversold', () => {
    expect(stockAlerts([change(totals(3, 2), totals(3, 2, 2))])).toEqual([
      { type: 'inventory.oversold', subject: 'sku:MUG', data: { sku: 'MUG', onHand: 3, reserved: 2, available: 1, backordered: 2, threshold: 2 } },
    ]);
  });

  it('crossing into low and oversold at once publishes only inventory.oversold', () => {
    expect(stockAlerts([change(totals(5, 0), totals(5, 5, 1))])).toEqual([
      { type: 'inventory.oversold', subject: 'sku:MUG', data: { sku: 'MUG', onHand: 5, reserved: 5, available: 0, backordered: 1, threshold: 2 } },
    ]);
  });

  it('a SKU that stays low or stays oversold publishes nothing more', () => {
    expect(stockAlerts([change(totals(3, 2), totals(3, 3)), change(totals(3, 3, 1), totals(3, 3, 4))])).toEqual([]);
  });

  it('getting better publishes nothing: oversold to low, low to fine, oversold to fine', () => {
    expect(stockAlerts([change(totals(3, 3, 2), totals(3, 3)), change(totals(3, 2), totals(10, 2)), change(totals(3, 3, 2), totals(10, 5))])).toEqual([]);
  });

  it('a SKU that recovers and dips again publishes again', () => {
    const dip = change(totals(3, 0), totals(3, 2));
    const recover = change(totals(3, 2), totals(8, 2));
    const again = change(totals(8, 2), totals(8, 7));
    expect(stockAlerts([dip]).map((e) => e.type)).toEqual(['inventory.low']);
    expect(stockAlerts([recover])).toEqual([]);
    expect(stockAlerts([again])).toEqual([{ type: 'inventory.low', subject: 'sku:MUG', data: { sku: 'MUG', onHand: 8, reserved: 7, available: 1, backordered: 0, threshold: 2 } }]);
  });

  it('leaving oversold while still under the threshold publishes no inventory.low: it was low all along', () => {
    expect(stockAlerts([change(totals(3, 3, 1), totals(3, 2))])).toEqual([]);
  });

  it('leaving oversold for low publishes inventory.low when the SKU had units to spare while oversold (a short kit line)', () => {
    // A kit line short of its other component counts its units here too, with plenty available.
    expect(stockAlerts([change(totals(10, 0, 11), totals(10, 9))])).toEqual([
      { type: 'inventory.low', subject: 'sku:MUG', data: { sku: 'MUG', onHand: 10, reserved: 9, available: 1, backordered: 0, threshold: 2 } },
    ]);
  });

  it('a SKU without a threshold is never low, but may be oversold; a threshold of 0 is never crossed', () => {
    expect(stockAlerts([change(totals(3, 0), totals(3, 3), null), change(totals(3, 0), totals(3, 3), 0, 'LID')])).toEqual([]);
    expect(stockAlerts([change(totals(3, 0), totals(3, 3, 1), null)]).map((e) => e.type)).toEqual(['inventory.oversold']);
  });

  it('backorders that fit in what is available are not oversold (reserved + backordered ≤ on hand)', () => {
    expect(stockAlerts([change(totals(10, 0), totals(10, 0, 3))])).toEqual([]);
  });

  it('several SKUs publish in the order given, at most one event each', () => {
    const events = stockAlerts([change(totals(3, 0), totals(3, 2), 2, 'MUG'), change(totals(10, 0), totals(10, 6), 5, 'CAP'), change(totals(1, 1), totals(1, 1, 1), 2, 'LID')]);
    expect(events.map((e) => [e.type, e.subject])).toEqual([
      ['inventory.low', 'sku:MUG'],
      ['inventory.low', 'sku:CAP'],
      ['inventory.oversold', 'sku:LID'],
    ]);
  });
});

describe('StockBook plans carry the totals stock events are decided on', () => {
  it('a plan lists each SKU whose totals change, over all its locations, with its threshold', () => {
    const b = new StockBook();
    b.addStock(
      [
        { sku: 'MUG', location: 'default', onHand: 2, reserved: 0 },
        { sku: 'MUG', location: 'annex', onHand: 1, reserved: 0 },
        { sku: 'LID', location: 'default', onHand: 5, reserved: 0 },
      ],
      [
        { sku: 'MUG', backordered: 0, threshold: 2 },
        { sku: 'LID', backordered: 0, threshold: null },
      ],
    );
    b.place({ lineId: 'l1', orderId: 'o1', quantity: 2, components: [{ sku: 'MUG', perUnit: 1 }], shipBy: null, placedAt: '2026-11-20T00:00:00Z' });
    b.place({ lineId: 'l2', orderId: 'o2', quantity: 2, components: [{ sku: 'MUG', perUnit: 1 }], shipBy: null, placedAt: '2026-11-21T00:00:00Z' });
    expect(b.plan().skus).toEqual([{ sku: 'MUG', threshold: 2, before: totals(3, 0), after: totals(3, 2, 2) }]);
  });
});
