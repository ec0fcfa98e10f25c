/**
 * The API contract of reports and exports: date ranges, grouping, and the
 * figures each report answers with. Money is integer minor units beside its
 * currency; figures are never summed across currencies.
 */
import { z } from 'zod';
import { isoTime, orderFilterFields, shipSpeed } from './order.js';
import { queryOf } from './query.js';

/** A day (`2026-11-20`, UTC) or an ISO time with a zone. */
const dayOrTime = z.union([z.iso.date(), isoTime]);

/**
 * A date range: `from` inclusive, `to` exclusive. A bare date as `to`
 * includes that whole day (UTC). Defaults: the 30 days up to now.
 * Optionally one channel.
 */
const dateRange = {
  from: dayOrTime.optional(),
  to: dayOrTime.optional(),
  channelId: z.string().min(1).max(64).optional(),
};

/** How the sales report groups orders. */
export const SALES_GROUPS = ['day', 'week', 'month', 'channel', 'sku'] as const;
export type SalesGroup = (typeof SALES_GROUPS)[number];

/** GET /v1/reports/sales */
export const salesQuery = queryOf({
  ...dateRange,
  groupBy: z.enum(SALES_GROUPS).default('day'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD')
    .optional(),
  /** How many top SKUs to list; 0 skips them (one pass less over the range). */
  top: z.coerce.number().int().min(0).max(100).default(10),
});

/** Units, orders and revenue of one group in one currency. */
export const salesFigure = z.object({
  /** The group: a day, the Monday of an ISO week, a month (`2026-11`), a channel id or a SKU. */
  key: z.string(),
  currency: z.string(),
  orders: z.number().int(),
  units: z.number().int(),
  /** Minor units, gross. Order totals for time and channel groups; line sales (quantity × unit price) for SKUs. Only amounts the book knows. */
  revenue: z.number().int(),
  /** Orders left out of `revenue` because no source has shown their total (for SKUs: the line's price). They still count in `orders` and `units`. */
  unpricedOrders: z.number().int().meta({
    description: 'Orders of the group whose total (for SKU figures: this line’s unit price) no source has shown yet: counted in `orders` and `units`, left out of `revenue`.',
  }),
  /**
   * Minor units refunded in the group, counted when the money went back (a
   * refund in May lowers May, whenever the order was placed). Null for SKU
   * figures: a refund is money back on an order, not on a SKU.
   */
  refunded: z.number().int().nullable(),
  /** revenue − refunded; null where refunded is. */
  net: z.number().int().nullable(),
});

/** The sales report. */
export const salesReport = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(SALES_GROUPS),
  groups: z.array(salesFigure),
  /** All orders in the range, per currency (`key` is the currency). */
  totals: z.array(salesFigure),
  /** Best-selling SKUs by units, with their line sales. */
  topSkus: z.array(salesFigure),
});

/** GET /v1/reports/fulfillment */
export const fulfillmentQuery = queryOf({
  ...dateRange,
  /** The moment open orders' ages are measured at (default now). */
  asOf: isoTime.optional(),
});

/** Age buckets of open orders, by time since placed. */
export const AGE_BUCKETS = ['under_1d', '1_2d', '2_3d', '3_7d', 'over_7d'] as const;

/** Fulfillment figures of one channel, or of all (`channelId` null). */
export const fulfillmentFigures = z.object({
  channelId: z.string().nullable(),
  /** Orders placed in the range. */
  orders: z.number().int(),
  /** Orders shipped whose ship time is known (a shipment, or an event moving them to shipped). */
  shipped: z.number().int(),
  /** Orders in a shipped status with no known ship time (e.g. imported already shipped). */
  shippedTimeUnknown: z.number().int(),
  /** Hours from placed to shipped, nearest-rank median and 90th percentile; null with nothing shipped. */
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  /** Shipped orders that had a ship-by time, and those of them shipped after it. */
  withShipBy: z.number().int(),
  late: z.number().int(),
  /** late / withShipBy; null when no shipped order had a ship-by. */
  lateShare: z.number().nullable(),
  /** Open orders (not yet shipped, cancelled or returned) by age. */
  open: z.record(z.enum(AGE_BUCKETS), z.number().int()),
});

/** Fulfillment figures of the orders of one unified shipping speed. */
export const speedFulfillmentFigures = fulfillmentFigures.omit({ channelId: true }).extend({ shipSpeed });

/** The fulfillment report. */
export const fulfillmentReport = z.object({
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  overall: fulfillmentFigures,
  byChannel: z.array(fulfillmentFigures),
  /** The same figures per unified shipping speed, fastest first; speeds without orders left out. */
  byShipSpeed: z.array(speedFulfillmentFigures),
});

/** GET /v1/exports/orders.csv: the order list's filters. */
export const exportOrdersQuery = queryOf(orderFilterFields);

export type SalesQuery = z.infer<typeof salesQuery>;
export type SalesFigure = z.infer<typeof salesFigure>;
/** A sales figure before refunds are set against it. */
export type GrossSalesFigure = Omit<SalesFigure, 'refunded' | 'net'>;
export type SalesReport = z.infer<typeof salesReport>;
export type FulfillmentQuery = z.infer<typeof fulfillmentQuery>;
export type FulfillmentFigures = z.infer<typeof fulfillmentFigures>;
export type SpeedFulfillmentFigures = z.infer<typeof speedFulfillmentFigures>;
export type FulfillmentReport = z.infer<typeof fulfillmentReport>;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
