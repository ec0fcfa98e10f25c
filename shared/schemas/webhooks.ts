/**
 * The outgoing webhooks contract: endpoints a seller registers, the events
 * they may ask for, what each delivery carries, and the delivery log.
 */
import { z } from 'zod';

/** Events a seller may subscribe to. */
export const WEBHOOK_EVENTS = [
  'order.created',
  'order.updated',
  'order.status_changed',
  'order.shipped',
  'order.cancelled',
  'order.returned',
  'order.refunded',
  'shipment.created',
  'stock.changed',
  'inventory.low',
  'inventory.oversold',
  'listing.at_risk',
] as const;
/** An event type. */
export const webhookEventType = z.enum(WEBHOOK_EVENTS);
export type WebhookEventType = z.infer<typeof webhookEventType>;

/** POST /v1/webhooks */
export const createWebhookBody = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: 'an http(s) URL' }).max(2000),
  events: z
    .array(webhookEventType)
    .min(1)
    .max(WEBHOOK_EVENTS.length)
    .refine((e) => new Set(e).size === e.length, 'each event once'),
  description: z.string().trim().min(1).max(300).optional(),
});

/** A registered endpoint (the secret is only in the answer to its creation). */
export const webhookEndpoint = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(webhookEventType),
  description: z.string().nullable(),
  createdAt: z.string(),
});

/** The answer to POST /v1/webhooks: the endpoint and its signing secret, shown once. */
export const createdWebhook = z.object({ endpoint: webhookEndpoint, secret: z.string() });

/** The body of every delivery. `data` depends on `type`. */
export const webhookPayload = z.object({
  id: z.string(),
  type: webhookEventType,
  createdAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});

/** One delivery of one event to one endpoint, as the log shows it. */
export const webhookDelivery = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: webhookEventType,
  subject: z.string(),
  state: z.enum(['pending', 'delivered', 'dead']),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});

/** POST /v1/webhooks/:id/deliveries/:deliveryId/retry: what the endpoint answered, and the delivery as it now stands. */
export const webhookRetryResult = z.object({
  delivered: z.boolean(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  delivery: webhookDelivery,
});

/** GET /v1/webhooks/:id/deliveries */
export const deliveriesQuery = z.strictObject({
  state: z.enum(['pending', 'delivered', 'dead']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export type WebhookPayload = z.infer<typeof webhookPayload>;
export type WebhookEndpoint = z.infer<typeof webhookEndpoint>;
export type WebhookDelivery = z.infer<typeof webhookDelivery>;
