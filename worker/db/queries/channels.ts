/** Channel reads and writes, always scoped to one seller. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ChannelKind } from '../../../shared/status.js';
import type { Db } from '../client.js';
import { channels } from '../schema.js';

/** A channel as the API shows it. */
export interface ChannelRow {
  id: string;
  kind: ChannelKind;
  name: string;
  createdAt: string;
}

const columns = { id: channels.id, kind: channels.kind, name: channels.name, createdAt: channels.createdAt };

/** Creates a channel. */
export async function insertChannel(
  db: Db,
  sellerId: string,
  row: { id: string; kind: ChannelKind; name: string; webhookSecret?: string | undefined },
): Promise<ChannelRow> {
  const [created] = await db.insert(channels).values({ ...row, sellerId }).returning(columns);
  return created as ChannelRow;
}

/** The seller's channels, oldest first. */
export async function listChannels(db: Db, sellerId: string): Promise<ChannelRow[]> {
  return (await db.select(columns).from(channels).where(eq(channels.sellerId, sellerId)).orderBy(asc(channels.createdAt), asc(channels.id))) as ChannelRow[];
}

/** One channel of the seller, or undefined. */
export async function findChannel(db: Db, sellerId: string, id: string): Promise<(ChannelRow & { webhookSecret: string | null }) | undefined> {
  const [row] = await db
    .select({ ...columns, webhookSecret: channels.webhookSecret })
    .from(channels)
    .where(and(eq(channels.sellerId, sellerId), eq(channels.id, id)));
  return row as (ChannelRow & { webhookSecret: string | null }) | undefined;
}

/** The kind of each of the given channels that belongs to the seller. */
export async function channelKinds(db: Db, sellerId: string, ids: readonly string[]): Promise<Map<string, ChannelKind>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: channels.id, kind: channels.kind })
    .from(channels)
    .where(and(eq(channels.sellerId, sellerId), inArray(channels.id, [...ids].slice(0, 90))));
  const found = new Map(rows.map((r) => [r.id, r.kind as ChannelKind]));
  // A batch naming more than 90 distinct channels is read in parts (D1 binds at most 100 values).
  for (let i = 90; i < ids.length; i += 90) {
    for (const [id, kind] of await channelKinds(db, sellerId, ids.slice(i, i + 90))) found.set(id, kind);
  }
  return found;
}
