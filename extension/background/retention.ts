/**
 * How long the extension keeps what it keeps, and the sweep that forgets
 * what outlived its limit: on every start of the background and hourly on an
 * alarm (a service worker may stop at any moment; an alarm wakes it again).
 * Background only.
 *
 * Everything the extension stores, and for how long (a week at most unless a
 * reason is written; "buyer data" = names, emails, phones, addresses):
 *
 * | where | what | buyer data | kept |
 * | --- | --- | --- | --- |
 * | db `outbox` | captured orders waiting, frozen batches with their Idempotency-Key | yes | until the worker takes them (2xx), then removed at once. Longer than a week while the worker is unreachable, the token refused or the account's channel unchosen: a captured order is a promise that it reaches the book |
 * | db `rejected` | orders the worker can never accept: id, reason, issues, the capture | yes | REJECTED_KEEP_MS (7 days) from rejection, or until dismissed in the popup or captured again |
 * | db `knownStatuses` | status, portal status words, update and read times, by `<kind>:<order id>` | no | KNOWN_STATUS_KEEP_MS (7 days) from the last read; at most 5,000 |
 * | db `firstSeen` | first-seen time by `<kind>:<order id>` | no | FIRST_SEEN_KEEP_MS (7 days); at most 20,000 |
 * | db `createdByCapture` | when a capture from this browser created `<kind>:<order id>` in the book | no | CREATED_KEEP_MS (7 days); at most 5,000 |
 * | db `pageReads` | reading reports waiting to be sent: counts and field names | no | until sent, at most PAGE_READS_KEEP_MS (7 days); at most 2,000 |
 * | db `sightings` | order ids and portal status words pages showed, waiting to be sent, and the status last queued per order (a fingerprint that keeps repeats out) | no | waiting: until sent, at most SIGHTINGS_KEEP_MS (7 days), at most 5,000; fingerprints: SIGHTING_REPEAT_MS (1 hour), at most 20,000 |
 * | db `apiToken` | the seller's token | no | until changed: a setting |
 * | local `workerUrl`, `portals` | settings | no | until changed |
 * | local `outboxSummary`, `delivery` | counts; delivery state and its last problem in words | no | overwritten on every change |
 * | local `channels`, `accountChannels`, `accountChoices` | the seller's channel ids; the seller's own portal accounts and the channel each files under | no | channel ids until the credentials change; accounts until the seller forgets them in Options: the seller's own settings, not buyers' |
 * | local `readingHealth` | the last reading of each portal: counts and field names | no | one line per portal, overwritten |
 * | local `shopifyStore`, `servedPacks`, `packChecks` | the seller's store handle; portal packs and how fetching them went | no | overwritten by the next |
 * | session `confirmFills` | a parcel (carrier, service, tracking, shipped lines) to fill on a portal's confirm-shipment page, by `<kind>:<order id>` | no | CONFIRM_FILL_KEEP_MS (1 minute), taken by the page it was for; gone when the browser closes |
 * | managed storage | the organisation's worker URL and token | no | the organisation's policy; read only |
 * | memory only | a page's sent fingerprints (content/core/sent-memory.ts), badge and reading marks, the managed config read, each worker's newest consistency bookmark (background/api-client.ts) | the fingerprints, yes | gone with the page or the service worker |
 *
 * Nothing else is kept in `storage.session`, and nothing in `storage.sync`, `localStorage` or `sessionStorage`.
 */
import { browser } from 'wxt/browser';
import type { DbItem } from './database.js';
import type { RejectedOrder } from './outbox.js';
import { keepRejected } from './outbox-store.js';
import { updateSightings } from './sighting-delivery.js';
import { sightingsToKeep } from './sightings.js';
import { createdByCaptureItem, firstSeenItem, type KeptPageRead, type KnownStatus, knownStatusesItem, pageReadsItem } from './stored-state.js';

const DAY_MS = 24 * 60 * 60_000;

/**
 * A rejected order keeps its capture for a week: long enough for a seller who
 * opens the popup now and then to see it and fix the page or the channel at
 * fault; a capture of it after that queues it again anyway.
 */
export const REJECTED_KEEP_MS = 7 * DAY_MS;
/** A last known status older than a week says little about the order now. */
export const KNOWN_STATUS_KEEP_MS = 7 * DAY_MS;
/**
 * A first-seen time only stands in for the order date of an order the book
 * has not got yet; a waiting order carries its own, and the book keeps the
 * date it was first given.
 */
export const FIRST_SEEN_KEEP_MS = 7 * DAY_MS;
/** "New to your book" counts orders a page brought; a week later the page has long been counted. */
export const CREATED_KEEP_MS = 7 * DAY_MS;
/** Reading reports are a measure: a week-old one that still could not be sent is dropped. */
export const PAGE_READS_KEEP_MS = 7 * DAY_MS;

