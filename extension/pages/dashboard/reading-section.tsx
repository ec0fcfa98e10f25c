/**
 * Reading health on the dashboard: how much of what each portal showed the
 * extension read, per day (a portal's markup change shows as a drop the day
 * it happens), and the fields it most often could not read.
 */
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import type { PageReadSummary } from '../../../shared/schemas/page-reads.js';
import type { PortalId } from '../../content/portals/types.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { ColumnHeads } from '../column-heads.js';
import { axis, Chart, Figure, palette } from './chart.js';
import { missingText, readShareSeries } from './reading-series.js';
import { plural } from './series.js';

const portalName = (portal: string) => PORTAL_NAMES[portal as PortalId]?.short ?? portal;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function ReadShareChart({ summary }: { summary: PageReadSummary }) {
  const series = useMemo(() => readShareSeries(summary), [summary]);
  const options = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const p = palette();
    return {
      scales: { x: { time: true }, y: { range: [0, 105] } },
      axes: [axis(), axis({ label: '% read', size: 56 })],
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      series: [{}, ...series.portals.map((s, i) => ({ label: portalName(s.portal), stroke: p.series[i % p.series.length], width: 2, points: { show: series.x.length <= 40 } }))],
    };
  }, [series]);
  const data = useMemo((): uPlot.AlignedData => [series.x, ...series.portals.map((s) => s.share)], [series]);
  return (
    <Figure
      caption="Share of the orders shown that were read, by portal and day"
      table={
        <table>
          <ColumnHeads titles={['Day', 'Portal', 'Passes', 'Orders shown', 'Read', 'Skipped', 'Read share', 'Pack']} />
          <tbody>
            {summary.days.map((d) => (
              <tr key={`${d.day} ${d.portal}`}>
                <td>{d.day}</td>
                <td>{portalName(d.portal)}</td>
                <td>{d.passes}</td>
                <td>{d.idsSeen}</td>
                <td>{d.rowsRead}</td>
                <td>{d.rowsSkipped}</td>
                <td>{percent(d.readShare)}</td>
                <td>v{d.packVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Chart name="read-share" options={options} data={data} />
    </Figure>
  );
}

/** The reading health part of the dashboard, or why it could not be shown. */
export function ReadingSection({ summary, cut }: { summary: PageReadSummary | Error; cut: boolean }) {
  const missing = summary instanceof Error ? [] : summary.days.filter((d) => d.worstFields.length > 0);
  return (
    <section aria-labelledby="reading-title" class="card">
      <h2 id="reading-title">Reading health</h2>
      {summary instanceof Error ? (
        <p class="bad">The reading reports could not be loaded: {summary.message}</p>
      ) : summary.days.length === 0 ? (
        <p class="muted">Nothing was reported yet for these dates: reports arrive as the extension reads your portals’ order pages.</p>
      ) : (
        <>
          {cut && <p class="muted">Showing the last 366 days of the range.</p>}
          <p class="muted">
            {plural(
              summary.days.reduce((n, d) => n + d.passes, 0),
              'page read',
            )}{' '}
            reported.
          </p>
          <ReadShareChart summary={summary} />
          <h3>Fields most often not read</h3>
          {missing.length === 0 ? (
            <p class="muted">Every field was read on every order.</p>
          ) : (
            <table class="worst-fields">
              <ColumnHeads titles={['Day', 'Portal', 'Read share', 'Not read (orders)']} />
              <tbody>
                {missing.map((d) => (
                  <tr key={`${d.day} ${d.portal}`}>
                    <td>{d.day}</td>
                    <td>{portalName(d.portal)}</td>
                    <td>{percent(d.readShare)}</td>
                    <td>{missingText(d.worstFields)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
