/**
 * The retention sweep, on the cron: orders whose buyer data is due (past
 * their seller's period, or whose erasure waited for shipping) are redacted
 * in bounded chunks, one batch per seller's share of a chunk, so a backlog
 * goes over several runs and no run grows with the book.
 */
import type { Db } from '../../db/client.js';
import { type DueOrder, readDueOrders } from './queries.js';
import { redactOrders } from './redact-orders.js';

/** Orders read and redacted per chunk: one batch stays small whatever the backlog. */
export const REDACTION_CHUNK = 200;
/** Chunks per cron run: bounds one run's time; what is left goes on the next run. */
export const REDACTION_CHUNKS_PER_RUN = 25;

/** What a sweep did. */
export interface SweepResult {
  redacted: number;
  /** True when the last chunk was full: more may be due. */
  more: boolean;
}

const REASONS: Record<DueOrder['cause'], string> = {
  retention: 'Buyer data past its retention period',
  erasure: 'Erased at the buyer’s request once shipped',
};

/** Redacts up to `maxChunks` chunks of orders due at `now`. */
export async function redactExpiredBuyerData(db: Db, now: Date, options: { chunk?: number; maxChunks?: number } = {}): Promise<SweepResult> {
  const chunk = options.chunk ?? REDACTION_CHUNK;
  const maxChunks = options.maxChunks ?? REDACTION_CHUNKS_PER_RUN;
  let redacted = 0;
  for (let i = 0; i < maxChunks; i++) {
    const due = await readDueOrders(db, now.toISOString(), chunk);
    // One batch per seller and cause; an order due for both goes once, as an erasure.
    const groups = new Map<string, { sellerId: string; cause: DueOrder['cause']; ids: Set<string> }>();
    const seen = new Set<string>();
    for (const d of [...due].sort((a, b) => (a.cause === b.cause ? 0 : a.cause === 'erasure' ? -1 : 1))) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const key = `${d.sellerId}\n${d.cause}`;
      const group = groups.get(key) ?? { sellerId: d.sellerId, cause: d.cause, ids: new Set<string>() };
      group.ids.add(d.id);
      groups.set(key, group);
    }
    for (const g of groups.values()) redacted += await redactOrders(db, g.sellerId, [...g.ids], REASONS[g.cause]);
    if (due.length < chunk) return { redacted, more: false };
  }
  return { redacted, more: true };
}
