/**
 * A channel's own currency and time zone, as the seller sets them: what a
 * store's bare "$" is in and what zone a portal's zoneless times are in.
 * Checked the same way by the worker and the options page.
 */
import { isDollarCurrency } from './money.js';

/** A channel's currency and zone; null (or absent) when the seller has not set one. */
export interface ChannelLocale {
  currency?: string | null;
  timeZone?: string | null;
}

const currencies: ReadonlySet<string> | undefined = (() => {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? new Set(supported('currency')) : undefined;
})();

/** Whether `code` is an ISO 4217 code (three capitals) that Intl knows, where it can say. */
export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (currencies === undefined || currencies.has(code));
}

/** Whether `zone` is an IANA time zone Intl accepts ("Europe/Berlin", "America/Toronto", "UTC"). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The currency a store's bare "$" is in: the channel's, when it is a dollar
 * currency (a "$" on a EUR store names no currency the store is in), else
 * undefined.
 */
export function storeDollarCurrency(locale: ChannelLocale | undefined): string | undefined {
  const currency = locale?.currency ?? undefined;
  return currency !== undefined && isDollarCurrency(currency) ? currency : undefined;
}

/** Zones sellers' channels are most often in, for a picker; any other IANA zone may be typed. */
export const COMMON_TIME_ZONES: readonly string[] = [
  'America/Los_Angeles',
  'America/Denver',
  'America/Phoenix',
  'America/Chicago',
  'America/New_York',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Asia/Tokyo',
  'Asia/Singapore',
  'Asia/Hong_Kong',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Australia/Perth',
  'Pacific/Auckland',
  'UTC',
];
