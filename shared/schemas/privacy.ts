/**
 * The privacy contract: how long a seller keeps buyer data, erasing one
 * buyer on request (with a receipt that holds no buyer data), and a
 * seller's whole export.
 */
import { z } from 'zod';
import { CHANNEL_KINDS, type ChannelKind } from '../status.js';

/** Days after an order closes that its buyer data is kept when the seller set nothing. */
export const DEFAULT_RETENTION_DAYS = 30;
/** The longest any seller may keep buyer data where no marketplace says less (ten years). */
export const MAX_RETENTION_DAYS = 3650;
/** The longest each marketplace allows, where it says: Amazon's Data Protection Policy, 30 days after delivery. */
export const MARKETPLACE_MAX_DAYS: Partial<Record<ChannelKind, number>> = { amazon: 30 };
/** The longest a seller may keep buyer data of orders from `kind` (`*`: the default, capped per kind when applied). */
export const maxRetentionDays = (kind: ChannelKind | '*'): number => (kind === '*' ? MAX_RETENTION_DAYS : (MARKETPLACE_MAX_DAYS[kind] ?? MAX_RETENTION_DAYS));

const days = z.number().int().min(0).max(MAX_RETENTION_DAYS);
const kindDays = z.object(Object.fromEntries(CHANNEL_KINDS.map((k) => [k, z.number().int()])) as Record<ChannelKind, z.ZodNumber>);

/** PUT /v1/privacy/retention: the default period and any per channel kind, in days after an order is delivered, cancelled or returned. */
export const retentionBody = z
  .strictObject({
    defaultDays: days.meta({ description: 'Days for every channel kind without its own period; a marketplace’s own limit still caps it.' }),
    channelKinds: z.partialRecord(z.enum(CHANNEL_KINDS), days).optional().meta({ description: 'Days per channel kind; never more than the marketplace allows (Amazon: 30).' }),
  })
  .superRefine((b, ctx) => {
    for (const [kind, n] of Object.entries(b.channelKinds ?? {}) as Array<[ChannelKind, number]>) {
      const max = maxRetentionDays(kind);
      if (n > max) ctx.addIssue({ code: 'custom', path: ['channelKinds', kind], message: `${kind} allows buyer data to be kept at most ${max} days` });
    }
  });

/** The seller's retention settings and the period each channel kind gets from them. */
export const retentionSettings = z.object({
  defaultDays: z.number().int(),
  channelKinds: z.partialRecord(z.enum(CHANNEL_KINDS), z.number().int()),
  effective: kindDays.meta({ description: 'Days each channel kind’s buyer data is kept: its own setting, else the default, capped by the marketplace.' }),
  marketplaceMaxDays: z.partialRecord(z.enum(CHANNEL_KINDS), z.number().int()),
});

/** POST /v1/customers/erase: the buyer named by email. */
export const eraseByEmailBody = z.strictObject({ email: z.email().max(320) });

/** Where buyer data is removed from by an erasure. */
export const ERASED_PLACES = ['orders', 'order_history', 'search_index', 'customers', 'customer_keys', 'idempotent_answers'] as const;

/** What one erasure removed, when and by whom; never the data itself. */
export const erasureReceipt = z.object({
  id: z.string(),
  customerId: z.string().nullable(),
  erasedAt: z.string(),
  erasedBy: z.string().nullable().meta({ description: 'The API token that asked.' }),
  ordersErased: z.number().int(),
  ordersAwaitingShipment: z.number().int().meta({ description: 'Open orders keeping only their shipping address until they ship; erased then by the cron.' }),
  places: z.array(z.enum(ERASED_PLACES)),
});

export type RetentionBody = z.infer<typeof retentionBody>;
export type RetentionSettings = z.infer<typeof retentionSettings>;
export type ErasureReceipt = z.infer<typeof erasureReceipt>;

/** Query of GET /v1/export: where to go on from, and how many records a page holds. */
export const exportQuery = z.strictObject({
  cursor: z.string().max(500).optional().meta({ description: 'The cursor of the previous page’s `next` line.' }),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/** What deleting a seller removes (rows per table) and the code that confirms it. */
export const sellerDeletion = z.object({
  sellerId: z.string(),
  name: z.string(),
  rows: z.record(z.string(), z.number().int()).meta({ description: 'The seller’s rows per table, as of now, counted up to 10,000: a table named in `moreThan` holds more than its figure here.' }),
  moreThan: z.array(z.string()).meta({ description: 'Tables holding more than 10,000 of the seller’s rows (their `rows` figure is 10,000).' }),
  confirmation: z.string().meta({ description: 'Send as `confirm` to DELETE /v1/admin/sellers/{id} to go ahead.' }),
  confirmedAt: z.string().nullable().meta({ description: 'When the deletion was confirmed; the cron then deletes the rows in bounded chunks.' }),
});

/** Query of DELETE /v1/admin/sellers/{id}: the confirmation code of the preview. */
export const confirmDeletionQuery = z.strictObject({ confirm: z.string().min(1).max(64) });
