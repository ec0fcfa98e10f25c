/**
 * The state that grows with what was captured, kept in the background's
 * database (background/database.ts): the outbox, the rejected list,
 * first-seen times, last known statuses, reading reports and sightings
 * waiting to be sent. Background only.
 */
import { storage } from 'wxt/utils/storage';
import type { PageRead } from '../../shared/schemas/page-reads.js';
import type { OrderStatus } from '../../shared/status.js';
import { type DbItem, defineDbItem } from './database.js';
import { type Outbox, orderKey, type RejectedOrder } from './outbox.js';
import { emptySightings, type SightingQueue } from './sightings.js';

/** Captured orders waiting to be sent to the worker. Background only. */
export const outboxItem = /* @__PURE__ */ defineDbItem<Outbox>('outbox', { waiting: [], batches: [] }, { durable: true });

/** Captured orders the worker can never accept, with the reason; shown in the popup until dismissed, captured again or a week old (retention.ts). Background only. */
export const rejectedItem = /* @__PURE__ */ defineDbItem<RejectedOrder[]>('rejected', [], { durable: true });

/** A status the book last reported for an order, and when we asked. */
export interface KnownStatus {
  status: OrderStatus;
  channelStatus: string | null;
  updatedAt: string;
  /** How many orders the book ships it as, when it was split. */
  splitInto?: number;
  /** True when the book holds no total for the order yet. */
  totalUnknown?: true;
  /** True when no source has named the order's currency yet. */
  currencyUnknown?: true;
  /** ISO time the book was asked. */
  readAt: string;
}

/** Last known statuses by `<kind>:<externalId>`, so an overlay can show something while offline; a week at most (retention.ts). Background only. */
export const knownStatusesItem = /* @__PURE__ */ defineDbItem<Record<string, KnownStatus>>('knownStatuses', {});

/** When a capture from this browser created each order in the book, by `<kind>:<externalId>` (see created-orders.ts). Background only. */
export const createdByCaptureItem = /* @__PURE__ */ defineDbItem<Record<string, string>>('createdByCapture', {});

/**
 * When each order was first seen on a portal page, by `<kind>:<externalId>` (stands in for a missing
 * order date); a week at most (retention.ts). Background only. Not flushed on each write: a waiting order carries its own first-seen
 * time in the outbox, which is.
 */
export const firstSeenItem = /* @__PURE__ */ defineDbItem<Record<string, string>>('firstSeen', {});

/** A reading report waiting to be sent, numbered in the order it was kept. */
export interface KeptPageRead {
  n: number;
  read: PageRead;
}

/** Reading reports waiting to be sent to the worker, oldest first; `next` numbers the next one. Background only. */
export const pageReadsItem = /* @__PURE__ */ defineDbItem<{ next: number; reads: KeptPageRead[] }>('pageReads', { next: 1, reads: [] });

/**
 * Order numbers and portal status words pages showed, waiting to be sent to the reconciliation, with the
 * fingerprints that keep an unchanged sighting from being sent again (sightings.ts). Background only.
 */
export const sightingsItem = /* @__PURE__ */ defineDbItem<SightingQueue>('sightings', emptySightings(), { durable: true });

/** Later entries win over earlier ones of the same key. */
function lastOfEach<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}

/**
 * Moves what earlier versions kept in extension storage into the database,
 * folded into whatever the database already holds (its values being the
 * newer), then drops it from extension storage. Run by the background at
 * start, before anything reads these items; a no-op once done.
 */
export async function moveStateToDatabase(): Promise<void> {
  // Each move takes its item's lock at once (before any message is handled); each merge gives
  // the same result whether the move runs before or after a writer's change.
  await Promise.all([
    moveToDatabase(outboxItem, 'orderlens-outbox', (stored, legacy) => ({
      waiting: lastOfEach([...legacy.waiting, ...stored.waiting], (w) => orderKey(w.channelKind, w.order.externalId)),
      batches: lastOfEach([...legacy.batches, ...stored.batches], (b) => b.id),
    })),
    moveToDatabase(rejectedItem, 'orderlens-rejected', (stored, legacy) => lastOfEach([...legacy, ...stored], (r) => orderKey(r.channelKind, r.externalId))),
    moveToDatabase(firstSeenItem, 'orderlens-first-seen', (stored, legacy) => {
      const seen = { ...legacy };
      for (const [key, at] of Object.entries(stored)) if (!seen[key] || at < seen[key]) seen[key] = at;
      return seen;
    }),
    moveToDatabase(knownStatusesItem, 'orderlens-known-statuses', (stored, legacy) => ({ ...legacy, ...stored })),
  ]);
}

/** Moves one item from `local:<key>` into the database, under the lock its writers take. */
async function moveToDatabase<T>(item: DbItem<T>, lock: string, merge: (stored: T, legacy: T) => T): Promise<void> {
  const legacyKey = `local:${item.key}` as const;
  await navigator.locks.request(lock, async () => {
    const legacy = await storage.getItem<T>(legacyKey);
    if (legacy === null) return;
    await item.setValue(merge(await item.getValue(), legacy));
    await storage.removeItem(legacyKey);
  });
}
