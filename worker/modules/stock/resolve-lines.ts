/**
 * Resolving what an order line consumes. Pure. A line naming a master SKU
 * the seller stocks consumes one unit of it per unit sold; otherwise its
 * channel SKU (or, failing that, its SKU, as channels often call the
 * seller's SKU by that name, or its item id, as a listing whose seller SKU
 * is unknown is still keyed by its ASIN) is looked up among the channel's listings, so
 * a 2-pack consumes 2 units and a kit its components; a line that maps to
 * nothing has no components and is kept as `unmapped`.
 */
import type { Component } from './allocation.js';

/** What resolution needs to know: the seller's SKUs and the channel's listings. */
export interface Catalog {
  skus: ReadonlySet<string>;
  /** Listings by channel id, then channel SKU. */
  listings: ReadonlyMap<string, ReadonlyMap<string, readonly Component[]>>;
}

/** What names a line's item: the seller's SKU, the channel's key, and the marketplace's item id beside it. */
export interface LineKeys {
  sku: string | null;
  channelSku: string | null;
  channelItemId?: string | null;
}

/** The components one unit of a line consumes; empty when it maps to nothing. */
export function resolveLine(line: LineKeys, channelId: string, catalog: Catalog): Component[] {
  if (line.sku && catalog.skus.has(line.sku)) return [{ sku: line.sku, perUnit: 1 }];
  const listed = catalog.listings.get(channelId);
  for (const key of [line.channelSku, line.sku, line.channelItemId]) {
    const found = key ? listed?.get(key) : undefined;
    if (found?.length) return found.map((c) => ({ ...c }));
  }
  return [];
}

/** The SKUs and (channel, channel SKU) pairs a catalog must hold to resolve these lines. */
export function catalogKeys(lines: ReadonlyArray<LineKeys & { channelId: string }>): {
  skus: string[];
  listings: Array<{ channelId: string; channelSku: string }>;
} {
  const skus = new Set<string>();
  const listings = new Map<string, { channelId: string; channelSku: string }>();
  for (const l of lines) {
    if (l.sku) skus.add(l.sku);
    for (const k of [l.channelSku, l.sku, l.channelItemId]) if (k) listings.set(`${l.channelId}\u0000${k}`, { channelId: l.channelId, channelSku: k });
  }
  return { skus: [...skus], listings: [...listings.values()] };
}
