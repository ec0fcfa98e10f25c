/**
 * The pick/pack/ship queue, decided in pure code: which open orders are
 * ready (not held, every line allocated), which wait for stock, which are
 * held and why; the ready ones sorted by priority points, then ship-by
 * (soonest first, none last), then placed time; and which rule holds must
 * be recorded or ended in the orders' history.
 */
import type { HeldEntry, QueueEntry } from '../../shared/schemas/fulfillment.js';
import type { OrderStatus } from '../../shared/status.js';
import { evaluateRules, type CompiledRules, type OrderFacts, type RuleHold } from './rules.js';

/** An open order with what the queue needs besides the rules' facts. */
export interface OpenOrder {
  id: string;
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

/** The queue and the rule-hold changes to record. */
export interface QueueDecision {
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

/** Sorts the seller's open orders into the queue at time `now` (epoch ms). */
export function decideQueue(
  orders: readonly OpenOrder[],
  rules: CompiledRules,
  recorded: readonly RecordedRuleHold[],
  now: number,
  dueSoonHours: number,
): QueueDecision {
  const recordedByOrder = new Map(recorded.map((r) => [r.orderId, r]));
  const out: QueueDecision = { ready: [], short: [], held: [], place: [], end: [] };
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
      out.held.push({ ...base, reason: o.manualHold?.reason ?? 'other', note: o.manualHold?.note ?? (o.manualHold ? null : o.channelStatus), source: o.manualHold ? 'manual' : 'status', ruleId: null });
      continue;
    }
    if (verdict.hold) {
      out.held.push({ ...base, reason: verdict.hold.reason, note: verdict.hold.note, source: 'rule', ruleId: verdict.hold.ruleId });
      continue;
    }
    if (o.status === 'pending') {
      out.held.push({ ...base, reason: 'payment_not_received', note: o.channelStatus, source: 'status', ruleId: null });
      continue;
    }
    const shipBy = o.facts.shipBy;
    const entry: QueueEntry = {
      orderId: o.id,
      externalId: o.externalId,
      channelId: o.facts.channelId,
      channelKind: o.facts.channelKind,
      serviceLevel: o.facts.serviceLevel,
      placedAt: o.placedAt,
      shipBy: o.shipBy,
      late: shipBy !== null && shipBy < now,
      dueSoon: shipBy !== null && shipBy >= now && shipBy - now <= dueSoonHours * HOUR,
      lineCount: o.lineCount,
      units: o.units,
      tags: verdict.tags,
      priority: { points: verdict.points, rules: verdict.matched },
    };
    (o.notAllocated > 0 ? out.short : out.ready).push(entry);
  }
  out.ready.sort(compareQueueEntries);
  out.short.sort(compareQueueEntries);
  return out;
}
