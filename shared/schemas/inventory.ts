/**
 * The inventory contract of the /v1 API: master SKUs, locations, stock and
 * its ledger, channel listings (what a channel sells → which SKUs, how
 * many), safety buffers, availability per channel, what portal pages show
 * (observations) and the oversell risk computed from all of it.
 */
import { z } from 'zod';
import { RISK_LEVELS } from '../risk.js';
import { isoTime } from './order.js';
import { commaSeparated } from './query.js';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A master SKU code, as the seller writes it. */
export const skuCode = text(200);
/** A location code: short, lowercase, no spaces (`default` always exists). */
export const locationCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lowercase letters, digits, - and _ (at most 40)');
const units = z.number().int().min(0).max(1_000_000_000);

/** POST /v1/skus (one SKU) and PUT /v1/skus/:sku (without `sku`). */
export const skuInput = z.strictObject({
  sku: skuCode,
  title: text(500).optional(),
  barcode: text(64).optional(),
  /** Available units under which the SKU counts as low. */
  lowStockThreshold: units.nullable().optional(),
});
/** POST /v1/skus: one SKU or `{skus:[…]}` (up to 500). */
export const createSkusBody = z.union([z.strictObject({ skus: z.array(skuInput).min(1).max(500) }), skuInput]);
/** PUT /v1/skus/:sku */
export const updateSkuBody = skuInput.omit({ sku: true });
/** A master SKU. */
export const skuRecord = z.object({
  sku: z.string(),
  title: z.string().nullable(),
  barcode: z.string().nullable(),
  lowStockThreshold: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** POST /v1/locations */
export const createLocationBody = z.strictObject({ code: locationCode, name: text(200) });
/** A stock location. */
export const locationRecord = z.object({ code: z.string(), name: z.string(), createdAt: z.string().nullable() });

/** PUT /v1/inventory/:sku — a count: sets on-hand units at a location (default: `default`). */
export const setStockBody = z.strictObject({ location: locationCode.optional(), onHand: units, note: text(500).optional() });
/** One adjustment: `delta` units (negative takes away), and why. */
export const adjustmentInput = z.strictObject({
  sku: skuCode,
  location: locationCode.optional(),
  delta: z
    .number()
    .int()
    .min(-1_000_000_000)
    .max(1_000_000_000)
    .refine((n) => n !== 0, 'must not be 0'),
  reason: text(500),
});
/** POST /v1/inventory/adjustments: a list, bare or as `{adjustments:[…]}` (up to 500), applied all or nothing. */
export const adjustmentsBody = z.union([z.array(adjustmentInput).min(1).max(500), z.strictObject({ adjustments: z.array(adjustmentInput).min(1).max(500) })]);

/** Stock of a SKU at one location. */
export const locationStock = z.object({ location: z.string(), onHand: z.number().int(), reserved: z.number().int(), available: z.number().int() });
/** Stock of a SKU: totals and per location. `backordered`: units short lines still need. */
export const stockRecord = z.object({
  sku: z.string(),
  title: z.string().nullable(),
  lowStockThreshold: z.number().int().nullable(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  backordered: z.number().int(),
  locations: z.array(locationStock),
});
/** GET /v1/inventory query. */
export const inventoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(300).optional(),
});
/** A page of stock records, by SKU. */
export const inventoryPage = z.object({ items: z.array(stockRecord), nextCursor: z.string().nullable() });

/** One ledger entry: a change to on-hand or reserved units. */
export const ledgerEntry = z.object({
  id: z.string(),
  sku: z.string(),
  location: z.string(),
  onHandDelta: z.number().int(),
  reservedDelta: z.number().int(),
  reason: z.enum(['set', 'adjustment', 'import', 'reserved', 'released', 'shipped', 'restocked']),
  note: z.string().nullable(),
  orderId: z.string().nullable(),
  lineId: z.string().nullable(),
  source: z.string(),
  actor: z.string().nullable().meta({ description: 'Who: the name of the token that made the change, or `system`/`webhook`; null on entries recorded before actors were.' }),
  at: z.string(),
});
/** GET /v1/inventory/:sku/ledger query: newest first. */
export const ledgerQuery = z.strictObject({
  location: locationCode.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(300).optional(),
});
export const ledgerPage = z.object({ entries: z.array(ledgerEntry), nextCursor: z.string().nullable() });

/** What the inventory CSV import did. */
export const importResult = z.object({ rows: z.number().int(), changed: z.number().int() });

/** One component of a listing: `quantity` units of `sku` per unit sold (the multiplier; a 2-pack is 2). */
export const listingComponent = z.strictObject({ sku: skuCode, quantity: z.number().int().min(1).max(10_000) });
/** PUT /v1/listings: creates or replaces the mapping of one channel SKU. */
export const listingBody = z.strictObject({
  channelId: text(64),
  channelSku: text(200).meta({ description: 'The key the marketplace stocks by: Amazon seller SKU, eBay custom label, Shopify variant SKU.', example: 'MUG-BLUE-FBM' }),
  itemId: text(200).optional().meta({ description: 'The marketplace item id beside it: ASIN, eBay item number, Shopify product handle.', example: 'B0CJ4XKQ2Z' }),
  variation: z
    .array(z.strictObject({ name: text(100), value: text(200) }))
    .max(3)
    .optional()
    .meta({ description: 'Variation options in order (eBay variation, Shopify variant).', example: [{ name: 'Size', value: '9' }] }),
  title: text(500).optional(),
  components: z
    .array(listingComponent)
    .min(1)
    .max(50)
    .refine((cs) => new Set(cs.map((c) => c.sku)).size === cs.length, 'each SKU may appear once; use quantity for several units'),
});
/** A listing. */
export const listingRecord = z.object({
  channelId: z.string(),
  channelSku: z.string(),
  itemId: z.string().nullable(),
  variation: z.array(z.object({ name: z.string(), value: z.string() })),
  /** True for an Amazon listing keyed by its ASIN whose seller SKU is unknown: no quantity file can carry it. */
  needsSku: z.boolean(),
  title: z.string().nullable(),
  components: z.array(z.object({ sku: z.string(), quantity: z.number().int() })),
  updatedAt: z.string(),
});
/** GET /v1/listings query. */
export const listListingsQuery = z.strictObject({
  channelId: text(64).optional(),
  sku: skuCode.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export const listingPage = z.object({ listings: z.array(listingRecord), nextCursor: z.string().nullable() });
/** DELETE /v1/listings query: the listing to remove. */
export const listingKeyQuery = z.strictObject({ channelId: text(64), channelSku: text(200) });

/**
 * PUT /v1/buffers: units held back from what channels may sell. Omit
 * `channelId` for every channel, `sku` for every SKU; the most specific
 * buffer wins: channel+SKU, then SKU, then channel, then the seller's.
 */
export const bufferBody = z.strictObject({ channelId: text(64).optional(), sku: skuCode.optional(), units });
/** DELETE /v1/buffers query. */
export const bufferKeyQuery = z.strictObject({ channelId: text(64).optional(), sku: skuCode.optional() });
/** A safety buffer; null channel or SKU means "every". */
export const bufferRecord = z.object({ channelId: z.string().nullable(), sku: z.string().nullable(), units: z.number().int(), updatedAt: z.string() });

/** GET /v1/availability query. */
export const availabilityQuery = z.strictObject({ channelId: text(64) });
/** What each listing of a channel may show. */
export const availabilityResult = z.object({
  channelId: z.string(),
  listings: z.array(
    z.object({
      channelSku: z.string(),
      availableToSell: z.number().int(),
      components: z.array(z.object({ sku: z.string(), quantity: z.number().int(), available: z.number().int(), buffer: z.number().int() })),
    }),
  ),
});

/** One quantity a portal page showed for a listing. */
export const observationInput = z.strictObject({ channelId: text(64), channelSku: text(200), listedQuantity: units, seenAt: isoTime });
/** POST /v1/listings/observations: a list, bare or as `{observations:[…]}` (up to 500). */
export const observationsBody = z.union([z.array(observationInput).min(1).max(500), z.strictObject({ observations: z.array(observationInput).min(1).max(500) })]);

/** A risk level. */
export const riskLevel = z.enum(RISK_LEVELS);
const manyStrings = (item: z.ZodString, max: number) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : commaSeparated(v)))
    .pipe(z.array(item).max(max));
/** GET /v1/risk query: `level` and `channelSku` may repeat or be comma-separated (up to 500 channel SKUs). */
export const riskQuery = z.strictObject({
  channelId: text(64).optional(),
  level: manyStrings(z.string(), 4).pipe(z.array(riskLevel)).optional(),
  channelSku: manyStrings(z.string().trim().min(1).max(200), 500).optional(),
});
/** POST /v1/risk/query: risk of up to 500 listings of one channel, for a portal page. */
export const riskLookupBody = z.strictObject({ channelId: text(64), channelSkus: z.array(text(200)).min(1).max(500) });
/** Oversell risk of one listing, with the numbers that explain it. */
export const riskRecord = z.object({
  channelId: z.string(),
  channelSku: z.string(),
  level: riskLevel,
  availableToSell: z.number().int(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  backordered: z.number().int(),
  listed: z.number().int().nullable(),
  buffer: z.number().int(),
  threshold: z.number().int().nullable(),
  /** The component SKU the numbers are about: the one that limits or oversells the listing. */
  sku: z.string(),
  seenAt: z.string().nullable(),
});
export const riskResult = z.object({ risks: z.array(riskRecord), unknown: z.array(z.string()) });

export type SkuInput = z.infer<typeof skuInput>;
export type SkuRecord = z.infer<typeof skuRecord>;
export type StockRecord = z.infer<typeof stockRecord>;
export type LedgerEntry = z.infer<typeof ledgerEntry>;
export type ListingBody = z.infer<typeof listingBody>;
export type ListingRecord = z.infer<typeof listingRecord>;
export type BufferRecord = z.infer<typeof bufferRecord>;
export type ObservationInput = z.infer<typeof observationInput>;
export type RiskRecord = z.infer<typeof riskRecord>;
export type AdjustmentInput = z.infer<typeof adjustmentInput>;
