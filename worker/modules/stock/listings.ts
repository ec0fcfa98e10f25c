/**
 * Listings and what follows from them. Putting a listing maps a channel
 * SKU to master SKUs, and open order lines of that channel SKU that mapped
 * to nothing until now are resolved and allocated in the same batch.
 * Availability and oversell risk per listing come from the one shared
 * function (shared/risk.ts) over each listing's components' stock.
 */

import { oversellRisk, type RiskLevel } from '../../../shared/risk.js';
import type { ListingBody, ObservationInput, RiskRecord } from '../../../shared/schemas/inventory.js';
import { runBatch, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { findChannel } from '../accounts/service.js';
import { type OutboxEvent, outboxStatements } from '../webhooks-out/service.js';
import { byPriority, StockBook } from './allocation.js';
import { type Buffer, bufferFor } from './buffers.js';
import { readUnmappedLines, stockGuards, stockWrites } from './queries.js';
import { findSkus } from './queries-inventory.js';
import {
  type ListingPageKey,
  type ListingStock,
  type ListingStockDetail,
  listBuffers,
  observationStatement,
  observationsUnchanged,
  putListingStatements,
  readListingStock,
  readListingStockPage,
} from './queries-listings.js';
import { loadStock, type StockContext, settle } from './service.js';

/** 400 naming `channelId` unless the channel is the seller's; its kind. */
export async function requireChannel(db: Db, sellerId: string, channelId: string, path = 'channelId'): Promise<{ kind: string }> {
  const channel = await findChannel(db, sellerId, channelId);
  if (!channel) throw invalidInput([{ path, message: `No channel ${channelId} for this seller.` }], 'Unknown channel.');
  return channel;
}

/** An ASIN: B0 and eight letters or digits, or an ISBN-10 (books). */
const ASIN = /^(?:B0[0-9A-Z]{8}|\d{9}[\dX])$/;

/** True for an Amazon listing keyed by an ASIN: Amazon stocks by seller SKU, so its quantity cannot be sent. */
export const needsSellerSku = (kind: string, channelSku: string) => kind === 'amazon' && ASIN.test(channelSku);

/** Creates or replaces a listing, then allocates the open lines it maps for the first time. */
export async function putListing(db: Db, sellerId: string, body: ListingBody, ctx: StockContext): Promise<void> {
  const { kind } = await requireChannel(db, sellerId, body.channelId);
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
    await runBatch(db, [...stockGuards(db, sellerId, plan), ...putListingStatements(db, sellerId, body, ctx.at, needsSellerSku(kind, body.channelSku)), ...stockWrites(db, sellerId, plan, ctx)]);
  });
}

/** The channel shows more of the listing than can be sold. */
const showsTooMany = (r: Pick<RiskRecord, 'listed' | 'availableToSell'>) => r.listed !== null && r.listed > r.availableToSell;

/**
 * Records what portal pages showed, and publishes `listing.at_risk` for
 * each listing the sighting makes show more than it can sell (a crossing:
 * a listing already shown too high publishes nothing more). The sightings
 * and the events are one batch, guarded on the sightings read.
 */
export async function recordObservations(db: Db, sellerId: string, rows: readonly ObservationInput[]): Promise<void> {
  const newest = new Map<string, ObservationInput & { seenAt: string }>();
  for (const r of rows) {
    const seen = { ...r, seenAt: new Date(r.seenAt).toISOString() };
    const key = `${r.channelId}\n${r.channelSku}`;
    const kept = newest.get(key);
    if (!kept || kept.seenAt <= seen.seenAt) newest.set(key, seen);
  }
  await withConflictRetry(async () => {
    const [listings, buffers] = await Promise.all([readListingStock(db, sellerId, { channelSkus: [...new Set(rows.map((r) => r.channelSku))] }), listBuffers(db, sellerId)]);
    const read: Array<{ channelId: string; channelSku: string; seenAt: string | null }> = [];
    const events: OutboxEvent[] = [];
    for (const l of listings) {
      const seen = newest.get(`${l.channelId}\n${l.channelSku}`);
      if (!seen || (l.seenAt !== null && l.seenAt > seen.seenAt)) continue;
      const before = riskOf(l, buffers);
      const after = riskOf({ ...l, listed: seen.listedQuantity, seenAt: seen.seenAt }, buffers);
      if (!showsTooMany(after) || showsTooMany(before)) continue;
      read.push({ channelId: l.channelId, channelSku: l.channelSku, seenAt: l.seenAt });
      events.push({
        type: 'listing.at_risk',
        subject: `listing:${l.channelId}:${l.channelSku}`,
        data: { channelId: l.channelId, channelSku: l.channelSku, listed: after.listed, availableToSell: after.availableToSell, level: after.level, sku: after.sku, seenAt: seen.seenAt },
      });
    }
    await runBatch(db, [
      ...(read.length ? [observationsUnchanged(db, sellerId, read)] : []),
      observationStatement(db, sellerId, rows),
      ...outboxStatements(db, sellerId, events, new Date().toISOString()),
    ]);
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

/** A listing as an upload file needs it: its keys, variation and available-to-sell. */
export interface ListingQuantity extends Omit<ListingStockDetail, 'components'> {
  availableToSell: number;
}

/** The seller's safety buffers, read once for a run of quantity pages. */
export const readBuffers = (db: Db, sellerId: string) => listBuffers(db, sellerId);

/** One page of a channel's listings with available-to-sell, ordered so an item's variations come together; `next` when more may follow. */
export async function listingQuantityPage(
  db: Db,
  sellerId: string,
  channelId: string,
  buffers: readonly Buffer[],
  limit: number,
  after?: ListingPageKey,
): Promise<{ listings: ListingQuantity[]; next?: ListingPageKey }> {
  const page = await readListingStockPage(db, sellerId, channelId, limit, after);
  const listings = page.map(({ components, ...l }) => ({
    ...l,
    availableToSell: oversellRisk(components.map((c) => ({ ...c, buffer: bufferFor(buffers, channelId, c.sku) }))).availableToSell,
  }));
  const last = page[page.length - 1];
  return { listings, ...(page.length === limit && last ? { next: { itemId: last.itemId ?? '', channelSku: last.channelSku } } : {}) };
}
