/**
 * The pick/pack/ship queue, decided in pure code: which open orders are
 * ready (not held, every line allocated), which wait for stock, which are
 * held and why; the ready ones sorted by priority points, then ship-by
 * (soonest first, none last), then placed time; and which rule holds must
 * be recorded or ended in the orders' history.
 */
import type { HeldEntry, QueueEntry } from '../../../shared/schemas/fulfillment.js';
import type { OrderStatus } from '../../../shared/status.js';
import { type CompiledRules, evaluateRules, type OrderFacts, type RuleHold } from './rules.js';

/** An open order with what the queue needs besides the rules' facts. */
export interface OpenOrder {
  id: string;
  /** The order's version and its buyer record's last change: what a stored placement was made from. */
  version: number;
  customerSig: string | null;
  externalId: string;
  status: OrderStatus;
  channelStatus: string | null;
  placedAt: string;
  shipBy: string | null;
  lineCount: number;
  units: number;
  /** Lines short of stock or mapped to no SKU. */
  notAllocated: number;
  manualHold: { reason: string; note: string | null } | null;
  facts: OrderFacts;
}

/** A rule hold on record. */
export interface RecordedRuleHold {
  id: string;
  orderId: string;
  reason: string;
}

/** Where one order goes, to be stored: its bucket, its sort key within it, what to show, and until when it holds. */
export interface Placement {
  order: OpenOrder;
  bucket: 'ready' | 'short' | 'held';
  /** Ascending text key: points (most first), ship-by (none last), placed time, id; held ones by placed time. */
  sortKey: string;
  /** Epoch ms after which a ship-by condition may flip (Infinity: never). */
  validUntil: number;
  /** A held one also keeps the proposing rules it matched (`mergeRules`), read by merge proposals and never shown. */
  entry: QueueEntry | (HeldEntry & { mergeRules?: Array<{ ruleId: string; name: string; mergeWithinHours: number }> });
}

/** The queue and the rule-hold changes to record. */
export interface QueueDecision {
  placements: Placement[];
  ready: QueueEntry[];
  short: QueueEntry[];
  held: HeldEntry[];
  /** Rule holds the rules place now that are not on record. */
  place: Array<{ order: OpenOrder; hold: RuleHold }>;
  /** Recorded rule holds the rules no longer place. */
  end: Array<{ record: RecordedRuleHold; order: OpenOrder }>;
}

const HOUR = 3_600_000;

/** Ready-to-ship order first: more points, then nearer ship-by (none last), then placed earlier. */
export function compareQueueEntries(a: QueueEntry, b: QueueEntry): number {
  return (
    b.priority.points - a.priority.points ||
    (a.shipBy === b.shipBy ? 0 : a.shipBy === null ? 1 : b.shipBy === null ? -1 : a.shipBy < b.shipBy ? -1 : 1) ||
    (a.placedAt < b.placedAt ? -1 : a.placedAt > b.placedAt ? 1 : 0) ||
    (a.orderId < b.orderId ? -1 : 1)
  );
}

/** The flags that depend on the clock, worked out when an entry is shown. */
export function clockFlags(shipBy: string | null, now: number, dueSoonHours: number): { late: boolean; dueSoon: boolean } {
  const t = shipBy === null ? null : Date.parse(shipBy);
  return { late: t !== null && t < now, dueSoon: t !== null && t >= now && t - now <= dueSoonHours * HOUR };
}

/** A text key that sorts like compareQueueEntries. */
export function queueSortKey(e: Pick<QueueEntry, 'priority' | 'shipBy' | 'placedAt' | 'orderId'>): string {
  const points = String(1_000_000_000 - e.priority.points).padStart(10, '0');
  return `${points} ${e.shipBy ?? '~'} ${e.placedAt} ${e.orderId}`;
}

