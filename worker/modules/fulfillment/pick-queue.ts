/**
 * The queue read for a pick list: where the orders named stand, and the
 * first ready entries a filter takes, each read by key or a page at a time
 * rather than the whole queue, and folded as readQueue folds merge groups.
 */
import type { HeldEntry, QueueEntry } from '../../../shared/schemas/fulfillment.js';
import type { Db } from '../../db/client.js';
import { mergeGroupsOf } from '../orders/service.js';
import { prepareQueue, READ_BUDGET, shownHeld } from './fulfillment-queue.js';
import { readBucketAfter, readPlacementsOf } from './queries-queue.js';
import { foldMergeGroups } from './queue-groups.js';

/** Where some orders stand in the queue: ready to pick (alone or as a merge group's entry), short of stock, or held and why. */
export interface QueueStanding {
  /** Orders not yet placed anywhere in the seller's queue. */
  pending: number;
  ready: Set<string>;
  /** Orders heading the short list (a short merge group shows as its first member). */
  short: Set<string>;
  held: Map<string, HeldEntry>;
}

/**
 * Where `orderIds` stand, as readQueue would show them, read by id: their
 * placements and their merge groups' (a group stands together), folded as
 * the queue folds them, after the read's bounded share of queue work.
 */
export async function queueStandingOf(db: Db, sellerId: string, orderIds: readonly string[]): Promise<QueueStanding> {
  const { pending } = await prepareQueue(db, sellerId, READ_BUDGET);
  const groups = membersOf(await mergeGroupsOf(db, sellerId, orderIds));
  const ids = [...new Set([...orderIds, ...groups.map((g) => g.orderId)])];
  const placed = inBuckets(await readPlacementsOf(db, sellerId, ids));
  const lists = foldMergeGroups(placed.ready, placed.short, groups, new Map(placed.held.map((h) => [h.orderId, h])));
  return {
    pending,
    ready: new Set(lists.ready.flatMap((e) => e.merge?.orderIds ?? [e.orderId])),
    short: new Set(lists.short.map((e) => e.orderId)),
    held: new Map([...placed.held, ...lists.held].map((h) => [h.orderId, h])),
  };
}

/**
 * The first `limit` entries of the ready queue that `keep` accepts, as
 * readQueue would list them (merge groups folded), read a page at a time
 * until found; and the orders those entries ship.
 */
export async function readyEntriesWhere(
  db: Db,
  sellerId: string,
  keep: (e: QueueEntry) => boolean,
  limit: number,
  pageSize = READY_PAGE,
): Promise<{ pending: number; entries: QueueEntry[]; orderIds: Set<string> }> {
  const { pending } = await prepareQueue(db, sellerId, READ_BUDGET);
  const entries: QueueEntry[] = [];
  const seenGroups = new Set<string>();
  for (let after: string | null = null; entries.length < limit; ) {
    const page = await readBucketAfter(db, sellerId, 'ready', after, pageSize);
    if (page.length === 0) break;
    after = page.at(-1)!.sortKey;
    const onPage = page.map((p) => JSON.parse(p.entry) as QueueEntry);
    const pageIds = new Set(onPage.map((e) => e.orderId));
    const groups = membersOf(await mergeGroupsOf(db, sellerId, [...pageIds]));
    // Members off this page (earlier, later, short or held) fold with it as they would in the whole queue.
    const off = inBuckets(
      await readPlacementsOf(
        db,
        sellerId,
        [...new Set(groups.map((g) => g.orderId))].filter((id) => !pageIds.has(id)),
      ),
    );
    const lists = foldMergeGroups([...onPage, ...off.ready], off.short, groups, new Map(off.held.map((h) => [h.orderId, h])));
    for (const e of lists.ready) {
      // A folded group stands where its best-placed member does: the first page that lists one.
      if (e.merge ? seenGroups.has(e.merge.groupId) : !pageIds.has(e.orderId)) continue;
      if (e.merge) seenGroups.add(e.merge.groupId);
      if (keep(e) && entries.length < limit) entries.push(e);
    }
    if (page.length < pageSize) break;
  }
  return { pending, entries, orderIds: new Set(entries.flatMap((e) => e.merge?.orderIds ?? [e.orderId])) };
}
/** Ready entries read per step of readyEntriesWhere: a few hundred rows, like a queue page. */
const READY_PAGE = 200;

/** Every member of each group once, with its group, as the queue looks each member up. */
function membersOf<G extends { groupId: string; members: readonly string[] }>(named: readonly G[]): Array<G & { orderId: string }> {
  return [...new Map(named.map((g) => [g.groupId, g])).values()].flatMap((g) => g.members.map((orderId) => ({ ...g, orderId })));
}

/** Placements read by id, parsed per bucket. */
function inBuckets(placed: ReadonlyArray<{ bucket: string; entry: string }>): { ready: QueueEntry[]; short: QueueEntry[]; held: HeldEntry[] } {
  const entries = (bucket: string) => placed.filter((p) => p.bucket === bucket).map((p) => JSON.parse(p.entry) as QueueEntry);
  return { ready: entries('ready'), short: entries('short'), held: placed.filter((p) => p.bucket === 'held').map((p) => shownHeld(p.entry)) };
}
