// @vitest-environment happy-dom
/** Reading health on the dashboard: the worker's range, the read-share series, and what the section says. */
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import type { PageReadSummary } from '../../../../shared/schemas/page-reads.js';
import { aReadDay } from '../../../shared/page-read-days.js';

// The chart module draws with uPlot on a canvas, which happy-dom has not: a stand-in takes its place.
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
const { ReadingSection } = await import('../../../../extension/pages/dashboard/reading-section.js');
const { missingText, readingRange, readShareSeries } = await import('../../../../extension/pages/dashboard/reading-series.js');

const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

const SUMMARY: PageReadSummary = {
  from: '2026-11-20T00:00:00.000Z',
  to: '2026-11-23T00:00:00.000Z',
  days: [
    aReadDay({ portal: 'ebay', passes: 1, idsSeen: 0, rowsRead: 0, rowsSkipped: 0, readShare: 1, worstFields: [], packVersion: 1 }),
    aReadDay(),
    aReadDay({ day: '2026-11-22', passes: 1, idsSeen: 7, rowsRead: 2, rowsSkipped: 5, readShare: 0.2857, worstFields: [{ field: 'total', missing: 2 }] }),
  ],
};

describe('reading health figures', () => {
  test('the dashboard’s days become the worker’s range, the last day included', () => {
    expect(readingRange('2026-11-20', '2026-11-22')).toEqual({ from: '2026-11-20T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z', cut: false });
  });

  test('a range over 366 days is cut to its last 366', () => {
    expect(readingRange('2025-01-01', '2026-11-22')).toEqual({ from: '2025-11-22T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z', cut: true });
  });

  test('read shares are percentages per portal over every day, in the portals’ order, with gaps where a portal was not read', () => {
    expect(readShareSeries(SUMMARY)).toEqual({
      x: [day('2026-11-20'), day('2026-11-21'), day('2026-11-22')],
      portals: [
        { portal: 'amazon', share: [93.75, null, 28.57] },
        { portal: 'ebay', share: [100, null, null] },
      ],
    });
  });

  test('missing fields read as names with counts', () => {
    expect([
      missingText([
        { field: 'shipTo', missing: 1200 },
        { field: 'total', missing: 15 },
      ]),
      missingText([]),
    ]).toEqual(['shipTo (1,200) · total (15)', '—']);
  });
});

describe('the reading health section', () => {
  const shown = (node: preact.VNode) => {
    const root = document.createElement('div');
    render(node, root);
    return root;
  };

  test('says nothing was reported yet when there are no reports', () => {
    const root = shown(<ReadingSection summary={{ from: SUMMARY.from, to: SUMMARY.to, days: [] }} cut={false} />);
    expect(root.querySelector('h2')?.textContent).toBe('Reading health');
    expect(root.querySelector('p')?.textContent).toBe('Nothing was reported yet for these dates: reports arrive as the extension reads your portals’ order pages.');
  });

  test('shows how many pages were read, a chart by portal and day, and the fields most often not read', () => {
    const root = shown(<ReadingSection summary={SUMMARY} cut={false} />);
    expect(root.querySelector('p.muted')?.textContent).toBe('4 page reads reported.');
    expect(root.querySelector('[data-chart="read-share"]')).not.toBeNull();
    const rows = (table: string) => Array.from(root.querySelectorAll(`${table} tbody tr`)).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent));
    expect(rows('table.worst-fields')).toEqual([
      ['2026-11-20', 'Amazon', '93.8%', 'shipTo (20) · total (15)'],
      ['2026-11-22', 'Amazon', '28.6%', 'total (2)'],
    ]);
    expect(rows('figure table')).toEqual([
      ['2026-11-20', 'eBay', '1', '0', '0', '0', '100.0%', 'v1'],
      ['2026-11-20', 'Amazon', '2', '80', '75', '2', '93.8%', 'v4'],
      ['2026-11-22', 'Amazon', '1', '7', '2', '5', '28.6%', 'v4'],
    ]);
  });

  test('says why when the worker could not give the reports', () => {
    const root = shown(<ReadingSection summary={new Error('No route GET /v1/page-reads/summary.')} cut={false} />);
    expect(root.querySelector('p.bad')?.textContent).toBe('The reading reports could not be loaded: No route GET /v1/page-reads/summary.');
  });
});
