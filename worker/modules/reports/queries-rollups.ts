/**
 * SQL of the daily rollups (schema.ts): a window's rows, clean days from
 * the rollups and the rest from the orders in the same statement (so a day
 * rolled up meanwhile is counted once), and replacing a few days' rows in
 * one batch that clears their marks only if no write marked them meanwhile.
 */
import { type SQL, sql } from 'drizzle-orm';
import { runBatch, type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { dirtyIn, fulfillmentOrdersSql, type LiveScope, refundDaysSql, salesDaysSql, skuDaysSql, type WindowScope, windowRanges } from './queries.js';
import { type FulfillmentDay, type FulfillmentOrder, fulfillmentDays, type RefundDay, type SalesDay, type SkuDay } from './rules.js';

/** Rollup rows `x` of `table` on the window's clean whole days (FROM and WHERE). */
function rolledIn(table: SQL, w: WindowScope, withCurrency = true): SQL {
  return sql`${table} x WHERE x.seller_id = ${w.sellerId} AND x.day >= ${w.firstDay} AND x.day < ${w.endDay} AND x.day NOT IN ${dirtyIn(w)}
    ${w.channelId ? sql`AND x.channel_id = ${w.channelId}` : sql``}
    ${withCurrency && w.currency ? sql`AND x.currency = ${w.currency}` : sql``}`;
}

/** The window's dirty days and edges, read from the orders. */
const liveOf = (w: WindowScope, withCurrency = true): LiveScope => ({ sellerId: w.sellerId, ranges: windowRanges(w), channelId: w.channelId, currency: withCurrency ? w.currency : undefined });

/** Sales rows of a window per day, channel and currency: clean days from the rollup, the rest from the orders, in one statement. */
export async function windowSales(db: Db, w: WindowScope): Promise<SalesDay[]> {
  return db.all<SalesDay>(sql`
    SELECT x.day AS day, x.channel_id AS channelId, x.currency AS currency, x.orders AS orders, x.units AS units, x.revenue AS revenue, x.unpriced_orders AS unpricedOrders
      FROM ${rolledIn(sql`report_sales_days`, w)}
    UNION ALL SELECT * FROM (${salesDaysSql(liveOf(w))})`);
}

/** SKU rows of a window (rolled-up days summed per SKU key and currency, the rest per day), in one statement. */
export async function windowSkus(db: Db, w: WindowScope): Promise<SkuDay[]> {
  return db.all<SkuDay>(sql`
    SELECT x.sku_key AS skuKey, x.currency AS currency, sum(x.orders) AS orders, sum(x.units) AS units, sum(x.revenue) AS revenue, sum(x.unpriced_orders) AS unpricedOrders
      FROM ${rolledIn(sql`report_sku_days`, w)}
     GROUP BY 1, 2
    UNION ALL SELECT skuKey, currency, orders, units, revenue, unpricedOrders FROM (${skuDaysSql(liveOf(w))})`);
}

/** Refund rows of a window per day of the refund, channel and currency, in one statement. */
export async function windowRefunds(db: Db, w: WindowScope): Promise<RefundDay[]> {
  return db.all<RefundDay>(sql`
    SELECT x.day AS day, x.channel_id AS channelId, x.currency AS currency, x.refunded AS refunded
      FROM ${rolledIn(sql`report_refund_days`, w)}
    UNION ALL SELECT * FROM (${refundDaysSql(liveOf(w))})`);
}

/** Fulfillment rows of a window per day, channel and speed: rolled-up days as stored, the rest order by order, in one statement. */
export async function windowFulfillment(db: Db, w: WindowScope): Promise<FulfillmentDay[]> {
  type Row = Omit<FulfillmentOrder, 'hours'> & { rolled: number; orders: number; hours: string | number | null };
  const rows = await db.all<Row>(sql`
    SELECT 1 AS rolled, x.day AS day, x.channel_id AS channelId, x.ship_speed AS shipSpeed, x.orders AS orders, x.shipped AS shipped,
           x.shipped_time_unknown AS unknown, x.with_ship_by AS withShipBy, x.late AS late, x.hours AS hours
      FROM ${rolledIn(sql`report_fulfillment_days`, w, false)}
    UNION ALL SELECT 0, day, channelId, shipSpeed, 1, shipped, unknown, withShipBy, late, hours FROM (${fulfillmentOrdersSql(liveOf(w, false))})`);
  const rolled = rows
    .filter((r) => r.rolled)
    .map((r) => ({
      day: r.day,
      channelId: r.channelId,
      shipSpeed: r.shipSpeed,
      orders: r.orders,
      shipped: r.shipped,
      shippedTimeUnknown: r.unknown,
      withShipBy: r.withShipBy,
      late: r.late,
      hours: JSON.parse(String(r.hours)) as number[],
    }));
  const live = rows.filter((r) => !r.rolled).map((r) => ({ ...r, hours: r.hours === null ? null : Number(r.hours) }));
  return [...rolled, ...fulfillmentDays(live)];
}

/** Up to `limit` dirty (seller, day) marks of the book, oldest days first. */
export async function dirtyMarks(db: Db, limit: number): Promise<Array<{ sellerId: string; day: string; marks: number }>> {
  return db.all(sql`SELECT seller_id AS sellerId, day, marks FROM report_dirty_days ORDER BY seller_id, day LIMIT ${limit}`);
}

/** The rows of some days of one seller, recomputed from their orders. */
export interface DayRows {
  sales: SalesDay[];
  skus: Array<SkuDay & { day: string; channelId: string }>;
  refunds: RefundDay[];
  fulfillment: FulfillmentDay[];
}

/** Rows per JSON parameter: a day's SKU rows can be hundreds, and a bound value stays well under D1's size limits. */
const ROWS_PER_INSERT = 500;

function inserts<T>(db: Db, rows: readonly T[], insert: (json: string) => SQL): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) out.push(statement(db, insert(JSON.stringify(rows.slice(i, i + ROWS_PER_INSERT)))));
  return out;
}

