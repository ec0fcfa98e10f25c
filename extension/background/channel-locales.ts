/**
 * The currency and time zone of the channel a portal page's orders go to,
 * as the seller set them on the channel (Options), for the page's adapter
 * to read bare "$" amounts and zoneless times with. Kept a few minutes per
 * token and channel so a page load costs no request; unknown (null) when
 * the seller is not connected, the channel is not known for sure, or none is set.
 * Background only.
 */
import type { ChannelLocale } from '../../shared/channel-locale.js';
import type { PortalId } from '../content/portals/types.js';
import { channelIdToRead } from './account-channels.js';
import { ApiProblem, type Credentials, fetchChannels } from './api-client.js';
import { channelIdsFor } from './channels.js';
import { credentialsDigest, readCredentials } from './credentials.js';

/** How long a channel list read is trusted: a setting changed in Options shows on pages within it. */
export const LOCALE_KEPT_MS = 5 * 60_000;

const kept = new Map<string, { at: number; locales: Map<string, ChannelLocale> }>();

async function localesOf(creds: Credentials, now: number): Promise<Map<string, ChannelLocale>> {
  const digest = await credentialsDigest(creds);
  const known = kept.get(digest);
  if (known && now - known.at < LOCALE_KEPT_MS) return known.locales;
  const locales = new Map((await fetchChannels(creds)).map((c) => [c.id, { currency: c.currency, timeZone: c.timeZone }]));
  kept.set(digest, { at: now, locales });
  return locales;
}

/** Forgets the kept settings (the seller just changed one in Options). */
export function forgetChannelLocales(): void {
  kept.clear();
}

/**
 * The currency and zone set on the channel of a page of `channelKind` (of
 * the account `accountKey` when the page says it), or null when none is
 * known. Never makes a channel; a worker that cannot be reached gives null.
 */
export async function channelLocaleFor(channelKind: PortalId, accountKey: string | undefined, now = Date.now()): Promise<ChannelLocale | null> {
  const creds = await readCredentials();
  if (!creds) return null;
  try {
    const channelId = accountKey === undefined ? (await channelIdsFor(creds, [channelKind], { create: false }))[channelKind] : await channelIdToRead(creds, channelKind, accountKey);
    if (!channelId) return null;
    const locale = (await localesOf(creds, now)).get(channelId);
    return locale && (locale.currency != null || locale.timeZone != null) ? locale : null;
  } catch (error) {
    // Unknown is what a page reads without a setting: never worse than before.
    if (error instanceof ApiProblem || error instanceof TypeError) return null;
    throw error;
  }
}
