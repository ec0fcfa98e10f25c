/**
 * Outgoing webhooks: the endpoints a seller registered, the outbox of
 * events, each delivery to an endpoint and each try of it.
 * Re-exported from db/schema.ts, which drizzle-kit reads.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdNow, sellerRecord, sellerScoped } from '../../db/schema-columns.js';

/** An endpoint a seller registered for outgoing webhooks. The secret signs deliveries. */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    ...sellerRecord,
    url: text('url').notNull(),
    /** JSON array of event types. */
    events: text('events', { mode: 'json' }).notNull(),
    secret: text('secret').notNull(),
    description: text('description'),
    ...createdNow,
  },
  (t) => [index('webhook_endpoints_seller').on(t.sellerId)],
);

/**
 * The durable outbox: every event, written in the same batch as the change
 * that caused it. `seq` orders events; `subject` (an order id, or `sku:<sku>`)
 * is what deliveries keep in order.
 */
export const outboxEvents = sqliteTable(
  'outbox_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    ...sellerScoped,
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    payload: text('payload').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('outbox_events_id').on(t.id),
    index('outbox_events_seller_created').on(t.sellerId, t.createdAt),
    // The event feed reads one seller's events after a seq, in seq order.
    index('outbox_events_seller_seq').on(t.sellerId, t.seq),
  ],
);

/** One event to one endpoint: pending until the endpoint answers 2xx, or dead after the last try. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    ...sellerRecord,
    endpointId: text('endpoint_id').notNull(),
    eventSeq: integer('event_seq').notNull(),
    subject: text('subject').notNull(),
    /** pending | delivered | dead */
    state: text('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    /** A drain that claimed this delivery owns it until then. */
    leaseUntil: text('lease_until'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: text('delivered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('webhook_deliveries_due').on(t.state, t.nextAttemptAt),
    index('webhook_deliveries_subject').on(t.endpointId, t.subject, t.state, t.eventSeq),
    index('webhook_deliveries_endpoint').on(t.sellerId, t.endpointId, t.eventSeq),
  ],
);

/** Each try of a delivery: when, what the endpoint answered, how long it took. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    ...sellerRecord,
    deliveryId: text('delivery_id').notNull(),
    at: text('at').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery').on(t.deliveryId, t.at)],
);
