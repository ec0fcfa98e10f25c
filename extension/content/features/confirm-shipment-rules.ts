/**
 * What the "confirm here" chip of one order offers, and what it puts in the
 * portal's confirm-shipment form: pure, from the book's status and parcels
 * and the status the portal shows.
 */
import type { StatusShipment } from '../../../shared/schemas/order.js';
import type { OrderStatus } from '../../../shared/status.js';
import { shippedInBookOnly } from './reconciliation-rules.js';

/** The chip's offer for one order. */
export type ConfirmOffer =
  /** Nothing to confirm: the portal shows what the book has (or more). */
  | { kind: 'none' }
  /** The book shipped it but holds no parcel with a tracking number to confirm with. */
  | { kind: 'no_tracking' }
  /** Fill the form from this parcel. */
  | { kind: 'confirm'; parcel: StatusShipment; parcels: number };

/** The offer for an order the portal shows as `shown` and the book holds as `book` with `parcels`. */
export function confirmOffer(shown: OrderStatus | undefined, book: OrderStatus, parcels: readonly StatusShipment[] | undefined): ConfirmOffer {
  if (!shippedInBookOnly(shown, book)) return { kind: 'none' };
  const tracked = (parcels ?? []).filter((p) => p.trackingNumber?.trim());
  const latest = tracked.at(-1);
  return latest ? { kind: 'confirm', parcel: latest, parcels: tracked.length } : { kind: 'no_tracking' };
}

/** Text folded for comparing a carrier's name with a form's option: case, spaces and punctuation aside. */
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The option of a carrier list to choose for `carrier`: the one whose value
 * or words match it, else "Other" with the carrier's name to type, else none.
 */
export function carrierChoice(carrier: string, options: ReadonlyArray<{ value: string; text: string }>): { value: string; name?: string } | undefined {
  const wanted = fold(carrier);
  const exact = options.find((o) => wanted && (fold(o.value) === wanted || fold(o.text) === wanted));
  if (exact) return { value: exact.value };
  const other = options.find((o) => fold(o.value) === 'other' || fold(o.text) === 'other');
  return other ? { value: other.value, name: carrier } : undefined;
}

/**
 * The quantity to put in the form's line for `line` (its SKU or channel SKU
 * as the form prints it): what the parcel shipped of it; 0 for a line the
 * parcel does not hold; undefined (leave the form's own) for a parcel
 * recorded for the whole order.
 */
export function lineQuantity(parcel: StatusShipment, skuShown: string | undefined): number | undefined {
  if (parcel.lines.length === 0) return undefined;
  const found = skuShown ? parcel.lines.find((l) => l.sku === skuShown || l.channelSku === skuShown) : undefined;
  return found?.quantity ?? 0;
}

/** The ship date for a date field: the parcel's day, UTC. */
export const shipDay = (parcel: StatusShipment): string => parcel.shippedAt.slice(0, 10);
