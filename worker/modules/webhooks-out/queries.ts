/**
 * Webhook endpoints and deliveries on D1: registering, listing, deleting;
 * claiming due deliveries for a drain (only the oldest pending delivery of
 * each endpoint × subject, so an order's events go out in order) under a
 * lease, and recording each attempt.
 */
import { sql } from 'drizzle-orm';
import type { WebhookDelivery, WebhookEndpoint, WebhookEventType } from '../../../shared/schemas/webhooks.js';
import { runBatch, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { newId } from '../../ids.js';

type EndpointRow = { id: string; url: string; events: string; description: string | null; createdAt: string };
const toEndpoint = (r: EndpointRow): WebhookEndpoint => ({ ...r, events: JSON.parse(r.events) as WebhookEventType[] });

/** Stores a new endpoint. */
export async function insertEndpoint(db: Db, sellerId: string, e: { id: string; url: string; events: readonly string[]; secret: string; description: string | null }): Promise<WebhookEndpoint> {
  const at = new Date().toISOString();
  await db.run(sql`INSERT INTO webhook_endpoints (id, seller_id, url, events, secret, description, created_at)
                   VALUES (${e.id}, ${sellerId}, ${e.url}, ${JSON.stringify(e.events)}, ${e.secret}, ${e.description}, ${at})`);
  return { id: e.id, url: e.url, events: [...e.events] as WebhookEventType[], description: e.description, createdAt: at };
}

/** The seller's endpoints, oldest first. */
export async function listEndpoints(db: Db, sellerId: string): Promise<WebhookEndpoint[]> {
  const rows = await db.all<EndpointRow>(sql`SELECT id, url, events, description, created_at AS createdAt FROM webhook_endpoints WHERE seller_id = ${sellerId} ORDER BY created_at, id`);
  return rows.map(toEndpoint);
}

/** Deletes an endpoint with its deliveries and their attempts; false when not the seller's. */
export async function deleteEndpoint(db: Db, sellerId: string, id: string): Promise<boolean> {
  const [found] = await db.all<{ id: string }>(sql`SELECT id FROM webhook_endpoints WHERE id = ${id} AND seller_id = ${sellerId}`);
  if (!found) return false;
  await runBatch(db, [
    statement(db, sql`DELETE FROM webhook_attempts WHERE seller_id = ${sellerId} AND delivery_id IN (SELECT id FROM webhook_deliveries WHERE endpoint_id = ${id} AND seller_id = ${sellerId})`),
    statement(db, sql`DELETE FROM webhook_deliveries WHERE endpoint_id = ${id} AND seller_id = ${sellerId}`),
    statement(db, sql`DELETE FROM webhook_endpoints WHERE id = ${id} AND seller_id = ${sellerId}`),
  ]);
  return true;
}

const deliveryColumns = sql`
    d.id, e.id AS eventId, e.type AS eventType, d.subject, d.state, d.attempts,
    CASE WHEN d.state = 'pending' THEN d.next_attempt_at END AS nextAttemptAt,
    d.last_status AS lastStatus, d.last_error AS lastError, d.delivered_at AS deliveredAt, d.created_at AS createdAt`;

/** An endpoint's deliveries, oldest event first. */
export async function listDeliveries(db: Db, sellerId: string, endpointId: string, state: string | undefined, limit: number): Promise<WebhookDelivery[] | undefined> {
  const [found] = await db.all<{ id: string }>(sql`SELECT id FROM webhook_endpoints WHERE id = ${endpointId} AND seller_id = ${sellerId}`);
  if (!found) return undefined;
  return db.all<WebhookDelivery>(sql`
    SELECT ${deliveryColumns}
      FROM webhook_deliveries d JOIN outbox_events e ON e.seq = d.event_seq AND e.seller_id = d.seller_id
     WHERE d.seller_id = ${sellerId} AND d.endpoint_id = ${endpointId} ${state ? sql`AND d.state = ${state}` : sql``}
     ORDER BY d.event_seq LIMIT ${limit}`);
}

/** One delivery of the seller's endpoint, as the delivery log shows it; undefined when not theirs or not that endpoint's. */
export async function deliveryOf(db: Db, sellerId: string, endpointId: string, deliveryId: string): Promise<WebhookDelivery | undefined> {
  const [row] = await db.all<WebhookDelivery>(sql`
    SELECT ${deliveryColumns}
      FROM webhook_deliveries d JOIN outbox_events e ON e.seq = d.event_seq AND e.seller_id = d.seller_id
     WHERE d.id = ${deliveryId} AND d.seller_id = ${sellerId} AND d.endpoint_id = ${endpointId}`);
  return row;
}

/** A delivery claimed for sending, with what to send and where. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  endpointId: string;
  url: string;
  /** As stored: sealed (db/secret-box.ts), or clear text on a row from before sealing. */
  secret: string;
  eventType: string;
  /** The event's id and order, for its feed cursor. */
  eventId: string;
  eventSeq: number;
  payload: string;
}

