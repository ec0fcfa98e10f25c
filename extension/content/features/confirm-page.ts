/**
 * Confirm page (`data-orderlens="confirm-page"`): on a portal whose
 * confirm-shipment form is a page of its own (Amazon), fills that form with
 * the parcel the seller's click on the orders page remembered for the order
 * in the page's address, once, and says beside the form what it filled or
 * what would not take. A visit the seller did not start from the chip finds
 * nothing remembered and is left alone. Never submits.
 */
import { askBackground } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { drawnElement } from '../core/fill-field.js';
import { chipLayer } from '../core/mount.js';
import { PILL_CSS, pillView } from '../core/pill.js';
import { CONFIRM_FORMS } from '../portals/confirm-forms.js';
import type { PortalId } from '../portals/types.js';
import { fillConfirmForm, visible } from './confirm-form-fill.js';

/** The order number a confirm page's address names, when `url` is `portal`'s confirm page. */
export function confirmPageOrder(portal: PortalId, url: URL): string | undefined {
  return CONFIRM_FORMS[portal].page?.path.exec(url.pathname)?.[1];
}

/** How long a confirm page may take to draw its form (ms): an app page loads its parts after the document. */
const FORM_WAIT_MS = 10_000;

/**
 * Starts the confirm page's part for `portal`; returns what to call on each
 * pass with the page's address (a single-page app may reach the confirm
 * page without a load). Each order's page is filled at most once.
 */
export function startConfirmPage(portal: PortalId, signal: AbortSignal): (url: URL) => Promise<void> {
  const form = CONFIRM_FORMS[portal];
  const name = PORTAL_NAMES[portal].short;
  const chips = chipLayer('confirm-page', PILL_CSS, signal);
  const asked = new Set<string>();
  return async (url) => {
    const orderId = confirmPageOrder(portal, url);
    if (!orderId || asked.has(orderId)) return;
    asked.add(orderId);
    const { parcel } = await askBackground({ type: 'takeConfirmFill', channelKind: portal, externalId: orderId });
    if (!parcel || signal.aborted) return;
    const formEl = await drawnElement(form.form, (el) => visible(el) && el.querySelector(form.tracking) !== null, FORM_WAIT_MS);
    if (signal.aborted || confirmPageOrder(portal, new URL(location.href)) !== orderId) return;
    if (!formEl) {
      chips.show(
        document.body,
        orderId,
        'fill_failed',
        pillView({ tone: 'bad', words: 'Orderlens could not fill this form', details: `${name}'s confirm-shipment form did not show on this page: fill it by hand from your book.` }),
      );
      return;
    }
    const problem = fillConfirmForm(formEl, form, parcel, name);
    const what = [parcel.carrier, parcel.service, parcel.trackingNumber].filter(Boolean).join(' · ');
    chips.show(
      formEl,
      orderId,
      problem ? 'fill_failed' : 'filled',
      problem
        ? pillView({ tone: 'bad', words: 'Filled in part: check before you submit', details: `Orderlens filled ${name}'s form from your book (${what}), but ${problem}` })
        : pillView({
            tone: 'info',
            words: `Form filled: submit on ${name}`,
            details: `Orderlens filled ${name}'s confirm-shipment form from your book (${what}). Nothing is sent until you submit it.`,
          }),
    );
  };
}
