/**
 * Filling a portal's open confirm-shipment form from one of the book's
 * parcels: carrier (from the form's list, else "Other" with its name),
 * service, ship date, tracking number and, for a partial shipment, each
 * line's quantity. Shared by the chip on orders pages and the fill carried to
 * a confirm page of its own. Never submits.
 */
import type { StatusShipment } from '../../../shared/schemas/order.js';
import { type FillableField, fieldIn, fillField } from '../core/fill-field.js';
import type { ConfirmForm } from '../portals/confirm-forms.js';
import { carrierChoice, lineQuantity, shipDay } from './confirm-shipment-rules.js';

/** Whether a form element is shown (a dialog drawn once may be hidden until opened). */
export const visible = (el: Element) => !(el as HTMLElement).hidden && el.getAttribute('aria-hidden') !== 'true';

/** A line's SKU as the form prints it: its data attribute, else the "SKU: …" text. */
function skuOfLine(line: Element): string | undefined {
  return line.getAttribute('data-sku') ?? /\bSKU:\s*(\S+)/i.exec(line.textContent ?? '')?.[1];
}

/** Fills the open form from `parcel`; returns what went wrong, or undefined when every field it needs took its value. */
export function fillConfirmForm(formEl: Element, form: ConfirmForm, parcel: StatusShipment, name: string): string | undefined {
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
