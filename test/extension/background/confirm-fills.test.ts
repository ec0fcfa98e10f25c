/**
 * A confirm-shipment fill carried from the orders page's chip to the portal's
 * own confirm page: kept by the background for a minute, taken once by the
 * page it was for, and refused when its message is malformed. The browser is
 * WXT's fake browser.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { CONFIRM_FILL_KEEP_MS, confirmFillsItem, rememberConfirmFill, takeConfirmFill } from '../../../extension/background/confirm-fills.js';
import { messageHandlers } from '../../../extension/background/handlers.js';
import { confirmPageOrder } from '../../../extension/content/features/confirm-page.js';
import { BackgroundError } from '../../../extension/messaging/messages.js';
import type { StatusShipment } from '../../../shared/schemas/order.js';

const PARCEL: StatusShipment = {
  carrier: 'OnTrac',
  service: null,
  trackingNumber: 'C11422455667788',
  shippedAt: '2026-11-20T10:00:00.000Z',
  lines: [{ sku: 'BW-WRAP-3', channelSku: 'BW-WRAP-3', quantity: 1 }],
};
const ORDER = '113-1000000-0000005';
const T0 = Date.parse('2026-12-07T12:00:00Z');
const fromPage = { fromPortalPage: true, url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped', tabId: 7 };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('a fill for a confirm page', () => {
  test('is taken once by its order’s page: a second visit finds nothing', async () => {
    await rememberConfirmFill('amazon', ORDER, PARCEL, T0);
    expect(await takeConfirmFill('amazon', ORDER, T0 + 2_000)).toEqual(PARCEL);
    expect(await takeConfirmFill('amazon', ORDER, T0 + 3_000)).toBeNull();
    expect(await confirmFillsItem.getValue()).toEqual({});
  });

  test('is only for its portal and order', async () => {
    await rememberConfirmFill('amazon', ORDER, PARCEL, T0);
    expect(await takeConfirmFill('ebay', ORDER, T0 + 1)).toBeNull();
    expect(await takeConfirmFill('amazon', '113-1000000-0000004', T0 + 1)).toBeNull();
    expect(await takeConfirmFill('amazon', ORDER, T0 + 2)).toEqual(PARCEL);
  });

  test('a minute later fills nothing, and is dropped when another fill is remembered', async () => {
    await rememberConfirmFill('amazon', ORDER, PARCEL, T0);
    await rememberConfirmFill('amazon', '113-1000000-0000004', { ...PARCEL, lines: [] }, T0 + CONFIRM_FILL_KEEP_MS);
    expect(Object.keys(await confirmFillsItem.getValue())).toEqual(['amazon:113-1000000-0000004']);
    expect(await takeConfirmFill('amazon', ORDER, T0 + CONFIRM_FILL_KEEP_MS)).toBeNull();
  });

  test('a second click replaces the first fill of the same order', async () => {
    await rememberConfirmFill('amazon', ORDER, PARCEL, T0);
    await rememberConfirmFill('amazon', ORDER, { ...PARCEL, trackingNumber: '9400111899223100001234' }, T0 + 10);
    expect((await takeConfirmFill('amazon', ORDER, T0 + 20))?.trackingNumber).toBe('9400111899223100001234');
  });

  test('travels through the background’s messages from a portal page', async () => {
    expect(await messageHandlers.rememberConfirmFill({ type: 'rememberConfirmFill', channelKind: 'amazon', externalId: ORDER, parcel: PARCEL }, fromPage)).toEqual({ kept: true });
    expect(await messageHandlers.takeConfirmFill({ type: 'takeConfirmFill', channelKind: 'amazon', externalId: ORDER }, fromPage)).toEqual({ parcel: PARCEL });
    expect(await messageHandlers.takeConfirmFill({ type: 'takeConfirmFill', channelKind: 'amazon', externalId: ORDER }, fromPage)).toEqual({ parcel: null });
  });

  test.each([
    ['a portal Orderlens does not know', { channelKind: 'temu', externalId: ORDER, parcel: PARCEL }, /channelKind/],
    ['no order number', { channelKind: 'amazon', externalId: '', parcel: PARCEL }, /externalId/],
    ['a parcel without its lines', { channelKind: 'amazon', externalId: ORDER, parcel: { ...PARCEL, lines: undefined } }, /parcel/],
    ['a negative quantity', { channelKind: 'amazon', externalId: ORDER, parcel: { ...PARCEL, lines: [{ sku: 'X', channelSku: null, quantity: -1 }] } }, /parcel/],
    ['a ship time that is no time', { channelKind: 'amazon', externalId: ORDER, parcel: { ...PARCEL, shippedAt: 'yesterday' } }, /parcel/],
  ])('with %s is refused and nothing is kept', async (_what, message, field) => {
    const sent = { type: 'rememberConfirmFill', ...message } as Parameters<typeof messageHandlers.rememberConfirmFill>[0];
    const refusal = await messageHandlers.rememberConfirmFill(sent, fromPage).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackgroundError);
    expect((refusal as BackgroundError).code).toBe('bad_message');
    expect((refusal as BackgroundError).message).toMatch(field);
    expect(await confirmFillsItem.getValue()).toEqual({});
  });
});

describe('the confirm page’s order', () => {
  test.each([
    ['https://sellercentral.amazon.com/orders-v3/order/113-1000000-0000005/confirm-shipment', '113-1000000-0000005'],
    ['https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321/confirm-shipment/', '302-1234567-7654321'],
    ['https://sellercentral.amazon.com/orders-v3/order/113-1000000-0000005', undefined],
    ['https://sellercentral.amazon.com/orders-v3/mfn/unshipped', undefined],
  ])('%s is the page of %s', (href, order) => {
    expect(confirmPageOrder('amazon', new URL(href))).toBe(order);
  });

  test('is none on portals whose form opens in the orders page', () => {
    expect(confirmPageOrder('ebay', new URL('https://www.ebay.com/orders-v3/order/113-1000000-0000005/confirm-shipment'))).toBeUndefined();
  });
});
