/**
 * Fulfillment on the dashboard: hours from placed to shipped (median and
 * 90th percentile) per channel and per shipping speed as paired bars,
 * shipped after ship-by, and open orders by age.
 */
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { AGE_BUCKETS, type AgeBucket, type FulfillmentFigures, type FulfillmentReport } from '../../../shared/schemas/reports.js';
import { SHIP_SPEED_LABELS } from '../../../shared/service-levels.js';
import { ColumnHeads } from '../column-heads.js';
import { axis, bars, Chart, Figure, fromZero, palette } from './chart.js';
import { namedFulfillment } from './series.js';

const AGE_LABELS: Record<AgeBucket, string> = { under_1d: 'Under 1 day', '1_2d': '1–2 days', '2_3d': '2–3 days', '3_7d': '3–7 days', over_7d: 'Over 7 days' };
const hours = (h: number | null) => (h === null ? '—' : h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} days`);
const share = (s: number | null) => (s === null ? '—' : `${Math.round(s * 100)}%`);

/** One bar pair and table row: a channel or a shipping speed. */
type ShipTimeRow = Pick<FulfillmentFigures, 'shipped' | 'medianHours' | 'p90Hours' | 'lateShare' | 'late' | 'withShipBy'> & { key: string; name: string };

function ShipTimeChart({ rows, by, chart }: { rows: readonly ShipTimeRow[]; by: 'Channel' | 'Shipping speed'; chart: string }) {
  const options = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const p = palette();
    return {
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: fromZero },
      axes: [axis({ splits: () => rows.map((_, i) => i), values: (_u, splits) => splits.map((i) => rows[i]?.name ?? ''), grid: { show: false } }), axis({ label: 'hours', size: 56 })],
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      series: [
        { label: by, value: (_u, i) => (i == null ? '' : (rows[i]?.name ?? '')) },
        { label: 'Median', stroke: p.series[0], fill: p.series[0], paths: bars(-1, 0.35), points: { show: false } },
        { label: '90th percentile', stroke: p.series[1], fill: p.series[1], paths: bars(1, 0.35), points: { show: false } },
      ],
    };
  }, [rows, by]);
  const data = useMemo((): uPlot.AlignedData => [rows.map((_, i) => i), rows.map((r) => r.medianHours), rows.map((r) => r.p90Hours)], [rows]);
  return (
    <Figure
      caption={`Hours from placed to shipped, by ${by.toLowerCase()}`}
      table={
        <table>
          <ColumnHeads titles={[by, 'Shipped', 'Median', '90th percentile', 'After ship-by']} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.name}</td>
                <td>{r.shipped}</td>
                <td>{hours(r.medianHours)}</td>
                <td>{hours(r.p90Hours)}</td>
                <td>
                  {share(r.lateShare)} ({r.late} of {r.withShipBy})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Chart name={chart} options={options} data={data} height={220} />
    </Figure>
  );
}

function OpenAgeChart({ open }: { open: Record<AgeBucket, number> }) {
  const options = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const p = palette();
    return {
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: fromZero },
      axes: [axis({ splits: () => AGE_BUCKETS.map((_, i) => i), values: (_u, splits) => splits.map((i) => AGE_LABELS[AGE_BUCKETS[i]!] ?? ''), grid: { show: false } }), axis()],
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      series: [{}, { label: 'Open orders', stroke: p.series[2], fill: p.series[2], paths: bars(), points: { show: false } }],
    };
  }, []);
  const data = useMemo((): uPlot.AlignedData => [AGE_BUCKETS.map((_, i) => i), AGE_BUCKETS.map((b) => open[b])], [open]);
  return (
    <Figure
      caption="Open orders by age"
      table={
        <table>
          <ColumnHeads titles={['Age', 'Open orders']} />
          <tbody>
            {AGE_BUCKETS.map((b) => (
              <tr key={b}>
                <td>{AGE_LABELS[b]}</td>
                <td>{open[b]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Chart name="open-by-age" options={options} data={data} height={200} />
    </Figure>
  );
}

/** The fulfillment part of the dashboard. */
export function FulfillmentSection({ report, names }: { report: FulfillmentReport; names: ReadonlyMap<string, string> }) {
  const rows = useMemo(() => namedFulfillment(report.byChannel, names).map((r) => ({ ...r, key: r.channelId ?? '' })), [report, names]);
  // Fastest first, as the report lists them; the unified speed named for people.
  const speeds = useMemo(() => report.byShipSpeed.map((f) => ({ ...f, key: f.shipSpeed, name: SHIP_SPEED_LABELS[f.shipSpeed] })), [report]);
  const o = report.overall;
  return (
    <section aria-labelledby="fulfillment-title" class="card">
      <h2 id="fulfillment-title">Fulfillment</h2>
      <dl class="stats">
        <div>
          <dt>Median time to ship</dt>
          <dd data-stat="median">{hours(o.medianHours)}</dd>
        </div>
        <div>
          <dt>90th percentile</dt>
          <dd data-stat="p90">{hours(o.p90Hours)}</dd>
        </div>
        <div>
          <dt>Shipped after ship-by</dt>
          <dd data-stat="late">{share(o.lateShare)}</dd>
        </div>
        <div>
          <dt>Shipped</dt>
          <dd>
            {o.shipped}
            {o.shippedTimeUnknown ? ` (+${o.shippedTimeUnknown} without a ship time)` : ''}
          </dd>
        </div>
      </dl>
      <div class="grid">
        {rows.length > 0 && <ShipTimeChart rows={rows} by="Channel" chart="ship-time-by-channel" />}
        {speeds.length > 0 && <ShipTimeChart rows={speeds} by="Shipping speed" chart="ship-time-by-speed" />}
        <OpenAgeChart open={o.open} />
      </div>
    </section>
  );
}
