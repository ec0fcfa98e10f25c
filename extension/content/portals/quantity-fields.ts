/**
 * Where each portal lets the seller type a listing's quantity on its
 * listings page, as data: the field inside the quantity cell (the cell the
 * risk chip sits beside), and the button that opens the portal's inline
 * editor where the field is not drawn until asked. Orderlens fills the
 * field and never presses the portal's Save.
 */
import type { PortalId } from './types.js';

/** How a portal's quantity field is found in a listing's quantity cell. */
export interface QuantityField {
  /** The editable field, searched in the quantity cell. */
  field: string;
  /** The button that opens the inline editor, when the field is not drawn until asked. */
  open?: string;
  /** False while only hand-written pages back the selectors, not a saved live page. */
  confirmed: boolean;
}

/** Buttons that open a quantity editor: by their label, since their classes are hashed. */
const OPEN_EDITOR = 'button[aria-label*="quantity" i], button[aria-label*="edit" i], button[data-test-id*="edit" i], button[title*="edit" i]';

/** Fields that hold a quantity (never the row's checkbox or a price). */
const QUANTITY_INPUT = 'input[name*="quantity" i], input[aria-label*="quantity" i], input[aria-label*="available" i], input[type="number"], input[inputmode="numeric"]';

/**
 * Per portal. Amazon's Manage Inventory draws quantity inputs in its table;
 * the others rest on hand-written pages only ("not confirmed"). Etsy's
 * listings manager shows stock as text, with no field on the page.
 */
export const QUANTITY_FIELDS: Readonly<Record<PortalId, QuantityField | undefined>> = {
  amazon: { field: QUANTITY_INPUT, open: OPEN_EDITOR, confirmed: true },
  ebay: { field: QUANTITY_INPUT, open: OPEN_EDITOR, confirmed: false },
  shopify: { field: QUANTITY_INPUT, open: OPEN_EDITOR, confirmed: false },
  walmart: { field: QUANTITY_INPUT, open: OPEN_EDITOR, confirmed: false },
  etsy: undefined,
};
