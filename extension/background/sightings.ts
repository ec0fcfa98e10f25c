/**
 * Sightings: what a portal's pages showed of each order (its number and the
 * portal's status words, and when), waiting to be sent to the worker's
 * reconciliation, as plain data with pure functions over it (the background
 * persists it; see background/sighting-delivery.ts). No buyer data: a
 * sighting holds an order number, status words and times only.
 *
 * A sighting waits one per (portal, order number), the newest winning. A
 * sighting unchanged since it was last queued within SIGHTING_REPEAT_MS is
 * not queued again, so a page re-read every few seconds posts nothing new.
 */
import type { PageAccount, PortalId } from '../content/portals/types.js';
import { orderKey } from './outbox.js';

/** Most sightings in one request (the worker's limit). */
export const SIGHTINGS_PER_REQUEST = 500;
/** Most sightings kept while the worker cannot take them; the oldest go first. */
export const SIGHTINGS_KEPT = 5_000;
/**
 * How long an unchanged sighting is not sent again: the book keeps the last
 * one, and a sighting an hour old still says what the page shows.
 */
export const SIGHTING_REPEAT_MS = 60 * 60_000;
/** Most fingerprints remembered; the oldest are forgotten first. */
export const FINGERPRINTS_KEPT = 20_000;

/** One order as a portal page showed it, waiting to be sent. */
export interface WaitingSighting {
  channelKind: PortalId;
  /** The seller's account the page belonged to, when the page said; it picks the channel, as for captures. */
  account?: PageAccount | undefined;
  externalId: string;
  channelStatus: string;
  /** When the page was read (ISO). */
  seenAt: string;
}

/** The status last queued for each order and when, by `<kind>:<order id>`. */
export type SightingFingerprints = Record<string, { status: string; at: string }>;

/** Sightings waiting to be sent, and the fingerprints that keep repeats out. */
export interface SightingQueue {
  waiting: WaitingSighting[];
  sent: SightingFingerprints;
}

/** The empty queue. */
export const emptySightings = (): SightingQueue => ({ waiting: [], sent: {} });

/** The order's key, per account when the page said one (two accounts may share an order number space). */
export function sightingKey(s: Pick<WaitingSighting, 'channelKind' | 'externalId' | 'account'>): string {
  return `${s.account ? `${s.account.key}/` : ''}${orderKey(s.channelKind, s.externalId)}`;
}

/** What one page showed: order numbers and the status words read (an order without status words is no sighting). */
export interface PageSighting {
  externalId: string;
  channelStatus?: string | undefined;
}

/**
 * Queues what a page showed at `seenAt`. An order whose status words are
 * the ones queued for it within SIGHTING_REPEAT_MS is left out; a waiting
 * sighting of the same order is replaced. Returns the queue and how many
 * were queued.
 */
export function addSightings(queue: SightingQueue, channelKind: PortalId, orders: readonly PageSighting[], seenAt: string, account?: PageAccount): { queue: SightingQueue; added: number } {
  const now = Date.parse(seenAt);
  const sent = { ...queue.sent };
  const waiting = new Map(queue.waiting.map((w) => [sightingKey(w), w]));
  let added = 0;
  for (const order of orders) {
    const externalId = order.externalId.trim();
    const channelStatus = order.channelStatus?.trim();
    if (!externalId || !channelStatus) continue;
    const sighting: WaitingSighting = { channelKind, ...(account ? { account } : {}), externalId, channelStatus, seenAt };
    const key = sightingKey(sighting);
    const last = sent[key];
    if (last && last.status === channelStatus && now - Date.parse(last.at) < SIGHTING_REPEAT_MS) continue;
    sent[key] = { status: channelStatus, at: seenAt };
    waiting.set(key, sighting);
    added++;
  }
  return { queue: { waiting: [...waiting.values()].slice(-SIGHTINGS_KEPT), sent: boundFingerprints(sent) }, added };
}

function boundFingerprints(sent: SightingFingerprints): SightingFingerprints {
  const entries = Object.entries(sent);
  if (entries.length <= FINGERPRINTS_KEPT) return sent;
  return Object.fromEntries(entries.sort((a, b) => b[1].at.localeCompare(a[1].at)).slice(0, FINGERPRINTS_KEPT));
}

/** One request's worth of sightings for one channel, as the worker takes them. */
export interface SightingsBatch {
  channelId: string;
  keys: string[];
  orders: Array<{ externalId: string; channelStatus: string; seenAt: string }>;
}

/**
 * The next request: up to `max` waiting sightings of the first channel any
 * waiting sighting resolves to. Sightings whose channel is unknown (the
 * seller has yet to choose it) stay waiting. Undefined when none can go.
 */
export function takeSightings(queue: SightingQueue, channelFor: (s: WaitingSighting) => string | undefined, max = SIGHTINGS_PER_REQUEST): SightingsBatch | undefined {
  let batch: SightingsBatch | undefined;
  for (const sighting of queue.waiting) {
    const channelId = channelFor(sighting);
    if (!channelId) continue;
    batch ??= { channelId, keys: [], orders: [] };
    if (channelId !== batch.channelId) continue;
    batch.keys.push(sightingKey(sighting));
    batch.orders.push({ externalId: sighting.externalId, channelStatus: sighting.channelStatus, seenAt: sighting.seenAt });
    if (batch.orders.length >= max) break;
  }
  return batch;
}

/** The queue without the sent sightings; one replaced by a newer sighting meanwhile stays. */
export function removeSent(queue: SightingQueue, batch: SightingsBatch): SightingQueue {
  const sent = new Map(batch.keys.map((key, i) => [key, batch.orders[i]!.seenAt]));
  return { waiting: queue.waiting.filter((w) => sent.get(sightingKey(w)) !== w.seenAt), sent: queue.sent };
}

/**
 * The queue without sightings older than `keepMs` before `now`, nor
 * fingerprints past SIGHTING_REPEAT_MS (they no longer keep anything out):
 * the retention sweep.
 */
export function sightingsToKeep(queue: SightingQueue, keepMs: number, now: number): SightingQueue {
  const within = (at: string, ms: number) => Date.parse(at) > now - ms;
  return {
    waiting: queue.waiting.filter((w) => within(w.seenAt, keepMs)),
    sent: Object.fromEntries(Object.entries(queue.sent).filter(([, f]) => within(f.at, SIGHTING_REPEAT_MS))),
  };
}
