/**
 * The statuses of a portal page's orders: one request to the worker's batch
 * status read (500 ids per request), remembered so an overlay still has
 * something to show while the worker is unreachable. Orders still waiting
 * in the outbox are named so the overlay can show them as "queued".
 * Background only.
 */

import { type KnownStatus, knownStatusesItem, outboxItem } from '../background/stored-state.js';
import type { PortalId } from '../content/portals/types.js';
import type { StatusesAnswer } from '../messaging/messages.js';
import { channelIdToRead } from './account-channels.js';
import { ApiProblem, fetchStatuses } from './api-client.js';
import { channelIdsFor } from './channels.js';
import { createdAmong } from './created-orders.js';
import { readCredentials } from './credentials.js';
import { orderKey, waitingKeys } from './outbox.js';

/** Most statuses remembered; the least recently read are forgotten first. */
export const KNOWN_STATUSES_LIMIT = 5_000;
/** Most order numbers one page may ask about. */
export const MAX_IDS_PER_READ = 2_000;
const PER_REQUEST = 500;

/**
 * Reads the book's statuses for a page's orders; falls back to the last
 * known ones. A page that says its account is read from that account's
 * channel (while the seller has yet to choose it, the book is not asked,
 * rather than a guessed channel); one that does not, from the first channel
 * of the kind.
 */
export async function readStatuses(channelKind: PortalId, externalIds: readonly string[], accountKey?: string): Promise<StatusesAnswer> {
  const ids = [...new Set(externalIds.map((id) => id.trim()).filter(Boolean))].slice(0, MAX_IDS_PER_READ);
  const waiting = waitingKeys(await outboxItem.getValue());
  const queued = ids.filter((id) => waiting.has(orderKey(channelKind, id)));
  const createdIds = await createdAmong(channelKind, ids);
  const created = createdIds.length > 0 ? { created: createdIds } : {};
  const creds = await readCredentials();
  if (!creds || ids.length === 0) return { statuses: await remembered(channelKind, ids), queued, ...created, fresh: Boolean(creds) };
  try {
    const channelId = accountKey === undefined ? (await channelIdsFor(creds, [channelKind], { create: false }))[channelKind] : await channelIdToRead(creds, channelKind, accountKey);
    const statuses: StatusesAnswer['statuses'] = {};
    if (channelId) {
      for (let i = 0; i < ids.length; i += PER_REQUEST) {
        const found = await fetchStatuses(creds, channelId, ids.slice(i, i + PER_REQUEST));
        for (const [id, s] of Object.entries(found)) statuses[id] = { ...chipFields(s), shipments: s.shipments };
      }
    }
    await remember(channelKind, ids, statuses);
    return { statuses, queued, ...created, fresh: true };
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    return { statuses: await remembered(channelKind, ids), queued, ...created, fresh: false };
  }
}

/** The fields a chip shows, by name (flags only when set): what is answered, and all the cache keeps of an order. */
function chipFields(s: Omit<KnownStatus, 'readAt'>): Omit<KnownStatus, 'readAt'> {
  return {
    status: s.status,
    channelStatus: s.channelStatus,
    updatedAt: s.updatedAt,
    ...(s.splitInto ? { splitInto: s.splitInto } : {}),
    ...(s.totalUnknown ? { totalUnknown: true as const } : {}),
    ...(s.currencyUnknown ? { currencyUnknown: true as const } : {}),
  };
}

async function remembered(channelKind: PortalId, ids: readonly string[]): Promise<StatusesAnswer['statuses']> {
  const known = await knownStatusesItem.getValue();
  const out: StatusesAnswer['statuses'] = {};
  for (const id of ids) {
    const hit = known[orderKey(channelKind, id)];
    if (hit) out[id] = chipFields(hit);
  }
  return out;
}

async function remember(channelKind: PortalId, ids: readonly string[], statuses: StatusesAnswer['statuses']): Promise<void> {
  const readAt = new Date().toISOString();
  await navigator.locks.request('orderlens-known-statuses', async () => {
    const known: Record<string, KnownStatus> = { ...(await knownStatusesItem.getValue()) };
    for (const id of ids) {
      const s = statuses[id];
      if (s) known[orderKey(channelKind, id)] = { ...chipFields(s), readAt };
      else delete known[orderKey(channelKind, id)];
    }
    const entries = Object.entries(known);
    await knownStatusesItem.setValue(entries.length > KNOWN_STATUSES_LIMIT ? Object.fromEntries(entries.sort((a, b) => b[1].readAt.localeCompare(a[1].readAt)).slice(0, KNOWN_STATUSES_LIMIT)) : known);
  });
}
