/** The worker's entry: HTTP through the app, housekeeping on the cron trigger. */
import { app } from './app.js';
import { database } from './db/client.js';
import { purgeOldDeliveries } from './db/queries/hooks.js';
import { purgeExpiredKeys } from './db/queries/idempotency.js';
import type { Env } from './env.js';
import { deliverWebhooks, deliverySettings } from './services/deliver-webhooks.js';

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    ctx.waitUntil(purgeExpiredKeys(database(env.DB), new Date()));
    ctx.waitUntil(purgeOldDeliveries(database(env.DB), new Date()));
    // The webhook outbox: every due delivery, with retries (services/deliver-webhooks.ts).
    ctx.waitUntil(deliverWebhooks(database(env.DB), deliverySettings(env)));
  },
} satisfies ExportedHandler<Env>;
