/**
 * The vocabulary of stock allocation: lines as stock sees them, levels,
 * ledger moves, and the StockPlan a batch writes. Pure types.
 */

import type { SkuChange } from './stock-alerts.js';

/** How a line stands against stock. */
export type LineAllocation = 'allocated' | 'short' | 'unmapped' | 'none';

/** What one unit of a line consumes of one SKU. */
export interface Component {
  sku: string;
  perUnit: number;
}

/** Units of a SKU at a location held for a line. */
export interface Held {
  sku: string;
  location: string;
  quantity: number;
}

/** An order line as stock sees it. */
export interface StockLine {
  lineId: string;
  orderId: string;
  quantity: number;
  shipped: number;
  allocation: LineAllocation;
  /** What one unit consumes; empty when the line maps to no SKU. */
  components: Component[];
  /** What is held for the line (allocated lines). */
  held: Held[];
  shipBy: string | null;
  placedAt: string;
}

/** Stock of a SKU at a location. */
export interface Level {
  sku: string;
  location: string;
  onHand: number;
  reserved: number;
}

/** Why on-hand or reserved units changed. */
export type LedgerReason = 'set' | 'adjustment' | 'import' | 'reserved' | 'released' | 'shipped' | 'restocked';

/** One ledger entry. */
export interface StockMove {
  sku: string;
  location: string;
  onHandDelta: number;
  reservedDelta: number;
  reason: LedgerReason;
  orderId: string | null;
  lineId: string | null;
  note: string | null;
}

/** Everything a batch must write and check to apply a StockBook's changes. */
export interface StockPlan {
  /** Net counter changes per level. */
  levels: Array<{ sku: string; location: string; onHandDelta: number; reservedDelta: number }>;
  /** Net backorder changes per SKU. */
  backordered: Array<{ sku: string; delta: number }>;
  /** Reservation row changes per line, SKU and location. */
  held: Array<{ lineId: string; orderId: string; sku: string; location: string; delta: number }>;
  /** Components to store for newly resolved lines. */
  newComponents: Array<{ lineId: string; orderId: string; sku: string; perUnit: number }>;
  /** Stored lines whose components are no longer needed (closed lines). */
  closedLines: string[];
  /** Existing lines whose allocation or shipped units change, with what was read. */
  lines: Array<{ lineId: string; allocation: LineAllocation; shipped: number; was: { allocation: LineAllocation; shipped: number } }>;
  /** Allocation of each line placed in this plan. */
  placed: Map<string, LineAllocation>;
  moves: StockMove[];
  /** Each SKU whose totals (on hand, reserved, backordered) change, as read and after: what stock events are decided on. */
  skus: SkuChange[];
  guards: {
    /** Levels that must still fit (on hand + delta ≥ reserved + delta) when written. */
    fit: Array<{ sku: string; location: string; onHandDelta: number; reservedDelta: number }>;
    /** SKUs a line was found short of: no more may be available than was read. */
    short: Array<{ sku: string; available: number }>;
    /** SKUs that freed units: no line may have become short of them since the read. */
    freed: Array<{ sku: string; backordered: number }>;
  };
}