/** Sorts the seller's open orders into the queue at time `now` (epoch ms). */
export function decideQueue(orders: readonly OpenOrder[], rules: CompiledRules, recorded: readonly RecordedRuleHold[], now: number, dueSoonHours: number): QueueDecision {
  const recordedByOrder = new Map(recorded.map((r) => [r.orderId, r]));
  const out: QueueDecision = { placements: [], ready: [], short: [], held: [], place: [], end: [] };
  const watched = [...new Set(rules.rules.flatMap((r) => r.when.flatMap((c) => (c.type === 'shipByWithinHours' ? [c.hours * HOUR] : []))))];
  const validUntil = (o: OpenOrder) => {
    const shipBy = o.facts.shipBy;
    if (shipBy === null) return Infinity;
    return watched
      .map((w) => shipBy - w)
      .filter((t) => t > now)
      .reduce((a, b) => Math.min(a, b), Infinity);
  };
  const heldKey = (o: OpenOrder) => `${o.placedAt} ${o.externalId} ${o.id}`;
  const hold = (o: OpenOrder, entry: HeldEntry, matched: ReturnType<typeof evaluateRules>['matched']) => {
    out.held.push(entry);
    // A held order may still be proposed for a merge: the proposing rules it matched are kept with its placement.
    const mergeRules = matched.flatMap((m) => (m.mergeWithinHours === undefined ? [] : [{ ruleId: m.ruleId, name: m.name, mergeWithinHours: m.mergeWithinHours }]));
    out.placements.push({ order: o, bucket: 'held', sortKey: heldKey(o), validUntil: validUntil(o), entry: mergeRules.length ? { ...entry, mergeRules } : entry });
  };
  for (const o of orders) {
    const verdict = evaluateRules(rules, o.facts, now);
    const record = recordedByOrder.get(o.id);
    // Rule holds apply to orders the workflow has not taken over; a manual hold supersedes them.
    if (o.status !== 'on_hold') {
      if (record && record.reason !== verdict.hold?.reason) out.end.push({ record, order: o });
      if (verdict.hold && record?.reason !== verdict.hold.reason) out.place.push({ order: o, hold: verdict.hold });
    }
    const base = { orderId: o.id, externalId: o.externalId, status: o.status };
    if (o.status === 'on_hold') {
      hold(
        o,
        { ...base, reason: o.manualHold?.reason ?? 'other', note: o.manualHold?.note ?? (o.manualHold ? null : o.channelStatus), source: o.manualHold ? 'manual' : 'status', ruleId: null },
        verdict.matched,
      );
      continue;
    }
    if (verdict.hold) {
      hold(o, { ...base, reason: verdict.hold.reason, note: verdict.hold.note, source: 'rule', ruleId: verdict.hold.ruleId }, verdict.matched);
      continue;
    }
    if (o.status === 'pending') {
      hold(o, { ...base, reason: 'payment_not_received', note: o.channelStatus, source: 'status', ruleId: null }, verdict.matched);
      continue;
    }
    const entry: QueueEntry = {
      orderId: o.id,
      externalId: o.externalId,
      channelId: o.facts.channelId,
      channelKind: o.facts.channelKind,
      serviceLevel: o.facts.serviceLevel,
      shipSpeed: o.facts.shipSpeed,
      deliveryPromise: o.facts.deliveryPromise,
      placedAt: o.placedAt,
      shipBy: o.shipBy,
      ...clockFlags(o.shipBy, now, dueSoonHours),
      lineCount: o.lineCount,
      units: o.units,
      tags: verdict.tags,
      priority: { points: verdict.points, rules: verdict.matched },
    };
    const bucket = o.notAllocated > 0 ? 'short' : 'ready';
    (bucket === 'short' ? out.short : out.ready).push(entry);
    out.placements.push({ order: o, bucket, sortKey: queueSortKey(entry), validUntil: validUntil(o), entry });
  }
  out.ready.sort(compareQueueEntries);
  out.short.sort(compareQueueEntries);
  return out;
}
