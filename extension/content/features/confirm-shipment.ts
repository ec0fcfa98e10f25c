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
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { ACTION_CSS, actionButtonView } from '../core/action-button.js';
import type { PortalFeature } from '../core/features.js';
import { drawnElement, type FillableField, fieldIn, fillField } from '../core/fill-field.js';
import { chipLayer } from '../core/mount.js';
import { PILL_CSS, pillView } from '../core/pill.js';
import { annotated } from '../core/timing.js';
import { CONFIRM_FORMS, type ConfirmForm } from '../portals/confirm-forms.js';
import { carrierChoice, confirmOffer, lineQuantity, shipDay } from './confirm-shipment-rules.js';

/** Where the order's row ends, for finding the button that opens its form. */
const ROW = 'tr, [role="row"], li, article, .order-card, .panel-body-row';

const visible = (el: Element) => !(el as HTMLElement).hidden && el.getAttribute('aria-hidden') !== 'true';

/** The portal's own button or link in the order's row that opens its confirm-shipment form. */
function opener(anchor: Element, form: ConfirmForm): HTMLElement | undefined {
  const row = anchor.closest(ROW) ?? anchor.parentElement;
  if (!row) return undefined;
  return Array.from(row.querySelectorAll<HTMLElement>('button, a, [role="button"]')).find((el) => form.open.test(el.textContent ?? ''));
}

/** A line's SKU as the form prints it: its data attribute, else the "SKU: …" text. */
function skuOfLine(line: Element): string | undefined {
  return line.getAttribute('data-sku') ?? /\bSKU:\s*(\S+)/i.exec(line.textContent ?? '')?.[1];
}

/** Fills the open form from `parcel`; returns what went wrong, or undefined when every field it needs took its value. */
function fillForm(formEl: Element, form: ConfirmForm, parcel: StatusShipment, name: string): string | undefined {
  const problems: string[] = [];
  const carrier = fieldIn(formEl, form.carrier);
  if (parcel.carrier && carrier) {
    if (carrier instanceof HTMLSelectElement) {
      const choice = carrierChoice(
        parcel.carrier,
        Array.from(carrier.options, (o) => ({ value: o.value, text: o.text })),
      );
      if (!choice || !fillField(carrier, choice.value)) problems.push(`${name}'s carrier list has neither ${parcel.carrier} nor Other`);
      else if (choice.name) {
        const typed = form.carrierName ? fieldIn(formEl, form.carrierName) : undefined;
        if (!typed || !fillField(typed, choice.name)) problems.push(`no field for the carrier's name ${choice.name}`);
      }
    } else if (!fillField(carrier, parcel.carrier)) problems.push(`the carrier field would not take ${parcel.carrier}`);
  } else if (!parcel.carrier) problems.push('the book has no carrier for this parcel');
  else problems.push(`no carrier field in ${name}'s form`);

  const service = form.service ? fieldIn(formEl, form.service) : undefined;
  if (parcel.service && service) fillField(service, parcel.service);

  const tracking = fieldIn(formEl, form.tracking);
  if (!tracking || !fillField(tracking, parcel.trackingNumber ?? '')) problems.push(`no tracking field in ${name}'s form took ${parcel.trackingNumber}`);

  const date = form.shipDate ? fieldIn(formEl, form.shipDate) : undefined;
  if (date) fillField(date, shipDay(parcel));

  for (const line of formEl.querySelectorAll(form.line)) {
    const quantity = lineQuantity(parcel, skuOfLine(line));
    if (quantity === undefined) continue;
    const field: FillableField | undefined = fieldIn(line, form.lineQuantity);
    if (!field || !fillField(field, String(quantity))) problems.push(`line ${skuOfLine(line) ?? '?'} would not take ${quantity}`);
  }
  return problems.length ? `${problems.join('; ')}.` : undefined;
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
      if (!button) {
        filled.set(externalId, { ok: false, reason: `${name} shows no button to confirm this order's shipment here.` });
        return;
      }
      button.click();
      const formEl = await drawnElement(form.form, (el) => visible(el) && el.querySelector(form.tracking) !== null);
      if (signal.aborted) return;
      if (!formEl) {
        filled.set(externalId, { ok: false, reason: `${name}'s confirm-shipment form did not open on this page.` });
        return;
      }
      const problem = fillForm(formEl, form, parcel, name);
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
