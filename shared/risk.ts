/**
 * Oversell risk of one channel listing, and how many units it may show:
 * one pure function, used by the worker (GET /v1/risk, GET
 * /v1/availability) and by the extension's inline chips, so both always
 * agree. Imports nothing.
 *
 * Available-to-sell of a listing: for each component SKU, the units not
 * held for orders (on hand − reserved, never below 0) minus the safety
 * buffer, divided by the units one sale consumes (floored); for a bundle,
 * the least over its components.
 *
 * Levels, worst first:
 * - `oversold`: open orders need more of a component than is on hand
 *   (reserved + backordered > on hand): some order cannot ship;
 * - `at_risk`: the channel shows more than the listing's available-to-sell;
 * - `low`: nothing left to sell, or a component's available units are
 *   under its low-stock threshold;
 * - `ok`.
 */

/** Risk levels, worst first. */
export const RISK_LEVELS = ['oversold', 'at_risk', 'low', 'ok'] as const;
/** A risk level. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The stock of one component SKU of a listing. */
export interface ComponentStock {
  sku: string;
  /** Units of the SKU one unit of the listing consumes (1; 2 for a 2-pack). */
  perUnit: number;
  onHand: number;
  reserved: number;
  /** Units open but unallocated (short) order lines still need. */
  backordered: number;
  /** Units held back from this channel. */
  buffer: number;
  /** Available units under which the SKU is low; null: none set. */
  threshold: number | null;
}

/** A listing's risk and the numbers that explain it, about the component that decides it. */
export interface OversellRisk {
  level: RiskLevel;
  availableToSell: number;
  /** The component SKU the numbers below describe. */
  sku: string;
  onHand: number;
  reserved: number;
  /** on hand − reserved, never below 0. */
  available: number;
  backordered: number;
  /** What the channel shows, when known. */
  listed: number | null;
  buffer: number;
  threshold: number | null;
}

/** A SKU's stock over all its locations, as the two SKU-level checks below need it. */
export interface SkuStock {
  onHand: number;
  reserved: number;
  /** Units open but unallocated (short) order lines still need. */
  backordered: number;
}

/** Units of a SKU not held for orders: on hand − reserved, never below 0. */
export function availableUnits(s: Pick<SkuStock, 'onHand' | 'reserved'>): number {
  return Math.max(0, s.onHand - s.reserved);
}

/** Open orders need more of the SKU than is on hand (reserved + backordered > on hand): some order cannot ship. */
export function isOversold(s: SkuStock): boolean {
  return s.reserved + s.backordered > s.onHand;
}

/** The SKU's available units are under its low-stock threshold (never low without one). */
export function isBelowThreshold(s: Pick<SkuStock, 'onHand' | 'reserved'>, threshold: number | null): boolean {
  return threshold !== null && availableUnits(s) < threshold;
}

/** Computes a listing's available-to-sell and oversell risk from its components' stock and what the channel shows. */
export function oversellRisk(components: readonly ComponentStock[], listed: number | null = null): OversellRisk {
  const rows = components.map((c) => {
    const available = availableUnits(c);
    const sellable = Math.floor(Math.max(0, available - c.buffer) / Math.max(1, c.perUnit));
    return { c, available, sellable };
  });
  if (rows.length === 0) {
    return { level: 'ok', availableToSell: 0, sku: '', onHand: 0, reserved: 0, available: 0, backordered: 0, listed, buffer: 0, threshold: null };
  }
  const limiting = rows.reduce((min, r) => (r.sellable < min.sellable ? r : min));
  const availableToSell = limiting.sellable;
  const explain = (r: (typeof rows)[number], level: RiskLevel): OversellRisk => ({
    level,
    availableToSell,
    sku: r.c.sku,
    onHand: r.c.onHand,
    reserved: r.c.reserved,
    available: r.available,
    backordered: r.c.backordered,
    listed,
    buffer: r.c.buffer,
    threshold: r.c.threshold,
  });
  const oversold = rows.find((r) => isOversold(r.c));
  if (oversold) return explain(oversold, 'oversold');
  if (listed !== null && listed > availableToSell) return explain(limiting, 'at_risk');
  if (availableToSell === 0) return explain(limiting, 'low');
  const low = rows.find((r) => isBelowThreshold(r.c, r.c.threshold));
  if (low) return explain(low, 'low');
  return explain(limiting, 'ok');
}
