/**
 * Incoming webhook deliveries, one row per delivery id per channel: a
 * redelivery (same X-Shopify-Webhook-Id) is answered from here without
 * reading the payload again, and the seller can see what arrived.
 */
import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { channelScoped } from '../../db/schema-columns.js';

/** A webhook delivery taken for a channel, and what it did. */
export const inboundWebhooks = sqliteTable(
  'inbound_webhooks',
  {
    ...channelScoped,
    /** The sender's id of this delivery (Shopify: X-Shopify-Webhook-Id). */
    deliveryId: text('delivery_id').notNull(),
    topic: text('topic'),
    /** created | updated | unchanged | ignored */
    outcome: text('outcome').notNull(),
    orderId: text('order_id'),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.deliveryId] }), index('inbound_webhooks_seller_received').on(t.sellerId, t.receivedAt)],
);
