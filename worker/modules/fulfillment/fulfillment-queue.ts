/**
 * The fulfillment queue, evaluated lazily and in bounded steps: customers
 * are brought up to date and the seller's current rules re-evaluated for
 * exactly the open orders whose stored place is out of date (the order, its buyer, its
 * allocation or the rules changed, or a watched ship-by threshold passed —
 * the first three all show as a new order version, bumped by triggers,
 * which also mark the order stale), stores their new places, and reads the
 * top of each list from an index.
 * Rule holds therefore follow the order without capture knowing about
 * rules: an order that becomes paid leaves the payment hold on the next
 * read. A rule hold placed or ended is written to the order's history in
 * the same step, once, so the history tells when and why.
 * A read does a bounded share of that work (READ_BUDGET) and says how many
 * orders still wait (`pending`); the book-work queue consumer does the rest
 * in larger bounded steps (WORK_BUDGET), so a read never grows with a burst
 * of arrivals or a rule change over the whole book.
 */
import type { HeldEntry, QueueAnswer, QueueEntry } from '../../../shared/schemas/fulfillment.js';
import type { RuleSet } from '../../../shared/schemas/rules.js';
import { runBatch } from '../../db/batch.js';
import { chunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { giveWayToRequests } from '../../http/requests-first.js';
import { newId } from '../../ids.js';
import { customerSyncMark, syncCustomers } from '../customers/service.js';
import {
  countStaleOrders,
  type EndRuleHold,
  type MergeFlag,
  type OpenOrderRow,
  type PlaceRuleHold,
  readActiveRuleHolds,
  readHeldOf,
  readMergeFlags,
  readOpenOrders,
  readQueueTop,
  readStaleOrderIds,
  reconcileRuleHoldStatements,
  type StoredPlacement,
  settleStaleMarks,
  storePlacements,
} from './queries-queue.js';
import { currentRuleSet } from './queries-rules.js';
import { clockFlags, decideQueue, type OpenOrder } from './queue.js';
import { foldMergeGroups } from './queue-groups.js';
import { type CompiledRules, compileRules } from './rules.js';

const HOLD_TEXT: Record<string, string> = {
  payment_not_received: 'payment not received',
  fraud_review: 'fraud review',
  address_check: 'address check',
  blocked_buyer: 'blocked buyer',
  other: 'other',
};

function toOpenOrder(r: OpenOrderRow): OpenOrder {
  const lines = JSON.parse(r.lines) as { skus: Array<[string | null, string | null]>; lineCount: number; units: number; notAllocated: number };
  return {
    id: r.id,
    version: r.version,
    customerSig: r.customerSig,
    externalId: r.externalId,
    status: r.status,
    channelStatus: r.channelStatus,
    placedAt: r.placedAt,
    shipBy: r.shipBy,
    lineCount: lines.lineCount,
    units: lines.units,
    notAllocated: lines.notAllocated,
    manualHold: r.manualHold ? (JSON.parse(r.manualHold) as { reason: string; note: string | null }) : null,
    facts: {
      channelId: r.channelId,
      channelKind: r.channelKind,
      serviceLevel: r.serviceLevel,
      shipSpeed: r.shipSpeed,
      deliveryPromise: r.deliveryPromise,
      paymentStatus: r.paymentStatus,
      currency: r.currency,
      total: r.total,
      shipBy: r.shipBy ? Date.parse(r.shipBy) : null,
      country: r.country,
      skus: lines.skus.flat().filter((s): s is string => !!s),
      lineCount: lines.lineCount,
      buyerTags: r.buyerTags ? (JSON.parse(r.buyerTags) as string[]) : [],
    },
  };
}

/** How much queue work one step may do: orders linked to customers, orders (re)placed. */
export interface QueueBudget {
  customers: number;
  orders: number;
}
/** What a read does itself: a handful of captures settle at once; a burst goes to the consumer. */
export const READ_BUDGET: QueueBudget = { customers: 100, orders: 100 };
/**
 * What one book-work message does: small enough that D1, one writer at a
 * time, serves reads between steps (a 10,000-order step held reads for
 * tens of seconds); the consumer chains the steps.
 */
export const WORK_BUDGET: QueueBudget = { customers: 2_000, orders: 2_000 };
/**
 * Orders evaluated per round: their reads go together (a round's fixed
 * cost is its reads), and the round's rule evaluation is a short stretch
 * of the isolate's time.
 */
const ROUND = 50;
/**
 * Orders the consumer writes per batch: D1 runs one call at a time, so a
 * request's call waits behind at most one batch of this many orders, not a
 * round's. Each batch also has a fixed cost, so smaller batches make
 * placing dearer. A read placing a handful itself writes a round at once.
 */
const WRITE_BATCH = 25;
/** Orders linked to their customers per round: linking writes little per order, so its rounds stay short at twice the size. */
const SYNC_ROUND = 100;

/** Lets requests waiting on this isolate run between a step's rounds. */
const yieldToRequests = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The longest a consumer round waits for the requests of its isolate to be answered. */
const GIVE_WAY_MS = 50;

/**
 * Re-evaluates the given orders: stores the places of those still open,
 * records rule holds placed or ended (holds of orders that left the open
 * statuses end too) and clears the orders' stale marks, in batches of
 * `perBatch` orders, each order's writes in one. `pause` runs between the
 * reads and each write: a request arriving while the round reads then
 * waits for one statement, not for the round's writes too.
 */
async function refresh(
  db: Db,
  sellerId: string,
  ids: readonly string[],
  rules: CompiledRules,
  rulesVersion: number,
  now: number,
  how: { pause: () => Promise<void>; perBatch: number },
): Promise<void> {
  const [rows, recorded] = await Promise.all([readOpenOrders(db, sellerId, ids), readActiveRuleHolds(db, sellerId, ids)]);
  const decision = decideQueue(rows.map(toOpenOrder), rules, recorded, now, 24);
  const open = new Set(rows.map((r) => r.id));
  const at = new Date(now).toISOString();
  const place: PlaceRuleHold[] = decision.place.map(({ order, hold }) => ({
    holdId: newId('hld'),
    eventId: newId('evt'),
    orderId: order.id,
    orderVersion: order.version,
    status: order.status,
    reason: hold.reason,
    note: hold.note,
    ruleId: hold.ruleId,
    text: `Held by rule ${hold.ruleId}: ${HOLD_TEXT[hold.reason] ?? hold.reason}${hold.note ? ` (${hold.note})` : ''}`,
  }));
  const end: EndRuleHold[] = decision.end.map(({ record, order }) => ({
    holdId: record.id,
    eventId: newId('evt'),
    orderId: order.id,
    status: order.status,
    reason: record.reason,
    text:
      record.reason === 'payment_not_received' && order.facts.paymentStatus === 'paid'
        ? 'Released: payment received'
        : `Released: no rule holds it for ${HOLD_TEXT[record.reason] ?? record.reason} any more`,
  }));
  for (const r of recorded) {
    if (!open.has(r.orderId)) end.push({ holdId: r.id, eventId: newId('evt'), orderId: r.orderId, status: null, reason: r.reason, text: 'Released: the order left the queue' });
  }
  const placements: StoredPlacement[] = decision.placements.map((p) => ({
    orderId: p.order.id,
    orderVersion: p.order.version,
    customerSig: p.order.customerSig,
    short: p.order.notAllocated > 0 ? 1 : 0,
    bucket: p.bucket,
    sortKey: p.sortKey,
    validUntil: Number.isFinite(p.validUntil) ? new Date(p.validUntil).toISOString() : '9999-12-31T00:00:00.000Z',
    entry: JSON.stringify(p.entry),
  }));
  // The writes are guarded by the orders' versions, so an order changed while this round gave way is only left stale.
  // Each batch writes whole orders (their holds, places and marks), so a crash between batches leaves the rest marked, to be redone.
  for (const part of chunks(ids, how.perBatch)) {
    await how.pause();
    const of = new Set(part);
    const mine = <T extends { orderId: string }>(rows: readonly T[]) => rows.filter((r) => of.has(r.orderId));
    // Placements are a cache (safe to write apart); hold records are conditional writes, each applied once.
    // The marks go last: they are cleared only for orders the writes before them settled.
    await runBatch(db, [
      ...reconcileRuleHoldStatements(db, sellerId, mine(place), mine(end), at),
      ...storePlacements(db, sellerId, rulesVersion, mine(placements)),
      settleStaleMarks(db, sellerId, part),
    ]);
  }
}

/**
 * The seller's queue now; `limit` caps each list (counts cover all).
 * `timings` receives where the time went (for Server-Timing).
 * Every D1 call of a read waits behind whatever the book-work consumer runs
 * at that moment, so the read makes few calls: the rules and, beside them,
 * one statement for the lists with the listed orders' merge groups, the
 * counts and the wait, whole in a burst (read again only when the read
 * placed a handful of changed orders itself); one more with merge groups.
 */
export async function readQueue(db: Db, sellerId: string, opts: { limit: number; dueSoonHours: number; budget?: QueueBudget }, timings: Record<string, number> = {}): Promise<QueueAnswer> {
  let mark = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = (timings[name] ?? 0) + t - mark;
    mark = t;
  };
  const budget = opts.budget ?? READ_BUDGET;
  const now = Date.now();
  const at = new Date(now).toISOString();
  const readTop = () => readQueueTop(db, sellerId, at, opts.limit, budget.orders + 1);
  // The rules and what the read shows go to D1 at once: the wait is counted against the rules' highest version,
  // which the rule set read names too; a rule set saved between the two is read again.
  let [ruleSet, top] = await Promise.all([currentRuleSet(db, sellerId), readTop()]);
  if (top.rulesVersion !== ruleSet.version) [ruleSet, top] = await Promise.all([currentRuleSet(db, sellerId), readTop()]);
  lap('lists');
  // The read places a handful of orders changed by writes (so a writer reads its own writes) and nothing else:
  // a burst, and orders passing a ship-by threshold (a steady trickle that grows with the book), are the consumer's.
  if (top.changed > 0 && top.waiting <= budget.orders) {
    await placeStale(db, sellerId, ruleSet, budget, now, at, lap, { pause: yieldToRequests, clock: false, writeBatch: ROUND });
    top = await readTop();
    lap('lists');
  }
  const { waiting, counts, held, groups } = top;
  // A burst's whole wait came with the lists (upTo is one past the budget).
  const pending = waiting > budget.orders ? (top.whole ?? waiting) : waiting;
  lap('pending');
  // Held members of the listed orders' groups, whether or not the held list's page reaches them.
  const heldMembers = new Map(
    (await readHeldOf(db, sellerId, [...new Set(groups.flatMap((g) => g.members))])).map((json) => {
      const h = JSON.parse(json) as HeldEntry;
      return [h.orderId, h] as const;
    }),
  );
  const lists = foldMergeGroups(
    top.ready.map((json) => JSON.parse(json) as QueueEntry),
    top.short.map((json) => JSON.parse(json) as QueueEntry),
    groups,
    heldMembers,
  );
  lap('held');
  const withFlags = (e: QueueEntry): QueueEntry => {
    return { ...e, ...clockFlags(e.shipBy, now, opts.dueSoonHours) };
  };
  return {
    generatedAt: at,
    ruleSetVersion: ruleSet.version,
    pending,
    // A merge group counts once, like its entry.
    counts: { ready: (counts.ready ?? 0) - lists.folded.ready, short: (counts.short ?? 0) - lists.folded.short, held: (counts.held ?? 0) + lists.held.length },
    queue: lists.ready.map(withFlags),
    short: lists.short.map(withFlags),
    held: [...held.map(shownHeld), ...lists.held],
  };
}

