/** The contract of splitting an order into parts and merging orders into one shipment. */
import { z } from 'zod';
import { lineQuantities } from './fulfillment.js';
import { orderDetail } from './order.js';

/** POST /v1/orders/:id/split */
export const splitBody = z.strictObject({
  lines: lineQuantities.meta({ description: 'The lines and quantities that move into the new part.' }),
});

/** The order after a split, and its new part. */
export const splitAnswer = z.object({ order: orderDetail, part: orderDetail });

/** POST /v1/orders/merge */
export const mergeBody = z.strictObject({
  orderIds: z
    .array(z.string().trim().min(1).max(64))
    .min(2)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'An order is named twice.')
    .meta({ description: 'Orders of the same ship-to address, not yet picked, to ship as one parcel.' }),
});

/** A merge group: its id and its members as they are now. */
export const mergeGroup = z.object({ id: z.string(), orders: z.array(orderDetail) });

/** POST /v1/merge-groups/:groupId/shipments: one parcel for every unit the members have left. */
export const groupShipmentBody = z.strictObject({
  carrier: z.string().trim().min(1).max(100),
  service: z.string().trim().min(1).max(100).optional(),
  trackingNumber: z.string().trim().min(1).max(100),
});

/** A proposed merge: open orders of one buyer to one address, placed within 24 hours of each other. */
export const mergeProposal = z.object({
  orderIds: z.array(z.string()).meta({ description: 'Accept by sending these to POST /v1/orders/merge.' }),
  reason: z.string(),
  /** The rule whose `proposeMerge` action made these orders candidates. */
  rule: z.object({ id: z.string(), name: z.string(), withinHours: z.number().int() }),
  held: z.array(z.string()).meta({ description: 'Which of orderIds are held (payment, address check…): merged, the group waits in the held list until every one is released.' }),
});

export type SplitBody = z.infer<typeof splitBody>;
export type MergeBody = z.infer<typeof mergeBody>;
