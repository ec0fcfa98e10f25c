/**
 * Reading a portal page once per pass: which kind of page it is, its orders,
 * its listings and the elements chips go beside, all through the portal's
 * adapter (pure parsing; an odd page gives fewer items, never an exception).
 * What the adapter read of each element is remembered from pass to pass and
 * forgotten where the page changes, so a pass re-reads only what changed; order
 * rows are also remembered by their text, so a table the portal draws again
 * with new elements is not read again (see readOrderRows).
 */

import type { ChannelLocale } from '../../../shared/channel-locale.js';
import { packFor } from '../portals/packs.js';
import { forgetChanged, pageMemory, type ReadMemory, readingOnce } from '../portals/page-text.js';
import type { PageKind, PortalAdapter } from '../portals/types.js';
import type { PageRead } from './features.js';
import { pageHealth } from './page-health.js';
import { measured, type PassTiming } from './timing.js';

/** What earlier passes read of one page, for as long as every change to it is passed on. */
export interface PageReadings {
  /** Forgets the readings of what `records` touched (the page's own changes and the overlay's alike). */
  changed(records: readonly MutationRecord[]): void;
  readonly memory: ReadMemory;
}

/** Readings kept across the passes over a page; the page watcher must pass on every change it sees. */
export function pageReadings(): PageReadings {
  const memory = pageMemory();
  return {
    memory,
    changed(records) {
      forgetChanged(
        memory,
        records.map((r) => r.target),
      );
    },
  };
}

/** What one read of a document of `kind` gives: its items, chip anchors, account and health. Pure over the document. */
export type DocumentReading = Pick<PageRead, 'orders' | 'listings' | 'anchors' | 'health' | 'account'>;

/**
 * Reads `doc`, a page of `kind` at `url`, through `adapter` (orders in the
 * channel's currency and zone when `locale` is known), and counts what it
 * shows against what was read.
 */
export function readDocument(adapter: PortalAdapter, doc: Document, url: URL, kind: PageKind, locale?: ChannelLocale): DocumentReading {
  const parsed = kind === 'listings' ? adapter.parseListings(doc, url) : adapter.parseOrders(doc, url, locale);
  const orders = kind === 'listings' ? [] : (parsed.items as PageRead['orders']);
  const listings = kind === 'listings' ? (parsed.items as PageRead['listings']) : [];
  const health = pageHealth(doc, packFor(adapter.id), { portal: adapter.id, kind, url, orders, listings, warnings: parsed.warnings, page: parsed.page });
  return { orders, listings, anchors: adapter.rowAnchors(doc), health, account: adapter.account?.(doc, url) };
}

/**
 * The page as the adapter reads it, or undefined when the adapter has nothing
 * to read at this URL. With `readings`, elements no change touched since an
 * earlier pass are not read again.
 */
export function readPage(adapter: PortalAdapter, url: URL, timing: PassTiming, readings?: PageReadings, locale?: ChannelLocale): PageRead | undefined {
  const kind = adapter.pageKind(url);
  if (!kind) return undefined;
  // One read of an unchanging page: each element's text is worked out once (see readingOnce).
  const { value, ms } = measured('orderlens:parse', () => readingOnce(() => readDocument(adapter, document, url, kind, locale), readings?.memory));
  timing.kind = kind;
  timing.parseMs = ms;
  timing.orders = value.orders.length;
  timing.listings = value.listings.length;
  timing.anchors = value.anchors.length;
  return { adapter, url, kind, ...value, timing, book: {} };
}
