/**
 * Sending sightings (sightings.ts) to the worker's reconciliation, so it can
 * tell which orders a portal showed that the book lacks, and whose statuses
 * disagree. Kept in the background's database before a capture is answered,
 * sent when delivery runs (after the orders, and also while the orders
 * cannot go: the book lacking them is then what the reconciliation should
 * say), retried on an alarm. Sightings go to the channel their orders go to
 * (an account's channel, else the first of the kind) and wait, like the
 * orders, while the seller has yet to choose it. Background only.
 */
import { browser } from 'wxt/browser';
import type { PageAccount, PortalId } from '../content/portals/types.js';
import { channelIdsForAccounts } from './account-channels.js';
import { accountId } from './account-rules.js';
import { type BatchTally, type Credentials, offerBatch, sendSightings } from './api-client.js';
import { channelIdsFor } from './channels.js';
import { addSightings, type PageSighting, removeSent, type SightingQueue, takeSightings, type WaitingSighting } from './sightings.js';
import { sightingsItem } from './stored-state.js';

/** The alarm that sends sightings a delivery did not get to (the service worker died, the worker failed). */
export const SIGHTINGS_ALARM = 'orderlens-sightings';
/** How long before that alarm fires, and between its retries. */
const RETRY_MINUTES = 5;

const LOCK = 'orderlens-sightings';

/** Changes the stored queue under its lock. */
export async function updateSightings<T>(change: (queue: SightingQueue) => { queue: SightingQueue; value: T }): Promise<T> {
  return await navigator.locks.request(LOCK, async () => {
    const before = await sightingsItem.getValue();
    const { queue, value } = change(before);
    if (queue !== before) await sightingsItem.setValue(queue);
    return value;
  });
}

/**
 * Keeps what a page showed of its orders, to be sent; returns how many
 * sightings were new. Resolves only once storage has them.
 */
export async function keepSightings(channelKind: PortalId, orders: readonly PageSighting[], seenAt: string, account?: PageAccount): Promise<number> {
  const added = await updateSightings((queue) => {
    const next = addSightings(queue, channelKind, orders, seenAt, account);
    return { queue: next.added > 0 ? next.queue : queue, value: next.added };
  });
  if (added > 0) await ensureSightingsAlarm();
  return added;
}

/** Forgets what was sent (a new worker or token has its own book to fill); waiting sightings stay, as captures do. */
export async function forgetSentSightings(): Promise<void> {
  await updateSightings((queue) => ({ queue: Object.keys(queue.sent).length ? { waiting: queue.waiting, sent: {} } : queue, value: undefined }));
}

/** Makes sure an alarm will send the waiting sightings; clears it when none wait. */
export async function ensureSightingsAlarm(): Promise<void> {
  if ((await sightingsItem.getValue()).waiting.length === 0) {
    await browser.alarms.clear(SIGHTINGS_ALARM);
    return;
  }
  if (!(await browser.alarms.get(SIGHTINGS_ALARM))) await browser.alarms.create(SIGHTINGS_ALARM, { delayInMinutes: RETRY_MINUTES, periodInMinutes: RETRY_MINUTES });
}

/** What one round of sending sightings did. */
export interface SightingsSent extends BatchTally {
  /** Sightings still waiting (their channel unchosen, or the worker failed). */
  waiting: number;
}

/**
 * Sends the waiting sightings whose channel is known, a channel and at most
 * 500 at a time. A request the worker took (2xx) or refused for good (4xx
 * other than 401, 408, 409 and 429: dropped, with a warning) leaves the
 * queue; anything else keeps it for the alarm's retry. Throws only what
 * finding the channels throws.
 */
export async function deliverSightings(creds: Credentials): Promise<SightingsSent> {
  const outcome: SightingsSent = { sent: 0, dropped: 0, waiting: 0 };
  for (;;) {
    // Found again each round (cached, so no request once known): a page may add a portal or account meanwhile.
    const queue = await sightingsItem.getValue();
    const batch = takeSightings(queue, await channelsOf(creds, queue));
    if (!batch) break;
    const fate = await offerBatch(() => sendSightings(creds, batch.channelId, batch.orders), batch.orders.length, 'sightings');
    if (fate === 'kept') break;
    outcome[fate] += batch.orders.length;
    await updateSightings((queue) => ({ queue: removeSent(queue, batch), value: undefined }));
  }
  outcome.waiting = (await sightingsItem.getValue()).waiting.length;
  await ensureSightingsAlarm();
  return outcome;
}

/** Each waiting sighting's channel, found as delivery finds its orders'; undefined holds it. */
async function channelsOf(creds: Credentials, queue: SightingQueue): Promise<(s: WaitingSighting) => string | undefined> {
  const kinds = [...new Set(queue.waiting.filter((s) => !s.account).map((s) => s.channelKind))];
  const byKind = kinds.length ? await channelIdsFor(creds, kinds, { create: true }) : {};
  const accounts = new Map<string, { channelKind: PortalId; account: PageAccount }>();
  for (const s of queue.waiting) if (s.account) accounts.set(accountId(s.channelKind, s.account.key), { channelKind: s.channelKind, account: s.account });
  const byAccount = accounts.size ? await channelIdsForAccounts(creds, [...accounts.values()]) : new Map<string, string>();
  return (s) => (s.account ? byAccount.get(accountId(s.channelKind, s.account.key)) : byKind[s.channelKind]);
}
