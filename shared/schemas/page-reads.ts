/**
 * Reading reports: how well the extension read one portal page in one pass.
 * No personal data: counts, field names and strategy numbers only. The
 * extension batches them through its outbox; the worker sums them per
 * portal and day, so a portal's markup change shows as a drop the day it happens.
 */
import { z } from 'zod';
import { isoTime } from './order.js';
import { PACK_PORTALS } from './portal-pack.js';

const count = z.number().int().min(0).max(100_000);
const fieldName = z.string().regex(/^[A-Za-z][\w.]{0,79}$/, 'a field name: letters, digits, _ and .');

/** One pass over one page. */
export const pageRead = z.strictObject({
  portal: z.enum(PACK_PORTALS),
  pageKind: z.enum(['orders', 'order', 'listings']),
  /** The version of the pack that read the page. */
  packVersion: z.number().int().positive(),
  at: isoTime,
  /** Order ids (or listings) the page shows, found by the portal's id pattern in its text and links. */
  idsSeen: count,
  /** How many items the portal itself prints that the page holds, when it prints a count. */
  countPrinted: count.optional(),
  /** Items understood (an order with its id). */
  rowsRead: count,
  /** Rows that looked like items but could not be read (no id). */
  rowsSkipped: count,
  /** For each field not read, on how many items. */
  fieldsMissing: z.record(fieldName, count).refine((r) => Object.keys(r).length <= 100, 'at most 100 fields'),
  /** For each field, how many items each strategy (by its place in the pack's list, from 0) read it on. */
  strategies: z.record(fieldName, z.record(z.string().regex(/^\d{1,2}$/, 'a strategy number'), count)).refine((r) => Object.keys(r).length <= 100, 'at most 100 fields'),
});
export type PageRead = z.infer<typeof pageRead>;

/** A batch of reports, as the outbox sends them. */
export const pageReadBatch = z.strictObject({ reads: z.array(pageRead).min(1).max(500) });

/** One portal's reading on one day (UTC), summed over every pass. */
export const pageReadDay = z.object({
  portal: z.enum(PACK_PORTALS),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  passes: z.number().int(),
  idsSeen: z.number().int(),
  rowsRead: z.number().int(),
  rowsSkipped: z.number().int(),
  /** rowsRead / idsSeen (1 when the pages showed nothing), to 4 places. */
  readShare: z.number(),
  /** The fields most often missing that day, worst first (at most 5). */
  worstFields: z.array(z.object({ field: z.string(), missing: z.number().int() })),
  /** Highest pack version seen that day. */
  packVersion: z.number().int(),
});

/** `GET /v1/page-reads/summary?from&to`. */
export const pageReadSummary = z.object({ from: isoTime, to: isoTime, days: z.array(pageReadDay) });
export type PageReadSummary = z.infer<typeof pageReadSummary>;