/** A held entry as the queue shows it: the proposing rules kept with its placement stay behind. */
export function shownHeld(json: string): HeldEntry {
  const { mergeRules: _kept, ...entry } = JSON.parse(json) as HeldEntry & { mergeRules?: unknown };
  return entry;
}

/**
 * Brings the seller's queue up to date within `budget`: links new orders to
 * their customers, then (re)places the stale orders already linked. Answers
 * how many orders still wait. With `leaveBursts` (a read), a wait longer
 * than the budget is left whole to the book-work consumer: a read sharing
 * the consumer's work raced it for the same orders and customer watermark.
 * Nothing waiting (a settled queue) costs one capped count, no sync.
 * With `giveWayToRequests` (the consumer), the requests of this isolate
 * go first between rounds.
 */
export async function prepareQueue(
  db: Db,
  sellerId: string,
  budget: QueueBudget,
  lap: (step: string) => void = () => {},
  opts: { leaveBursts?: boolean; giveWayToRequests?: boolean } = {},
): Promise<{ pending: number; ruleSetVersion: number; at: string; now: number }> {
  const ruleSet = await currentRuleSet(db, sellerId);
  const now = Date.now();
  const at = new Date(now).toISOString();
  const waiting = await countStaleOrders(db, sellerId, ruleSet.version, at, budget.orders + 1);
  const burst = opts.leaveBursts === true && waiting > budget.orders;
  if (waiting > 0 && !burst) {
    await placeStale(db, sellerId, ruleSet, budget, now, at, lap, {
      pause: opts.giveWayToRequests ? () => giveWayToRequests(GIVE_WAY_MS) : yieldToRequests,
      clock: true,
      writeBatch: opts.giveWayToRequests ? WRITE_BATCH : ROUND,
    });
  }
  lap('evaluate');
  const pending = waiting === 0 ? 0 : await countStaleOrders(db, sellerId, ruleSet.version, at);
  lap('stale');
  return { pending, ruleSetVersion: ruleSet.version, at, now };
}

