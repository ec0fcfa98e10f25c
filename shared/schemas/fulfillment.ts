/**
 * The fulfillment contract: the queue, holds, pick lists, shipments,
 * deliveries, cancellations and returns.
 */
import { z } from 'zod';
import { deliveryPromise, shipSpeed } from './order.js';
import { HOLD_REASONS, holdReason } from './rules.js';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Why a rule gave an order its place: one matched rule and what it did. */
export const matchedRule = z.object({
  ruleId: z.string(),
  name: z.string(),
  points: z.number().int(),
  tags: z.array(z.string()),
  hold: holdReason.optional(),
  release: z.enum([...HOLD_REASONS, 'all']).optional(),
  /** Set when the rule proposes merges: the hours within which its candidates' orders must be placed. */
  mergeWithinHours: z.number().int().optional(),
});

/** One order in the queue (or in the short list). */
export const queueEntry = z.object({
  orderId: z.string(),
  externalId: z.string(),
  channelId: z.string(),
  channelKind: z.string(),
  serviceLevel: z.string().meta({ description: "The channel's own service words." }),
  shipSpeed: shipSpeed,
  deliveryPromise: deliveryPromise.nullable(),
  placedAt: z.string(),
  shipBy: z.string().nullable(),
  /** Ship-by has passed. */
  late: z.boolean(),
  /** Ship-by falls within the next `dueSoonHours`. */
  dueSoon: z.boolean(),
  lineCount: z.number().int(),
  units: z.number().int(),
  tags: z.array(z.string()),
  priority: z.object({ points: z.number().int(), rules: z.array(matchedRule) }),
  /** Set when the entry stands for a merge group: its units and lines are the members' together. */
  merge: z.object({ groupId: z.string(), orderIds: z.array(z.string()) }).optional(),
});

/** An order that is held, and why. */
export const heldEntry = z.object({
  orderId: z.string(),
  externalId: z.string(),
  status: z.string(),
  reason: z.string(),
  note: z.string().nullable(),
  /** rule: a rule holds it; manual: the seller held it; status: its channel status says it cannot ship yet; merge: it ships merged with an order that is held. */
  source: z.enum(['rule', 'manual', 'status', 'merge']),
  ruleId: z.string().nullable(),
});

/** GET /v1/fulfillment/queue */
export const queueQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  dueSoonHours: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
});

/** The queue: ready and allocated orders, best first; short ones and held ones apart. */
export const queueAnswer = z.object({
  generatedAt: z.string(),
  ruleSetVersion: z.number().int(),
  /** Orders not yet (re)placed: counts and lists leave them out until the book-work queue catches up. */
  pending: z.number().int().nonnegative().meta({
    description: 'Orders captured or changed but not yet placed in the queue (a burst of arrivals or a rule change over the whole book is placed in the background). 0 when the answer is complete.',
  }),
  counts: z.object({ ready: z.number().int(), short: z.number().int(), held: z.number().int() }),
  queue: z.array(queueEntry),
  short: z.array(queueEntry),
  held: z.array(heldEntry),
});

/** POST /v1/orders/:id/hold */
export const holdBody = z.strictObject({ reason: holdReason, note: text(500).optional() });
/** POST /v1/orders/:id/release */
export const releaseBody = z.strictObject({ reason: text(500).optional() });

/** Lines and quantities: a shipment's or a return's. */
export const lineQuantities = z
  .array(z.strictObject({ lineId: text(64), quantity: z.number().int().positive().max(100_000) }))
  .min(1)
  .max(500)
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (seen.has(l.lineId)) ctx.addIssue({ code: 'custom', path: [i, 'lineId'], message: `line ${l.lineId} is listed twice` });
      seen.add(l.lineId);
    });
  });

/** POST /v1/orders/:id/shipments */
export const shipmentBody = z.strictObject({
  carrier: text(100),
  service: text(100).optional(),
  trackingNumber: text(100),
  lines: lineQuantities,
});

/** POST /v1/orders/:id/returns */
export const returnBody = z.strictObject({
  lines: lineQuantities,
  restock: z.boolean(),
  reason: text(500).optional(),
});

/** POST /v1/orders/:id/cancel and /deliver */
export const reasonBody = z.strictObject({ reason: text(500).optional() });

/** POST /v1/picklists: the given orders, or the top of the queue matching a filter. */
export const pickListBody = z.union([
  z.strictObject({ orderIds: z.array(text(64)).min(1).max(500) }),
  z.strictObject({
    filter: z.strictObject({
      channelId: text(64).optional(),
      serviceLevel: text(60).optional(),
      /** Only orders of these unified speeds (e.g. the next- and same-day ones, whatever each marketplace called them). */
      shipSpeed: z.array(shipSpeed).min(1).max(8).optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
  }),
]);

/** One SKU at one location on a pick list, and the orders that need it. */
export const pickItem = z.object({
  sku: z.string(),
  location: z.string(),
  units: z.number().int(),
  orders: z.array(z.object({ orderId: z.string(), externalId: z.string(), lineId: z.string(), units: z.number().int() })),
});

/** A pick list. */
export const pickList = z.object({
  id: z.string(),
  createdAt: z.string(),
  orderIds: z.array(z.string()),
  items: z.array(pickItem),
});

export type QueueEntry = z.infer<typeof queueEntry>;
export type HeldEntry = z.infer<typeof heldEntry>;
export type QueueAnswer = z.infer<typeof queueAnswer>;
export type PickItem = z.infer<typeof pickItem>;
export type PickList = z.infer<typeof pickList>;
export type ShipmentBody = z.infer<typeof shipmentBody>;
export type ReturnBody = z.infer<typeof returnBody>;
export type PickListBody = z.infer<typeof pickListBody>;
