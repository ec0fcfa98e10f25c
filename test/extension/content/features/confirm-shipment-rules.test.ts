import { describe, expect, it } from 'vitest';
import { carrierChoice, confirmOffer, lineQuantity, shipDay } from '../../../../extension/content/features/confirm-shipment-rules.js';
import type { StatusShipment } from '../../../../shared/schemas/order.js';

const parcel = (over: Partial<StatusShipment> = {}): StatusShipment => ({ carrier: 'UPS', service: 'Ground', trackingNumber: '1Z999', shippedAt: '2026-12-06T22:15:00.000Z', lines: [], ...over });

describe('the confirm-here offer', () => {
  it('offers the latest tracked parcel of an order the book shipped and the portal shows unshipped', () => {
    const older = parcel({ trackingNumber: 'OLD', shippedAt: '2026-12-01T00:00:00.000Z' });
    const latest = parcel({ trackingNumber: 'NEW' });
    expect(confirmOffer('ready', 'shipped', [older, latest, parcel({ trackingNumber: null })])).toEqual({ kind: 'confirm', parcel: latest, parcels: 2 });
    expect(confirmOffer('ready', 'partially_shipped', [latest])).toEqual({ kind: 'confirm', parcel: latest, parcels: 1 });
  });

  it('says so when the book shipped it without a tracking number', () => {
    expect(confirmOffer('ready', 'shipped', [])).toEqual({ kind: 'no_tracking' });
    expect(confirmOffer('ready', 'shipped', [parcel({ trackingNumber: '  ' })])).toEqual({ kind: 'no_tracking' });
    expect(confirmOffer('ready', 'shipped', undefined)).toEqual({ kind: 'no_tracking' });
  });

  it('offers nothing where the portal already shows it shipped, or the book has not shipped it', () => {
    expect(confirmOffer('shipped', 'shipped', [parcel()])).toEqual({ kind: 'none' });
    expect(confirmOffer('ready', 'ready', [])).toEqual({ kind: 'none' });
    expect(confirmOffer(undefined, 'shipped', [parcel()])).toEqual({ kind: 'none' });
  });
});

describe('filling the form', () => {
  const options = [
    { value: '', text: 'Select a carrier' },
    { value: 'UPS', text: 'UPS' },
    { value: 'fedex', text: 'FedEx' },
    { value: 'Other', text: 'Other' },
  ];

  it('chooses the carrier’s own option, by value or words, else Other with the name to type', () => {
    expect(carrierChoice('ups', options)).toEqual({ value: 'UPS' });
    expect(carrierChoice('Fed Ex', options)).toEqual({ value: 'fedex' });
    expect(carrierChoice('OnTrac', options)).toEqual({ value: 'Other', name: 'OnTrac' });
    expect(carrierChoice('OnTrac', options.slice(0, 3))).toBeUndefined();
  });

  it('fills the shipped quantity of a partial parcel’s lines, 0 for the others, and leaves a whole-order parcel’s lines as the form has them', () => {
    const partial = parcel({ lines: [{ sku: 'BW-WRAP-3', channelSku: 'B08KQ7W2ZD', quantity: 1 }] });
    expect(lineQuantity(partial, 'BW-WRAP-3')).toBe(1);
    expect(lineQuantity(partial, 'B08KQ7W2ZD')).toBe(1);
    expect(lineQuantity(partial, 'GIFT-WRAP')).toBe(0);
    expect(lineQuantity(partial, undefined)).toBe(0);
    expect(lineQuantity(parcel(), 'BW-WRAP-3')).toBeUndefined();
  });

  it('gives the ship date as the parcel’s UTC day', () => {
    expect(shipDay(parcel())).toBe('2026-12-06');
  });
});
