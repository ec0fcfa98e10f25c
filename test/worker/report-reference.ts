/**
 * The reports as they were computed before the daily rollups: every figure
 * read from the window's orders in one pass of SQL. Kept verbatim as the
 * direct computation that report-rollups.test.ts holds the rollups to.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { AgeBucket, FulfillmentFigures, GrossSalesFigure, SalesGroup } from '../../shared/schemas/reports.js';
import type { Db } from '../../worker/db/client.js';

/** Which orders a report covers. */
export interface ReportScope {
  sellerId: string;
  /** Inclusive, ISO UTC. */
  from: string;
  /** Exclusive, ISO UTC. */
  to: string;
  channelId?: string | undefined;
}

/** Statuses whose orders have left (some of) their goods with the carrier. */
const SHIPPED = sql`('partially_shipped', 'shipped', 'delivered', 'returned')`;
/** Statuses of orders still to be shipped (an order whose status is unknown is counted as still to ship, as its stock is). */
const OPEN = sql`('unknown', 'pending', 'on_hold', 'ready', 'in_progress', 'partially_shipped')`;

function scoped(scope: ReportScope, alias = sql`o`): SQL {
  return sql`${alias}.seller_id = ${scope.sellerId} AND ${alias}.placed_at >= ${scope.from} AND ${alias}.placed_at < ${scope.to}
    ${scope.channelId ? sql`AND ${alias}.channel_id = ${scope.channelId}` : sql``}`;
}

/** The group key of each time or channel grouping, for a row timed by `at`. */
const groupKeys = (at: SQL): Record<Exclude<SalesGroup, 'sku'>, SQL> => ({
  day: sql`substr(${at}, 1, 10)`,
  // SQLite's 'weekday 0' moves forward to Sunday; six days back is that week's Monday.
  week: sql`date(${at}, 'weekday 0', '-6 days')`,
  month: sql`substr(${at}, 1, 7)`,
  channel: sql`o.channel_id`,
});
const GROUP_KEYS = groupKeys(sql`o.placed_at`);
const REFUND_KEYS = groupKeys(sql`r.refunded_at`);

const SKU_KEY = sql`coalesce(l.sku, l.channel_sku, '(no SKU)')`;

/** Sales per group and currency, ordered by group then currency. */
export async function salesByGroup(db: Db, scope: ReportScope, groupBy: SalesGroup, currency?: string): Promise<GrossSalesFigure[]> {
  const money = currency ? sql`AND o.currency = ${currency}` : sql``;
  if (groupBy === 'sku') return salesBySku(db, scope, currency, undefined);
  return db.all<GrossSalesFigure>(sql`
    SELECT ${GROUP_KEYS[groupBy]} AS key, o.currency AS currency, count(*) AS orders,
           coalesce(sum((SELECT sum(l.quantity) FROM order_lines l WHERE l.order_id = o.id AND +l.seller_id = o.seller_id)), 0) AS units,
           coalesce(sum(CASE WHEN o.total_unknown THEN 0 ELSE o.total END), 0) AS revenue, coalesce(sum(o.total_unknown), 0) AS unpricedOrders
      FROM orders o
     WHERE ${scoped(scope)} AND o.status != 'cancelled' ${money}
     GROUP BY 1, 2 ORDER BY 1, 2`);
}

/** Totals per currency (`key` is the currency). */
export async function salesTotals(db: Db, scope: ReportScope, currency?: string): Promise<GrossSalesFigure[]> {
  const money = currency ? sql`AND o.currency = ${currency}` : sql``;
  return db.all<GrossSalesFigure>(sql`
    SELECT o.currency AS key, o.currency AS currency, count(*) AS orders,
           coalesce(sum((SELECT sum(l.quantity) FROM order_lines l WHERE l.order_id = o.id AND +l.seller_id = o.seller_id)), 0) AS units,
           coalesce(sum(CASE WHEN o.total_unknown THEN 0 ELSE o.total END), 0) AS revenue, coalesce(sum(o.total_unknown), 0) AS unpricedOrders
      FROM orders o
     WHERE ${scoped(scope)} AND o.status != 'cancelled' ${money}
     GROUP BY o.currency ORDER BY o.currency`);
}

