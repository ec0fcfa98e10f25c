/**
 * Reading a portal page once per pass: which kind of page it is, its orders,
 * its listings and the elements chips go beside, all through the portal's
 * adapter (pure parsing; an odd page gives fewer items, never an exception).
 */
import { readingOnce } from '../portals/dom.js';
import type { PortalAdapter } from '../portals/types.js';
import type { PageRead } from './features.js';
import { measured, type PassTiming } from './timing.js';

/** The page as the adapter reads it, or undefined when the adapter has nothing to read at this URL. */
export function readPage(adapter: PortalAdapter, url: URL, timing: PassTiming): PageRead | undefined {
  const kind = adapter.pageKind(url);
  if (!kind) return undefined;
  // One read of an unchanging page: each element's text is worked out once (see readingOnce).
  const { value, ms } = measured('orderlens:parse', () =>
    readingOnce(() => {
      const isListings = kind === 'listings';
      return {
        orders: isListings ? [] : adapter.parseOrders(document, url).items,
        listings: isListings ? adapter.parseListings(document, url).items : [],
        anchors: adapter.rowAnchors(document),
      };
    }),
  );
  timing.kind = kind;
  timing.parseMs = ms;
  timing.orders = value.orders.length;
  timing.listings = value.listings.length;
  timing.anchors = value.anchors.length;
  return { adapter, url, kind, ...value, timing };
}
