/**
 * A page-read summary's day, built the same way by the worker's summary tests
 * and the dashboard's: by default the Amazon day of the worker tests' sample
 * reads (two passes on 20 November), so the dashboard is shown what the
 * worker answers.
 */
import type { PageReadSummary } from '../../shared/schemas/page-reads.js';

export type PageReadDay = PageReadSummary['days'][number];

/** One portal's day, with overrides. */
export function aReadDay(overrides: Partial<PageReadDay> = {}): PageReadDay {
  return {
    portal: 'amazon',
    day: '2026-11-20',
    passes: 2,
    idsSeen: 80,
    rowsRead: 75,
    rowsSkipped: 2,
    readShare: 0.9375,
    worstFields: [
      { field: 'shipTo', missing: 20 },
      { field: 'total', missing: 15 },
    ],
    packVersion: 4,
    ...overrides,
  };
}
