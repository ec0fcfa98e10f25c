/**
 * The outbox and the rejected list as stored: every change is a
 * read-modify-write under a Web Lock, so a capture arriving while a batch is
 * being delivered can never overwrite it (or be overwritten), and ends by
 * noting the new counts in the small summary pages watch. Background only.
 */

import { firstSeenItem, outboxItem, rejectedItem } from '../background/stored-state.js';
import type { CapturedOrder, PageAccount, PortalId } from '../content/portals/types.js';
import { type OutboxSummary, outboxSummaryItem } from '../messaging/storage.js';
import { addCaptures, type Outbox, orderKey, type RejectedOrder, waitingCount } from './outbox.js';

/** Most first-seen times remembered; the oldest are forgotten first. */
const FIRST_SEEN_LIMIT = 20_000;

/** Changes the stored outbox; `change` returns the new outbox and a value to hand back. */
export async function updateOutbox<T>(change: (outbox: Outbox) => { outbox: Outbox; value: T }): Promise<T> {
  return await navigator.locks.request('orderlens-outbox', async () => {
    const { outbox, value } = change(await outboxItem.getValue());
    await outboxItem.setValue(outbox);
    await noteSummary({ waiting: waitingCount(outbox) });
    return value;
  });
}

/** Notes changed counts in the summary (only when they changed: each write reaches every watcher). */
async function noteSummary(change: Partial<OutboxSummary>): Promise<void> {
  await navigator.locks.request('orderlens-outbox-summary', async () => {
    const summary = await outboxSummaryItem.getValue();
    const next = { ...summary, ...change };
    if (next.waiting !== summary.waiting || next.rejected !== summary.rejected) await outboxSummaryItem.setValue(next);
  });
}

/**
 * Notes the counts the stored outbox and rejected list hold now, and returns
 * them: at start, after what an earlier version kept has been moved in
 * without passing through updateOutbox.
 */
export async function noteCounts(): Promise<OutboxSummary> {
  const [outbox, rejected] = await Promise.all([outboxItem.getValue(), rejectedItem.getValue()]);
  const counts = { waiting: waitingCount(outbox), rejected: rejected.length };
  await noteSummary(counts);
  return counts;
}

/** Sets the rejected list and notes its length. */
async function setRejected(rejected: RejectedOrder[]): Promise<void> {
  await rejectedItem.setValue(rejected);
  await noteSummary({ rejected: rejected.length });
}

/** Adds orders to the rejected list (replacing older rejections of the same orders). */
export async function addRejected(rejected: readonly RejectedOrder[]): Promise<void> {
  if (rejected.length === 0) return;
  await navigator.locks.request('orderlens-rejected', async () => {
    const keys = new Set(rejected.map((r) => orderKey(r.channelKind, r.externalId)));
    const kept = (await rejectedItem.getValue()).filter((r) => !keys.has(orderKey(r.channelKind, r.externalId)));
    await setRejected([...kept, ...rejected]);
  });
}

/** Removes orders from the rejected list: those with the given keys, or all. */
export async function removeRejected(keys?: readonly string[]): Promise<void> {
  await navigator.locks.request('orderlens-rejected', async () => {
    if (!keys) return setRejected([]);
    const drop = new Set(keys);
    const rejected = await rejectedItem.getValue();
    const kept = rejected.filter((r) => !drop.has(orderKey(r.channelKind, r.externalId)));
    if (kept.length !== rejected.length) await setRejected(kept);
  });
}

/** Keeps only the rejected orders `keep` returns (the retention sweep); returns how many went. */
export async function keepRejected(keep: (rejected: RejectedOrder[]) => RejectedOrder[]): Promise<number> {
  return await navigator.locks.request('orderlens-rejected', async () => {
    const rejected = await rejectedItem.getValue();
    const kept = keep(rejected);
    if (kept.length !== rejected.length) await setRejected(kept);
    return rejected.length - kept.length;
  });
}

/**
 * Persists captured orders in the outbox and returns how many now wait.
 * Resolves only after storage has them: the caller may acknowledge then.
 */
export async function persistCaptures(channelKind: PortalId, orders: readonly CapturedOrder[], capturedAt: string, account?: PageAccount): Promise<number> {
  const firstSeen = await firstSeenItem.getValue();
  const waiting = await updateOutbox((outbox) => {
    const next = addCaptures(outbox, channelKind, orders, capturedAt, firstSeen, account);
    return { outbox: next, value: waitingCount(next) };
  });
  await rememberFirstSeen(
    orders.map((o) => orderKey(channelKind, o.externalId)),
    capturedAt,
  );
  await removeRejected(orders.map((o) => orderKey(channelKind, o.externalId)));
  return waiting;
}

async function rememberFirstSeen(keys: readonly string[], at: string): Promise<void> {
  await navigator.locks.request('orderlens-first-seen', async () => {
    const seen = { ...(await firstSeenItem.getValue()) };
    let added = false;
    for (const key of keys) {
      if (seen[key]) continue;
      seen[key] = at;
      added = true;
    }
    if (!added) return;
    const entries = Object.entries(seen);
    const bounded = entries.length > FIRST_SEEN_LIMIT ? Object.fromEntries(entries.sort((a, b) => b[1].localeCompare(a[1])).slice(0, FIRST_SEEN_LIMIT)) : seen;
    await firstSeenItem.setValue(bounded);
  });
}