/**
 * Line sales per SKU and currency. Without `top`: every SKU, by SKU. With
 * `top`: the best sellers by units (then line sales, then SKU).
 */
export async function salesBySku(db: Db, scope: ReportScope, currency: string | undefined, top: number | undefined): Promise<GrossSalesFigure[]> {
  const money = currency ? sql`AND o.currency = ${currency}` : sql``;
  return db.all<GrossSalesFigure>(sql`
    SELECT ${SKU_KEY} AS key, o.currency AS currency, count(DISTINCT o.id) AS orders,
           sum(l.quantity) AS units, sum(CASE WHEN l.unit_price_unknown THEN 0 ELSE l.quantity * l.unit_price END) AS revenue,
           count(DISTINCT CASE WHEN l.unit_price_unknown THEN o.id END) AS unpricedOrders
      FROM orders o JOIN order_lines l ON l.order_id = o.id AND +l.seller_id = o.seller_id
     WHERE ${scoped(scope)} AND o.status != 'cancelled' ${money}
     GROUP BY 1, 2
     ${top ? sql`ORDER BY units DESC, revenue DESC, key LIMIT ${top}` : sql`ORDER BY 1, 2`}`);
}

/** Money given back in a group and currency. */
export interface RefundFigure {
  key: string;
  currency: string;
  refunded: number;
}

/**
 * Refunds made in the range, per group (or per currency with `currency` as
 * the grouping) and currency: by when the money went back, whenever the
 * order was placed. Refunds of cancelled orders are left out, as their
 * sales are.
 */
export async function refundsByGroup(db: Db, scope: ReportScope, groupBy: Exclude<SalesGroup, 'sku'> | 'currency', currency?: string): Promise<RefundFigure[]> {
  const money = currency ? sql`AND r.currency = ${currency}` : sql``;
  const key = groupBy === 'currency' ? sql`r.currency` : REFUND_KEYS[groupBy];
  return db.all<RefundFigure>(sql`
    SELECT ${key} AS key, r.currency AS currency, sum(r.amount) AS refunded
      FROM order_refunds r JOIN orders o ON o.id = r.order_id AND o.seller_id = r.seller_id
     WHERE r.seller_id = ${scope.sellerId} AND r.refunded_at >= ${scope.from} AND r.refunded_at < ${scope.to}
       ${scope.channelId ? sql`AND o.channel_id = ${scope.channelId}` : sql``} AND o.status != 'cancelled' ${money}
     GROUP BY 1, 2 ORDER BY 1, 2`);
}

interface FulfillmentRow {
  split: FulfillmentSplit | 'all';
  grp: string | null;
  orders: number;
  shipped: number;
  unknown: number;
  median: number | null;
  p90: number | null;
  with_ship_by: number;
  late: number;
  under_1d: number;
  d1_2: number;
  d2_3: number;
  d3_7: number;
  over_7d: number;
}

/** What fulfillment figures are split by: the order's channel, or its unified shipping speed. */
export type FulfillmentSplit = 'channel' | 'shipSpeed';

/** Fulfillment figures of one group (`group` null: all orders together). */
export type GroupFigures = Omit<FulfillmentFigures, 'channelId'> & { group: string | null };

/**
 * Fulfillment figures for all orders together and per channel and per
 * shipping speed, from one read of the window's orders. An order's ship time is its first shipment's
 * `shipped_at`, else the first history event (other than the first capture)
 * that moved it into a shipped status. Percentiles are nearest-rank.
 */