/**
 * Replaces the rollup rows of `marks`' days with `rows`, in one batch, and
 * clears each day's mark only if its count is still the one read before
 * the orders were: a write that came in meanwhile leaves the day dirty.
 */
export async function replaceDays(db: Db, sellerId: string, marks: ReadonlyArray<{ day: string; marks: number }>, rows: DayRows): Promise<void> {
  const days = JSON.stringify(marks.map((m) => m.day));
  const clear = (table: SQL) => statement(db, sql`DELETE FROM ${table} WHERE seller_id = ${sellerId} AND day IN (SELECT value FROM json_each(${days}))`);
  const v = (field: string) => sql.raw(`json_extract(value, '$.${field}')`);
  await runBatch(db, [
    clear(sql`report_sales_days`),
    clear(sql`report_sku_days`),
    clear(sql`report_refund_days`),
    clear(sql`report_fulfillment_days`),
    ...inserts(
      db,
      rows.sales,
      (json) => sql`INSERT INTO report_sales_days (seller_id, day, channel_id, currency, orders, units, revenue, unpriced_orders)
        SELECT ${sellerId}, ${v('day')}, ${v('channelId')}, ${v('currency')}, ${v('orders')}, ${v('units')}, ${v('revenue')}, ${v('unpricedOrders')} FROM json_each(${json})`,
    ),
    ...inserts(
      db,
      rows.skus,
      (json) => sql`INSERT INTO report_sku_days (seller_id, day, channel_id, sku_key, currency, orders, units, revenue, unpriced_orders)
        SELECT ${sellerId}, ${v('day')}, ${v('channelId')}, ${v('skuKey')}, ${v('currency')}, ${v('orders')}, ${v('units')}, ${v('revenue')}, ${v('unpricedOrders')} FROM json_each(${json})`,
    ),
    ...inserts(
      db,
      rows.refunds,
      (json) => sql`INSERT INTO report_refund_days (seller_id, day, channel_id, currency, refunded)
        SELECT ${sellerId}, ${v('day')}, ${v('channelId')}, ${v('currency')}, ${v('refunded')} FROM json_each(${json})`,
    ),
    ...inserts(
      db,
      rows.fulfillment,
      (json) => sql`INSERT INTO report_fulfillment_days (seller_id, day, channel_id, ship_speed, orders, shipped, shipped_time_unknown, with_ship_by, late, hours)
        SELECT ${sellerId}, ${v('day')}, ${v('channelId')}, ${v('shipSpeed')}, ${v('orders')}, ${v('shipped')}, ${v('shippedTimeUnknown')}, ${v('withShipBy')}, ${v('late')}, json_extract(value, '$.hours')
          FROM json_each(${json})`,
    ),
    statement(
      db,
      sql`DELETE FROM report_dirty_days WHERE seller_id = ${sellerId}
        AND (day, marks) IN (SELECT json_extract(value, '$.day'), json_extract(value, '$.marks') FROM json_each(${JSON.stringify(marks)}))`,
    ),
  ]);
}
