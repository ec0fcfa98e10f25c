/**
 * What each channel still needs sent to its marketplace (the dashboard's
 * "Send to marketplaces" panel), and the reconciliation of what the
 * portals show against the book. Both read available-to-sell as it is now,
 * so a capture, cancel, adjustment or return shows in them at once.
 */
import type { ChannelReconciliation, ChannelSendState } from '../../../shared/schemas/sync-back.js';
import { isLayout, layoutFor, type NoLayout, QUANTITY_LAYOUTS, SHIPMENT_LAYOUTS, type UploadLayout } from '../../../shared/upload-layouts.js';
import type { Db } from '../../db/client.js';
import { listChannels } from '../accounts/service.js';
import { type ListingQuantity, listingQuantityPage, readBuffers, requireChannel } from '../stock/listings.js';
import { countUnsentShipments, recentUploadFiles } from './queries.js';
import { portalOrdersMissing, statusPairs } from './queries-reconciliation.js';
import { BOOK_OPEN, BOOK_SHIPPED, missingKey, PORTAL_CANCELLED, PORTAL_UNSHIPPED } from './rules.js';
import { quantityRows } from './upload-files.js';

/** Listings read per page while counting. */
const PAGE_LISTINGS = 1000;
/** Unconfirmed shipments counted per channel: more are told as "more than" this, not counted whole. */
export const PENDING_SHIPMENTS_LIMIT = 1000;
/** How many ids or rows each list of the reconciliation carries. */
const LIST_LIMIT = 100;

/** Calls `each` with every page of a channel's listings and their available-to-sell. */
async function forEachListingPage(db: Db, sellerId: string, channelId: string, each: (page: ListingQuantity[]) => Promise<void> | void): Promise<void> {
  const buffers = await readBuffers(db, sellerId);
  let after: Awaited<ReturnType<typeof listingQuantityPage>>['next'];
  do {
    const page = await listingQuantityPage(db, sellerId, channelId, buffers, PAGE_LISTINGS, after);
    await each(page.listings);
    after = page.next;
  } while (after);
}

const choiceOf = <Row>(l: UploadLayout<Row> | NoLayout) => (isLayout(l) ? { layout: l.id, title: l.title, confirmed: l.confirmed } : { layout: null, reason: l.reason, alternative: l.alternative });

/** Per channel of the seller: the layouts, how many listings and shipments the next files would hold, and the recent files. */
export async function sendState(db: Db, sellerId: string): Promise<ChannelSendState[]> {
  const channels = await listChannels(db, sellerId);
  const out: ChannelSendState[] = [];
  for (const ch of channels) {
    const quantityLayout = layoutFor(QUANTITY_LAYOUTS, ch.kind);
    const shipmentLayout = layoutFor(SHIPMENT_LAYOUTS, ch.kind);
    let pending = 0;
    let unaddressable = 0;
    if (isLayout(quantityLayout)) {
      await forEachListingPage(db, sellerId, ch.id, async (page) => {
        unaddressable += page.filter((l) => missingKey(ch.kind, l) !== null).length;
        pending += (await quantityRows(db, sellerId, ch.id, ch.kind, page, { all: false, location: null })).length;
      });
    }
    const unsent = isLayout(shipmentLayout) ? await countUnsentShipments(db, sellerId, ch.id, PENDING_SHIPMENTS_LIMIT) : 0;
    out.push({
      channelId: ch.id,
      kind: ch.kind,
      name: ch.name,
      quantities: { ...choiceOf(quantityLayout), pending, missingKey: unaddressable },
      shipments: { ...choiceOf(shipmentLayout), pending: Math.min(unsent, PENDING_SHIPMENTS_LIMIT), morePending: unsent > PENDING_SHIPMENTS_LIMIT },
      files: await recentUploadFiles(db, sellerId, 5, ch.id),
    });
  }
  return out;
}

/**
 * What needs action on a channel: orders its portal showed that the book
 * lacks; orders the book shipped that the portal shows unshipped, or the
 * portal cancelled while the book still holds them; listings whose portal
 * quantity is not their available-to-sell.
 */
export async function reconcileChannel(db: Db, sellerId: string, channel: { id: string; kind: string }): Promise<ChannelReconciliation> {
  const [missingFromBook, unconfirmed, cancelled] = await Promise.all([
    portalOrdersMissing(db, sellerId, channel.id, LIST_LIMIT),
    statusPairs(db, sellerId, channel.id, { portal: PORTAL_UNSHIPPED, book: BOOK_SHIPPED }, LIST_LIMIT),
    statusPairs(db, sellerId, channel.id, { portal: PORTAL_CANCELLED, book: BOOK_OPEN }, LIST_LIMIT),
  ]);
  const listings: ChannelReconciliation['quantityMismatch']['listings'] = [];
  let quantityCount = 0;
  await forEachListingPage(db, sellerId, channel.id, (page) => {
    for (const l of page) {
      if (l.listed === null || l.seenAt === null || l.listed === l.availableToSell) continue;
      quantityCount += 1;
      if (listings.length < LIST_LIMIT) listings.push({ channelSku: l.channelSku, listed: l.listed, availableToSell: l.availableToSell, seenAt: l.seenAt });
    }
  });
  const orders = [...unconfirmed.orders.map((o) => ({ ...o, action: 'confirm_shipment' as const })), ...cancelled.orders.map((o) => ({ ...o, action: 'cancel_in_book' as const }))];
  return {
    channelId: channel.id,
    kind: channel.kind,
    missingFromBook,
    statusMismatch: { count: unconfirmed.count + cancelled.count, orders },
    quantityMismatch: { count: quantityCount, listings },
  };
}

/** The reconciliation of one channel (400 naming `query.channelId` if not the seller's) or of every channel. */
export async function reconcile(db: Db, sellerId: string, channelId?: string): Promise<ChannelReconciliation[]> {
  if (channelId) {
    const ch = await requireChannel(db, sellerId, channelId, 'query.channelId');
    return [await reconcileChannel(db, sellerId, { id: channelId, kind: ch.kind })];
  }
  const out: ChannelReconciliation[] = [];
  for (const ch of await listChannels(db, sellerId)) out.push(await reconcileChannel(db, sellerId, ch));
  return out;
}
