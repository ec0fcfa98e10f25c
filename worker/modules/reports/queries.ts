/**
 * Report figures read from the orders themselves, per UTC day, channel and
 * currency (or speed): the days a rollup cannot answer (dirty ones and the
 * partial days at a window's edges), and the days the cron rolls up. Each
 * query walks the (seller, placed_at) index once per time range, so cost
 * grows with the orders in the ranges, not with the book.
 *
 * Cancelled orders are not sales. Revenue sums only amounts the book knows;
 * orders of unknown value are counted apart (`unpricedOrders`), never as 0.
 * Refunds count when the money went back (their `refunded_at`), not when the
 * order was placed. Open orders' ages depend on the moment asked, so they
 * are read from the open orders alone, never rolled up.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { AgeBucket } from '../../../shared/schemas/reports.js';
import type { Db } from '../../db/client.js';
import type { FulfillmentOrder, OpenAges, RefundDay, SalesDay, SkuDay, TimeRange } from './rules.js';

/** Which orders a read covers: the seller's, placed (or refunded) in `ranges`, optionally of one channel and currency. */
export interface LiveScope {
  sellerId: string;
  /** A subquery of (lo, hi) time ranges, ISO UTC: `rangesOf` or `windowRanges`. */
  ranges: SQL;
  channelId?: string | undefined;
  currency?: string | undefined;
}

/** A report window split as rules.splitWindow splits it, with the seller and filters. */
export interface WindowScope {
  sellerId: string;
  /** Whole days [firstDay, endDay), YYYY-MM-DD. */
  firstDay: string;
  endDay: string;
  /** The partial days at the edges. */
  edges: readonly TimeRange[];
  channelId?: string | undefined;
  currency?: string | undefined;
}

/** Statuses whose orders have left (some of) their goods with the carrier. */
const SHIPPED = sql`('partially_shipped', 'shipped', 'delivered', 'returned')`;
/** Statuses of orders still to be shipped (an order whose status is unknown is counted as still to ship, as its stock is). */
const OPEN = sql`('unknown', 'pending', 'on_hold', 'ready', 'in_progress', 'partially_shipped')`;

/** Time ranges as rows (lo, hi), walked first so each is one index range of orders. */
export const rangesOf = (ranges: readonly TimeRange[]): SQL => sql`(SELECT json_extract(value, '$.from') AS lo, json_extract(value, '$.to') AS hi FROM json_each(${JSON.stringify(ranges)}))`;

/** The window's whole days marked dirty. */
export const dirtyIn = (w: WindowScope): SQL => sql`(SELECT day FROM report_dirty_days WHERE seller_id = ${w.sellerId} AND day >= ${w.firstDay} AND day < ${w.endDay})`;

/**
 * The parts of a window a rollup cannot answer, as (lo, hi) rows: each dirty
 * day, midnight to midnight, and the edges. Read in the same statement as
 * the rollup rows, so a day rolled up meanwhile is counted once.
 */
export const windowRanges = (w: WindowScope): SQL =>
  sql`(SELECT day || 'T00:00:00.000Z' AS lo, date(day, '+1 day') || 'T00:00:00.000Z' AS hi FROM ${dirtyIn(w)}
       UNION ALL SELECT json_extract(value, '$.from'), json_extract(value, '$.to') FROM json_each(${JSON.stringify(w.edges)}))`;

/** Orders `o` of the scope's ranges (a FROM clause), not cancelled unless `withCancelled`. */
function ordersIn(scope: LiveScope, withCancelled = false): SQL {
  return sql`${scope.ranges} rg CROSS JOIN orders o ON o.seller_id = ${scope.sellerId} AND o.placed_at >= rg.lo AND o.placed_at < rg.hi
    ${scope.channelId ? sql`AND o.channel_id = ${scope.channelId}` : sql``}
    ${withCancelled ? sql`` : sql`AND o.status != 'cancelled'`}
    ${scope.currency ? sql`AND o.currency = ${scope.currency}` : sql``}`;
}

/** Sales per day, channel and currency. */
export const salesDays = (db: Db, scope: LiveScope): Promise<SalesDay[]> => db.all<SalesDay>(salesDaysSql(scope));

/** SQL of salesDays. */
export function salesDaysSql(scope: LiveScope): SQL {
  return sql`
    SELECT substr(o.placed_at, 1, 10) AS day, o.channel_id AS channelId, o.currency AS currency, count(*) AS orders,
           coalesce(sum((SELECT sum(l.quantity) FROM order_lines l WHERE l.order_id = o.id AND +l.seller_id = o.seller_id)), 0) AS units,
           coalesce(sum(CASE WHEN o.total_unknown THEN 0 ELSE o.total END), 0) AS revenue, coalesce(sum(o.total_unknown), 0) AS unpricedOrders
      FROM ${ordersIn(scope)}
     GROUP BY 1, 2, 3`;
}

/** Line sales per day, channel, SKU key and currency. */
export const skuDays = (db: Db, scope: LiveScope): Promise<Array<SkuDay & { day: string; channelId: string }>> => db.all(skuDaysSql(scope));

/** SQL of skuDays. */
export function skuDaysSql(scope: LiveScope): SQL {
  return sql`
    SELECT substr(o.placed_at, 1, 10) AS day, o.channel_id AS channelId, coalesce(l.sku, l.channel_sku, '(no SKU)') AS skuKey, o.currency AS currency,
           count(DISTINCT o.id) AS orders, sum(l.quantity) AS units,
           sum(CASE WHEN l.unit_price_unknown THEN 0 ELSE l.quantity * l.unit_price END) AS revenue,
           count(DISTINCT CASE WHEN l.unit_price_unknown THEN o.id END) AS unpricedOrders
      FROM ${ordersIn(scope)} JOIN order_lines l ON l.order_id = o.id AND +l.seller_id = o.seller_id
     GROUP BY 1, 2, 3, 4`;
}

