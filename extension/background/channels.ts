/**
 * Which of the seller's channels a portal's orders belong to, for pages that
 * do not say which account they are (those that do: account-channels.ts).
 * The seller's first channel of that kind is used (cached per worker and
 * token); when there is none, delivery creates "<Portal> (from extension)".
 * Background only.
 */
import type { PortalId } from '../content/portals/types.js';
import { PORTAL_NAMES } from '../messaging/portal-links.js';
import { channelCacheItem } from '../messaging/storage.js';
import { type Credentials, createChannel, fetchChannels } from './api-client.js';
import { credentialsDigest } from './credentials.js';

/**
 * Channel ids for the given kinds. With `create`, a kind the seller has no
 * channel for gets one; without, it is left out (a status read never creates).
 */
export async function channelIdsFor(creds: Credentials, kinds: readonly PortalId[], opts: { create: boolean }): Promise<Partial<Record<PortalId, string>>> {
  const credentials = await credentialsDigest(creds);
  const cached = await channelCacheItem.getValue();
  if (cached?.credentials === credentials && kinds.every((k) => cached.byKind[k])) return pick(cached.byKind, kinds);
  // One reader at a time, so two deliveries never both create the same channel.
  return await navigator.locks.request('orderlens-channels', async () => {
    const again = await channelCacheItem.getValue();
    const byKind = again?.credentials === credentials ? { ...again.byKind } : {};
    if (kinds.some((k) => !byKind[k])) {
      for (const channel of await fetchChannels(creds)) {
        const kind = channel.kind as PortalId;
        if (kind in PORTAL_NAMES && !byKind[kind]) byKind[kind] = channel.id;
      }
      if (opts.create) {
        for (const kind of kinds) {
          if (!byKind[kind]) byKind[kind] = (await createChannel(creds, kind, `${PORTAL_NAMES[kind].short} (from extension)`)).id;
        }
      }
      await channelCacheItem.setValue({ credentials, byKind });
    }
    return pick(byKind, kinds);
  });
}

/** Forgets the cached channels (e.g. the worker says one no longer exists). */
export async function forgetChannels(): Promise<void> {
  await channelCacheItem.setValue(null);
}

function pick(byKind: Partial<Record<PortalId, string>>, kinds: readonly PortalId[]): Partial<Record<PortalId, string>> {
  return Object.fromEntries(kinds.flatMap((k) => (byKind[k] ? [[k, byKind[k]]] : [])));
}
