/**
 * The event feed contract (GET /v1/events): every event the worker emitted,
 * with the payload webhooks carry plus a cursor to resume after it.
 */
import { z } from 'zod';
import { commaList } from './query.js';
import { WEBHOOK_EVENTS, webhookPayload } from './webhooks.js';

/** How long events stay in the feed. */
export const EVENTS_KEPT_DAYS = 30;

/** Query of GET /v1/events. `types` is comma-separated. */
export const eventsQuery = z.strictObject({
  after: z.string().min(1).max(500).optional(),
  types: commaList()
    .pipe(z.array(z.enum(WEBHOOK_EVENTS, { error: `each type one of ${WEBHOOK_EVENTS.join(', ')}` })).min(1))
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** One event of the feed: the webhook payload and the cursor that resumes after it. */
export const feedEvent = webhookPayload.extend({ cursor: z.string() });

/** A page of the feed, oldest first. `nextCursor` resumes after the page (poll with it; it is the `after` sent when nothing is new). */
export const eventPage = z.object({ events: z.array(feedEvent), nextCursor: z.string().nullable() });

/** The answer to POST /v1/webhooks/:id/test: what the endpoint said to a signed test event. */
export const webhookTestResult = z.object({
  delivered: z.boolean(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  event: z.object({ id: z.string(), type: z.literal('webhook.test'), createdAt: z.string(), data: z.record(z.string(), z.unknown()) }),
});

export type EventsQuery = z.infer<typeof eventsQuery>;
export type FeedEvent = z.infer<typeof feedEvent>;
