/**
 * Each portal's confirm-shipment form, as data: the button in an order's
 * row that opens it (by its words: the classes are hashed), and the form's
 * fields by name and label. Every layout here rests on hand-written pages
 * only, not a saved live page: "not confirmed" (the chip says so).
 */
import type { PortalId } from './types.js';

/** Where a portal's confirm-shipment form and its fields are. */
export interface ConfirmForm {
  /** Words of the button or link in the order's row that opens the form. */
  open: RegExp;
  /** The form, once open. */
  form: string;
  /** Carrier: a select (matched by option) or a text field. */
  carrier: string;
  /** The carrier's name, asked when the carrier chosen is "Other". */
  carrierName?: string;
  service?: string;
  tracking: string;
  shipDate?: string;
  /** One line of the order in the form, holding a quantity field. */
  line: string;
  lineQuantity: string;
  /**
   * Where the form is a page of its own rather than a dialog: its path, with
   * the order number as the first group, and its address for an order whose
   * row has no button to open it. The chip remembers the fill and the page's
   * content script fills it there.
   */
  page?: { path: RegExp; href: (orderId: string) => string };
  confirmed: boolean;
}

const FIELDS = {
  form: '[role="dialog"], form[name*="ship" i], form[aria-label*="ship" i]',
  carrier: 'select[name="carrier" i], select[name*="carrier" i]:not([name*="name" i]), input[name="carrier" i]',
  carrierName: 'input[name*="carrierName" i], input[name*="carrier-name" i], input[aria-label*="carrier name" i]',
  service: 'input[name*="service" i], select[name*="service" i]',
  tracking: 'input[name*="tracking" i], input[aria-label*="tracking" i]',
  shipDate: 'input[type="date"][name*="date" i], input[name*="shipDate" i]',
  line: '[data-line], tr:has(input[name*="quantity" i]), li:has(input[name*="quantity" i])',
  lineQuantity: 'input[name*="quantity" i]',
};

/** Per portal; Etsy's "Complete order" and Walmart's "Ship" are named after their buttons' words as sellers report them. */
export const CONFIRM_FORMS: Readonly<Record<PortalId, ConfirmForm>> = {
  // Seller Central's "Confirm shipment" leads to a page of its own; the path is as sellers' links show it, not yet a saved live page.
  amazon: {
    open: /^\s*confirm shipment\s*$/i,
    ...FIELDS,
    page: { path: /^\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})\/confirm-shipment\/?$/, href: (orderId) => `/orders-v3/order/${encodeURIComponent(orderId)}/confirm-shipment` },
    confirmed: false,
  },
  ebay: { open: /^\s*add tracking( number)?\s*$/i, ...FIELDS, confirmed: false },
  shopify: { open: /^\s*fulfill items?\s*$/i, ...FIELDS, confirmed: false },
  etsy: { open: /^\s*complete order\s*$/i, ...FIELDS, confirmed: false },
  walmart: { open: /^\s*ship\s*$/i, ...FIELDS, confirmed: false },
};
