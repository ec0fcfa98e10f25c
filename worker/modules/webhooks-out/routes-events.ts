/** GET /v1/events: the seller's event feed (modules/webhooks-out/event-feed.ts). */
import { createRoute } from '@hono/zod-openapi';
import { eventPage, eventsQuery } from '../../../shared/schemas/events.js';
import { database } from '../../db/client.js';
import { pageRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { readFeed } from './event-feed.js';

/** GET /v1/events */
export const eventRoutes = router('Events').openapi(
  createRoute({
    path: '/events',
    operationId: 'listEvents',
    summary: 'Every event emitted in the last 30 days, oldest first, after a cursor',
    description:
      'The same payloads webhook deliveries carry, each with the `cursor` that resumes after it. Poll with `after=<nextCursor>`; a cursor this feed did not give this seller (or whose event is past 30 days) is 400 naming `after`. `types` filters by event type (comma-separated); an unknown type is 400 naming `types`.',
    security: scopes('webhooks:read'),
    ...pageRead(eventsQuery, eventPage, 'A page of events.'),
  }),
  async (c) => c.json(await readFeed(database(c.env.DB), c.get('sellerId'), c.req.valid('query')), 200),
);
