/**
 * Listing quantities: what a listings page shows for each listing goes to
 * the background, which records it on the worker as an observation (the
 * "listed here" of the oversell risk). Only quantities that changed since
 * this page last sent them travel; one that did not get through is sent
 * again next pass.
 */

import { askBackground, type ListingShown } from '../../messaging/messages.js';
import type { PortalFeature } from '../core/features.js';
import { unsavedFill } from '../core/quantity-fills.js';
import { sentMemory } from '../core/sent-memory.js';
import { waitedFor } from '../core/timing.js';

export const listingQuantities: PortalFeature = {
  id: 'listing-quantities',
  include: ['listings'],
  start({ portal }) {
    const memory = sentMemory<ListingShown>((listing) => listing.channelSku);
    return async (page) => {
      // A negative count (Shopify shows oversold stock as "-2") is not a quantity on offer,
      // nor is one Orderlens filled that the seller has not saved with the portal's button.
      const shown = page.listings.flatMap((l) =>
        Number.isInteger(l.listedQuantity) && l.listedQuantity! >= 0 && !unsavedFill(l.channelSku) ? [{ channelSku: l.channelSku, listedQuantity: l.listedQuantity! }] : [],
      );
      const changed = memory.changed(shown);
      if (changed.length === 0) return;
      await waitedFor(page.timing, 'observations', () => askBackground({ type: 'observations', channelKind: portal, listings: changed, ...(page.account ? { accountKey: page.account.key } : {}) }));
      memory.noteSent(changed);
    };
  },
};
