/**
 * What one pass over a portal page finds when it holds the page against the
 * book: orders the page shows that the book lacks, orders whose portal and
 * book statuses disagree in a way the seller must act on, and listings
 * whose shown quantity is not what they can sell. Pure: counted by the
 * reconciliation feature, shown in the popup.
 */
import type { OrderStatus } from '../../../shared/status.js';
import type { PageReconciliation, RisksAnswer, StatusesAnswer } from '../../messaging/messages.js';
import type { CapturedOrder, ListingQuantity, PageKind } from '../portals/types.js';

/** Statuses of an order nobody has shipped any of yet. */
const NOTHING_SHIPPED: ReadonlySet<OrderStatus> = new Set(['pending', 'ready', 'in_progress', 'on_hold']);
/** Statuses of an order whose stock the book still holds for it. */
const HOLDING_STOCK: ReadonlySet<OrderStatus> = new Set(['pending', 'ready', 'in_progress', 'on_hold', 'unknown']);
const ALL_SHIPPED: ReadonlySet<OrderStatus> = new Set(['shipped', 'delivered']);

/**
 * Whether the book has shipped more of the order than the portal shows:
 * the portal shows nothing shipped while the book has some or all, or shows
 * part while the book has all. The seller confirms the shipment on the portal.
 */
export function shippedInBookOnly(portal: OrderStatus | undefined, book: OrderStatus): boolean {
  if (portal === undefined) return false;
  if (NOTHING_SHIPPED.has(portal)) return book === 'partially_shipped' || ALL_SHIPPED.has(book);
  return portal === 'partially_shipped' && ALL_SHIPPED.has(book);
}

/** Whether the portal shows the order cancelled while the book still holds stock for it. */
export function cancelledOnPortalOnly(portal: OrderStatus | undefined, book: OrderStatus): boolean {
  return portal === 'cancelled' && HOLDING_STOCK.has(book);
}

/**
 * What earlier passes over the page found, by order number: orders the book
 * lacked (captured by this page), and orders the portal showed cancelled
 * while the book held their stock (freed once the capture lands, after which
 * the book agrees: they stay counted for as long as the page shows them).
 */
export interface OrdersFound {
  newToBook: Set<string>;
  cancelledOnPortal: Set<string>;
}

/** A fresh memory for a page. */
export const ordersFound = (): OrdersFound => ({ newToBook: new Set(), cancelledOnPortal: new Set() });

/** The counts of a pass over an orders page (or one order's page); notes what it found in `found`. */
export function reconcileOrders(kind: PageKind, orders: readonly CapturedOrder[], answer: StatusesAnswer | undefined, found: OrdersFound): PageReconciliation {
  const shown = new Map(orders.map((o) => [o.externalId, o]));
  let shippedInBook = 0;
  if (answer) {
    const created = new Set(answer.created ?? []);
    for (const order of shown.values()) {
      const book = answer.statuses[order.externalId];
      if (!book || created.has(order.externalId)) found.newToBook.add(order.externalId);
      if (!book) continue;
      if (shippedInBookOnly(order.status, book.status)) shippedInBook += 1;
      if (cancelledOnPortalOnly(order.status, book.status)) found.cancelledOnPortal.add(order.externalId);
    }
  }
  const counted = (ids: ReadonlySet<string>) => [...shown.keys()].filter((id) => ids.has(id)).length;
  return {
    pageKind: kind,
    ordersShown: shown.size,
    newToBook: counted(found.newToBook),
    shippedInBook,
    cancelledOnPortal: counted(found.cancelledOnPortal),
    listingsShown: 0,
    quantitiesDiffer: 0,
    notLinked: 0,
    known: answer !== undefined,
  };
}

/** The counts of one pass over a listings page. */
export function reconcileListings(listings: readonly ListingQuantity[], answer: RisksAnswer | undefined): PageReconciliation {
  const shown = new Map(listings.map((l) => [l.channelSku, l.listedQuantity]));
  const counts: PageReconciliation = {
    pageKind: 'listings',
    ordersShown: 0,
    newToBook: 0,
    shippedInBook: 0,
    cancelledOnPortal: 0,
    listingsShown: shown.size,
    quantitiesDiffer: 0,
    notLinked: 0,
    known: answer !== undefined,
  };
  if (!answer) return counts;
  for (const [channelSku, quantity] of shown) {
    const risk = answer.risks[channelSku];
    if (!risk) counts.notLinked += 1;
    else if (quantity !== undefined && quantity !== risk.availableToSell) counts.quantitiesDiffer += 1;
  }
  return counts;
}
