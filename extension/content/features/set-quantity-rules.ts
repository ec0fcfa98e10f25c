/**
 * What the "Set to N" action of one listing is, from what the book says the
 * listing can sell, what the portal shows, and what Orderlens filled in the
 * portal's field earlier. Pure: the set-quantity feature draws it, unit
 * tests pin it.
 */
import type { ListingRisk } from '../../messaging/messages.js';

/** A quantity Orderlens put in a portal's field, as the next passes judge it. */
export interface FillSeen {
  target: number;
  /** What the portal showed before the fill; undefined when it showed no number. */
  before: number | undefined;
  /** The filled field is still on the page, holding the value: the seller has not saved yet. */
  pending: boolean;
  /** Why the fill could not be made, when it could not. */
  failed?: string | undefined;
}

/** The action beside one listing. */
export type QuantityAction =
  /** The listing maps to no SKU in the book: never touched. */
  | { kind: 'unlinked' }
  /** The page shows no quantity for it (untracked, a dash): nothing to compare. */
  | { kind: 'unknown_shown' }
  /** The portal shows what the listing can sell. */
  | { kind: 'in_step'; shown: number }
  /** The portal shows another number; `hasField` says whether the page offers a field to fill. */
  | { kind: 'set'; shown: number; target: number; hasField: boolean }
  /** Filled and waiting for the seller's click on the portal's Save. */
  | { kind: 'filled'; target: number }
  /** The portal now shows what was filled. */
  | { kind: 'saved'; target: number }
  /** After the portal redrew the listing, it still shows what it showed before. */
  | { kind: 'refused'; target: number; shown: number | undefined }
  /** The fill could not be made (no field, the field would not hold the value). */
  | { kind: 'failed'; target: number; reason: string };

/** The action beside a listing the book knows as `risk` (undefined: unlinked) and the page shows as `shown`. */
export function quantityAction(risk: ListingRisk | undefined, shown: number | undefined, hasField: boolean, fill?: FillSeen): QuantityAction {
  if (!risk) return { kind: 'unlinked' };
  if (fill?.failed) return { kind: 'failed', target: fill.target, reason: fill.failed };
  if (fill?.pending) return { kind: 'filled', target: fill.target };
  if (fill && shown === fill.target) return { kind: 'saved', target: fill.target };
  if (fill && shown === fill.before) return { kind: 'refused', target: fill.target, shown };
  if (shown === undefined) return { kind: 'unknown_shown' };
  const target = risk.availableToSell;
  if (shown === target) return { kind: 'in_step', shown };
  return { kind: 'set', shown, target, hasField };
}

/** Whether an earlier fill still explains what the listing shows; one that does not is forgotten. */
export function fillStillMatters(shown: number | undefined, fill: FillSeen): boolean {
  return Boolean(fill.failed) || fill.pending || shown === fill.target || shown === fill.before;
}

/** The listings the page-level action sets: those that differ and have a field to fill, in page order. */
export function listingsToSet<T extends { action: QuantityAction }>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.action.kind === 'set' && r.action.hasField);
}

/** The page-level action's words, e.g. "Set 14 listings to what you can sell". */
export function setAllWords(count: number): string {
  return `Set ${count} listing${count === 1 ? '' : 's'} to what you can sell`;
}
