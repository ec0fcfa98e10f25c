/**
 * The body of POST /v1/orders/:id/refunds: money given back by the seller,
 * with or without the units coming back. The refunds an order holds and
 * those a capture carries are in order.ts.
 */
import { z } from 'zod';
import { lineQuantities } from './fulfillment.js';

const text = (max: number) => z.string().trim().min(1).max(max);

/** POST /v1/orders/:id/refunds */
export const refundBody = z
  .strictObject({
    amount: z.number().int().positive().max(1e13).meta({ description: 'Minor units of the order’s currency; at most what is still refundable.' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD')
      .optional()
      .meta({ description: 'When given, must be the order’s currency.' }),
    reason: text(500),
    lines: lineQuantities.optional().meta({ description: 'The units the refund is for; each at most what the line holds minus earlier refunds.' }),
    withReturn: z.boolean().optional().meta({ description: 'The refunded lines also come back: records a return (the returns move) in the same change.' }),
    restock: z.boolean().optional().meta({ description: 'With withReturn: put the returned units back on hand.' }),
  })
  .superRefine((b, ctx) => {
    if (b.withReturn && !b.lines) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'a refund with a return names the lines that come back' });
    if (b.restock !== undefined && !b.withReturn) ctx.addIssue({ code: 'custom', path: ['restock'], message: 'restock only goes with withReturn: true' });
  });

export type RefundBody = z.infer<typeof refundBody>;
