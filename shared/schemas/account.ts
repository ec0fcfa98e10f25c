/** The API contract for sellers, their tokens and their channels. */
import { z } from 'zod';
import { EXTENSION_ROLE, ROLES, SCOPES } from '../roles.js';
import { CHANNEL_KINDS } from '../status.js';

const name = z.string().trim().min(1).max(200);

/** POST /v1/admin/sellers */
export const createSellerBody = z.strictObject({ name });
/** A seller. */
export const seller = z.object({ id: z.string(), name: z.string(), createdAt: z.string() });
/** The answer to creating a seller: the token is shown once, never again. */
export const createSellerResult = z.object({
  seller,
  token: z.string(),
  book: z.number().int().nonnegative().meta({ description: 'The order-book database the seller was placed on: 0 is `DB`, n is `BOOK_n` (docs/scale.md).' }),
});

/** A token's role: what it may do (each role's scopes: shared/roles.ts). */
export const role = z.enum(ROLES).meta({
  description:
    'owner: everything; manager: orders, stock, rules, imports; packer: queue, pick lists, shipments, lookups; viewer: reads; capture: the extension’s capture, statuses, observations and lookups.',
});
/** A scope a route requires. */
export const scope = z.enum(SCOPES);

/**
 * POST /v1/tokens. `name` is the person (or tool) the token is for: order
 * histories and the stock ledger record it as `actor`. Without a role the
 * token is the extension's (`capture`), the least a browser needs.
 */
export const createTokenBody = z.strictObject({ name, role: role.default(EXTENSION_ROLE) });
/** PATCH /v1/tokens/:id: the token's new role. */
export const updateTokenBody = z.strictObject({ role });
/** A token as listed (never its secret). */
export const apiToken = z.object({ id: z.string(), name: z.string(), role, prefix: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() });
/** GET /v1/me: the seller, and the token in use with what it may do. */
export const me = z.object({
  seller,
  token: z.object({ id: z.string(), name: z.string(), role, scopes: z.array(scope) }),
});
/** The answer to minting a token: the secret is shown once. */
export const createTokenResult = z.object({ token: z.string(), info: apiToken });

/** A channel kind. */
export const channelKind = z.enum(CHANNEL_KINDS);
/**
 * Which of the seller's accounts on the marketplace a channel is, as the
 * extension reads it off portal pages: `amazon.de`, `ebay.co.uk`, a Shopify
 * store handle, an Etsy shop name in lower case. Unique per seller and kind.
 */
export const accountKey = z.string().trim().min(1).max(200);
/**
 * The currency the channel's store prices in (ISO 4217): what a bare "$" on
 * its pages is when it is a dollar currency. A code no currency has is 422.
 */
export const channelCurrency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'An ISO 4217 code: three capital letters.')
  .meta({ description: 'ISO 4217 code the channel prices in; null when not set (a bare "$" then stays unknown).', example: 'CAD' });
/** The IANA time zone the channel's portal prints times in. A zone Intl does not know is 422. */
export const channelTimeZone = z
  .string()
  .min(1)
  .max(64)
  .meta({ description: 'IANA time zone the channel’s portal prints zoneless times in; null when not set (such times keep only their day).', example: 'Europe/Berlin' });
/** POST /v1/channels */
export const createChannelBody = z.strictObject({
  kind: channelKind,
  name,
  /** Shared secret the channel signs incoming webhooks with (e.g. a Shopify app secret). */
  webhookSecret: z.string().min(8).max(500).optional(),
  accountKey: accountKey.optional(),
  currency: channelCurrency.nullable().optional(),
  timeZone: channelTimeZone.nullable().optional(),
});
/** PATCH /v1/channels/:id: a new name, and an account key, currency or time zone to set (or null to clear). */
export const updateChannelBody = z
  .strictObject({
    name: name.optional(),
    accountKey: accountKey.nullable().optional(),
    currency: channelCurrency.nullable().optional(),
    timeZone: channelTimeZone.nullable().optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), { message: 'Give name, accountKey, currency or timeZone.' });
/** A channel. */
export const channel = z.object({
  id: z.string(),
  kind: channelKind,
  name: z.string(),
  accountKey: z.string().nullable(),
  currency: z.string().nullable().meta({ description: 'ISO 4217 code the channel prices in, or null when not set.' }),
  timeZone: z.string().nullable().meta({ description: 'IANA zone the channel’s portal prints times in, or null when not set.' }),
  createdAt: z.string(),
});

export type Seller = z.infer<typeof seller>;
export type Channel = z.infer<typeof channel>;
export type ApiToken = z.infer<typeof apiToken>;
export type Me = z.infer<typeof me>;
