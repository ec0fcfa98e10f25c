/**
 * Reads behind incoming webhooks, which arrive without a seller token: the
 * channel a hook URL names (with its seller and shared secret). Every later
 * read and write is scoped to the seller found here.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { channels } from '../schema.js';

/** A channel as a webhook sees it. */
export interface HookChannel {
  id: string;
  sellerId: string;
  kind: string;
  webhookSecret: string | null;
}

/** The channel with this id, whoever's it is, or undefined. */
export async function channelForHook(db: Db, channelId: string): Promise<HookChannel | undefined> {
  const [row] = await db
    .select({ id: channels.id, sellerId: channels.sellerId, kind: channels.kind, webhookSecret: channels.webhookSecret })
    .from(channels)
    .where(eq(channels.id, channelId));
  return row;
}
