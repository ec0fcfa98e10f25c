/**
 * Pure parts of the reports: splitting a window into the whole UTC days the
 * rollups answer and the stretches read live, the group key of a day, and
 * merging day rows into report figures. Percentiles are nearest-rank over
 * ship times in hundredths of an hour.
 */
import type { AgeBucket, FulfillmentFigures, GrossSalesFigure, SalesGroup } from '../../../shared/schemas/reports.js';

/** A UTC day in ms. */
export const DAY_MS = 86_400_000;

/** A stretch of time, `from` inclusive, `to` exclusive, ISO UTC (compared as text, as `placed_at` is). */
export interface TimeRange {
  from: string;
  to: string;
}

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Midnight starting `day`, in the form `resolveRange` gives times. */
export const dayStart = (day: string): string => `${day}T00:00:00.000Z`;

/**
 * How a window splits: the whole days inside it ([firstDay, endDay), empty
 * when firstDay = endDay) and the partial days at its edges.
 */
export function splitWindow(window: TimeRange): { firstDay: string; endDay: string; edges: TimeRange[] } {
  const fromDay = window.from.slice(0, 10);
  const firstDay = window.from === dayStart(fromDay) ? fromDay : nextDay(fromDay);
  const endDay = window.to.slice(0, 10);
  if (!(firstDay < endDay)) return { firstDay, endDay: firstDay, edges: [window] };
  const edges: TimeRange[] = [];
  if (window.from < dayStart(firstDay)) edges.push({ from: window.from, to: dayStart(firstDay) });
  if (dayStart(endDay) < window.to) edges.push({ from: dayStart(endDay), to: window.to });
  return { firstDay, endDay, edges };
}

/** Consecutive days (sorted, unique) as runs of days [from, to). */
export function dayRuns(days: readonly string[]): TimeRange[] {
  const runs: TimeRange[] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last.to === day) last.to = nextDay(day);
    else runs.push({ from: day, to: nextDay(day) });
  }
  return runs;
}

/** Day runs as time ranges from midnight to midnight. */
export const asTimes = (runs: readonly TimeRange[]): TimeRange[] => runs.map((r) => ({ from: dayStart(r.from), to: dayStart(r.to) }));

