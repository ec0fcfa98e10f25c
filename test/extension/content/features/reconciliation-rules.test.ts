import { describe, expect, it } from 'vitest';
import { cancelledOnPortalOnly, ordersFound, reconcileListings, reconcileOrders, shippedInBookOnly } from '../../../../extension/content/features/reconciliation-rules.js';
import type { CapturedOrder } from '../../../../extension/content/portals/types.js';
import type { RisksAnswer, StatusesAnswer } from '../../../../extension/messaging/messages.js';
import type { OrderStatus } from '../../../../shared/status.js';
import { listingRisk } from './listing-risk.js';

const at = '2026-11-20T10:00:00.000Z';
const shown = (externalId: string, status: OrderStatus): CapturedOrder => ({ externalId, status, lines: [], partial: false, missing: [] });
const inBook = (statuses: Record<string, OrderStatus>, extra: Partial<StatusesAnswer> = {}): StatusesAnswer => ({
  statuses: Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { status, channelStatus: null, updatedAt: at }])),
  queued: [],
  fresh: true,
  ...extra,
});

describe('which disagreements need the seller', () => {
  it('the book shipped more than the portal shows', () => {
    expect(shippedInBookOnly('ready', 'shipped')).toBe(true);
    expect(shippedInBookOnly('ready', 'partially_shipped')).toBe(true);
    expect(shippedInBookOnly('partially_shipped', 'shipped')).toBe(true);
    expect(shippedInBookOnly('partially_shipped', 'partially_shipped')).toBe(false);
    expect(shippedInBookOnly('shipped', 'shipped')).toBe(false);
    expect(shippedInBookOnly(undefined, 'shipped')).toBe(false);
  });

  it('the portal cancelled an order the book still holds stock for', () => {
    expect(cancelledOnPortalOnly('cancelled', 'ready')).toBe(true);
    expect(cancelledOnPortalOnly('cancelled', 'cancelled')).toBe(false);
    expect(cancelledOnPortalOnly('cancelled', 'shipped')).toBe(false);
    expect(cancelledOnPortalOnly('ready', 'ready')).toBe(false);
  });
});

describe('the counts of an orders page', () => {
  it('counts orders new to the book, shipped only in the book and cancelled only on the portal', () => {
    const page = [shown('A', 'ready'), shown('B', 'ready'), shown('C', 'cancelled'), shown('D', 'pending'), shown('E', 'shipped')];
    const counts = reconcileOrders('orders', page, inBook({ A: 'shipped', B: 'ready', C: 'ready' }), ordersFound());
    expect(counts).toEqual({ pageKind: 'orders', ordersShown: 5, newToBook: 2, shippedInBook: 1, cancelledOnPortal: 1, listingsShown: 0, quantitiesDiffer: 0, notLinked: 0, known: true });
  });

  it('keeps counting what earlier passes found after the captures brought the book in line', () => {
    const page = [shown('C', 'cancelled'), shown('D', 'pending')];
    const found = ordersFound();
    reconcileOrders('orders', page, inBook({ C: 'ready' }), found);
    const later = reconcileOrders('orders', page, inBook({ C: 'cancelled', D: 'pending' }), found);
    expect(later).toMatchObject({ newToBook: 1, cancelledOnPortal: 1 });
  });

  it('counts an order a capture from this browser created even when the book had it by the first read', () => {
    const counts = reconcileOrders('orders', [shown('D', 'pending')], inBook({ D: 'pending' }, { created: ['D'] }), ordersFound());
    expect(counts.newToBook).toBe(1);
  });

  it('compares nothing when the book could not be asked', () => {
    expect(reconcileOrders('order', [shown('A', 'ready')], undefined, ordersFound())).toMatchObject({ pageKind: 'order', ordersShown: 1, newToBook: 0, shippedInBook: 0, known: false });
  });
});

describe('the counts of a listings page', () => {
  it('counts quantities that differ from what can be sold and listings linked to no SKU', () => {
    const risk = (availableToSell: number) => listingRisk(availableToSell, 'ok', 'S');
    const answer: RisksAnswer = { risks: { a: risk(6), b: risk(3), d: risk(2) }, unknown: ['c'] };
    const listings = [
      { channelSku: 'a', listedQuantity: 42, partial: false, missing: [] },
      { channelSku: 'b', listedQuantity: 3, partial: false, missing: [] },
      { channelSku: 'c', listedQuantity: 9, partial: false, missing: [] },
      { channelSku: 'd', partial: true, missing: ['listedQuantity'] },
    ];
    expect(reconcileListings(listings, answer)).toEqual({
      pageKind: 'listings',
      ordersShown: 0,
      newToBook: 0,
      shippedInBook: 0,
      cancelledOnPortal: 0,
      listingsShown: 4,
      quantitiesDiffer: 1,
      notLinked: 1,
      known: true,
    });
  });
});
