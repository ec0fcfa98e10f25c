/**
 * The quantities Orderlens filled into this page's fields, by channel SKU,
 * for as long as the content script lives. Shared by the set-quantity
 * feature (which fills and judges them) and listing quantities (which must
 * not record a filled-but-unsaved number as what the portal offers).
 */
import type { FillSeen } from '../features/set-quantity-rules.js';
import type { FillableField } from './fill-field.js';

/** One fill: the field it went into and the numbers around it. */
export interface QuantityFill {
  target: number;
  before: number | undefined;
  field: FillableField | undefined;
  failed?: string | undefined;
}

const fills = new Map<string, QuantityFill>();

/** The page's fills, by channel SKU. */
export const quantityFills = {
  get: (channelSku: string) => fills.get(channelSku),
  set: (channelSku: string, fill: QuantityFill) => void fills.set(channelSku, fill),
  forget: (channelSku: string) => void fills.delete(channelSku),
  clear: () => fills.clear(),
};

/** Whether the filled field is still on the page holding the filled value: the portal has not saved or redrawn it. */
export function fillPending(fill: QuantityFill): boolean {
  const { field } = fill;
  return !fill.failed && field !== undefined && field.isConnected && field.value.trim() === String(fill.target);
}

/** A fill as the pure rules see it. */
export function fillSeen(fill: QuantityFill): FillSeen {
  return { target: fill.target, before: fill.before, pending: fillPending(fill), failed: fill.failed };
}

/** Whether the listing's field holds a fill the seller has not saved yet. */
export function unsavedFill(channelSku: string): boolean {
  const fill = fills.get(channelSku);
  return fill !== undefined && fillPending(fill);
}
