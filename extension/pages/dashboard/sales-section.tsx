/**
 * Sales on the dashboard: revenue over time, one chart per currency (sums
 * across currencies would mean nothing); orders by channel; top SKUs. Every
 * chart has its figures as a table too. Totals show refunds made in the
 * range and the net once there are any.
 */
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { formatMoney } from '../../../shared/money.js';
import type { SalesReport } from '../../../shared/schemas/reports.js';
import { ColumnHeads } from '../column-heads.js';
import { axis, bars, Chart, Figure, fromZero, palette } from './chart.js';
import { type ChannelSales, type CurrencySeries, plural, salesByChannel, seriesByCurrency } from './series.js';

const money = (amount: number, currency: string) => formatMoney({ amount, currency });
const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

function RevenueChart({ series, step }: { series: CurrencySeries; step: 'day' | 'week' }) {
  const options = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const p = palette();
    return {
      scales: { x: { time: true } },
      axes: [axis(), axis({ size: 64 })],
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      series: [{}, { label: `Revenue (${series.currency})`, stroke: p.series[0], width: 2, fill: `${p.series[0]}22`, points: { show: series.x.length <= 40 } }],
    };
  }, [series.currency, series.x.length]);
  const data = useMemo((): uPlot.AlignedData => [series.x, series.revenue], [series]);
  const total = series.revenue.reduce((a, b) => a + b, 0);
  return (
    <Figure
      caption={`${series.currency} revenue per ${step}: ${plural(
        series.orders.reduce((a, b) => a + b, 0),
        'order',
      )}`}
      table={
        <table>
          <ColumnHeads titles={[step === 'week' ? 'Week of' : 'Day', 'Orders', 'Units', 'Revenue']} />
          <tbody>
            {series.x.map((t, i) =>
              series.orders[i] ? (
                <tr key={t}>
                  <td>{day(t)}</td>
                  <td>{series.orders[i]}</td>
                  <td>{series.units[i]}</td>
                  <td>
                    {series.revenue[i]!.toFixed(2)} {series.currency}
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td />
              <td>
                {total.toFixed(2)} {series.currency}
              </td>
            </tr>
          </tfoot>
        </table>
      }
    >
      <Chart name={`revenue-${series.currency}`} options={options} data={data} />
    </Figure>
  );
}

function ChannelChart({ rows }: { rows: ChannelSales[] }) {
  const options = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => {
    const p = palette();
    return {
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: fromZero },
      axes: [axis({ splits: () => rows.map((_, i) => i), values: (_u, splits) => splits.map((i) => rows[i]?.name ?? ''), grid: { show: false } }), axis()],
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      series: [{}, { label: 'Orders', stroke: p.series[0], fill: p.series[0], paths: bars(), points: { show: false } }],
    };
  }, [rows]);
  const data = useMemo((): uPlot.AlignedData => [rows.map((_, i) => i), rows.map((r) => r.orders)], [rows]);
  return (
    <Figure
      caption="Orders by channel"
      table={
        <table>
          <ColumnHeads titles={['Channel', 'Orders', 'Units', 'Revenue']} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.channelId}>
                <td>{r.name}</td>
                <td>{r.orders}</td>
                <td>{r.units}</td>
                <td>{r.revenue.map((m) => money(m.amount, m.currency)).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Chart name="orders-by-channel" options={options} data={data} height={200} />
    </Figure>
  );
}

/** The sales part of the dashboard. */
export function SalesSection({
  overTime,
  byChannel,
  fromDay,
  toDay,
  step,
  names,
}: {
  overTime: SalesReport;
  byChannel: SalesReport;
  fromDay: string;
  toDay: string;
  step: 'day' | 'week';
  names: ReadonlyMap<string, string>;
}) {
  const series = useMemo(() => seriesByCurrency(overTime.groups, fromDay, toDay, step), [overTime, fromDay, toDay, step]);
  const channels = useMemo(() => salesByChannel(byChannel.groups, names), [byChannel, names]);
  return (
    <section aria-labelledby="sales-title" class="card">
      <h2 id="sales-title">Sales</h2>
      {overTime.totals.length === 0 ? (
        <p class="muted">No orders were placed in these dates.</p>
      ) : (
        <>
          <ul class="totals">
            {overTime.totals.map((t) => (
              <li key={t.currency}>
                <strong>{money(t.revenue, t.currency)}</strong>{' '}
                <span class="muted">
                  {plural(t.orders, 'order')} · {plural(t.units, 'unit')}
                </span>
                {t.unpricedOrders ? (
                  <span class="muted" data-field="unpriced">
                    {' · '}
                    {plural(t.unpricedOrders, 'order')} of unknown total left out
                  </span>
                ) : null}
                {t.refunded ? (
                  <span class="net">
                    {' · '}
                    {money(t.refunded, t.currency)} refunded · <strong>{money(t.net ?? t.revenue - t.refunded, t.currency)}</strong> net
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <div class="grid">
            {series.map((s) => (
              <RevenueChart key={s.currency} series={s} step={step} />
            ))}
            <ChannelChart rows={channels} />
          </div>
          <h3>Top SKUs</h3>
          <table class="top-skus">
            <ColumnHeads titles={['SKU', 'Units', 'Orders', 'Line sales']} />
            <tbody>
              {overTime.topSkus.map((s) => (
                <tr key={`${s.key} ${s.currency}`}>
                  <td>{s.key}</td>
                  <td>{s.units}</td>
                  <td>{s.orders}</td>
                  <td>{money(s.revenue, s.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
