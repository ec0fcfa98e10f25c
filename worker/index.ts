/** The worker's entry: HTTP through the app, housekeeping on the cron trigger. */
import { app } from './app.js';
import { everyBook } from './db/books.js';
import { database } from './db/client.js';
import { purgeExpiredKeys } from './db/queries-idempotency.js';
import { secretBox } from './db/secret-box.js';
import type { BookWork, Env, ImportWork } from './env.js';
import { runBookWork } from './modules/fulfillment/book-work.js';
import { purgeOldDeliveries } from './modules/hooks-in/service.js';
import { clearEndedImportErrors, runDeadImports, runImportWork } from './modules/imports/import-queue.js';
import { mergeSearchIndex } from './modules/orders/merge-search-index.js';
import { deleteLeavingSellers, redactExpiredBuyerData } from './modules/privacy/service.js';
import { prunePageReads } from './modules/reading/service.js';
import { refreshReportRollups } from './modules/reports/rollups.js';
import { continueMoves } from './modules/shards/move-seller.js';
import { runByBook } from './modules/shards/route-messages.js';
import { deliverWebhooks, deliverySettings } from './modules/webhooks-out/deliver-webhooks.js';
import { EVENTS_KEPT_MS } from './modules/webhooks-out/event-feed.js';
import { pruneEvents } from './modules/webhooks-out/service.js';

/** How long page-read reports are kept. */
const PAGE_READS_KEPT_MS = 90 * 24 * 3_600_000;

export default {
  fetch: app.fetch,
  // Each queue's consumer, by the end of the queue's name (wrangler.toml; a deploy renames its start): every message a bounded step.
  async queue(batch: MessageBatch<BookWork | ImportWork>, env: Env, _ctx: ExecutionContext): Promise<void> {
    // Messages name a seller: each runs on the seller's book (modules/shards/route-messages.ts).
    if (batch.queue.endsWith('-imports-dead')) await runByBook(env, batch as MessageBatch<ImportWork>, (db, b) => runDeadImports(database(db), env.UPLOADS, b));
    else if (batch.queue.endsWith('-imports')) await runByBook(env, batch as MessageBatch<ImportWork>, (db, b) => runImportWork(database(db), env.UPLOADS, b, env.IMPORTS));
    else await runByBook(env, batch as MessageBatch<BookWork>, (db, b) => runBookWork(database(db), b, env.BOOK_WORK));
  },
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    // Every job below sweeps one book; each book gets the same sweep (db/books.ts).
    for (const book of everyBook(env)) {
      const db = database(book.db);
      ctx.waitUntil(purgeExpiredKeys(db, new Date()));
      ctx.waitUntil(purgeOldDeliveries(db, new Date()));
      // Page-read reports are kept 90 days, pruned in bounded chunks (a backlog goes over several runs).
      ctx.waitUntil(prunePageReads(db, new Date(Date.now() - PAGE_READS_KEPT_MS).toISOString()));
      // The event feed keeps 30 days; settled deliveries of pruned events go with them.
      ctx.waitUntil(pruneEvents(db, new Date(Date.now() - EVENTS_KEPT_MS).toISOString()));
      // The webhook outbox: every due delivery, with retries (modules/webhooks-out/deliver-webhooks.ts).
      ctx.waitUntil(deliverWebhooks(db, secretBox(env), deliverySettings(env)));
      // Buyer data past each seller's retention period is redacted in bounded chunks (modules/privacy/retention.ts).
      ctx.waitUntil(redactExpiredBuyerData(db, new Date()));
      // Import error lists can quote buyer data: an ended import keeps them 30 days (modules/imports/import-queue.ts).
      ctx.waitUntil(clearEndedImportErrors(db, new Date()));
      // Sellers whose deletion the admin confirmed lose their rows in bounded chunks (modules/privacy/delete-seller.ts).
      ctx.waitUntil(deleteLeavingSellers(db));
      // Report days marked dirty by writes are rolled up again, a few days a step (modules/reports/rollups.ts).
      ctx.waitUntil(refreshReportRollups(db));
      // The order-search index is merged back into one b-tree at night, a bounded step a run (modules/orders/merge-search-index.ts).
      ctx.waitUntil(mergeSearchIndex(db, new Date()));
    }
    // Moves of sellers between books go on without their caller (modules/shards/move-seller.ts).
    if (everyBook(env).length > 1) ctx.waitUntil(continueMoves(env));
  },
} satisfies ExportedHandler<Env, BookWork | ImportWork>;
