/**
 * Confirm shipment (`data-orderlens="confirm-shipment"`): beside an order the
 * book has shipped (by Orderlens, an import or the API) that the portal still
 * shows unshipped, a "Shipped in Orderlens: confirm here" button that opens
 * the portal's own confirm-shipment form and fills carrier, service, ship
 * date, tracking number and, for a partial shipment, only the shipped lines'
 * quantities, from the book's latest tracked parcel. The seller submits;
 * Orderlens never does. An order the book shipped without a tracking number
 * says so instead.
 */
import type { StatusShipment } from '../../../shared/schemas/order.js';
import { askBackground } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { ACTION_CSS, actionButtonView } from '../core/action-button.js';
import type { PortalFeature } from '../core/features.js';
import { drawnElement } from '../core/fill-field.js';
import { chipLayer } from '../core/mount.js';
import { PILL_CSS, pillView } from '../core/pill.js';
import { annotated } from '../core/timing.js';
import { CONFIRM_FORMS, type ConfirmForm } from '../portals/confirm-forms.js';
import { fillConfirmForm, visible } from './confirm-form-fill.js';
import { confirmOffer } from './confirm-shipment-rules.js';

/** Where the order's row ends, for finding the button that opens its form. */
const ROW = 'tr, [role="row"], li, article, .order-card, .panel-body-row';

/** The portal's own button or link in the order's row that opens its confirm-shipment form. */
function opener(anchor: Element, form: ConfirmForm): HTMLElement | undefined {
  const row = anchor.closest(ROW) ?? anchor.parentElement;
  if (!row) return undefined;
  return Array.from(row.querySelectorAll<HTMLElement>('button, a, [role="button"]')).find((el) => form.open.test(el.textContent ?? ''));
}

export const confirmShipment: PortalFeature = {
  id: 'confirm-shipment',
  include: ['orders', 'order'],
  start({ portal, signal, schedule }) {
    const chips = chipLayer('confirm-shipment', PILL_CSS + ACTION_CSS, signal);
    const form = CONFIRM_FORMS[portal];
    const name = PORTAL_NAMES[portal].short;
    /** What came of the last fill, by order number. */
    const filled = new Map<string, { ok: true } | { ok: false; reason: string }>();

    const confirm = async (anchor: Element, externalId: string, parcel: StatusShipment) => {
      const button = opener(anchor, form);
      if (!button && !form.page) {
        filled.set(externalId, { ok: false, reason: `${name} shows no button to confirm this order's shipment here.` });
        return;
      }
      // A form on a page of its own is filled there: the fill is remembered before the portal navigates.
      if (form.page) {
        try {
          await askBackground({ type: 'rememberConfirmFill', channelKind: portal, externalId, parcel });
        } catch (error) {
          filled.set(externalId, { ok: false, reason: `Orderlens could not keep the fill for ${name}'s confirm page: ${(error as Error).message}` });
          return;
        }
      }
      const from = location.href;
      if (button) button.click();
      else if (form.page) location.assign(form.page.href(externalId));
      const formEl = await drawnElement(form.form, (el) => visible(el) && el.querySelector(form.tracking) !== null);
      // Gone to the confirm page (an app's own navigation keeps this script): that page's pass fills it.
      if (signal.aborted || location.href !== from) return;
      if (!formEl) {
        filled.set(externalId, { ok: false, reason: `${name}'s confirm-shipment form did not open on this page.` });
        return;
      }
      // The form opened in this page after all: fill it here and let the remembered fill go.
      if (form.page) await askBackground({ type: 'takeConfirmFill', channelKind: portal, externalId }).catch(() => undefined);
      const problem = fillConfirmForm(formEl, form, parcel, name);
      filled.set(externalId, problem ? { ok: false, reason: problem } : { ok: true });
    };

    return (page) => {
      const answer = page.book.statuses;
      const rows = page.anchors.flatMap((a) => (a.kind === 'order' ? [a] : []));
      annotated(page.timing, () => {
        if (!answer || rows.length === 0) return chips.keepOnly(new Set());
        const shown = new Map(page.orders.map((o) => [o.externalId, o.status]));
        const kept = new Set<Element>();
        const unconfirmed = form.confirmed ? '' : ` Finding ${name}'s confirm-shipment form is not confirmed on a live page yet.`;
        for (const { externalId, anchor } of rows) {
          const book = answer.statuses[externalId];
          const offer = book ? confirmOffer(shown.get(externalId), book.status, book.shipments) : { kind: 'none' as const };
          if (offer.kind === 'none') {
            filled.delete(externalId);
            continue;
          }
          kept.add(anchor);
          const done = filled.get(externalId);
          if (offer.kind === 'no_tracking') {
            chips.show(
              anchor,
              externalId,
              'no_tracking',
              pillView({
                tone: 'bad',
                words: 'Shipped in Orderlens: no tracking',
                details: `Your book has this order shipped but holds no tracking number for it: add one in Orderlens before confirming on ${name}.`,
              }),
            );
          } else if (done?.ok) {
            chips.show(
              anchor,
              externalId,
              'filled',
              pillView({ tone: 'info', words: `Form filled: submit on ${name}`, details: `Orderlens filled ${name}'s confirm-shipment form from your book. Nothing is sent until you submit it.` }),
            );
          } else {
            const { parcel } = offer;
            const what = [parcel.carrier, parcel.service, parcel.trackingNumber].filter(Boolean).join(' · ');
            const lines = parcel.lines.length ? ` Lines: ${parcel.lines.map((l) => `${l.sku ?? l.channelSku ?? '?'} × ${l.quantity}`).join(', ')}.` : '';
            const more = offer.parcels > 1 ? ` The latest of ${offer.parcels} parcels.` : '';
            const failed = done && !done.ok ? ` Last try: ${done.reason}` : '';
            chips.show(
              anchor,
              externalId,
              done && !done.ok ? 'fill_failed' : 'confirm',
              actionButtonView(
                'Shipped in Orderlens: confirm here',
                `${name} shows it unshipped; your book shipped it (${what}).${lines}${more} Opens ${name}'s confirm-shipment form and fills it; you submit.${unconfirmed}${failed}`,
                async () => {
                  await confirm(anchor, externalId, parcel);
                  schedule();
                },
              ),
            );
          }
        }
        chips.keepOnly(kept);
      });
    };
  },
};
