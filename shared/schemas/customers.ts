/**
 * The customers contract: buyers recognised across channels by email or a
 * channel's buyer id, with tags (VIP, blocked…), order count and lifetime
 * value per currency.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A customer tag, such as VIP or blocked. */
export const customerTag = z.string().trim().min(1).max(60);

/** What recognises a customer. */
export const customerKey = z.discriminatedUnion('type', [
  z.object({ type: z.literal('email'), email: z.string() }),
  z.object({ type: z.literal('buyer'), channelId: z.string(), buyerId: z.string() }),
]);

/** A customer with the numbers that describe them. */
export const customer = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  tags: z.array(z.string()),
  keys: z.array(customerKey),
  /** Every order they placed, whatever became of it. */
  orderCount: z.number().int(),
  /** Totals of their orders in minor units per currency, leaving out cancelled and returned orders. */
  lifetimeValue: z.record(z.string(), z.number().int()),
  /** When the buyer's name and email were removed (retention or an erasure); null while held. */
  redactedAt: z.string().nullable().meta({ description: 'When name and email were redacted (then null); null while they are held.' }),
  createdAt: z.string(),
});

/** POST /v1/customers: a customer known before their first order (e.g. to tag them VIP). */
export const createCustomerBody = z
  .strictObject({
    name: text(200).optional(),
    email: z.email().max(320).optional(),
    buyer: z.strictObject({ channelId: text(64), buyerId: text(200) }).optional(),
    tags: z.array(customerTag).max(50).optional(),
  })
  .refine((b) => b.email !== undefined || b.buyer !== undefined, { message: 'give email, buyer or both', path: ['email'] });

/** PUT /v1/customers/:id/tags */
export const customerTagsBody = z.strictObject({ tags: z.array(customerTag).max(50) });

/** GET /v1/customers */
export const listCustomersQuery = z.strictObject({
  tag: customerTag.optional(),
  email: z.string().trim().min(1).max(320).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** A page of customers. */
export const customerPage = z.object({ customers: z.array(customer), nextCursor: z.string().nullable() });

export type Customer = z.infer<typeof customer>;
export type CustomerKey = z.infer<typeof customerKey>;
export type CreateCustomerBody = z.infer<typeof createCustomerBody>;
