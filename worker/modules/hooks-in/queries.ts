/**
 * Reads and writes behind incoming webhooks, which arrive without a seller
 * token: the deliveries already taken for a channel. The channel itself, with
 * its seller and shared secret, is read by accounts (channelForHook); every
 * later read and write is scoped to the seller found there.
 */
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inboundWebhooks } from '../../db/schema.js';

/** A channel as a webhook sees it. */
/** A delivery taken for a channel. */
export interface Delivery {
  sellerId: string;
  channelId: string;
  deliveryId: string;
  topic: string | null;
  outcome: string;
  orderId: string | null;
  receivedAt: string;
}

/** The delivery with this id already taken for the channel, if any. */
export async function findDelivery(db: Db, sellerId: string, channelId: string, deliveryId: string): Promise<Delivery | undefined> {
  const [row] = await db
    .select()
    .from(inboundWebhooks)
    .where(and(eq(inboundWebhooks.sellerId, sellerId), eq(inboundWebhooks.channelId, channelId), eq(inboundWebhooks.deliveryId, deliveryId)));
  return row;
}

/** Records a delivery; a second record of the same delivery (a race between two redeliveries) is ignored. */
export async function recordDelivery(db: Db, delivery: Delivery): Promise<void> {
  await db.insert(inboundWebhooks).values(delivery).onConflictDoNothing();
}

/**
 * Forgets webhook delivery ids older than `keepMs` (run from the cron).
 * Shopify retries a delivery for 48 hours, so a week is ample; after that a
 * redelivery is still harmless, as capture itself is idempotent.
 */
export async function purgeOldDeliveries(db: Db, now: Date, keepMs = 7 * 24 * 3600 * 1000): Promise<void> {
  await db.delete(inboundWebhooks).where(lt(inboundWebhooks.receivedAt, new Date(now.getTime() - keepMs).toISOString()));
}