/** Refunds made in the ranges per day, channel and currency; refunds of cancelled orders are left out, as their sales are. */
export const refundDays = (db: Db, scope: LiveScope): Promise<RefundDay[]> => db.all<RefundDay>(refundDaysSql(scope));

/** SQL of refundDays. */
export function refundDaysSql(scope: LiveScope): SQL {
  return sql`
    SELECT substr(r.refunded_at, 1, 10) AS day, o.channel_id AS channelId, r.currency AS currency, sum(r.amount) AS refunded
      FROM ${scope.ranges} rg CROSS JOIN order_refunds r ON r.seller_id = ${scope.sellerId} AND r.refunded_at >= rg.lo AND r.refunded_at < rg.hi
      JOIN orders o ON o.id = r.order_id AND o.seller_id = r.seller_id
     WHERE o.status != 'cancelled' ${scope.channelId ? sql`AND o.channel_id = ${scope.channelId}` : sql``} ${scope.currency ? sql`AND r.currency = ${scope.currency}` : sql``}
     GROUP BY 1, 2, 3`;
}

/**
 * Each order's fulfillment facts (cancelled ones too). An order's ship time
 * is its first shipment's `shipped_at`, else the first history event (other
 * than the first capture) that moved it into a shipped status.
 */
export const fulfillmentOrders = (db: Db, scope: LiveScope): Promise<FulfillmentOrder[]> => db.all<FulfillmentOrder>(fulfillmentOrdersSql(scope));

/** SQL of fulfillmentOrders. */
export function fulfillmentOrdersSql(scope: LiveScope): SQL {
  return sql`
    WITH base AS MATERIALIZED (
      SELECT o.channel_id, o.ship_speed, o.status, o.placed_at, o.ship_by,
             CASE WHEN o.status IN ${SHIPPED} THEN coalesce(
               (SELECT min(s.shipped_at) FROM shipments s WHERE s.order_id = o.id AND +s.seller_id = o.seller_id),
               (SELECT min(e.at) FROM order_events e
                 WHERE e.order_id = o.id AND +e.seller_id = o.seller_id AND e.kind != 'captured' AND e.to_status IN ${SHIPPED}
                   AND (e.from_status IS NULL OR e.from_status NOT IN ${SHIPPED}))) END AS shipped_at
        FROM ${ordersIn(scope, true)}
    )
    SELECT substr(placed_at, 1, 10) AS day, channel_id AS channelId, ship_speed AS shipSpeed,
           shipped_at IS NOT NULL AS shipped, status IN ${SHIPPED} AND shipped_at IS NULL AS unknown,
           CASE WHEN shipped_at IS NOT NULL THEN (julianday(shipped_at) - julianday(placed_at)) * 24 END AS hours,
           shipped_at IS NOT NULL AND ship_by IS NOT NULL AS withShipBy,
           shipped_at IS NOT NULL AND ship_by IS NOT NULL AND julianday(shipped_at) > julianday(ship_by) AS late
      FROM base`;
}

/**
 * Open orders placed in the window, per channel and speed, counted by age
 * (days at `asOf`) in each bucket. Reads the open orders alone, by the
 * (seller, status, placed_at) index: bounded by the open queue, not the window.
 */
export async function openAges(db: Db, scope: { sellerId: string; from: string; to: string; channelId?: string | undefined }, asOf: string): Promise<OpenAges[]> {
  const rows = await db.all<{ channelId: string; shipSpeed: string } & Record<'under_1d' | 'd1_2' | 'd2_3' | 'd3_7' | 'over_7d', number>>(sql`
    SELECT channel_id AS channelId, ship_speed AS shipSpeed,
           ${ageBucket(0, 1)} AS under_1d, ${ageBucket(1, 2)} AS d1_2, ${ageBucket(2, 3)} AS d2_3, ${ageBucket(3, 7)} AS d3_7, ${ageBucket(7, null)} AS over_7d
      FROM (SELECT o.channel_id, o.ship_speed, julianday(${asOf}) - julianday(o.placed_at) AS age
              -- Else the planner prefers the covering (seller, placed_at) index, which walks every order of the window.
              FROM orders o INDEXED BY orders_seller_status_placed
             WHERE o.seller_id = ${scope.sellerId} AND o.status IN ${OPEN} AND o.placed_at >= ${scope.from} AND o.placed_at < ${scope.to}
               ${scope.channelId ? sql`AND o.channel_id = ${scope.channelId}` : sql``})
     GROUP BY 1, 2`);
  return rows.map((r) => ({
    channelId: r.channelId,
    shipSpeed: r.shipSpeed,
    ages: { under_1d: r.under_1d, '1_2d': r.d1_2, '2_3d': r.d2_3, '3_7d': r.d3_7, over_7d: r.over_7d } satisfies Record<AgeBucket, number>,
  }));
}

/** Counts open orders whose age (in days) is in [fromDays, toDays). */
function ageBucket(fromDays: number, toDays: number | null): SQL {
  return sql`count(CASE WHEN age >= ${fromDays} ${toDays === null ? sql`` : sql`AND age < ${toDays}`} THEN 1 END)`;
}
