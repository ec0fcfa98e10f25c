/**
 * What buyer data is, how long a seller may keep it, and what an order keeps
 * once it is gone: pure rules the retention sweep and erasures share.
 */
import type { AddressInput } from '../../../shared/schemas/order.js';
import { DEFAULT_RETENTION_DAYS, maxRetentionDays } from '../../../shared/schemas/privacy.js';
import { CHANNEL_KINDS, type ChannelKind, type OrderStatus } from '../../../shared/status.js';

export { DEFAULT_RETENTION_DAYS, MARKETPLACE_MAX_DAYS, MAX_RETENTION_DAYS, maxRetentionDays } from '../../../shared/schemas/privacy.js';

/** Statuses that close an order: its retention period counts from when it reached one. */
export const CLOSED_STATUSES = ['delivered', 'cancelled', 'returned'] as const satisfies readonly OrderStatus[];

/** Statuses after which shipping needs the address no more: an erasure that waited completes. */
export const SHIPPED_OR_CLOSED = ['shipped', ...CLOSED_STATUSES] as const satisfies readonly OrderStatus[];

/** The fields of an order's history changes that carry buyer data. */
export const BUYER_CHANGE_FIELDS = ['buyerName', 'buyerEmail', 'shipTo'] as const;

/** Characters of a postal code kept after redaction: enough for regional reports, not a street. */
const POSTAL_PREFIX = 3;

/** What an address keeps once redacted: city, region, postal prefix and country. Null stays null. */
export function redactAddress(address: AddressInput | null): AddressInput | null {
  if (!address) return null;
  const kept: AddressInput = {};
  if (address.city) kept.city = address.city;
  if (address.region) kept.region = address.region;
  if (address.postalCode) kept.postalCode = address.postalCode.replace(/\s+/g, '').slice(0, POSTAL_PREFIX);
  if (address.country) kept.country = address.country;
  return kept;
}

/** The retention period of each channel kind: its own setting, else the seller's default, capped by the marketplace. */
export function retentionDays(settings: ReadonlyMap<string, number>): Record<ChannelKind, number> {
  const fallback = settings.get('*') ?? DEFAULT_RETENTION_DAYS;
  const out = {} as Record<ChannelKind, number>;
  for (const kind of CHANNEL_KINDS) out[kind] = Math.min(settings.get(kind) ?? fallback, maxRetentionDays(kind));
  return out;
}