/**
 * Links up to `budget.customers` new orders to their customers, then
 * (re)places up to `budget.orders` stale orders already linked (with
 * `clock`, also those past a watched threshold), a round at a time,
 * pausing between rounds so requests get the isolate and D1.
 */
async function placeStale(
  db: Db,
  sellerId: string,
  ruleSet: RuleSet,
  budget: QueueBudget,
  now: number,
  at: string,
  lap: (step: string) => void,
  how: { pause: () => Promise<void>; clock: boolean; writeBatch: number },
): Promise<void> {
  const syncRound = Math.min(budget.customers, SYNC_ROUND);
  for (let left = budget.customers; left > 0; left -= syncRound) {
    if (!(await syncCustomers(db, sellerId, 1, syncRound))) break;
    await how.pause();
  }
  const linkedUpTo = await customerSyncMark(db, sellerId);
  lap('customers');
  const rules = compileRules(ruleSet.rules);
  // The marks come in id order and a burst's linked orders lie scattered among them: each round goes on from the last
  // mark the one before answered, so a step walks the marks once, not once a round.
  let after: string | null = null;
  for (let left = budget.orders; left > 0; ) {
    const { ids: stale, lastMarked } = await readStaleOrderIds(db, sellerId, ruleSet.version, at, { limit: Math.min(left, ROUND), linkedUpTo, clock: how.clock, after });
    if (stale.length === 0) break;
    after = lastMarked ?? after;
    await refresh(db, sellerId, stale, rules, ruleSet.version, now, { pause: how.pause, perBatch: how.writeBatch });
    left -= stale.length;
    if (left > 0) await how.pause();
  }
  lap('evaluate');
}

/**
 * The open orders a rule with a `proposeMerge` action matched, with that
 * rule, after bringing the queue up to date within the read budget. Held
 * orders are among them, marked: a merge with one waits for its release.
 */
export async function mergeFlags(db: Db, sellerId: string, limit: number): Promise<MergeFlag[]> {
  const { ruleSetVersion } = await prepareQueue(db, sellerId, READ_BUDGET, undefined, { leaveBursts: true });
  return readMergeFlags(db, sellerId, ruleSetVersion, limit);
}
