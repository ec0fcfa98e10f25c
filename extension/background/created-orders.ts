/**
 * Which orders a capture from this browser created in the book (the
 * worker's answer says `created` per order), so a portal page can count the
 * orders it brought that the book lacked even when the capture landed before
 * the page asked for statuses. Background only; the most recent
 * CREATED_LIMIT are kept.
 */
import type { CaptureResult } from '../../shared/schemas/order.js';
import type { PortalId } from '../content/portals/types.js';
import { orderKey, type WaitingOrder } from './outbox.js';
import { createdByCaptureItem } from './stored-state.js';

/** Most orders remembered as created. */
export const CREATED_LIMIT = 5_000;

/** Notes the orders of a delivered batch that the worker created; `entries` are in the order sent, as the results are. */
export async function noteCreated(entries: readonly WaitingOrder[], result: CaptureResult): Promise<void> {
  const at = new Date().toISOString();
  const created = result.results.flatMap((r, i) => {
    const entry = entries[i];
    return r.outcome === 'created' && entry && entry.order.externalId.trim() === r.externalId.trim() ? [orderKey(entry.channelKind, r.externalId)] : [];
  });
  if (created.length === 0) return;
  await navigator.locks.request('orderlens-created-by-capture', async () => {
    const kept = { ...(await createdByCaptureItem.getValue()) };
    for (const key of created) kept[key] = at;
    const entriesNow = Object.entries(kept);
    await createdByCaptureItem.setValue(entriesNow.length > CREATED_LIMIT ? Object.fromEntries(entriesNow.sort((a, b) => b[1].localeCompare(a[1])).slice(0, CREATED_LIMIT)) : kept);
  });
}

/** Of `externalIds`, those a capture from this browser created in the book. */
export async function createdAmong(channelKind: PortalId, externalIds: readonly string[]): Promise<string[]> {
  const kept = await createdByCaptureItem.getValue();
  return externalIds.filter((id) => kept[orderKey(channelKind, id)] !== undefined);
}
