/**
 * The retention sweep, on the cron: orders whose buyer data is due (past
 * their seller's period, or whose erasure waited for shipping) are redacted
 * in bounded chunks, one batch per seller's share of a chunk, so a backlog
 * goes over several runs and no run grows with the book.
 */
import type { Db } from '../../db/client.js';
import { customerSyncMark, syncCustomers } from '../customers/service.js';
import { type DueOrder, readDueOrders } from './queries.js';
import { redactOrders } from './redact-orders.js';

/** Orders read and redacted per chunk: one batch stays small whatever the backlog. */
export const REDACTION_CHUNK = 200;
/** Chunks per cron run: bounds one run's time; what is left goes on the next run. */
export const REDACTION_CHUNKS_PER_RUN = 25;
/**
 * Customer-sync rounds one run may spend linking due orders to their
 * customers first: a book captured faster than it was ever synced is linked
 * over several runs instead of in one.
 */
export const SYNC_ROUNDS_PER_RUN = 5;

/** What a sweep did. */
export interface SweepResult {
  redacted: number;
  /** True when more may be due: the last chunk was full, or orders waited for the customer sync. */
  more: boolean;
}

const REASONS: Record<DueOrder['cause'], string> = {
  retention: 'Buyer data past its retention period',
  erasure: 'Erased at the buyer’s request once shipped',
};

interface Group {
  sellerId: string;
  cause: DueOrder['cause'];
  orders: Map<string, number>;
}

/** Redacts up to `maxChunks` chunks of orders due at `now`. */
export async function redactExpiredBuyerData(db: Db, now: Date, options: { chunk?: number; maxChunks?: number; syncRounds?: number } = {}): Promise<SweepResult> {
  const chunk = options.chunk ?? REDACTION_CHUNK;
  const maxChunks = options.maxChunks ?? REDACTION_CHUNKS_PER_RUN;
  const sync = { rounds: options.syncRounds ?? SYNC_ROUNDS_PER_RUN };
  let redacted = 0;
  for (let i = 0; i < maxChunks; i++) {
    const due = await readDueOrders(db, now.toISOString(), chunk);
    let waiting = false;
    for (const g of groupDue(due)) {
      const mark = await linkCustomersUpTo(db, g.sellerId, Math.max(...g.orders.values()), sync);
      const linked = [...g.orders].filter(([, rowid]) => rowid <= mark).map(([id]) => id);
      if (linked.length < g.orders.size) waiting = true;
      if (linked.length > 0) redacted += await redactOrders(db, g.sellerId, linked, REASONS[g.cause]);
    }
    // Orders left for the sync would be read again at once: the next run takes them.
    if (waiting) return { redacted, more: true };
    if (due.length < chunk) return { redacted, more: false };
  }
  return { redacted, more: true };
}

/** One group per seller and cause; an order due for both goes once, as an erasure. */
function groupDue(due: readonly DueOrder[]): Group[] {
  const groups = new Map<string, Group>();
  const seen = new Set<string>();
  for (const d of [...due].sort((a, b) => (a.cause === b.cause ? 0 : a.cause === 'erasure' ? -1 : 1))) {
    if (seen.has(d.id)) continue;
    seen.add(d.id);
    const key = `${d.sellerId}\n${d.cause}`;
    const group = groups.get(key) ?? { sellerId: d.sellerId, cause: d.cause, orders: new Map<string, number>() };
    group.orders.set(d.id, d.rowid);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Syncs the seller's customers until orders up to `rowid` are linked or the run's rounds are spent; answers the mark reached. */
async function linkCustomersUpTo(db: Db, sellerId: string, rowid: number, sync: { rounds: number }): Promise<number> {
  let mark = await customerSyncMark(db, sellerId);
  while (mark < rowid && sync.rounds > 0) {
    sync.rounds--;
    const more = await syncCustomers(db, sellerId, 1);
    mark = await customerSyncMark(db, sellerId);
    if (!more) break;
  }
  return mark;
}
