/** Reports: sales and fulfillment figures over a date range (GET /v1/reports/…). */
import { createRoute } from '@hono/zod-openapi';
import { fulfillmentQuery, fulfillmentReport, type GrossSalesFigure, type SalesFigure, salesQuery, salesReport } from '../../../shared/schemas/reports.js';
import { SHIP_SPEEDS, type ShipSpeed } from '../../../shared/service-levels.js';
import { database } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { jsonAnswer, queryRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { byKeyThenCurrency, DAY_MS, figureKey, type RefundFigure } from './rules.js';
import { fulfillmentFigures, type ReportScope, salesFigures } from './service.js';

/** The default range: the 30 days up to now. */
const DEFAULT_DAYS = 30;

/**
 * The UTC range a query names: `from` inclusive, `to` exclusive, a bare date
 * as `to` taking in its whole day. Refuses an empty or reversed range.
 */
export function resolveRange(q: { from?: string | undefined; to?: string | undefined }, now = new Date()): { from: string; to: string } {
  const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  const to = q.to ? new Date(isDay(q.to) ? Date.parse(`${q.to}T00:00:00Z`) + DAY_MS : Date.parse(q.to)) : now;
  const from = q.from ? new Date(isDay(q.from) ? `${q.from}T00:00:00Z` : q.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (!(from < to)) throw invalidInput([{ path: 'query.from', message: 'must be before query.to' }]);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** A report's query with the range it names (resolveRange) and the seller's scope figures are read over. */
export function reportInput<Q extends { from?: string | undefined; to?: string | undefined; channelId?: string | undefined }>(sellerId: string, q: Q) {
  const range = resolveRange(q);
  const scope: ReportScope = { sellerId, ...range, channelId: q.channelId };
  return { q, range, scope };
}

/** Per-currency totals of groups that split the orders (each order in one group), by currency. */
export function totalsOf(groups: readonly SalesFigure[]): SalesFigure[] {
  const byCurrency = new Map<string, SalesFigure>();
  for (const g of groups) {
    const t = byCurrency.get(g.currency) ?? { key: g.currency, currency: g.currency, orders: 0, units: 0, revenue: 0, unpricedOrders: 0, refunded: 0, net: 0 };
    const refunded = t.refunded === null || g.refunded === null ? null : t.refunded + g.refunded;
    byCurrency.set(g.currency, {
      ...t,
      orders: t.orders + g.orders,
      units: t.units + g.units,
      revenue: t.revenue + g.revenue,
      unpricedOrders: t.unpricedOrders + g.unpricedOrders,
      refunded,
      net: refunded === null ? null : t.revenue + g.revenue - refunded,
    });
  }
  return [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
}

/**
 * Sales figures with the refunds of the same group and currency set against
 * them; a group with refunds but no sales (a day when only money went back)
 * is a group of its own. By key, then currency.
 */
export function netOfRefunds(sales: readonly GrossSalesFigure[], refunds: readonly RefundFigure[]): SalesFigure[] {
  const out = new Map<string, SalesFigure>(sales.map((s) => [figureKey(s.key, s.currency), { ...s, refunded: 0, net: s.revenue }]));
  for (const r of refunds) {
    const g = out.get(figureKey(r.key, r.currency)) ?? { key: r.key, currency: r.currency, orders: 0, units: 0, revenue: 0, unpricedOrders: 0, refunded: 0, net: 0 };
    out.set(figureKey(r.key, r.currency), { ...g, refunded: r.refunded, net: g.revenue - r.refunded });
  }
  return [...out.values()].sort(byKeyThenCurrency);
}

/** SKU figures: refunds are money back on orders, so no SKU's share of them is known. */
const skuFigures = (rows: readonly GrossSalesFigure[]): SalesFigure[] => rows.map((r) => ({ ...r, refunded: null, net: null }));

/** The `top` SKU figures by units, then line sales, then SKU. */
export function bestSellers<T extends GrossSalesFigure>(skus: readonly T[], top: number): T[] {
  return [...skus].sort((a, b) => b.units - a.units || b.revenue - a.revenue || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, top);
}

/** GET /v1/reports/sales and /v1/reports/fulfillment. */
export const reportRoutes = router('Reports')
  .openapi(
    createRoute({
      path: '/reports/sales',
      operationId: 'getSalesReport',
      summary: 'Orders, units and revenue per currency, by day, week, month, channel or SKU, with top SKUs',
      description:
        'Orders placed in [from, to), cancelled ones excluded. Revenue is in minor units per currency: order totals for time and channel groups, line sales (quantity × unit price) for SKUs. Weeks start on Monday (UTC). ' +
        'Revenue sums only amounts the book knows: orders whose total (for SKUs, the line price) no source has shown are counted in `unpricedOrders`, not as 0. ' +
        '`refunded` is the money given back in [from, to), counted by when it went back (whenever the order was placed), and `net` is revenue less it; both are null for SKU figures.',
      security: scopes('reports:read'),
      ...queryRead(salesQuery, jsonAnswer(salesReport, 'The sales report.')),
    }),
    async (c) => {
      const { q, range, scope } = reportInput(c.get('sellerId'), c.req.valid('query'));
      const figures = await salesFigures(database(c.env.DB), scope, q.groupBy, q.currency, q.top > 0);
      if (q.groupBy === 'sku') {
        return c.json(
          { ...range, groupBy: q.groupBy, groups: skuFigures(figures.skus), totals: netOfRefunds(figures.groups, figures.refunds), topSkus: skuFigures(bestSellers(figures.skus, q.top)) },
          200,
        );
      }
      // An order is in exactly one time or channel group, so the totals are the groups summed.
      const groups = netOfRefunds(figures.groups, figures.refunds);
      return c.json({ ...range, groupBy: q.groupBy, groups, totals: totalsOf(groups), topSkus: skuFigures(bestSellers(figures.skus, q.top)) }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/reports/fulfillment',
      operationId: 'getFulfillmentReport',
      summary: 'Time from placed to shipped (median, p90), shipped after ship-by, open orders by age; overall, per channel and per shipping speed',
      description:
        'Orders placed in [from, to). Ship time is the first shipment’s time, else the first change of status into a shipped status; orders imported already shipped have no known ship time and are counted apart. Open orders’ ages are measured at `asOf` (default now). `byShipSpeed` splits the same figures by the unified shipping speed of the orders’ service words, fastest first.',
      security: scopes('reports:read'),
      ...queryRead(fulfillmentQuery, jsonAnswer(fulfillmentReport, 'The fulfillment report.')),
    }),
    async (c) => {
      const { q, range, scope } = reportInput(c.get('sellerId'), c.req.valid('query'));
      const asOf = q.asOf ? new Date(q.asOf).toISOString() : new Date().toISOString();
      const db = database(c.env.DB);
      const { overall, byChannel, byShipSpeed: bySpeed } = await fulfillmentFigures(db, scope, asOf);
      const { group: _, ...all } = overall;
      return c.json(
        {
          ...range,
          asOf,
          overall: { channelId: null, ...all },
          byChannel: byChannel.map(({ group, ...f }) => ({ channelId: group, ...f })),
          byShipSpeed: bySpeed.map(({ group, ...f }) => ({ shipSpeed: group as ShipSpeed, ...f })).sort((a, b) => SHIP_SPEEDS.indexOf(a.shipSpeed) - SHIP_SPEEDS.indexOf(b.shipSpeed)),
        },
        200,
      );
    },
  );
