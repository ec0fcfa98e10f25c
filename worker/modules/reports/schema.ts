/**
 * Daily rollups of the reports: per seller and UTC day, the sums the sales
 * and fulfillment reports need, so a report reads days, not orders. A day is
 * the day of an order's `placed_at` (of a refund's `refunded_at` for refund
 * rows). Triggers on the order tables (migration 0033) mark a (seller, day)
 * dirty on every write that can change its figures; a report computes dirty
 * days from their orders, and the cron recomputes them (rollups.ts).
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import type { BuildColumns } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, type SQLiteColumnBuilderBase, type SQLiteTableExtraConfigValue, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sellerScoped } from '../../db/schema-columns.js';

/** A rollup row's key: the seller, then the UTC day it sums. */
const sellerDay = { ...sellerScoped, day: text('day').notNull() };

/**
 * Days whose rollup rows may be out of date. `marks` counts the writes that
 * marked the day, so a recompute clears the mark only if no write came in
 * while it read the day's orders.
 */
export const reportDirtyDays = sqliteTable(
  'report_dirty_days',
  {
    ...sellerDay,
    marks: integer('marks').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.day] })],
);

/** A rollup row's key: the seller, the UTC day, then the channel. */
const channelDay = { ...sellerDay, channelId: text('channel_id').notNull() };

/** The index a report reads a seller's window of days by. */
const sellerDayIndex = (name: string) => (t: { sellerId: AnySQLiteColumn; day: AnySQLiteColumn }) => [index(name).on(t.sellerId, t.day)];

/**
 * A rollup of one kind: rows keyed by seller, day and channel, then the
 * table's own columns, read by seller and day unless the table indexes itself.
 */
function rollupTable<TName extends string, TColumns extends Record<string, SQLiteColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  indexes: (t: BuildColumns<TName, typeof channelDay & TColumns, 'sqlite'>) => SQLiteTableExtraConfigValue[] = sellerDayIndex(`${name}_seller_day`),
) {
  return sqliteTable(name, { ...channelDay, ...columns }, indexes);
}

/** What the sales rollups sum: orders, units, revenue (minor units of the row's currency) and orders of unknown value. */
const salesMeasures = {
  orders: integer('orders').notNull(),
  units: integer('units').notNull(),
  revenue: integer('revenue').notNull(),
  unpricedOrders: integer('unpriced_orders').notNull(),
};

/** Sales (cancelled orders left out) per day, channel and currency. */
export const reportSalesDays = rollupTable('report_sales_days', { currency: text('currency').notNull(), ...salesMeasures });

/** Line sales per day, channel, SKU key (SKU, else channel SKU, else '(no SKU)') and currency. */
export const reportSkuDays = rollupTable(
  'report_sku_days',
  { skuKey: text('sku_key').notNull(), currency: text('currency').notNull(), ...salesMeasures },
  // Covering: the report sums a window per SKU without visiting the table.
  (t) => [index('report_sku_days_seller_day').on(t.sellerId, t.day, t.channelId, t.skuKey, t.currency, t.orders, t.units, t.revenue, t.unpricedOrders)],
);

/** Money given back per day of the refund, the order's channel, and currency (refunds of cancelled orders left out). */
export const reportRefundDays = rollupTable('report_refund_days', { currency: text('currency').notNull(), refunded: integer('refunded').notNull() });

/**
 * Fulfillment figures per day, channel and shipping speed (every order,
 * cancelled ones too). `hours` is the day's known ship times in hundredths
 * of an hour, sorted, as a JSON array: the report rounds hours to two
 * decimals and takes nearest-rank percentiles, so merged arrays give the
 * same percentiles as the orders themselves.
 */
export const reportFulfillmentDays = rollupTable('report_fulfillment_days', {
  shipSpeed: text('ship_speed').notNull(),
  orders: integer('orders').notNull(),
  shipped: integer('shipped').notNull(),
  shippedTimeUnknown: integer('shipped_time_unknown').notNull(),
  withShipBy: integer('with_ship_by').notNull(),
  late: integer('late').notNull(),
  hours: text('hours').notNull(),
});
