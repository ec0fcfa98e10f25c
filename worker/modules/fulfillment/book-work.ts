/**
 * Book work on a Cloudflare Queue: after a write that may change a seller's
 * fulfillment queue (captures, imports, moves, rules, stock), one message
 * asks the consumer to place that seller's waiting orders. Each message does
 * a bounded step (WORK_BUDGET) and sends itself again while orders still
 * wait, so 50,000 arrivals are placed in the background, step by step, and
 * no request does work that grows with them. A step that fails is retried
 * with backoff, then lands in the dead-letter queue (wrangler.toml).
 */
import type { Db } from '../../db/client.js';
import type { BookWork } from '../../env.js';
import { prepareQueue, type QueueBudget, WORK_BUDGET } from './fulfillment-queue.js';

/** Asks for the seller's queue to be brought up to date in the background; a no-op without the binding. */
export async function requestQueueWork(queue: Queue<BookWork> | undefined, sellerId: string): Promise<void> {
  await queue?.send({ kind: 'place-queue', sellerId });
}

/** How long after asking for a seller's queue work a request of the same isolate leaves asking again to the running chain. */
export const ASK_AGAIN_MS = 5_000;
const askedAt = new Map<string, number>();

/**
 * A request's ask for the seller's queue work: at most one message per
 * seller every ASK_AGAIN_MS from this isolate. A step sends itself again
 * while orders wait, so more asks add nothing but messages, and messages
 * piling up while a step runs start more consumers at once (Queues scale
 * consumers with the backlog), each racing the others for the same orders.
 */
export async function askForQueueWork(queue: Queue<BookWork> | undefined, sellerId: string, now = Date.now()): Promise<void> {
  if (now - (askedAt.get(sellerId) ?? Number.NEGATIVE_INFINITY) < ASK_AGAIN_MS) return;
  // Bounded memory: forgetting costs one more message at most.
  if (askedAt.size > 10_000) askedAt.clear();
  askedAt.set(sellerId, now);
  await requestQueueWork(queue, sellerId);
}

/** Backoff: doubles from 2 s with each attempt, at most 5 minutes; after max_retries the message goes to the dead-letter queue. */
export const retryDelaySeconds = (attempts: number): number => Math.min(2 ** attempts, 300);

/** What one batch of messages did, for logs and tests. */
export interface BookWorkResult {
  sellers: number;
  pending: Record<string, number>;
}

/**
 * Handles a batch: one bounded step per seller named (a burst of writes
 * sends many messages for one seller; one step serves them all), then a
 * follow-up message for each seller with orders still waiting.
 */
export async function runBookWork(db: Db, batch: MessageBatch<BookWork>, queue: Queue<BookWork> | undefined, budget: QueueBudget = WORK_BUDGET): Promise<BookWorkResult> {
  const bySeller = new Map<string, Array<Message<BookWork>>>();
  for (const message of batch.messages) {
    const { sellerId } = message.body;
    bySeller.set(sellerId, [...(bySeller.get(sellerId) ?? []), message]);
  }
  const pending: Record<string, number> = {};
  for (const [sellerId, messages] of bySeller) {
    try {
      const step = await prepareQueue(db, sellerId, budget, undefined, { giveWayToRequests: true });
      pending[sellerId] = step.pending;
      if (step.pending > 0) await requestQueueWork(queue, sellerId);
      for (const m of messages) m.ack();
    } catch (error) {
      console.error(JSON.stringify({ at: 'book-work', sellerId, error: String(error) }));
      for (const m of messages) m.retry({ delaySeconds: retryDelaySeconds(m.attempts) });
    }
  }
  return { sellers: bySeller.size, pending };
}
