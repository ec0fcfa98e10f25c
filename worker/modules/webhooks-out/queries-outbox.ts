/**
 * The webhook outbox on D1. `outboxStatements` turns events into statements
 * that belong IN THE SAME BATCH as the change causing them: they store each
 * event and fan it out into one pending delivery per endpoint subscribed to
 * its type, so an event exists exactly when its change does. Delivery is
 * the cron's job (modules/webhooks-out/deliver-webhooks.ts).
 */
import { sql } from 'drizzle-orm';
import type { WebhookEventType } from '../../../shared/schemas/webhooks.js';
import { type Statement, statement } from '../../db/batch.js';
import { chunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { newId } from '../../ids.js';

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
  for (const run of chunks(rows, 100)) {
    const part = JSON.stringify(run);
    out.push(
      // json_each keeps array order, and seq is AUTOINCREMENT: events keep the order they were given in.
      statement(
        db,
        sql`
        INSERT INTO outbox_events (id, seller_id, type, subject, payload, created_at)
        SELECT value->>'id', ${sellerId}, value->>'type', value->>'subject', value->>'payload', ${at}
          FROM json_each(${part}) ORDER BY key`,
      ),
      statement(
        db,
        sql`
        INSERT INTO webhook_deliveries (id, seller_id, endpoint_id, event_seq, subject, state, attempts, next_attempt_at, created_at)
        SELECT 'dlv_' || lower(hex(randomblob(12))), ${sellerId}, w.id, e.seq, e.subject, 'pending', 0, ${at}, ${at}
          FROM json_each(${part}) j
          JOIN outbox_events e ON e.id = j.value->>'id' AND +e.seller_id = ${sellerId}
          JOIN webhook_endpoints w ON w.seller_id = ${sellerId} AND EXISTS (SELECT 1 FROM json_each(w.events) t WHERE t.value = e.type)
         ORDER BY e.seq`,
      ),
    );
  }
  return out;
}

/** The data of an order event: who the order is and where it stands. */
export function orderEventData(o: { id: string; externalId: string; channelId: string }, extra: Record<string, unknown>): Record<string, unknown> {
  return { orderId: o.id, externalId: o.externalId, channelId: o.channelId, ...extra };
}

/**
 * The events of an order ending up cancelled or returned (none for any other
 * status), beside its order.status_changed. `returned` says which units came
 * back and whether they were restocked; `lines` is null for the whole order.
 */
export function orderEndEvents(
  o: { id: string; externalId: string; channelId: string },
  move: { from: string | null; to: string; reason: string | null },
  returned: { lines: ReadonlyArray<{ lineId: string; quantity: number }> | null; restock: boolean } = { lines: null, restock: false },
): OutboxEvent[] {
  if (move.from === move.to) return [];
  if (move.to === 'cancelled') return [{ type: 'order.cancelled', subject: o.id, data: orderEventData(o, { from: move.from, reason: move.reason }) }];
  if (move.to === 'returned') return [{ type: 'order.returned', subject: o.id, data: orderEventData(o, { from: move.from, reason: move.reason, lines: returned.lines, restock: returned.restock }) }];
  return [];
}

/** A shipment as shipment.created carries it; `lines` is null when it was recorded for the whole order. */
export interface ShipmentEventData {
  id: string;
  carrier: string | null;
  service: string | null;
  trackingNumber: string;
  shippedAt: string;
  lines: ReadonlyArray<{ lineId: string; quantity: number }> | null;
}

/** shipment.created for a parcel recorded on an order (kept in order with the order's events). */
export function shipmentCreatedEvent(o: { id: string; externalId: string; channelId: string }, shipment: ShipmentEventData): OutboxEvent {
  return { type: 'shipment.created', subject: o.id, data: orderEventData(o, { shipment }) };
}
