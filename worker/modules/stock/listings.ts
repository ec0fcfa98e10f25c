/**
 * Listings and what follows from them. Putting a listing maps a channel
 * SKU to master SKUs, and open order lines of that channel SKU that mapped
 * to nothing until now are resolved and allocated in the same batch.
 * Availability and oversell risk per listing come from the one shared
 * function (shared/risk.ts) over each listing's components' stock.
 */

import { oversellRisk, type RiskLevel } from '../../../shared/risk.js';
import type { ListingBody, RiskRecord } from '../../../shared/schemas/inventory.js';
import { runBatch, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { findChannel } from '../accounts/service.js';
import { byPriority, StockBook } from './allocation.js';
import { type Buffer, bufferFor } from './buffers.js';
import { readUnmappedLines, stockGuards, stockWrites } from './queries.js';
import { findSkus } from './queries-inventory.js';
import { type ListingStock, listBuffers, putListingStatements, readListingStock } from './queries-listings.js';
import { loadStock, type StockContext, settle } from './service.js';

/** 400 naming `channelId` unless the channel is the seller's. */
export async function requireChannel(db: Db, sellerId: string, channelId: string, path = 'channelId'): Promise<void> {
  if (!(await findChannel(db, sellerId, channelId))) throw invalidInput([{ path, message: `No channel ${channelId} for this seller.` }], 'Unknown channel.');
}

/** Creates or replaces a listing, then allocates the open lines it maps for the first time. */
export async function putListing(db: Db, sellerId: string, body: ListingBody, ctx: StockContext): Promise<void> {
  await requireChannel(db, sellerId, body.channelId);
  const known = await findSkus(
    db,
    sellerId,
    body.components.map((c) => c.sku),
  );
  const missing = body.components.flatMap((c, i) => (known.has(c.sku) ? [] : [{ path: `components.${i}.sku`, message: `No SKU ${c.sku}; create it with POST /v1/skus first.` }]));
  if (missing.length) throw invalidInput(missing, 'A component names an unknown SKU.');

  await withConflictRetry(async () => {
    const book = new StockBook();
    const lines = await readUnmappedLines(db, sellerId, body.channelId, body.channelSku);
    const components = body.components.map((c) => ({ sku: c.sku, perUnit: c.quantity }));
    if (lines.length) {
      await loadStock(
        db,
        sellerId,
        book,
        components.map((c) => c.sku),
      );
      book.addLines(lines);
      // A line that names a master SKU resolves to it directly; only the others take this listing.
      for (const l of lines.filter((x) => !(x.sku && known.has(x.sku))).sort(byPriority)) book.resolve(l.lineId, components);
    }
    const plan = await settle(db, sellerId, book);
    await runBatch(db, [...stockGuards(db, sellerId, plan), ...putListingStatements(db, sellerId, body, ctx.at), ...stockWrites(db, sellerId, plan, ctx)]);
  });
}

function riskOf(listing: ListingStock, buffers: readonly Buffer[]): RiskRecord {
  const components = listing.components.map((c) => ({ ...c, buffer: bufferFor(buffers, listing.channelId, c.sku) }));
  const risk = oversellRisk(components, listing.listed);
  return { channelId: listing.channelId, channelSku: listing.channelSku, seenAt: listing.seenAt, ...risk };
}

/** Oversell risk of the seller's listings, optionally of one channel, some channel SKUs, some levels. */
export async function listingRisks(
  db: Db,
  sellerId: string,
  filter: { channelId?: string; channelSkus?: readonly string[]; levels?: readonly RiskLevel[] },
): Promise<{ risks: RiskRecord[]; unknown: string[] }> {
  const [listings, buffers] = await Promise.all([
    readListingStock(db, sellerId, { ...(filter.channelId ? { channelId: filter.channelId } : {}), ...(filter.channelSkus ? { channelSkus: filter.channelSkus } : {}) }),
    listBuffers(db, sellerId),
  ]);
  const found = new Set(listings.map((l) => l.channelSku));
  const risks = listings.map((l) => riskOf(l, buffers)).filter((r) => !filter.levels?.length || filter.levels.includes(r.level));
  return { risks, unknown: (filter.channelSkus ?? []).filter((s) => !found.has(s)) };
}

/** What each listing of a channel may show: available minus buffer, divided by its multiplier; for kits the least component. */
export async function channelAvailability(db: Db, sellerId: string, channelId: string) {
  const [listings, buffers] = await Promise.all([readListingStock(db, sellerId, { channelId }), listBuffers(db, sellerId)]);
  return listings.map((l) => {
    const components = l.components.map((c) => ({ ...c, buffer: bufferFor(buffers, channelId, c.sku) }));
    return {
      channelSku: l.channelSku,
      availableToSell: oversellRisk(components).availableToSell,
      components: components.map((c) => ({ sku: c.sku, quantity: c.perUnit, available: Math.max(0, c.onHand - c.reserved), buffer: c.buffer })),
    };
  });
}
