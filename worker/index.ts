/** The worker's entry: HTTP through the app, housekeeping on the cron trigger. */
import { app } from './app.js';
import { database } from './db/client.js';
import { purgeExpiredKeys } from './db/queries/idempotency.js';
import type { Env } from './env.js';

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    ctx.waitUntil(purgeExpiredKeys(database(env.DB), new Date()));
  },
} satisfies ExportedHandler<Env>;
