/**
 * The inventory tables, after Medusa's inventory-level / reservation-item:
 * stock per SKU and location with `reserved` counted apart from `on_hand`;
 * reservations as rows tied to order lines; every quantity a counter. The
 * CHECKs are the last line of defence against overselling: no write can
 * leave more reserved than on hand, whatever the code above got wrong.
 */
import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { channelScoped, createdNow, provenance, sellerRecord, sellerScoped, timestampsNow, updatedNow } from '../../db/schema-columns.js';

/** A master SKU: the thing a seller stocks, whatever each channel calls it. */
export const skus = sqliteTable(
  'skus',
  {
    ...sellerScoped,
    sku: text('sku').notNull(),
    title: text('title'),
    barcode: text('barcode'),
    /** Available units under which the SKU counts as low; null: low only when none is available. */
    lowStockThreshold: integer('low_stock_threshold'),
    /** Units that open order lines need but could not be allocated (short lines). */
    backordered: integer('backordered').notNull().default(0),
    ...timestampsNow,
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.sku] }), check('skus_backordered', sql`${t.backordered} >= 0`)],
);

/** A place stock is kept. The location `default` always exists. */
export const locations = sqliteTable(
  'locations',
  {
    ...sellerScoped,
    code: text('code').notNull(),
    name: text('name').notNull(),
    ...createdNow,
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.code] })],
);

/** One SKU at one location: what a level counts, and what each ledger entry changes. */
const skuAtLocation = { sku: text('sku').notNull(), location: text('location').notNull() };

/** Stock of one SKU at one location: on hand, and how much of it open orders hold. */
export const inventoryLevels = sqliteTable(
  'inventory_levels',
  {
    ...sellerScoped,
    ...skuAtLocation,
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    ...updatedNow,
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.sku, t.location] }), check('inventory_levels_counts', sql`${t.onHand} >= 0 AND ${t.reserved} >= 0 AND ${t.reserved} <= ${t.onHand}`)],
);

/** The index a change to a SKU finds the seller's rows about it by. */
const sellerSkuIndex = (table: string, t: { sellerId: AnySQLiteColumn; sku: AnySQLiteColumn }) => index(`${table}_seller_sku`).on(t.sellerId, t.sku);

/** Units of a SKU a row holds or consumes: a row for none is no row. */
const positiveQuantity = (table: string, t: { quantity: AnySQLiteColumn }) => check(`${table}_quantity`, sql`${t.quantity} > 0`);

/** A row about one SKU of one order line (what it consumes, what it holds), with the line's order beside it. */
const lineSku = { ...sellerScoped, lineId: text('line_id').notNull(), orderId: text('order_id').notNull(), sku: text('sku').notNull() };

/** Units of one SKU at one location held for one order line. */
export const reservations = sqliteTable(
  'reservations',
  {
    ...lineSku,
    location: text('location').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.sku, t.location] }), sellerSkuIndex('reservations', t), index('reservations_order').on(t.orderId), positiveQuantity('reservations', t)],
);

/**
 * What one unit of an order line consumes, fixed when the line is first
 * resolved (through its SKU or its channel's listing). No rows: unmapped.
 */
export const lineComponents = sqliteTable(
  'line_components',
  {
    ...lineSku,
    perUnit: integer('per_unit').notNull(),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.sku] }), sellerSkuIndex('line_components', t), index('line_components_order').on(t.orderId)],
);

/**
 * Every change to on-hand or reserved units: what, why, who, when. Per SKU
 * and location the deltas sum to the level's counters.
 */
export const inventoryLedger = sqliteTable(
  'inventory_ledger',
  {
    ...sellerRecord,
    ...skuAtLocation,
    onHandDelta: integer('on_hand_delta').notNull(),
    reservedDelta: integer('reserved_delta').notNull(),
    /** set | adjustment | import | reserved | released | shipped | restocked */
    reason: text('reason').notNull(),
    note: text('note'),
    orderId: text('order_id'),
    lineId: text('line_id'),
    ...provenance,
    at: text('at').notNull(),
  },
  // By order: a return restocks what its lines shipped (modules/stock/service.ts readShippedUnits).
  (t) => [index('inventory_ledger_seller_sku_at').on(t.sellerId, t.sku, t.at), index('inventory_ledger_order').on(t.orderId)],
);

/**
 * A listing of a channel as the marketplace keys it: `channel_sku` is the key
 * the marketplace stocks by (Amazon seller SKU, eBay custom label, Shopify
 * variant SKU).
 */
export const channelListing = { ...channelScoped, channelSku: text('channel_sku').notNull() };

/** The primary key of a table holding one row per channel listing. */
export const listingKey = (t: { sellerId: AnySQLiteColumn; channelId: AnySQLiteColumn; channelSku: AnySQLiteColumn }) => primaryKey({ columns: [t.sellerId, t.channelId, t.channelSku] });

/** What a channel sells, mapped to master SKUs. */
export const listings = sqliteTable(
  'listings',
  {
    ...channelListing,
    /** The marketplace's item id beside it: ASIN, eBay item number, Shopify product handle; null when unknown. */
    itemId: text('item_id'),
    /** Variation options in order, [{name, value}] (eBay variations, Shopify variants); null for none. */
    variation: text('variation', { mode: 'json' }),
    /** An Amazon listing still keyed by its ASIN: its seller SKU is unknown, so no quantity file can carry it. */
    needsSku: integer('needs_sku', { mode: 'boolean' }).notNull().default(false),
    title: text('title'),
    ...timestampsNow,
  },
  // Upload files read a channel's listings in pages by (item id, channel SKU), so an item's variations come together.
  (t) => [listingKey(t), index('listings_channel_item').on(t.sellerId, t.channelId, sql`coalesce(${t.itemId}, '')`, t.channelSku)],
);

/** One component of a listing: `quantity` units of `sku` per unit sold (a 2-pack is 2). */
export const listingComponents = sqliteTable(
  'listing_components',
  {
    ...channelListing,
    sku: text('sku').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.channelId, t.channelSku, t.sku] }), sellerSkuIndex('listing_components', t), positiveQuantity('listing_components', t)],
);

/**
 * Units held back from what channels may sell. '' in channel_id or sku
 * means "every": ('', '') is the seller's default, (channel, '') a channel's,
 * ('', sku) a SKU's everywhere, (channel, sku) the most specific.
 */
export const safetyBuffers = sqliteTable(
  'safety_buffers',
  {
    ...sellerScoped,
    channelId: text('channel_id').notNull().default(''),
    sku: text('sku').notNull().default(''),
    units: integer('units').notNull(),
    ...updatedNow,
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.channelId, t.sku] }), check('safety_buffers_units', sql`${t.units} >= 0`)],
);

/** The quantity a channel's listing page last showed, as the extension saw it. */
export const listingObservations = sqliteTable(
  'listing_observations',
  {
    ...channelListing,
    listedQuantity: integer('listed_quantity').notNull(),
    seenAt: text('seen_at').notNull(),
  },
  (t) => [listingKey(t)],
);
