/**
 * Daily rollups of the reports: per seller and UTC day, the sums the sales
 * and fulfillment reports need, so a report reads days, not orders. A day is
 * the day of an order's `placed_at` (of a refund's `refunded_at` for refund
 * rows). Triggers on the order tables (migration 0033) mark a (seller, day)
 * dirty on every write that can change its figures; a report computes dirty
 * days from their orders, and the cron recomputes them (rollups.ts).
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Days whose rollup rows may be out of date. `marks` counts the writes that
 * marked the day, so a recompute clears the mark only if no write came in
 * while it read the day's orders.
 */
export const reportDirtyDays = sqliteTable(
  'report_dirty_days',
  {
    sellerId: text('seller_id').notNull(),
    day: text('day').notNull(),
    marks: integer('marks').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.day] })],
);

/** Sales (cancelled orders left out) per day, channel and currency. */
export const reportSalesDays = sqliteTable(
  'report_sales_days',
  {
    sellerId: text('seller_id').notNull(),
    day: text('day').notNull(),
    channelId: text('channel_id').notNull(),
    currency: text('currency').notNull(),
    orders: integer('orders').notNull(),
    units: integer('units').notNull(),
    revenue: integer('revenue').notNull(),
    unpricedOrders: integer('unpriced_orders').notNull(),
  },
  (t) => [index('report_sales_days_seller_day').on(t.sellerId, t.day)],
);

/** Line sales per day, channel, SKU key (SKU, else channel SKU, else '(no SKU)') and currency. */
export const reportSkuDays = sqliteTable(
  'report_sku_days',
  {
    sellerId: text('seller_id').notNull(),
    day: text('day').notNull(),
    channelId: text('channel_id').notNull(),
    skuKey: text('sku_key').notNull(),
    currency: text('currency').notNull(),
    orders: integer('orders').notNull(),
    units: integer('units').notNull(),
    revenue: integer('revenue').notNull(),
    unpricedOrders: integer('unpriced_orders').notNull(),
  },
  // Covering: the report sums a window per SKU without visiting the table.
  (t) => [index('report_sku_days_seller_day').on(t.sellerId, t.day, t.channelId, t.skuKey, t.currency, t.orders, t.units, t.revenue, t.unpricedOrders)],
);

/** Money given back per day of the refund, the order's channel, and currency (refunds of cancelled orders left out). */
export const reportRefundDays = sqliteTable(
  'report_refund_days',
  {
    sellerId: text('seller_id').notNull(),
    day: text('day').notNull(),
    channelId: text('channel_id').notNull(),
    currency: text('currency').notNull(),
    refunded: integer('refunded').notNull(),
  },
  (t) => [index('report_refund_days_seller_day').on(t.sellerId, t.day)],
);

/**
 * Fulfillment figures per day, channel and shipping speed (every order,
 * cancelled ones too). `hours` is the day's known ship times in hundredths
 * of an hour, sorted, as a JSON array: the report rounds hours to two
 * decimals and takes nearest-rank percentiles, so merged arrays give the
 * same percentiles as the orders themselves.
 */
export const reportFulfillmentDays = sqliteTable(
  'report_fulfillment_days',
  {
    sellerId: text('seller_id').notNull(),
    day: text('day').notNull(),
    channelId: text('channel_id').notNull(),
    shipSpeed: text('ship_speed').notNull(),
    orders: integer('orders').notNull(),
    shipped: integer('shipped').notNull(),
    shippedTimeUnknown: integer('shipped_time_unknown').notNull(),
    withShipBy: integer('with_ship_by').notNull(),
    late: integer('late').notNull(),
    hours: text('hours').notNull(),
  },
  (t) => [index('report_fulfillment_days_seller_day').on(t.sellerId, t.day)],
);
