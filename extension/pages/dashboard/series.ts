/**
 * Report figures shaped for charts: time series per currency with the empty
 * days (or weeks) filled in, and per-channel rows. Pure, so tested apart
 * from the page. Money stays in minor units here; charts divide by the
 * currency's exponent when they draw.
 */
import { currencyExponent } from '../../../shared/money.js';
import type { FulfillmentFigures, SalesFigure } from '../../../shared/schemas/reports.js';

const DAY_S = 86_400;

/** One currency's sales over time, a point per day or week. */
export interface CurrencySeries {
  currency: string;
  /** Start of each day or week, Unix seconds (UTC). */
  x: number[];
  /** Revenue in major units (dollars, euros, yen). */
  revenue: number[];
  orders: number[];
  units: number[];
}

/** Days longer than this are charted by week. */
export const MAX_DAILY_POINTS = 120;

/** `day` for ranges up to {@link MAX_DAILY_POINTS} days, else `week`. */
export function timeGroupFor(fromDay: string, toDay: string): 'day' | 'week' {
  const days = (Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 1000 / DAY_S + 1;
  return days > MAX_DAILY_POINTS ? 'week' : 'day';
}

function startOfWeek(seconds: number): number {
  const weekday = (new Date(seconds * 1000).getUTCDay() + 6) % 7; // Monday 0
  return seconds - weekday * DAY_S;
}

/**
 * A series per currency (alphabetical) over every day or week from
 * `fromDay` to `toDay` inclusive, zero where nothing sold.
 */
export function seriesByCurrency(groups: readonly SalesFigure[], fromDay: string, toDay: string, step: 'day' | 'week'): CurrencySeries[] {
  const first = Date.parse(`${fromDay}T00:00:00Z`) / 1000;
  const last = Date.parse(`${toDay}T00:00:00Z`) / 1000;
  const x: number[] = [];
  for (let t = step === 'week' ? startOfWeek(first) : first; t <= last; t += step === 'week' ? 7 * DAY_S : DAY_S) x.push(t);
  const index = new Map(x.map((t, i) => [t, i]));
  const currencies = [...new Set(groups.map((g) => g.currency))].sort();
  return currencies.map((currency) => {
    const scale = 10 ** currencyExponent(currency);
    const s: CurrencySeries = { currency, x, revenue: x.map(() => 0), orders: x.map(() => 0), units: x.map(() => 0) };
    for (const g of groups) {
      const i = g.currency === currency ? index.get(Date.parse(`${g.key}T00:00:00Z`) / 1000) : undefined;
      if (i === undefined) continue;
      s.revenue[i] = g.revenue / scale;
      s.orders[i] = g.orders;
      s.units[i] = g.units;
    }
    return s;
  });
}

/** One channel's sales: orders and units over all currencies, revenue per currency. */
export interface ChannelSales {
  channelId: string;
  name: string;
  orders: number;
  units: number;
  revenue: Array<{ currency: string; amount: number }>;
}

/** Sales per channel (most orders first), named from the channel list. */
export function salesByChannel(groups: readonly SalesFigure[], names: ReadonlyMap<string, string>): ChannelSales[] {
  const rows = new Map<string, ChannelSales>();
  for (const g of groups) {
    const row = rows.get(g.key) ?? { channelId: g.key, name: names.get(g.key) ?? g.key, orders: 0, units: 0, revenue: [] };
    row.orders += g.orders;
    row.units += g.units;
    row.revenue.push({ currency: g.currency, amount: g.revenue });
    rows.set(g.key, row);
  }
  return [...rows.values()].sort((a, b) => b.orders - a.orders || a.name.localeCompare(b.name));
}

/** Per-channel fulfillment figures named from the channel list, slowest median first. */
export function namedFulfillment(byChannel: readonly FulfillmentFigures[], names: ReadonlyMap<string, string>): Array<FulfillmentFigures & { name: string }> {
  return byChannel
    .map((f) => ({ ...f, name: names.get(f.channelId ?? '') ?? f.channelId ?? 'All channels' }))
    .sort((a, b) => (b.medianHours ?? -1) - (a.medianHours ?? -1) || a.name.localeCompare(b.name));
}

/** A day as `YYYY-MM-DD` in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1 order", "3 orders". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