/** A sighting a week old that still could not be sent no longer says what the page shows. */
export const SIGHTINGS_KEEP_MS = 7 * DAY_MS;

/** The alarm that runs the sweep. */
export const RETENTION_ALARM = 'orderlens-retention';
/** How often the sweep runs (Chrome fires alarms no more often than every 30 s). */
export const SWEEP_PERIOD_MINUTES = 60;

/** How many entries one sweep forgot, per store. */
export interface Swept {
  rejected: number;
  knownStatuses: number;
  firstSeen: number;
  createdByCapture: number;
  pageReads: number;
  sightings: number;
}

/** Whether an ISO time lies more than `keepMs` before `now` (an unreadable time counts as expired). */
function expired(at: string, keepMs: number, now: number): boolean {
  const time = Date.parse(at);
  return !(time > now - keepMs);
}

/** The rejected orders still within their limit. */
export function rejectedToKeep(rejected: readonly RejectedOrder[], now: number): RejectedOrder[] {
  return rejected.filter((r) => !expired(r.rejectedAt, REJECTED_KEEP_MS, now));
}

/** The known statuses still within their limit. */
export function statusesToKeep(known: Readonly<Record<string, KnownStatus>>, now: number): Record<string, KnownStatus> {
  return Object.fromEntries(Object.entries(known).filter(([, s]) => !expired(s.readAt, KNOWN_STATUS_KEEP_MS, now)));
}

/** The first-seen times still within their limit. */
export function firstSeenToKeep(seen: Readonly<Record<string, string>>, now: number): Record<string, string> {
  return Object.fromEntries(Object.entries(seen).filter(([, at]) => !expired(at, FIRST_SEEN_KEEP_MS, now)));
}

/** The created-by-capture marks still within their limit. */
export function createdToKeep(created: Readonly<Record<string, string>>, now: number): Record<string, string> {
  return Object.fromEntries(Object.entries(created).filter(([, at]) => !expired(at, CREATED_KEEP_MS, now)));
}

/** The reading reports still within their limit. */
export function pageReadsToKeep(reads: readonly KeptPageRead[], now: number): KeptPageRead[] {
  return reads.filter((k) => !expired(k.read.at, PAGE_READS_KEEP_MS, now));
}

/**
 * Forgets whatever outlived its limit, each store under the lock its writers
 * take, writing only the stores that change.
 */
export async function sweepExpired(now = new Date()): Promise<Swept> {
  const at = now.getTime();
  const [rejected, knownStatuses, firstSeen, createdByCapture, pageReads, sightings] = await Promise.all([
    keepRejected((rejected) => rejectedToKeep(rejected, at)),
    sweepKeyed('orderlens-known-statuses', knownStatusesItem, (stored) => statusesToKeep(stored, at)),
    sweepKeyed('orderlens-first-seen', firstSeenItem, (stored) => firstSeenToKeep(stored, at)),
    sweepKeyed('orderlens-created-by-capture', createdByCaptureItem, (stored) => createdToKeep(stored, at)),
    navigator.locks.request('orderlens-page-reads', async () => {
      const stored = await pageReadsItem.getValue();
      const kept = pageReadsToKeep(stored.reads, at);
      const gone = stored.reads.length - kept.length;
      if (gone > 0) await pageReadsItem.setValue({ next: stored.next, reads: kept });
      return gone;
    }),
    updateSightings((queue) => {
      const kept = sightingsToKeep(queue, SIGHTINGS_KEEP_MS, at);
      const gone = queue.waiting.length - kept.waiting.length;
      const changed = gone > 0 || Object.keys(kept.sent).length !== Object.keys(queue.sent).length;
      return { queue: changed ? kept : queue, value: gone };
    }),
  ]);
  return { rejected, knownStatuses, firstSeen, createdByCapture, pageReads, sightings };
}

/** Sweeps one store keyed by order under its writers' lock, writing it only when something went; how many went. */
async function sweepKeyed<T>(lock: string, item: DbItem<Record<string, T>>, toKeep: (stored: Readonly<Record<string, T>>) => Record<string, T>): Promise<number> {
  return navigator.locks.request(lock, async () => {
    const stored = await item.getValue();
    const kept = toKeep(stored);
    const gone = Object.keys(stored).length - Object.keys(kept).length;
    if (gone > 0) await item.setValue(kept);
    return gone;
  });
}

/** Makes sure the sweep's alarm exists (alarms may not survive a browser restart or an update). */
export async function ensureRetentionAlarm(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM))) {
    await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: SWEEP_PERIOD_MINUTES, periodInMinutes: SWEEP_PERIOD_MINUTES });
  }
}
