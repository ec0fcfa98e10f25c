/**
 * Queue messages name a seller, not a database: each batch is split by the
 * book its sellers live on (db/books.ts), and a seller being moved between
 * books waits, its messages retried after the move.
 */
import { bookBinding, bookShards } from '../../db/books.js';
import { database } from '../../db/client.js';
import type { Env } from '../../env.js';
import { MOVE_RETRY_SECONDS } from '../../http/sessions.js';
import { findSellerPlace } from '../accounts/service.js';

/** `messages` of `batch` as a batch of their own, so acking or retrying all of it touches only them. */
function subBatch<T>(batch: MessageBatch<T>, messages: readonly Message<T>[]): MessageBatch<T> {
  return {
    queue: batch.queue,
    metadata: batch.metadata,
    messages,
    retryAll: (options) => {
      for (const m of messages) m.retry(options);
    },
    ackAll: () => {
      for (const m of messages) m.ack();
    },
  };
}

/** Runs `run` once per book with that book's share of the batch. */
export async function runByBook<T extends { sellerId: string }>(env: Env, batch: MessageBatch<T>, run: (db: D1Database, batch: MessageBatch<T>) => Promise<unknown>): Promise<void> {
  // One book: nothing to look up, the batch runs as it comes.
  if (bookShards(env).length === 1) {
    await run(env.DB, batch);
    return;
  }
  const directory = database(env.DB);
  const places = new Map<string, Awaited<ReturnType<typeof findSellerPlace>>>();
  for (const id of new Set(batch.messages.map((m) => m.body.sellerId))) places.set(id, await findSellerPlace(directory, id));
  const byShard = new Map<number, Message<T>[]>();
  for (const message of batch.messages) {
    const place = places.get(message.body.sellerId);
    if (place && place.movingTo !== null) {
      message.retry({ delaySeconds: MOVE_RETRY_SECONDS });
      continue;
    }
    // A seller no longer in the directory left: book 0 answers for it as before (its work finds nothing).
    const shard = place?.shard ?? 0;
    byShard.set(shard, [...(byShard.get(shard) ?? []), message]);
  }
  for (const [shard, messages] of byShard) await run(bookBinding(env, shard), subBatch(batch, messages));
}