/**
 * Claims up to `limit` due deliveries until `leaseUntil`: each is the oldest
 * pending one of its endpoint and subject, and not claimed by another drain.
 */
export async function claimDueDeliveries(db: Db, now: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]> {
  const claimed = await db.all<{ id: string }>(sql`
    UPDATE webhook_deliveries SET lease_until = ${leaseUntil}
     WHERE id IN (
       SELECT d.id FROM webhook_deliveries d
        WHERE d.state = 'pending' AND d.next_attempt_at <= ${now} AND (d.lease_until IS NULL OR d.lease_until < ${now})
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                           WHERE p.endpoint_id = d.endpoint_id AND p.subject = d.subject AND p.state = 'pending' AND p.event_seq < d.event_seq)
        ORDER BY d.event_seq LIMIT ${limit})
       AND state = 'pending' AND (lease_until IS NULL OR lease_until < ${now})
    RETURNING id`);
  if (claimed.length === 0) return [];
  return db.all<ClaimedDelivery>(sql`
    SELECT d.id, d.attempts, w.id AS endpointId, w.url, w.secret, e.type AS eventType, e.id AS eventId, e.seq AS eventSeq, e.payload
      FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id AND w.seller_id = d.seller_id
      JOIN outbox_events e ON e.seq = d.event_seq AND e.seller_id = d.seller_id
     WHERE d.id IN (SELECT value FROM json_each(${JSON.stringify(claimed.map((c) => c.id))}))
     ORDER BY d.event_seq`);
}

/** The outcome of one attempt. */
export interface AttemptOutcome {
  deliveryId: string;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** delivered, still pending (retry at nextAttemptAt), or dead. */
  state: 'delivered' | 'pending' | 'dead';
  nextAttemptAt: string | null;
}

/** Records attempts: the delivery's new state and a log row each. */
export async function recordAttempts(db: Db, outcomes: readonly AttemptOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const json = JSON.stringify(outcomes.map((o) => ({ ...o, attemptId: newId('att') })));
  await runBatch(db, [
    statement(
      db,
      sql`
      INSERT INTO webhook_attempts (id, seller_id, delivery_id, at, status_code, error, duration_ms)
      SELECT o.value->>'attemptId', d.seller_id, d.id, o.value->>'at', o.value->>'statusCode', o.value->>'error', o.value->>'durationMs'
        FROM json_each(${json}) o JOIN webhook_deliveries d ON d.id = o.value->>'deliveryId'`,
    ),
    statement(
      db,
      sql`
      UPDATE webhook_deliveries SET attempts = attempts + 1, state = o.value->>'state', lease_until = NULL,
             last_status = o.value->>'statusCode', last_error = o.value->>'error',
             next_attempt_at = coalesce(o.value->>'nextAttemptAt', next_attempt_at),
             delivered_at = CASE WHEN o.value->>'state' = 'delivered' THEN coalesce(delivered_at, o.value->>'at') END
        FROM json_each(${json}) o WHERE webhook_deliveries.id = o.value->>'deliveryId'`,
    ),
  ]);
}

/** An endpoint with its signing secret, for a test event; undefined when not the seller's. */
export async function endpointForTest(db: Db, sellerId: string, id: string): Promise<{ id: string; url: string; secret: string } | undefined> {
  const [row] = await db.all<{ id: string; url: string; secret: string }>(sql`SELECT id, url, secret FROM webhook_endpoints WHERE id = ${id} AND seller_id = ${sellerId}`);
  return row;
}

/** A delivery to send again now, with what to send and where; undefined when not the seller's or not that endpoint's. */
export async function deliveryForRetry(db: Db, sellerId: string, endpointId: string, deliveryId: string): Promise<(ClaimedDelivery & { state: WebhookDelivery['state'] }) | undefined> {
  const [row] = await db.all<ClaimedDelivery & { state: WebhookDelivery['state'] }>(sql`
    SELECT d.id, d.attempts, d.state, w.id AS endpointId, w.url, w.secret, e.type AS eventType, e.id AS eventId, e.seq AS eventSeq, e.payload
      FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id AND w.seller_id = d.seller_id
      JOIN outbox_events e ON e.seq = d.event_seq AND e.seller_id = d.seller_id
     WHERE d.id = ${deliveryId} AND d.seller_id = ${sellerId} AND d.endpoint_id = ${endpointId} AND w.seller_id = ${sellerId}`);
  return row;
}
