/**
 * The account tables: sellers, their API tokens, and their channels (the
 * marketplace accounts and other sources of orders).
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Role } from '../../../shared/roles.js';
import { createdNow, textId } from '../../db/schema-columns.js';

/**
 * A business selling on one or more marketplaces. The directory's row says
 * which book database holds the seller's rows (`shard`, db/books.ts), and
 * `moving_to` names the book it is being moved to (modules/shards); each
 * book keeps a copy of the row for its foreign keys.
 */
export const sellers = sqliteTable('sellers', {
  ...textId,
  name: text('name').notNull(),
  ...createdNow,
  shard: integer('shard').notNull().default(0),
  movingTo: integer('moving_to'),
});

/** The seller a row belongs to, as a foreign key to its `sellers` row. */
export const sellerOwned = {
  sellerId: text('seller_id')
    .notNull()
    .references(() => sellers.id),
};

/** A seller's record under its own id, its seller a foreign key: the id, then the seller. */
export const sellerOwnedRecord = { ...textId, ...sellerOwned };

/**
 * API tokens; only a SHA-256 hash of the secret is kept. `name` is the
 * person (or tool) the token was given to: histories record it as `actor`.
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    ...sellerOwnedRecord,
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    /** What the token may do (shared/roles.ts); tokens minted before roles existed are owners. */
    role: text('role').$type<Role>().notNull().default('owner'),
    ...createdNow,
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash').on(t.tokenHash), index('api_tokens_seller').on(t.sellerId)],
);

/** A marketplace account (or another source of orders) of a seller. */
export const channels = sqliteTable(
  'channels',
  {
    ...sellerOwnedRecord,
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Shared secret for the channel's incoming webhooks (e.g. Shopify), if set. */
    webhookSecret: text('webhook_secret'),
    /** Which of the seller's accounts on the marketplace this is (e.g. `amazon.de`, a Shopify store handle), when known. */
    accountKey: text('account_key'),
    /** ISO 4217 code the channel's store prices in; NULL when the seller has not said (never a default). */
    currency: text('currency'),
    /** IANA zone the channel's portal prints times in; NULL when the seller has not said. */
    timeZone: text('time_zone'),
    ...createdNow,
  },
  // NULL keys are distinct in SQLite, so channels without an account key never collide.
  (t) => [index('channels_seller').on(t.sellerId), uniqueIndex('channels_seller_kind_account').on(t.sellerId, t.kind, t.accountKey)],
);
