/**
 * Listing quantities and oversell risk for portal pages. Background only.
 * What a listings page shows is recorded as the worker's observations (so
 * the book knows what each channel offers), and the risk of every listing on
 * the page is read in one request per 500 channel SKUs. Listings are filed
 * under the channel of the page's account when it says one (see
 * account-channels.ts), else the seller's first channel of the portal's
 * kind; with none, nothing is recorded and every listing is unknown.
 */
import type { PortalId } from '../content/portals/types.js';
import { BackgroundError, type ListingShown, type RisksAnswer } from '../messaging/messages.js';
import { isPortal } from '../messaging/portal-links.js';
import { channelIdToRead } from './account-channels.js';
import { fetchRisks, recordObservations } from './api-client.js';
import { channelIdsFor } from './channels.js';
import { readCredentials } from './credentials.js';

/** Most listings one message may carry. */
export const MAX_LISTINGS_PER_MESSAGE = 2_000;
const PER_REQUEST = 500;

const isChannelSku = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;

/** The portal and account key every listings message names. */
interface PortalAccount {
  channelKind: PortalId;
  accountKey: string | undefined;
}

/** The portal and account key of a `type` message, or BackgroundError `bad_message`. */
function portalAccountOf(message: { channelKind?: unknown; accountKey?: unknown }, type: string): PortalAccount {
  const { channelKind, accountKey } = message;
  if (typeof channelKind !== 'string' || !isPortal(channelKind)) {
    throw new BackgroundError('bad_message', `${type} needs channelKind amazon, ebay, etsy, shopify or walmart, not ${JSON.stringify(channelKind)}.`);
  }
  if (accountKey === undefined) return { channelKind, accountKey: undefined };
  if (typeof accountKey !== 'string' || accountKey.trim().length === 0 || accountKey.length > 200) {
    throw new BackgroundError('bad_message', `${type}: accountKey must be text of 1 to 200 characters.`);
  }
  return { channelKind, accountKey: accountKey.trim() };
}

/** The portal, listing quantities and account key of an observations message, or BackgroundError `bad_message`. */
export function validObservations(message: { channelKind?: unknown; listings?: unknown; accountKey?: unknown }): PortalAccount & { listings: ListingShown[] } {
  const ask = portalAccountOf(message, 'observations');
  const { listings } = message;
  const valid =
    Array.isArray(listings) &&
    listings.length <= MAX_LISTINGS_PER_MESSAGE &&
    listings.every((l) => typeof l === 'object' && l !== null && isChannelSku(l.channelSku) && Number.isInteger(l.listedQuantity) && l.listedQuantity >= 0);
  if (!valid) throw new BackgroundError('bad_message', `observations needs at most ${MAX_LISTINGS_PER_MESSAGE} listings, each a channelSku and a whole listedQuantity.`);
  return { ...ask, listings: (listings as ListingShown[]).map((l) => ({ channelSku: l.channelSku.trim(), listedQuantity: l.listedQuantity })) };
}

/** The portal, channel SKUs and account key of a risks message, or BackgroundError `bad_message`. */
export function validRisksAsk(message: { channelKind?: unknown; channelSkus?: unknown; accountKey?: unknown }): PortalAccount & { channelSkus: string[] } {
  const ask = portalAccountOf(message, 'risks');
  const { channelSkus } = message;
  if (!Array.isArray(channelSkus) || channelSkus.length > MAX_LISTINGS_PER_MESSAGE || !channelSkus.every(isChannelSku)) {
    throw new BackgroundError('bad_message', `risks needs a list of at most ${MAX_LISTINGS_PER_MESSAGE} channel SKUs.`);
  }
  return { ...ask, channelSkus: [...new Set(channelSkus.map((s) => s.trim()))] };
}

async function channelOf(channelKind: PortalId, accountKey: string | undefined) {
  const creds = await readCredentials();
  if (!creds) throw new BackgroundError('not_configured', 'Connect Orderlens to your worker in Options.');
  const channelId = accountKey === undefined ? (await channelIdsFor(creds, [channelKind], { create: false }))[channelKind] : await channelIdToRead(creds, channelKind, accountKey);
  return { creds, channelId };
}

/** Records what a page shows for its listings; returns how many were recorded. */
export async function recordListingQuantities(channelKind: PortalId, listings: readonly ListingShown[], accountKey?: string): Promise<{ recorded: number }> {
  if (listings.length === 0) return { recorded: 0 };
  const { creds, channelId } = await channelOf(channelKind, accountKey);
  if (!channelId) return { recorded: 0 };
  const seenAt = new Date().toISOString();
  for (let i = 0; i < listings.length; i += PER_REQUEST) {
    await recordObservations(
      creds,
      listings.slice(i, i + PER_REQUEST).map((l) => ({ channelId, ...l, seenAt })),
    );
  }
  return { recorded: listings.length };
}

/** The oversell risk of a page's listings. */
export async function readRisks(channelKind: PortalId, channelSkus: readonly string[], accountKey?: string): Promise<RisksAnswer> {
  if (channelSkus.length === 0) return { risks: {}, unknown: [] };
  const { creds, channelId } = await channelOf(channelKind, accountKey);
  if (!channelId) return { risks: {}, unknown: [...channelSkus] };
  const answer: RisksAnswer = { risks: {}, unknown: [] };
  for (let i = 0; i < channelSkus.length; i += PER_REQUEST) {
    const found = await fetchRisks(creds, channelId, channelSkus.slice(i, i + PER_REQUEST));
    for (const r of found.risks) {
      answer.risks[r.channelSku] = {
        level: r.level,
        availableToSell: r.availableToSell,
        onHand: r.onHand,
        reserved: r.reserved,
        available: r.available,
        backordered: r.backordered,
        listed: r.listed,
        buffer: r.buffer,
        sku: r.sku,
      };
    }
    answer.unknown.push(...found.unknown);
  }
  return answer;
}
