/** Channel reads and writes, always scoped to one seller. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ChannelKind } from '../../../shared/status.js';
import { chunks, rowsPerStatement } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { channels } from '../../db/schema.js';
import { ApiError } from '../../errors.js';

/** A channel as the API shows it. */
export interface ChannelRow {
  id: string;
  kind: ChannelKind;
  name: string;
  accountKey: string | null;
  currency: string | null;
  timeZone: string | null;
  createdAt: string;
}

const columns = {
  id: channels.id,
  kind: channels.kind,
  name: channels.name,
  accountKey: channels.accountKey,
  currency: channels.currency,
  timeZone: channels.timeZone,
  createdAt: channels.createdAt,
};

/** Runs a write, turning the (seller, kind, account key) unique index's refusal into a 409 naming `accountKey`. */
async function keyChecked<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const text = `${error instanceof Error ? error.message : String(error)} ${error instanceof Error && error.cause instanceof Error ? error.cause.message : ''}`;
    if (!/UNIQUE constraint failed/i.test(text)) throw error;
    const message = 'Another channel of this kind already has this account key.';
    throw new ApiError(409, 'account_key_taken', message, [{ path: 'accountKey', message }]);
  }
}

/** Creates a channel; 409 when its account key is another channel's. */
export async function insertChannel(
  db: Db,
  sellerId: string,
  row: {
    id: string;
    kind: ChannelKind;
    name: string;
    webhookSecret?: string | undefined;
    accountKey?: string | undefined;
    currency?: string | null | undefined;
    timeZone?: string | null | undefined;
  },
): Promise<ChannelRow> {
  const [created] = await keyChecked(() =>
    db
      .insert(channels)
      .values({ ...row, sellerId })
      .returning(columns),
  );
  return created as ChannelRow;
}

/** Renames a channel or sets its account key, currency or zone (null clears one); undefined when the seller has no such channel. */
export async function updateChannel(
  db: Db,
  sellerId: string,
  id: string,
  change: { name?: string | undefined; accountKey?: string | null | undefined; currency?: string | null | undefined; timeZone?: string | null | undefined },
): Promise<ChannelRow | undefined> {
  const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  const [updated] = await keyChecked(() =>
    db
      .update(channels)
      .set(set)
      .where(and(eq(channels.sellerId, sellerId), eq(channels.id, id)))
      .returning(columns),
  );
  return updated as ChannelRow | undefined;
}

/** The seller's channels, oldest first. */
export async function listChannels(db: Db, sellerId: string): Promise<ChannelRow[]> {
  return (await db.select(columns).from(channels).where(eq(channels.sellerId, sellerId)).orderBy(asc(channels.createdAt), asc(channels.id))) as ChannelRow[];
}

/** One channel of the seller, or undefined. */
export async function findChannel(db: Db, sellerId: string, id: string): Promise<ChannelRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(channels)
    .where(and(eq(channels.sellerId, sellerId), eq(channels.id, id)));
  return row as ChannelRow | undefined;
}

/** A channel as an incoming webhook sees it: whose it is, and the shared secret that signs its hooks. */
export interface HookChannel {
  id: string;
  sellerId: string;
  kind: string;
  webhookSecret: string | null;
}

/**
 * The channel with this id, whoever's it is, or undefined. The one read of
 * a channel's webhook secret: only an incoming hook checks it.
 */
export async function channelForHook(db: Db, channelId: string): Promise<HookChannel | undefined> {
  const [row] = await db.select({ id: channels.id, sellerId: channels.sellerId, kind: channels.kind, webhookSecret: channels.webhookSecret }).from(channels).where(eq(channels.id, channelId));
  return row;
}

/** The kind of each of the given channels that belongs to the seller. */
export async function channelKinds(db: Db, sellerId: string, ids: readonly string[]): Promise<Map<string, ChannelKind>> {
  const found = new Map<string, ChannelKind>();
  // D1 binds at most 100 values: a batch naming many channels is read in parts.
  for (const part of chunks(ids, rowsPerStatement(1, 1))) {
    const rows = await db
      .select({ id: channels.id, kind: channels.kind })
      .from(channels)
      .where(and(eq(channels.sellerId, sellerId), inArray(channels.id, part)));
    for (const r of rows) found.set(r.id, r.kind as ChannelKind);
  }
  return found;
}
