/**
 * The batch status read carries each order's parcels (carrier, service,
 * tracking, and the lines by SKU), so a portal page can fill the portal's
 * confirm-shipment form from the book.
 */
import { describe, expect, it } from 'vitest';
import { capture, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller } from './helpers.js';

describe('the batch status read with shipments', () => {
  it('gives a whole-order shipment and a partial one with only its shipped lines; an unshipped order has none', async () => {
    const s = await newSeller();
    await stockUp(s, { 'MUG-BLUE': 10, 'MUG-RED': 10 });
    const lines = [
      { sku: 'MUG-BLUE', channelSku: 'B0MUGBLUE1', title: 'Blue mug', quantity: 2, unitPrice: 1299 },
      { sku: 'MUG-RED', channelSku: 'B0MUGRED01', title: 'Red mug', quantity: 1, unitPrice: 1299 },
    ];
    const whole = anOrder(s.channels.amazon, { lines });
    const partial = anOrder(s.channels.amazon, { lines });
    const open = anOrder(s.channels.amazon, { lines });
    const [wholeId, partialId] = await capture(s, [whole, partial, open]);

    const shipped = await call('POST', `/v1/orders/${wholeId}/transitions`, { token: s.token, body: { to: 'shipped', tracking: { number: '1Z999AA10123456784', carrier: 'UPS', service: 'Ground' } } });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    const detail = (await call('GET', `/v1/orders/${partialId}`, { token: s.token })).body.order;
    const blue = detail.lines.find((l) => l.sku === 'MUG-BLUE');
    const parcel = await call('POST', `/v1/orders/${partialId}/shipments`, {
      token: s.token,
      body: { carrier: 'USPS', trackingNumber: '9400111899223100012345', lines: [{ lineId: blue!.id, quantity: 1 }] },
    });
    expect(parcel.status, JSON.stringify(parcel.body)).toBe(200);

    const read = await call('POST', '/v1/orders/statuses', { token: s.token, body: { channelId: s.channels.amazon, externalIds: [whole.externalId, partial.externalId, open.externalId] } });
    expect(read.status).toBe(200);
    const { statuses } = read.body;
    expect(statuses[whole.externalId]).toMatchObject({ status: 'shipped', shipments: [{ carrier: 'UPS', service: 'Ground', trackingNumber: '1Z999AA10123456784', lines: [] }] });
    expect(statuses[partial.externalId]).toMatchObject({
      status: 'partially_shipped',
      shipments: [{ carrier: 'USPS', service: null, trackingNumber: '9400111899223100012345', lines: [{ sku: 'MUG-BLUE', channelSku: 'B0MUGBLUE1', quantity: 1 }] }],
    });
    expect(statuses[open.externalId]).toMatchObject({ status: 'ready', shipments: [] });
    expect(typeof statuses[whole.externalId]?.shipments[0]?.shippedAt).toBe('string');
  });

  it('never gives another seller’s parcels', async () => {
    const a = await newSeller('A');
    const b = await newSeller('B');
    const order = anOrder(a.channels.amazon);
    const [id] = await capture(a, [order]);
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: a.token, body: { to: 'shipped', tracking: { number: 'TRACK-A', carrier: 'UPS' } } })).status).toBe(200);
    const read = await call('POST', '/v1/orders/statuses', { token: b.token, body: { channelId: a.channels.amazon, externalIds: [order.externalId] } });
    expect(read.body.statuses).toEqual({});
  });
});
