/**
 * The webhook outbox on D1. `outboxStatements` turns events into statements
 * that belong IN THE SAME BATCH as the change causing them: they store each
 * event and fan it out into one pending delivery per endpoint subscribed to
 * its type, so an event exists exactly when its change does. Delivery is
 * the cron's job (services/deliver-webhooks.ts).
 */
import { sql } from 'drizzle-orm';
import type { WebhookEventType } from '../../../shared/schemas/webhooks.js';
import { newId } from '../../ids.js';
import { statement, type Statement } from '../batch.js';
import type { Db } from '../client.js';

/** An event to publish. `subject` is what deliveries keep in order: an order id, or `sku:<sku>`. */
export interface OutboxEvent {
  type: WebhookEventType;
  subject: string;
  data: Record<string, unknown>;
}

/**
 * Statements storing `events` (in this order) and queueing their deliveries.
 * Add them to the batch that makes the change; `at` is the change's time.
 */
export function outboxStatements(db: Db, sellerId: string, events: readonly OutboxEvent[], at: string): Statement[] {
  if (events.length === 0) return [];
  const rows = events.map((e) => {
    const id = newId('evt');
    return { id, type: e.type, subject: e.subject, payload: JSON.stringify({ id, type: e.type, createdAt: at, data: e.data }) };
  });
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += 100) {
    const part = JSON.stringify(rows.slice(i, i + 100));
    out.push(
      // json_each keeps array order, and seq is AUTOINCREMENT: events keep the order they were given in.
      statement(db, sql`
        INSERT INTO outbox_events (id, seller_id, type, subject, payload, created_at)
        SELECT value->>'id', ${sellerId}, value->>'type', value->>'subject', value->>'payload', ${at}
          FROM json_each(${part}) ORDER BY key`),
      statement(db, sql`
        INSERT INTO webhook_deliveries (id, seller_id, endpoint_id, event_seq, subject, state, attempts, next_attempt_at, created_at)
        SELECT 'dlv_' || lower(hex(randomblob(12))), ${sellerId}, w.id, e.seq, e.subject, 'pending', 0, ${at}, ${at}
          FROM json_each(${part}) j
          JOIN outbox_events e ON e.id = j.value->>'id'
          JOIN webhook_endpoints w ON w.seller_id = ${sellerId} AND EXISTS (SELECT 1 FROM json_each(w.events) t WHERE t.value = e.type)
         ORDER BY e.seq`),
    );
  }
  return out;
}

/** The data of an order event: who the order is and where it stands. */
export function orderEventData(
  o: { id: string; externalId: string; channelId: string },
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return { orderId: o.id, externalId: o.externalId, channelId: o.channelId, ...extra };
}
