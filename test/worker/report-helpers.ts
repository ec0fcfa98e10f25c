/** Test helpers of the report rollups: running the cron's step until no day is dirty, and counting dirty days. */
import { env } from 'cloudflare:test';
import { database } from '../../worker/db/client.js';
import { refreshReportRollups } from '../../worker/modules/reports/rollups.js';

/** Rolls up every dirty day of the test book, as cron runs would; answers how many days were recomputed. */
export async function rollUpReports(): Promise<number> {
  let total = 0;
  for (let run = 0; run < 200; run += 1) {
    const done = await refreshReportRollups(database(env.DB));
    if (done === 0) return total;
    total += done;
  }
  throw new Error('dirty report days never cleared');
}

/** The seller's dirty report days. */
export async function dirtyReportDays(sellerId: string): Promise<string[]> {
  const rows = await env.DB.prepare('SELECT day FROM report_dirty_days WHERE seller_id = ? ORDER BY day').bind(sellerId).all<{ day: string }>();
  return rows.results.map((r) => r.day);
}