/** The Monday starting the (Monday to Sunday) week of `day`. */
export function weekOf(day: string): string {
  const at = Date.parse(`${day}T00:00:00.000Z`);
  const sinceMonday = (new Date(at).getUTCDay() + 6) % 7;
  return new Date(at - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The key of a row of `day` and `channelId` in a time or channel grouping. */
export function groupKey(groupBy: Exclude<SalesGroup, 'sku'>, day: string, channelId: string): string {
  if (groupBy === 'day') return day;
  if (groupBy === 'week') return weekOf(day);
  if (groupBy === 'month') return day.slice(0, 7);
  return channelId;
}

/** Sales of one day, channel and currency (or of one SKU key: `key` set). */
export interface SalesDay {
  day: string;
  channelId: string;
  currency: string;
  orders: number;
  units: number;
  revenue: number;
  unpricedOrders: number;
}

/** Sales of one SKU key and currency on one day and channel (rollup rows come summed over days). */
export interface SkuDay extends Omit<SalesDay, 'day' | 'channelId'> {
  skuKey: string;
}

/** Money given back on one day, channel and currency. */
export interface RefundDay {
  day: string;
  channelId: string;
  currency: string;
  refunded: number;
}

/** Money given back in a group and currency. */
export interface RefundFigure {
  key: string;
  currency: string;
  refunded: number;
}

/** The map key of a figure's group and currency. */
export const figureKey = (key: string, currency: string) => `${key}\u0000${currency}`;
/** Report order: by group key, then currency. */
export const byKeyThenCurrency = (a: { key: string; currency: string }, b: { key: string; currency: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;

/** Sums sales rows per group key and currency, by key then currency. */
export function sumSales<T extends Omit<SalesDay, 'day' | 'channelId'>>(rows: readonly T[], keyOf: (row: T) => string): GrossSalesFigure[] {
  const out = new Map<string, GrossSalesFigure>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = out.get(figureKey(key, r.currency)) ?? { key, currency: r.currency, orders: 0, units: 0, revenue: 0, unpricedOrders: 0 };
    g.orders += r.orders;
    g.units += r.units;
    g.revenue += r.revenue;
    g.unpricedOrders += r.unpricedOrders;
    out.set(figureKey(key, r.currency), g);
  }
  return [...out.values()].sort(byKeyThenCurrency);
}

/** Sums refund rows per group key and currency, by key then currency. */
export function sumRefunds(rows: readonly RefundDay[], keyOf: (row: RefundDay) => string): RefundFigure[] {
  const out = new Map<string, RefundFigure>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = out.get(figureKey(key, r.currency)) ?? { key, currency: r.currency, refunded: 0 };
    g.refunded += r.refunded;
    out.set(figureKey(key, r.currency), g);
  }
  return [...out.values()].sort(byKeyThenCurrency);
}

/** Fulfillment facts of one day, channel and shipping speed; `hours` sorted, in hundredths. */
export interface FulfillmentDay {
  day: string;
  channelId: string;
  shipSpeed: string;
  orders: number;
  shipped: number;
  shippedTimeUnknown: number;
  withShipBy: number;
  late: number;
  hours: number[];
}

/** One order's fulfillment facts, as read live. */
export interface FulfillmentOrder {
  day: string;
  channelId: string;
  shipSpeed: string;
  shipped: number;
  unknown: number;
  /** Hours from placed to shipped, unrounded; null when not shipped. */
  hours: number | null;
  withShipBy: number;
  late: number;
}

/** Hours to hundredths, as the report has always rounded them (julianday arithmetic carries float noise). */
export const hundredths = (hours: number): number => Math.round(hours * 100);

/** Orders' facts summed per day, channel and speed. */
export function fulfillmentDays(orders: readonly FulfillmentOrder[]): FulfillmentDay[] {
  const out = new Map<string, FulfillmentDay>();
  for (const o of orders) {
    const id = `${o.day}\u0000${o.channelId}\u0000${o.shipSpeed}`;
    const d = out.get(id) ?? { day: o.day, channelId: o.channelId, shipSpeed: o.shipSpeed, orders: 0, shipped: 0, shippedTimeUnknown: 0, withShipBy: 0, late: 0, hours: [] };
    d.orders += 1;
    d.shipped += o.shipped;
    d.shippedTimeUnknown += o.unknown;
    d.withShipBy += o.withShipBy;
    d.late += o.late;
    if (o.shipped && o.hours !== null) d.hours.push(hundredths(o.hours));
    out.set(id, d);
  }
  for (const d of out.values()) d.hours.sort((a, b) => a - b);
  return [...out.values()];
}

/** Open orders of one channel and speed counted per age bucket. */
export interface OpenAges {
  channelId: string;
  shipSpeed: string;
  ages: Record<AgeBucket, number>;
}

/** Fulfillment figures of one group (`group` null: all orders together). */
export type GroupFigures = Omit<FulfillmentFigures, 'channelId'> & { group: string | null };

const noAges = (): Record<AgeBucket, number> => ({ under_1d: 0, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0 });

/** The nearest-rank percentile `p` (in tenths: 5 = median, 9 = p90) of sorted values, in hours. */
function nearestRank(sorted: Float64Array, tenths: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  // The ranks the report's SQL took: (n + 1) / 2 and (9n + 9) / 10, integer division, 1-based.
  const rank = tenths === 5 ? Math.floor((n + 1) / 2) : Math.floor((9 * n + 9) / 10);
  return sorted[rank - 1]! / 100;
}

/**
 * Report figures of day rows and open-order ages: overall, per channel and
 * per speed. A group exists when it has orders in the window.
 */
export function fulfillmentGroups(days: readonly FulfillmentDay[], open: readonly OpenAges[]): { overall: GroupFigures; byChannel: GroupFigures[]; byShipSpeed: GroupFigures[] } {
  interface Acc {
    orders: number;
    shipped: number;
    unknown: number;
    withShipBy: number;
    late: number;
    hours: number[][];
    ages: Record<AgeBucket, number>;
  }
  const acc = () => ({ orders: 0, shipped: 0, unknown: 0, withShipBy: 0, late: 0, hours: [], ages: noAges() }) as Acc;
  const all = acc();
  const byChannel = new Map<string, Acc>();
  const bySpeed = new Map<string, Acc>();
  const of = (m: Map<string, Acc>, key: string) => m.get(key) ?? m.set(key, acc()).get(key)!;
  for (const d of days) {
    for (const a of [all, of(byChannel, d.channelId), of(bySpeed, d.shipSpeed)]) {
      a.orders += d.orders;
      a.shipped += d.shipped;
      a.unknown += d.shippedTimeUnknown;
      a.withShipBy += d.withShipBy;
      a.late += d.late;
      if (d.hours.length) a.hours.push(d.hours);
    }
  }
  for (const o of open) {
    for (const a of [all, byChannel.get(o.channelId), bySpeed.get(o.shipSpeed)]) {
      if (!a) continue;
      for (const bucket of Object.keys(o.ages) as AgeBucket[]) a.ages[bucket] += o.ages[bucket];
    }
  }
  const figures = (group: string | null, a: Acc): GroupFigures => {
    const sorted = Float64Array.from(a.hours.flat()).sort();
    return {
      group,
      orders: a.orders,
      shipped: a.shipped,
      shippedTimeUnknown: a.unknown,
      medianHours: nearestRank(sorted, 5),
      p90Hours: nearestRank(sorted, 9),
      withShipBy: a.withShipBy,
      late: a.late,
      lateShare: a.withShipBy ? a.late / a.withShipBy : null,
      open: a.ages,
    };
  };
  const split = (m: Map<string, Acc>) => [...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([k, a]) => figures(k, a));
  return { overall: figures(null, all), byChannel: split(byChannel), byShipSpeed: split(bySpeed) };
}
