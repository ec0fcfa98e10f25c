/**
 * Page-read summaries shaped for the dashboard's "Reading health": the
 * worker's range for the dashboard's days, and the read share per portal
 * over every day (a gap where a portal was not read that day). Pure, so
 * tested apart from the page.
 */
import type { PageReadSummary } from '../../../shared/schemas/page-reads.js';
import type { PortalId } from '../../content/portals/types.js';
// The portals' order as listed to the seller, from plain data (the pack schema would bring zod into the page).
import { PORTALS } from '../../messaging/portal-links.js';

const DAY_MS = 86_400_000;
/** The longest span the worker sums at once. */
export const MAX_READING_DAYS = 366;

/** The worker's ISO range for days `fromDay`…`toDay` inclusive, cut to the last MAX_READING_DAYS days. */
export function readingRange(fromDay: string, toDay: string): { from: string; to: string; cut: boolean } {
  const end = Date.parse(`${toDay}T00:00:00Z`) + DAY_MS;
  const start = Date.parse(`${fromDay}T00:00:00Z`);
  const cut = end - start > MAX_READING_DAYS * DAY_MS;
  return { from: new Date(cut ? end - MAX_READING_DAYS * DAY_MS : start).toISOString(), to: new Date(end).toISOString(), cut };
}

/** Read shares over time: a point per day (Unix seconds, UTC), per portal a percentage or null. */
export interface ReadShareSeries {
  x: number[];
  portals: Array<{ portal: PortalId; share: Array<number | null> }>;
}

/** The read share (as a percentage) of each portal that was read, over every day of the summary's range. */
export function readShareSeries(summary: Pick<PageReadSummary, 'from' | 'to' | 'days'>): ReadShareSeries {
  const x: number[] = [];
  const first = Date.parse(`${summary.from.slice(0, 10)}T00:00:00Z`);
  for (let t = first; t < Date.parse(summary.to); t += DAY_MS) x.push(t / 1000);
  const index = new Map(x.map((t, i) => [new Date(t * 1000).toISOString().slice(0, 10), i]));
  const read = new Set(summary.days.map((d) => d.portal));
  const portals = PORTALS.filter((p) => read.has(p)).map((portal) => {
    const share: Array<number | null> = x.map(() => null);
    for (const d of summary.days) {
      const i = d.portal === portal ? index.get(d.day) : undefined;
      if (i !== undefined) share[i] = Math.round(d.readShare * 10_000) / 100;
    }
    return { portal, share };
  });
  return { x, portals };
}

/** "shipTo (20) · total (15)", or "—" when nothing was missing. */
export function missingText(fields: ReadonlyArray<{ field: string; missing: number }>): string {
  return fields.length ? fields.map((f) => `${f.field} (${f.missing.toLocaleString('en-US')})`).join(' · ') : '—';
}
