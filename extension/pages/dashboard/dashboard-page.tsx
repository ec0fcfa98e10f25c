/**
 * The dashboard: date range and channel filters, sales and fulfillment
 * charts from the worker's reports, reading health from the extension's
 * page-read reports, the "Send to marketplaces" panel and the file import panel. A newer load
 * cancels an older one, so the charts always match the filters shown.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Channel } from '../../../shared/schemas/account.js';
import type { PageReadSummary } from '../../../shared/schemas/page-reads.js';
import type { FulfillmentReport, SalesReport } from '../../../shared/schemas/reports.js';
import { ApiProblem, type Credentials, fetchChannels, fetchFulfillment, fetchPageReadSummary, fetchSales, type ReportFilter } from '../../background/api-client.js';
import { readCredentials } from '../../background/credentials.js';
import { extensionUrl } from '../../messaging/extension-pages.js';
import { FulfillmentSection } from './fulfillment-section.js';
import { ImportPanel } from './import-panel.js';
import { ReadingSection } from './reading-section.js';
import { readingRange } from './reading-series.js';
import { SalesSection } from './sales-section.js';
import { SendPanel } from './send-panel.js';
import { isoDay, timeGroupFor } from './series.js';

interface Reports {
  filter: ReportFilter;
  step: 'day' | 'week';
  overTime: SalesReport;
  byChannel: SalesReport;
  fulfillment: FulfillmentReport;
  /** The summary, or why the worker could not give it (the other reports still show). */
  reading: PageReadSummary | ApiProblem;
  readingCut: boolean;
}

const today = new Date();
const creds = signal<Credentials | null | undefined>(undefined);
const channels = signal<Channel[]>([]);
const from = signal(isoDay(new Date(today.getTime() - 29 * 86_400_000)));
const to = signal(isoDay(today));
const channelFilter = signal('');
const reports = signal<Reports | null>(null);
const loading = signal(false);
const problem = signal<string | null>(null);
let current: AbortController | undefined;

async function load(): Promise<void> {
  const c = creds.value;
  if (!c) return;
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const filter: ReportFilter = { from: from.value, to: to.value, ...(channelFilter.value ? { channelId: channelFilter.value } : {}) };
  const step = timeGroupFor(filter.from, filter.to);
  const reading = readingRange(filter.from, filter.to);
  loading.value = true;
  problem.value = null;
  try {
    const [list, overTime, byChannel, fulfillment, summary] = await Promise.all([
      fetchChannels(c, controller.signal),
      fetchSales(c, filter, step, 10, controller.signal),
      // The top SKUs come with the first report; this one skips that pass.
      fetchSales(c, filter, 'channel', 0, controller.signal),
      fetchFulfillment(c, filter, controller.signal),
      // Portals are read whatever the channel filter says; a worker without reading reports still shows the rest.
      fetchPageReadSummary(c, { from: reading.from, to: reading.to }, controller.signal).catch((error: unknown) => {
        if (error instanceof ApiProblem) return error;
        throw error;
      }),
    ]);
    if (controller.signal.aborted) return;
    channels.value = list;
    reports.value = { filter, step, overTime, byChannel, fulfillment, reading: summary, readingCut: reading.cut };
  } catch (error) {
    if (!controller.signal.aborted) problem.value = error instanceof Error ? error.message : String(error);
  } finally {
    if (current === controller) loading.value = false;
  }
}

function applyFilters(event: Event): void {
  event.preventDefault();
  if (from.value > to.value) {
    problem.value = 'The first day must not be after the last day.';
    return;
  }
  void load();
}

function Filters() {
  return (
    <form class="filters row" onSubmit={applyFilters} aria-label="Report filters">
      <div>
        <label for="from">From</label>
        <input id="from" type="date" value={from.value} max={to.value} onInput={(e) => (from.value = (e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div>
        <label for="to">To</label>
        <input id="to" type="date" value={to.value} min={from.value} onInput={(e) => (to.value = (e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div>
        <label for="channel">Channel</label>
        <select id="channel" value={channelFilter.value} onChange={(e) => (channelFilter.value = (e.currentTarget as HTMLSelectElement).value)}>
          <option value="">All channels</option>
          {channels.value.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary" disabled={loading.value}>
        Show
      </button>
      <span class="muted" role="status" aria-live="polite">
        {loading.value ? 'Loading…' : ''}
      </span>
    </form>
  );
}

/** The whole dashboard page. */
export function DashboardPage() {
  useEffect(() => {
    void readCredentials().then((c) => {
      creds.value = c ?? null;
      if (c) void load();
    });
    return () => current?.abort();
  }, []);

  if (creds.value === undefined)
    return (
      <main class="dashboard">
        <p class="muted">Loading…</p>
      </main>
    );
  if (creds.value === null) {
    return (
      <main class="dashboard">
        <h1>Orderlens dashboard</h1>
        <p>
          Connect Orderlens to your worker first, in <a href={extensionUrl('/options.html')}>the options</a>.
        </p>
      </main>
    );
  }
  const r = reports.value;
  const names = new Map(channels.value.map((c) => [c.id, c.name]));
  return (
    <main class="dashboard" aria-busy={loading.value}>
      <header>
        <h1>Orderlens dashboard</h1>
        <Filters />
      </header>
      {problem.value && (
        <p class="bad" role="alert">
          {problem.value}
        </p>
      )}
      {r && (
        <>
          <SalesSection overTime={r.overTime} byChannel={r.byChannel} fromDay={r.filter.from} toDay={r.filter.to} step={r.step} names={names} />
          <FulfillmentSection report={r.fulfillment} names={names} />
          <ReadingSection summary={r.reading} cut={r.readingCut} />
        </>
      )}
      <SendPanel creds={creds.value} />
      <ImportPanel creds={creds.value} channels={channels.value} onImported={() => void load()} />
    </main>
  );
}
