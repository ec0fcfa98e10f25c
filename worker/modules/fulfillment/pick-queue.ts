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
  const named = await mergeGroupsOf(db, sellerId, orderIds);
  // Every member of a named order's group, with its group, as the queue would have looked each up.
  const groups = [...new Map(named.map((g) => [g.groupId, g])).values()].flatMap((g) => g.members.map((orderId) => ({ ...g, orderId })));
  const ids = [...new Set([...orderIds, ...groups.map((g) => g.orderId)])];
  const placed = await readPlacementsOf(db, sellerId, ids);
  const entries = (bucket: string) => placed.filter((p) => p.bucket === bucket).map((p) => JSON.parse(p.entry) as QueueEntry);
  const heldPlaced = placed.filter((p) => p.bucket === 'held').map((p) => shownHeld(p.entry));
  const lists = foldMergeGroups(entries('ready'), entries('short'), groups, new Map(heldPlaced.map((h) => [h.orderId, h])));
  return {
    pending,
    ready: new Set(lists.ready.flatMap((e) => e.merge?.orderIds ?? [e.orderId])),
    short: new Set(lists.short.map((e) => e.orderId)),
    held: new Map([...heldPlaced, ...lists.held].map((h) => [h.orderId, h])),
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
    const named = await mergeGroupsOf(db, sellerId, [...pageIds]);
    const groups = [...new Map(named.map((g) => [g.groupId, g])).values()].flatMap((g) => g.members.map((orderId) => ({ ...g, orderId })));
    // Members off this page (earlier, later, short or held) fold with it as they would in the whole queue.
    const placed = await readPlacementsOf(
      db,
      sellerId,
      [...new Set(groups.map((g) => g.orderId))].filter((id) => !pageIds.has(id)),
    );
    const off = (bucket: string) => placed.filter((p) => p.bucket === bucket).map((p) => JSON.parse(p.entry) as QueueEntry);
    const held = placed.filter((p) => p.bucket === 'held').map((p) => shownHeld(p.entry));
    const lists = foldMergeGroups([...onPage, ...off('ready')], off('short'), groups, new Map(held.map((h) => [h.orderId, h])));
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
