/**
 * Bringing the daily rollups up to date, from the cron: a few dirty days a
 * step, each recomputed from its orders and written in one batch, so a
 * backlog (a new book's every day, after the migration) goes over several
 * runs and no step grows with the book.
 */
import type { Db } from '../../db/client.js';
import { fulfillmentOrders, rangesOf, refundDays, salesDays, skuDays } from './queries.js';
import { type DayRows, dirtyMarks, replaceDays } from './queries-rollups.js';
import { asTimes, dayRuns, fulfillmentDays } from './rules.js';

/** Dirty days recomputed per step: a busy seller's day is a few hundred orders. */
export const DAYS_PER_STEP = 7;
/** Steps per cron run and book. */
export const STEPS_PER_RUN = 8;

/** Recomputes the rollup rows of some of one seller's days from their orders. */
export async function rollUpDays(db: Db, sellerId: string, marks: ReadonlyArray<{ day: string; marks: number }>): Promise<void> {
  const scope = { sellerId, ranges: rangesOf(asTimes(dayRuns([...new Set(marks.map((m) => m.day))].sort()))) };
  const [sales, skus, refunds, orders] = await Promise.all([salesDays(db, scope), skuDays(db, scope), refundDays(db, scope), fulfillmentOrders(db, scope)]);
  const rows: DayRows = { sales, skus, refunds, fulfillment: fulfillmentDays(orders) };
  await replaceDays(db, sellerId, marks, rows);
}

/**
 * Up to `steps` steps of DAYS_PER_STEP dirty days of the book (any
 * sellers); answers how many days were recomputed. A day written to while
 * it was read stays dirty for the next run.
 */
export async function refreshReportRollups(db: Db, steps = STEPS_PER_RUN): Promise<number> {
  let done = 0;
  const seen = new Set<string>();
  for (let step = 0; step < steps; step += 1) {
    const marks = await dirtyMarks(db, DAYS_PER_STEP);
    // Days written to while this run read them stay dirty; the next run takes them again.
    if (marks.every((m) => seen.has(`${m.sellerId}\u0000${m.day}`))) break;
    for (const m of marks) seen.add(`${m.sellerId}\u0000${m.day}`);
    const bySeller = new Map<string, typeof marks>();
    for (const m of marks) bySeller.set(m.sellerId, [...(bySeller.get(m.sellerId) ?? []), m]);
    for (const [sellerId, days] of bySeller) await rollUpDays(db, sellerId, days);
    done += marks.length;
  }
  return done;
}
