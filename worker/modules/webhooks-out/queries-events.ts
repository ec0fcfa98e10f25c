/**
 * The event feed on D1: the outbox's events (modules/webhooks-out/queries-outbox.ts) read back
 * per seller in emission order (seq), and their pruning after 30 days.
 */
import { sql } from 'drizzle-orm';
import type { WebhookEventType } from '../../../shared/schemas/webhooks.js';
import { runBatch, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/** An event as stored: its order (seq), id and the payload webhooks carry. */
export interface StoredEvent {
  seq: number;
  id: string;
  payload: string;
}

/** The seller's events after `afterSeq`, created at or after `since`, of `types` (all when absent), oldest first. */
export async function listEvents(db: Db, sellerId: string, q: { afterSeq: number; since: string; types?: readonly WebhookEventType[] | undefined; limit: number }): Promise<StoredEvent[]> {
  return db.all<StoredEvent>(sql`
    SELECT seq, id, payload FROM outbox_events
     WHERE seller_id = ${sellerId} AND seq > ${q.afterSeq} AND created_at >= ${q.since}
       ${q.types ? sql`AND type IN (SELECT value FROM json_each(${JSON.stringify(q.types)}))` : sql``}
     ORDER BY seq LIMIT ${q.limit}`);
}

/** The seq of event `id` when it is the seller's and still kept: a cursor names a real event. */
export async function sellersEventSeq(db: Db, sellerId: string, id: string, since: string): Promise<number | undefined> {
  const [row] = await db.all<{ seq: number }>(sql`SELECT seq FROM outbox_events WHERE id = ${id} AND seller_id = ${sellerId} AND created_at >= ${since}`);
  return row?.seq;
}

/**
 * Deletes events created before `before` whose deliveries are all settled,
 * with those deliveries and their attempts; bounded chunks, so a backlog
 * goes over several cron runs. Returns how many events went.
 */
export async function pruneEvents(db: Db, before: string, chunk = 500, chunks = 10): Promise<number> {
  let total = 0;
  for (let i = 0; i < chunks; i++) {
    const old = await db.all<{ seq: number }>(sql`
      SELECT seq FROM outbox_events e WHERE created_at < ${before}
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_seq = e.seq AND d.state = 'pending')
       ORDER BY seq LIMIT ${chunk}`);
    if (old.length === 0) break;
    const seqs = JSON.stringify(old.map((r) => r.seq));
    await runBatch(db, [
      statement(db, sql`DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE event_seq IN (SELECT value FROM json_each(${seqs})))`),
      statement(db, sql`DELETE FROM webhook_deliveries WHERE event_seq IN (SELECT value FROM json_each(${seqs}))`),
      statement(db, sql`DELETE FROM outbox_events WHERE seq IN (SELECT value FROM json_each(${seqs}))`),
    ]);
    total += old.length;
  }
  return total;
}
