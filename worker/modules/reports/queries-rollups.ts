/**
 * SQL of the daily rollups (schema.ts): the dirty days of a window, the
 * rollup rows of clean day runs, and replacing a few days' rows in one
 * batch that clears their marks only if no write marked them meanwhile.
 */
import { type SQL, sql } from 'drizzle-orm';
import { runBatch, type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import type { FulfillmentDay, RefundDay, SalesDay, SkuDay, TimeRange } from './rules.js';

/** A read of rollup rows: the seller's, on day runs, optionally of one channel and currency. */
export interface RollupScope {
  sellerId: string;
  /** Runs of days [from, to), as YYYY-MM-DD. */
  runs: readonly TimeRange[];
  channelId?: string | undefined;
  currency?: string | undefined;
}

/** Rows `x` of `table` on the scope's day runs (a FROM clause), each run one index range. */
function rowsIn(table: SQL, scope: RollupScope, withCurrency = true): SQL {
  return sql`(SELECT json_extract(value, '$.from') AS lo, json_extract(value, '$.to') AS hi FROM json_each(${JSON.stringify(scope.runs)})) rg
    CROSS JOIN ${table} x ON x.seller_id = ${scope.sellerId} AND x.day >= rg.lo AND x.day < rg.hi
    ${scope.channelId ? sql`AND x.channel_id = ${scope.channelId}` : sql``}
    ${withCurrency && scope.currency ? sql`AND x.currency = ${scope.currency}` : sql``}`;
}

/** The seller's dirty days in [fromDay, toDay), with how many writes marked each. */
export async function dirtyDays(db: Db, sellerId: string, fromDay: string, toDay: string): Promise<string[]> {
  const rows = await db.all<{ day: string }>(sql`
    SELECT day FROM report_dirty_days WHERE seller_id = ${sellerId} AND day >= ${fromDay} AND day < ${toDay} ORDER BY day`);
  return rows.map((r) => r.day);
}

/** Sales rollup rows (day, channel, currency) of the runs. */
export async function rolledSales(db: Db, scope: RollupScope): Promise<SalesDay[]> {
  if (scope.runs.length === 0) return [];
  return db.all<SalesDay>(sql`
    SELECT x.day AS day, x.channel_id AS channelId, x.currency AS currency, x.orders AS orders, x.units AS units, x.revenue AS revenue, x.unpriced_orders AS unpricedOrders
      FROM ${rowsIn(sql`report_sales_days`, scope)}`);
}

/** SKU rollup rows of the runs, summed per SKU key and currency. */
export async function rolledSkus(db: Db, scope: RollupScope): Promise<SkuDay[]> {
  if (scope.runs.length === 0) return [];
  return db.all<SkuDay>(sql`
    SELECT x.sku_key AS skuKey, x.currency AS currency, sum(x.orders) AS orders, sum(x.units) AS units, sum(x.revenue) AS revenue, sum(x.unpriced_orders) AS unpricedOrders
      FROM ${rowsIn(sql`report_sku_days`, scope)}
     GROUP BY 1, 2`);
}

/** Refund rollup rows (day of the refund, channel, currency) of the runs. */
export async function rolledRefunds(db: Db, scope: RollupScope): Promise<RefundDay[]> {
  if (scope.runs.length === 0) return [];
  return db.all<RefundDay>(sql`
    SELECT x.day AS day, x.channel_id AS channelId, x.currency AS currency, x.refunded AS refunded
      FROM ${rowsIn(sql`report_refund_days`, scope)}`);
}

/** Fulfillment rollup rows (day, channel, speed) of the runs. */
export async function rolledFulfillment(db: Db, scope: RollupScope): Promise<FulfillmentDay[]> {
  if (scope.runs.length === 0) return [];
  const rows = await db.all<Omit<FulfillmentDay, 'hours'> & { hours: string }>(sql`
    SELECT x.day AS day, x.channel_id AS channelId, x.ship_speed AS shipSpeed, x.orders AS orders, x.shipped AS shipped,
           x.shipped_time_unknown AS shippedTimeUnknown, x.with_ship_by AS withShipBy, x.late AS late, x.hours AS hours
      FROM ${rowsIn(sql`report_fulfillment_days`, scope, false)}`);
  return rows.map((r) => ({ ...r, hours: JSON.parse(r.hours) as number[] }));
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