export async function fulfillmentFigures(db: Db, scope: ReportScope, asOf: string): Promise<{ overall: GroupFigures; byChannel: GroupFigures[]; byShipSpeed: GroupFigures[] }> {
  const rows = await db.all<FulfillmentRow>(sql`
    WITH base AS MATERIALIZED (
      SELECT o.channel_id, o.ship_speed, o.status, o.placed_at, o.ship_by,
             CASE WHEN o.status IN ${SHIPPED} THEN coalesce(
               (SELECT min(s.shipped_at) FROM shipments s WHERE s.order_id = o.id AND +s.seller_id = o.seller_id),
               (SELECT min(e.at) FROM order_events e
                 WHERE e.order_id = o.id AND +e.seller_id = o.seller_id AND e.kind != 'captured' AND e.to_status IN ${SHIPPED}
                   AND (e.from_status IS NULL OR e.from_status NOT IN ${SHIPPED}))) END AS shipped_at
        FROM orders o WHERE ${scoped(scope)}
    ),
    -- Each order's figures worked out once, not once per grouping and bucket.
    facts AS MATERIALIZED (
      SELECT channel_id, ship_speed, shipped_at IS NOT NULL AS shipped, status IN ${SHIPPED} AND shipped_at IS NULL AS unknown,
             (julianday(shipped_at) - julianday(placed_at)) * 24 AS hours,
             shipped_at IS NOT NULL AND ship_by IS NOT NULL AS with_ship_by,
             shipped_at IS NOT NULL AND ship_by IS NOT NULL AND julianday(shipped_at) > julianday(ship_by) AS late,
             CASE WHEN status IN ${OPEN} THEN julianday(${asOf}) - julianday(placed_at) END AS open_age
        FROM base
    ),
    grouped AS (
      SELECT 'all' AS split, NULL AS grp, * FROM facts
      UNION ALL SELECT 'channel' AS split, channel_id AS grp, * FROM facts
      UNION ALL SELECT 'shipSpeed' AS split, ship_speed AS grp, * FROM facts
    ),
    timed AS (
      SELECT split, grp, hours,
             row_number() OVER (PARTITION BY split, grp ORDER BY hours) AS rn,
             count(*) OVER (PARTITION BY split, grp) AS n
        FROM grouped WHERE shipped
    ),
    pct AS (
      SELECT split, grp, max(CASE WHEN rn = (n + 1) / 2 THEN hours END) AS median,
             max(CASE WHEN rn = (9 * n + 9) / 10 THEN hours END) AS p90
        FROM timed GROUP BY split, grp
    )
    SELECT g.split, g.grp, count(*) AS orders,
           sum(g.shipped) AS shipped,
           sum(g.unknown) AS unknown,
           p.median, p.p90,
           sum(g.with_ship_by) AS with_ship_by,
           sum(g.late) AS late,
           ${ageBucket(0, 1)} AS under_1d, ${ageBucket(1, 2)} AS d1_2, ${ageBucket(2, 3)} AS d2_3,
           ${ageBucket(3, 7)} AS d3_7, ${ageBucket(7, null)} AS over_7d
      FROM grouped g LEFT JOIN pct p ON p.split = g.split AND p.grp IS g.grp
     GROUP BY g.split, g.grp ORDER BY g.split, g.grp`);
  const figures = (r: FulfillmentRow): GroupFigures => ({
    group: r.grp,
    orders: r.orders,
    shipped: r.shipped,
    shippedTimeUnknown: r.unknown,
    medianHours: roundHours(r.median),
    p90Hours: roundHours(r.p90),
    withShipBy: r.with_ship_by,
    late: r.late,
    lateShare: r.with_ship_by ? r.late / r.with_ship_by : null,
    open: { under_1d: r.under_1d, '1_2d': r.d1_2, '2_3d': r.d2_3, '3_7d': r.d3_7, over_7d: r.over_7d } satisfies Record<AgeBucket, number>,
  });
  const of = (split: FulfillmentRow['split']) => rows.filter((r) => r.split === split).map(figures);
  return { overall: of('all')[0] ?? figures(emptyRow()), byChannel: of('channel'), byShipSpeed: of('shipSpeed') };
}

/** Counts open orders whose age (in days, at `asOf`) is in [fromDays, toDays). */
function ageBucket(fromDays: number, toDays: number | null): SQL {
  return sql`count(CASE WHEN g.open_age >= ${fromDays} ${toDays === null ? sql`` : sql`AND g.open_age < ${toDays}`} THEN 1 END)`;
}

/** Hours to two decimals (julianday arithmetic carries float noise). */
function roundHours(hours: number | null): number | null {
  return hours === null ? null : Math.round(hours * 100) / 100;
}

function emptyRow(): FulfillmentRow {
  return { split: 'all', grp: null, orders: 0, shipped: 0, unknown: 0, median: null, p90: null, with_ship_by: 0, late: 0, under_1d: 0, d1_2: 0, d2_3: 0, d3_7: 0, over_7d: 0 };
}
