/**
 * Merge groups in the queue (pure): the members of a group ship as one
 * parcel, so they show as one entry — the first member's, with every
 * member's lines and units — in the short list while any member waits for
 * stock, else in the queue where its best-placed member stood; and while
 * any member is held, the whole group is held, each member saying which.
 */
import type { HeldEntry, QueueEntry } from '../../../shared/schemas/fulfillment.js';

/** A queued order's merge group and the group's members, in their order. */
export interface GroupOf {
  orderId: string;
  groupId: string;
  members: string[];
}

/**
 * Folds each group's entries of `ready` and `short` into one, and moves the
 * entries of groups with a member in `heldMembers` (held entries by order
 * id) to `held`; answers the lists and how many entries each lost.
 */
export function foldMergeGroups(
  ready: readonly QueueEntry[],
  short: readonly QueueEntry[],
  groups: readonly GroupOf[],
  heldMembers: ReadonlyMap<string, HeldEntry> = new Map(),
): { ready: QueueEntry[]; short: QueueEntry[]; held: HeldEntry[]; folded: { ready: number; short: number } } {
  const heldGroups = new Map<string, HeldEntry[]>();
  for (const g of groups) {
    const holding = g.members.flatMap((id) => heldMembers.get(id) ?? []);
    if (holding.length) heldGroups.set(g.groupId, holding);
  }
  const heldOf = new Map(groups.flatMap((g) => (heldGroups.has(g.groupId) ? [[g.orderId, heldGroups.get(g.groupId)!] as const] : [])));
  const held: HeldEntry[] = [];
  // A member that could ship waits with its group: picking it alone would split the parcel.
  const holdBack = (e: QueueEntry) => {
    const holding = heldOf.get(e.orderId);
    if (!holding) return true;
    const why = holding.map((h) => `${h.externalId} (${h.reason.replace(/_/g, ' ')})`).join(', ');
    held.push({ orderId: e.orderId, externalId: e.externalId, status: 'ready', reason: 'merged_with_held', note: `Ships merged with ${why}, on hold.`, source: 'merge', ruleId: null });
    return false;
  };
  const readyFree = ready.filter(holdBack);
  const shortFree = short.filter(holdBack);
  const listed = new Map<string, { entry: QueueEntry; short: boolean }>();
  for (const e of readyFree) listed.set(e.orderId, { entry: e, short: false });
  for (const e of shortFree) listed.set(e.orderId, { entry: e, short: true });
  const folds = new Map<string, { entry: QueueEntry; short: boolean; placed: boolean }>();
  const foldOf = new Map<string, string>();
  for (const g of new Map(groups.map((x) => [x.groupId, x])).values()) {
    const present = g.members.flatMap((id) => listed.get(id) ?? []);
    if (present.length < 2) continue;
    const lead = present[0]!.entry;
    folds.set(g.groupId, {
      entry: {
        ...lead,
        lineCount: present.reduce((n, p) => n + p.entry.lineCount, 0),
        units: present.reduce((n, p) => n + p.entry.units, 0),
        merge: { groupId: g.groupId, orderIds: present.map((p) => p.entry.orderId) },
      },
      short: present.some((p) => p.short),
      placed: false,
    });
    for (const p of present) foldOf.set(p.entry.orderId, g.groupId);
  }
  const place = (list: readonly QueueEntry[], isShort: boolean) =>
    list.flatMap((e) => {
      const fold = folds.get(foldOf.get(e.orderId) ?? '');
      if (!fold) return [e];
      if (fold.placed || fold.short !== isShort) return [];
      fold.placed = true;
      return [fold.entry];
    });
  const outReady = place(readyFree, false);
  const outShort = place(shortFree, true);
  return { ready: outReady, short: outShort, held, folded: { ready: ready.length - outReady.length, short: short.length - outShort.length } };
}
