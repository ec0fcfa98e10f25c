/**
 * Confirm-shipment fills waiting for a portal's own confirm page: the chip on
 * an orders page remembers which parcel to fill and the portal navigates to
 * its confirm-shipment page, whose content script takes the fill for its order
 * (once) and fills the form. Kept in `storage.session`, which content scripts
 * cannot read by default and the browser clears when it closes. Background only.
 */
import { storage } from 'wxt/utils/storage';
import type { StatusShipment } from '../../shared/schemas/order.js';
import type { PortalId } from '../content/portals/types.js';

/** A fill remembered at `at` (epoch ms), waiting for its confirm page. */
export interface PendingFill {
  parcel: StatusShipment;
  at: number;
}

/**
 * A fill is for the page the seller's click opens: a minute is ample for the
 * portal to load it, and a later visit to that page fills nothing unasked.
 */
export const CONFIRM_FILL_KEEP_MS = 60_000;

/** Fills by `<kind>:<order number>`. */
export const confirmFillsItem = storage.defineItem<Record<string, PendingFill>>('session:confirmFills', { fallback: {} });

const keyOf = (kind: PortalId, externalId: string) => `${kind}:${externalId}`;

/** The fills still fresh at `now`. */
export function freshFills(fills: Readonly<Record<string, PendingFill>>, now: number): Record<string, PendingFill> {
  return Object.fromEntries(Object.entries(fills).filter(([, fill]) => now - fill.at >= 0 && now - fill.at < CONFIRM_FILL_KEEP_MS));
}

/** Remembers `parcel` for the confirm page of `kind`'s order `externalId`, replacing an earlier fill of it. */
export async function rememberConfirmFill(kind: PortalId, externalId: string, parcel: StatusShipment, now = Date.now()): Promise<void> {
  const fills = freshFills(await confirmFillsItem.getValue(), now);
  fills[keyOf(kind, externalId)] = { parcel, at: now };
  await confirmFillsItem.setValue(fills);
}

/** The parcel waiting for `kind`'s order `externalId`, if still fresh; taken, so one click fills one page. */
export async function takeConfirmFill(kind: PortalId, externalId: string, now = Date.now()): Promise<StatusShipment | null> {
  const all = await confirmFillsItem.getValue();
  const fills = freshFills(all, now);
  const key = keyOf(kind, externalId);
  const fill = fills[key];
  delete fills[key];
  if (Object.keys(all).length !== Object.keys(fills).length) await confirmFillsItem.setValue(fills);
  return fill?.parcel ?? null;
}
