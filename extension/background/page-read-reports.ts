/**
 * Reading reports: each page health a content script sends becomes a
 * `PageRead` report (counts and field names, no personal data) kept in the
 * background's database and sent to the worker in batches when delivery
 * runs, after the orders. Reports are a measure, not a promise: the newest
 * PAGE_READS_KEPT are kept, a batch the worker refuses is dropped, and
 * nothing about them ever holds up or fails the orders. Background only.
 */
import { browser } from 'wxt/browser';
import { type PageRead, pageRead } from '../../shared/schemas/page-reads.js';
import { type KeptPageRead, pageReadsItem } from '../background/stored-state.js';
import type { PageHealth } from '../content/core/page-health.js';
import { type BatchTally, type Credentials, offerBatch, sendPageReads } from './api-client.js';

/** Most reports kept while the worker cannot take them; the oldest go first. */
export const PAGE_READS_KEPT = 2_000;
/** Most reports in one request (the worker's limit). */
export const PAGE_READS_PER_BATCH = 500;
/** The alarm that sends reports when no captured order brings delivery round first. */
export const PAGE_READS_ALARM = 'orderlens-page-reads';
/** How long reports gather before that alarm sends them. */
const GATHER_MINUTES = 5;

const LOCK = 'orderlens-page-reads';

/** The report of one page health, at `at`. */
export function pageReadOf(health: PageHealth, at: string): PageRead {
  return {
    portal: health.portal,
    pageKind: health.pageKind,
    packVersion: health.packVersion,
    at,
    idsSeen: health.idsSeen,
    ...(health.countPrinted !== undefined ? { countPrinted: health.countPrinted } : {}),
    rowsRead: health.rowsRead,
    rowsSkipped: health.rowsSkipped,
    fieldsMissing: { ...health.fieldsMissing },
    strategies: Object.fromEntries(Object.entries(health.strategies).map(([field, counts]) => [field, { ...counts }])),
  };
}

/**
 * Keeps a report to send (the oldest dropped past PAGE_READS_KEPT) and makes
 * sure an alarm will send it. A report the contract would refuse is not kept.
 */
export async function keepPageRead(read: PageRead): Promise<void> {
  const checked = pageRead.safeParse(read);
  if (!checked.success) {
    console.warn('Orderlens: a reading report was not kept', checked.error.issues[0]);
    return;
  }
  await navigator.locks.request(LOCK, async () => {
    const { next, reads } = await pageReadsItem.getValue();
    const kept = [...reads, { n: next, read: checked.data }];
    await pageReadsItem.setValue({ next: next + 1, reads: kept.slice(-PAGE_READS_KEPT) });
  });
  if (!(await browser.alarms.get(PAGE_READS_ALARM))) await browser.alarms.create(PAGE_READS_ALARM, { delayInMinutes: GATHER_MINUTES });
}

/** What one round of sending reports did. */
export interface ReportsSent extends BatchTally {
  /** Reports still kept for a later round. */
  kept: number;
}

/**
 * Sends the kept reports, oldest first, in batches of at most
 * PAGE_READS_PER_BATCH. A batch leaves the store once the worker took it (2xx)
 * or refused it for good (4xx other than 401, 408, 409 and 429: dropped,
 * with a warning); anything else keeps it, and the rest, for the next round.
 * Never throws: reports never fail a delivery.
 */
export async function deliverPageReads(creds: Credentials): Promise<ReportsSent> {
  const outcome: ReportsSent = { sent: 0, dropped: 0, kept: 0 };
  for (;;) {
    const batch: KeptPageRead[] = (await pageReadsItem.getValue()).reads.slice(0, PAGE_READS_PER_BATCH);
    if (batch.length === 0) break;
    const reads = batch.map((k) => k.read);
    const fate = await offerBatch(() => sendPageReads(creds, reads), batch.length, 'reading reports');
    if (fate === 'kept') {
      outcome.kept = (await pageReadsItem.getValue()).reads.length;
      return outcome;
    }
    outcome[fate] += batch.length;
    await forget(batch);
  }
  await browser.alarms.clear(PAGE_READS_ALARM);
  return outcome;
}

/** Removes `batch` from the store; reports kept meanwhile stay. */
async function forget(batch: readonly KeptPageRead[]): Promise<void> {
  const gone = new Set(batch.map((k) => k.n));
  await navigator.locks.request(LOCK, async () => {
    const stored = await pageReadsItem.getValue();
    await pageReadsItem.setValue({ next: stored.next, reads: stored.reads.filter((k) => !gone.has(k.n)) });
  });
}
