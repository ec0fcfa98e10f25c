/**
 * The reports, from daily rollups: the whole, clean days of a window are
 * read from the rollup tables, and the rest (days marked dirty by a write
 * since their rollup, and the partial days at the window's edges) from the
 * orders themselves, so a report reads days, not the window's orders, and
 * still shows every write made before it.
 */
import type { GrossSalesFigure, SalesGroup } from '../../../shared/schemas/reports.js';
import type { Db } from '../../db/client.js';
import { openAges, type WindowScope } from './queries.js';
import { windowFulfillment, windowRefunds, windowSales, windowSkus } from './queries-rollups.js';
import { fulfillmentGroups, type GroupFigures, groupKey, type RefundFigure, splitWindow, sumRefunds, sumSales, type TimeRange } from './rules.js';

/** Which orders a report covers. */
export interface ReportScope extends TimeRange {
  sellerId: string;
  channelId?: string | undefined;
}

/** The window of a report: its whole days and its edges. */
function windowOf(scope: ReportScope, currency?: string): WindowScope {
  return { sellerId: scope.sellerId, ...splitWindow(scope), channelId: scope.channelId, currency };
}

/** Sales figures of a window: per group, per currency, and per SKU. */
export interface SalesParts {
  /** Per time or channel group; grouped by SKU, per currency (`key` is the currency): the report's totals. */
  groups: GrossSalesFigure[];
  /** Refunds per group, or per currency when grouped by SKU. */
  refunds: RefundFigure[];
  /** Line sales per SKU key and currency, by key (empty unless asked for). */
  skus: GrossSalesFigure[];
}

/** The sales report's figures; `withSkus` reads the SKU rows (grouped by SKU, or for top SKUs). */
export async function salesFigures(db: Db, scope: ReportScope, groupBy: SalesGroup, currency: string | undefined, withSkus: boolean): Promise<SalesParts> {
  const w = windowOf(scope, currency);
  const [sales, refunds, skus] = await Promise.all([windowSales(db, w), windowRefunds(db, w), withSkus || groupBy === 'sku' ? windowSkus(db, w) : []]);
  const keyOf = groupBy === 'sku' ? (r: { currency: string }) => r.currency : (r: { day: string; channelId: string }) => groupKey(groupBy, r.day, r.channelId);
  return { groups: sumSales(sales, keyOf), refunds: sumRefunds(refunds, keyOf), skus: sumSales(skus, (r) => r.skuKey) };
}

/** Fulfillment figures of a window, overall and per channel and speed, with open orders aged at `asOf`. */
export async function fulfillmentFigures(db: Db, scope: ReportScope, asOf: string): Promise<{ overall: GroupFigures; byChannel: GroupFigures[]; byShipSpeed: GroupFigures[] }> {
  const [days, open] = await Promise.all([windowFulfillment(db, windowOf(scope)), openAges(db, scope, asOf)]);
  return fulfillmentGroups(days, open);
}
