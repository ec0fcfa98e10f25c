/**
 * Column groups the module tables share, spread into a table's columns where
 * they stand (drizzle builds a fresh column per table from each builder). The
 * column order is part of each table, so a group goes where its columns were.
 */
import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** The database's clock as a column default: ISO-8601 UTC with milliseconds. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** The seller a row belongs to; every query filters on it. */
export const sellerScoped = { sellerId: text('seller_id').notNull() };

/** A seller's row about one of its channels: the seller, then the channel. */
export const channelScoped = { ...sellerScoped, channelId: text('channel_id').notNull() };

/** A text id as the primary key. */
export const textId = { id: text('id').primaryKey() };

/** A seller's record under its own id: the id, then the seller it belongs to. */
export const sellerRecord = { ...textId, ...sellerScoped };

/** One row per order: the order's id as the key, then its seller. */
export const perOrder = { orderId: text('order_id').primaryKey(), ...sellerScoped };

/** When the row was made, stamped by the database when the insert leaves it out. */
export const createdNow = { createdAt: text('created_at').notNull().default(now) };

/** When the row last changed, stamped by the database when the insert leaves it out. */
export const updatedNow = { updatedAt: text('updated_at').notNull().default(now) };

/** When the row was made and last changed, both stamped by the database on insert. */
export const timestampsNow = { ...createdNow, ...updatedNow };

/**
 * Where a history row's change came from (shared/schemas/order.ts EVENT_SOURCES)
 * and who made it: the token's name, or `system`/`cron`/`webhook` for writes
 * no token made; null on rows older than actors.
 */
export const provenance = { source: text('source').notNull(), actor: text('actor') };
