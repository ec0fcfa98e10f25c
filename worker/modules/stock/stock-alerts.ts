/**
 * Which stock webhook events a change publishes. Pure: given each SKU a
 * change touched, with its totals (over all locations) before and after
 * and its low-stock threshold, says which SKUs crossed into trouble.
 *
 * - `inventory.oversold` when a SKU goes from not oversold to oversold
 *   (open demand, reserved + backordered, exceeds on hand: shared/risk.ts);
 * - `inventory.low` when it goes from not low to low (available units under
 *   its threshold) and is not oversold afterwards: oversold wins, so a SKU
 *   that crosses into both at once publishes only `inventory.oversold`.
 *
 * Events mark crossings, not states: a SKU that stays low or oversold
 * publishes nothing more, and one that recovers and crosses again
 * publishes again. Getting better (oversold → low, low → fine) publishes
 * nothing; leaving oversold while still low publishes no `inventory.low`
 * either, since the SKU was under its threshold all along. A SKU without a
 * threshold is never low (it may still be oversold). The subject is
 * `sku:<sku>`, so one SKU's deliveries keep their order.
 */
import { availableUnits, isBelowThreshold, isOversold, type SkuStock } from '../../../shared/risk.js';
import type { WebhookEventType } from '../../../shared/schemas/webhooks.js';

export type { SkuStock } from '../../../shared/risk.js';

/** One SKU a change touched: its totals as read and as the change leaves them. */
export interface SkuChange {
  sku: string;
  /** Available units under which the SKU is low; null: none set. */
  threshold: number | null;
  before: SkuStock;
  after: SkuStock;
}

/** Where a SKU stands for alerting. `low` is the threshold check alone, oversold or not. */
export interface AlertState {
  oversold: boolean;
  low: boolean;
}

/** What a stock event carries: the SKU's totals after the change. */
export type StockAlertData = {
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
  backordered: number;
  threshold: number | null;
};

/** A stock event to publish (an outbox event). */
export type StockAlert = {
  type: Extract<WebhookEventType, 'inventory.low' | 'inventory.oversold'>;
  subject: string;
  data: StockAlertData;
};

/** Where a SKU with these totals and this threshold stands. */
export function alertState(stock: SkuStock, threshold: number | null): AlertState {
  return { oversold: isOversold(stock), low: isBelowThreshold(stock, threshold) };
}

/**
 * `stock.changed` for every SKU whose totals the change moves, carrying
 * the deltas only: they are exact whatever else ran at the same time,
 * where totals read before the batch might not be (GET /v1/inventory/{sku}
 * answers the totals).
 */
export function stockChanges(changes: readonly SkuChange[]): Array<{ type: 'stock.changed'; subject: string; data: Record<string, unknown> }> {
  return changes.flatMap((c) => {
    const onHandDelta = c.after.onHand - c.before.onHand;
    const reservedDelta = c.after.reserved - c.before.reserved;
    const backorderedDelta = c.after.backordered - c.before.backordered;
    if (onHandDelta === 0 && reservedDelta === 0 && backorderedDelta === 0) return [];
    return [{ type: 'stock.changed' as const, subject: `sku:${c.sku}`, data: { sku: c.sku, onHandDelta, reservedDelta, backorderedDelta } }];
  });
}

/** The events the given changes publish, in the order of the changes; at most one per SKU. */
export function stockAlerts(changes: readonly SkuChange[]): StockAlert[] {
  return changes.flatMap((c): StockAlert[] => {
    const before = alertState(c.before, c.threshold);
    const after = alertState(c.after, c.threshold);
    const type = after.oversold && !before.oversold ? 'inventory.oversold' : after.low && !before.low && !after.oversold ? 'inventory.low' : null;
    if (!type) return [];
    const { onHand, reserved, backordered } = c.after;
    return [{ type, subject: `sku:${c.sku}`, data: { sku: c.sku, onHand, reserved, available: availableUnits(c.after), backordered, threshold: c.threshold } }];
  });
}
