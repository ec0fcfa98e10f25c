/**
 * The extension's settings and small state, defined once as typed items in
 * `local` extension storage, where every context can read and watch them.
 * Nothing secret belongs here: content scripts can read all of it. The
 * token lives in background/token.ts, and what grows with the captured
 * orders in the background's database (background/stored-state.ts), which
 * no change broadcast reaches.
 */
import { storage } from 'wxt/utils/storage';
import type { PackPortal, PortalPack } from '../../shared/schemas/portal-pack.js';
import type { RememberedAccount } from '../background/account-rules.js';
import type { PageKind, PortalId } from '../content/portals/types.js';

/** The worker the seller connects to, e.g. `http://127.0.0.1:8787` (no trailing slash). */
export const workerUrlItem = storage.defineItem<string>('local:workerUrl', { fallback: '' });

/** Which portals Orderlens works on; a portal switched off is neither read nor annotated. */
export type PortalSwitches = Record<PortalId, boolean>;

/** Every portal on, as installed. */
export const ALL_PORTALS_ON: PortalSwitches = { amazon: true, ebay: true, etsy: true, shopify: true, walmart: true };

/** Per-portal on/off. */
export const portalSwitchesItem = storage.defineItem<PortalSwitches>('local:portals', { fallback: ALL_PORTALS_ON });

/** How many orders wait and how many were set aside, as of the last change: small, for pages to watch. */
export interface OutboxSummary {
  waiting: number;
  rejected: number;
}

/** Written by the background whenever the outbox or the rejected list changes. */
export const outboxSummaryItem = storage.defineItem<OutboxSummary>('local:outboxSummary', { fallback: { waiting: 0, rejected: 0 } });

/** How delivery to the worker stands. */
export interface DeliveryState {
  /**
   * `ok`: the last attempt worked (or nothing was tried yet); `failing`: the worker could not be
   * reached or failed, retries continue; `unauthorized`: the token was refused, retries wait for a
   * new token; `not_configured`: no worker URL or token yet.
   */
  state: 'ok' | 'failing' | 'unauthorized' | 'not_configured';
  /** What went wrong last, in plain words. */
  problem: string | null;
  /** Failed attempts in a row (drives the backoff). */
  failures: number;
  /** ISO time of the last batch the worker took. */
  lastDeliveredAt: string | null;
  /** ISO time of the next retry, when one is scheduled. */
  nextAttemptAt: string | null;
  /** Digest of the worker URL and token that got a 401; delivery resumes when they change. */
  refusedCredentials: string | null;
}

/** Delivery state. */
export const deliveryItem = storage.defineItem<DeliveryState>('local:delivery', {
  fallback: { state: 'ok', problem: null, failures: 0, lastDeliveredAt: null, nextAttemptAt: null, refusedCredentials: null },
});

/** The seller's channels by kind, for the worker and token they were read with. */
export interface ChannelCache {
  credentials: string;
  byKind: Partial<Record<PortalId, string>>;
}

/** Channel ids by portal kind. */
export const channelCacheItem = storage.defineItem<ChannelCache | null>('local:channels', { fallback: null });

/** Which channel each account (`<kind>:<key>`) files its orders under, by credentials digest (worker and token). */
export const accountChannelsItem = storage.defineItem<Record<string, Record<string, RememberedAccount>>>('local:accountChannels', { fallback: {} });

/** An account whose orders wait in the outbox until the seller says which channel it is. */
export interface AccountAwaitingChoice {
  channelKind: PortalId;
  key: string;
  name?: string | undefined;
  /** The seller's channels of that kind, to choose from. */
  channels: Array<{ id: string; name: string }>;
}

/** Accounts waiting for a channel choice, by `<kind>:<key>`, for the worker and token they were found with. */
export const accountChoicesItem = storage.defineItem<{ credentials: string; accounts: Record<string, AccountAwaitingChoice> } | null>('local:accountChoices', {
  fallback: null,
});

/** How well the last page of a portal was read, as the popup shows it: counts, never page content. */
export interface ReadingHealthLine {
  at: string;
  pageKind: PageKind;
  ok: boolean;
  /** Items shown on the page, and how many of them were not fully read. */
  shown: number;
  unread: number;
  /** The fields most often missing, worst first. */
  worstFields: string[];
  packVersion: number;
  experimental: boolean;
}

/** The last reading of each portal's pages. */
export const readingHealthItem = storage.defineItem<Partial<Record<PortalId, ReadingHealthLine>>>('local:readingHealth', { fallback: {} });

/** The Shopify store handle seen in admin URLs (`admin.shopify.com/store/<handle>`), for links back. */
export const shopifyStoreItem = storage.defineItem<string>('local:shopifyStore', { fallback: '' });

/** A pack the seller's worker served, as the background validated and kept it. */
export interface ServedPack {
  pack: PortalPack;
  /** ISO time the background took it. */
  fetchedAt: string;
}

/**
 * The last good pack the worker served for each portal (validated by the
 * background, the only context that loads the pack schema). Content scripts
 * read and watch it: it changes only when a new pack is taken.
 */
export const servedPacksItem = storage.defineItem<Partial<Record<PackPortal, ServedPack>>>('local:servedPacks', { fallback: {} });

/** How fetching packs went: the last check, its ETag, and the packs refused, per portal. */
export interface PackChecks {
  /** ISO time of the last answer from the worker (200 or 304). */
  checkedAt: string | null;
  /** The ETag of the last list taken, sent back as If-None-Match. */
  etag: string | null;
  /** The worker serves no packs (an older worker): nothing to take. */
  unsupported: boolean;
  /** The last served pack refused, per portal: its version (when it had one), why, and when. */
  refusals: Partial<Record<PackPortal, { version: number | null; reason: string; at: string }>>;
}

/** Pack fetching state, for the options page. */
export const packChecksItem = storage.defineItem<PackChecks>('local:packChecks', { fallback: { checkedAt: null, etag: null, unsupported: false, refusals: {} } });

/** A queued import the dashboard is following: on which worker, its id, and the file's name and size as sent. */
export interface FollowedImport {
  url: string;
  importId: string;
  fileName: string;
  bytes: number;
}

/** The queued import the dashboard follows until it ends, so closing and re-opening the dashboard picks it back up. */
export const followedImportItem = storage.defineItem<FollowedImport | null>('local:followedImport', { fallback: null });
