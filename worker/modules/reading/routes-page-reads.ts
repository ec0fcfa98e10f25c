/**
 * Page-read reports (POST /v1/page-reads) and their daily summary per portal
 * (GET /v1/page-reads/summary): how well the extension reads each portal,
 * so a portal's markup change shows as a drop on the day it happens.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { isoTime } from '../../../shared/schemas/order.js';
import { pageReadBatch, pageReadSummary } from '../../../shared/schemas/page-reads.js';
import { queryOf } from '../../../shared/schemas/query.js';
import { database } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { bodyWrite, errors, jsonAnswer, jsonBody, queryRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { newId } from '../../ids.js';
import { insertPageReads, pageReadDays } from './queries-page-reads.js';
import { implausibleReads } from './rules.js';

const DAY_MS = 24 * 3_600_000;
/** The default span of a summary: the 30 days up to now. */
const DEFAULT_DAYS = 30;
/** The longest span a summary covers. */
const MAX_DAYS = 366;

/** GET /v1/page-reads/summary: `from` inclusive, `to` exclusive. */
const summaryQuery = queryOf({ from: isoTime.optional(), to: isoTime.optional() });

/** The range a summary query names, in UTC; refuses a reversed range or one over MAX_DAYS. */
export function summaryRange(q: { from?: string | undefined; to?: string | undefined }, now = Date.now()): { from: string; to: string } {
  const to = q.to ? Date.parse(q.to) : now;
  const from = q.from ? Date.parse(q.from) : to - DEFAULT_DAYS * DAY_MS;
  if (to < from) throw invalidInput([{ path: 'query.to', message: 'must not be before query.from' }]);
  if (to - from > MAX_DAYS * DAY_MS) throw invalidInput([{ path: 'query.to', message: `at most ${MAX_DAYS} days after query.from` }]);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** POST /v1/page-reads and GET /v1/page-reads/summary. */
export const pageReadRoutes = router('Reading health')
  .openapi(
    createRoute({
      path: '/page-reads',
      operationId: 'reportPageReads',
      summary: 'Report how well the extension read portal pages',
      description:
        'Up to 500 reports, one per pass over a page: counts and field names only. All are stored or none: a report whose counts cannot belong together (a field missing on more items than the page held, rowsRead + rowsSkipped) or whose time is more than a day ahead is refused, naming the field. Reports are kept 90 days.',
      security: scopes('observations:write'),
      ...bodyWrite('post', jsonBody(pageReadBatch), { 202: jsonAnswer(z.object({ stored: z.number().int() }), 'The reports are stored.'), 413: errors[413] }),
    }),
    async (c) => {
      const { reads } = c.req.valid('json');
      const now = Date.now();
      const issues = implausibleReads(reads, now);
      if (issues.length) throw invalidInput(issues, 'Some reports cannot be right.');
      const rows = reads.map((r) => ({ ...r, at: new Date(r.at).toISOString(), id: newId('prd') }));
      await insertPageReads(database(c.env.DB), c.get('sellerId'), rows, new Date(now).toISOString());
      return c.json({ stored: rows.length }, 202);
    },
  )
  .openapi(
    createRoute({
      path: '/page-reads/summary',
      operationId: 'getPageReadSummary',
      summary: 'How well each portal was read, per UTC day',
      description:
        'Reports whose pass was in [from, to) (default: the 30 days up to now; at most 366 days), per portal and UTC day: passes, sums, the read share (rowsRead / idsSeen to 4 places, 1 when the pages showed nothing), the five fields most often missing and the highest pack version.',
      security: scopes('reports:read'),
      ...queryRead(summaryQuery, jsonAnswer(pageReadSummary, 'The summary, by day then portal.')),
    }),
    async (c) => {
      const range = summaryRange(c.req.valid('query'));
      const days = await pageReadDays(database(c.env.DB), c.get('sellerId'), range.from, range.to);
      return c.json({ ...range, days: days as z.infer<typeof pageReadSummary>['days'] }, 200);
    },
  );
