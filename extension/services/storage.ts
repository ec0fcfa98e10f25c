/**
 * Every piece of state the extension keeps, defined once as a typed storage
 * item. All of it lives in `local` storage, so it survives the service worker
 * being stopped and the browser restarting. The token is read only by the
 * background (services/api-client.ts); content scripts and pages ask the
 * background, which never answers with the token.
 */
import { storage } from 'wxt/utils/storage';
import type { OrderStatus } from '../../shared/status.js';
import type { PortalId } from '../portals/types.js';
import type { Outbox, RejectedOrder } from './outbox.js';

/** The worker the seller connects to, e.g. `http://127.0.0.1:8787` (no trailing slash). */
export const workerUrlItem = storage.defineItem<string>('local:workerUrl', { fallback: '' });

/** The seller's API token. Background only. */
export const apiTokenItem = storage.defineItem<string>('local:apiToken', { fallback: '' });

/** Which portals Orderlens works on; a portal switched off is neither read nor annotated. */
export type PortalSwitches = Record<PortalId, boolean>;

/** Every portal on, as installed. */
export const ALL_PORTALS_ON: PortalSwitches = { amazon: true, ebay: true, etsy: true, shopify: true, walmart: true };

/** Per-portal on/off. */
export const portalSwitchesItem = storage.defineItem<PortalSwitches>('local:portals', { fallback: ALL_PORTALS_ON });

/** Captured orders waiting to be sent to the worker. */
export const outboxItem = storage.defineItem<Outbox>('local:outbox', { fallback: { waiting: [], batches: [] } });

/** Captured orders the worker can never accept, with the reason; shown in the popup until dismissed. */
export const rejectedItem = storage.defineItem<RejectedOrder[]>('local:rejected', { fallback: [] });

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

/** A status the book last reported for an order, and when we asked. */
export interface KnownStatus {
  status: OrderStatus;
  channelStatus: string | null;
  updatedAt: string;
  /** ISO time the book was asked. */
  readAt: string;
}

/** Last known statuses by `<kind>:<externalId>`, so an overlay can show something while offline. */
export const knownStatusesItem = storage.defineItem<Record<string, KnownStatus>>('local:knownStatuses', { fallback: {} });

/** When each order was first seen on a portal page, by `<kind>:<externalId>` (stands in for a missing order date). */
export const firstSeenItem = storage.defineItem<Record<string, string>>('local:firstSeen', { fallback: {} });

/** The Shopify store handle seen in admin URLs (`admin.shopify.com/store/<handle>`), for links back. */
export const shopifyStoreItem = storage.defineItem<string>('local:shopifyStore', { fallback: '' });
