/**
 * The rule engine: evaluates a seller's ordered rules against one order and
 * its buyer, giving priority points, tags, the hold (if any) with its reason,
 * and which rules matched — the explanation the queue shows. Pure: no Hono,
 * no drizzle, no clock (the caller passes `now`).
 */
import { ruleEvaluationOrder } from '../../../shared/rule-graph.js';
import type { HoldReason, Rule, RuleCondition } from '../../../shared/schemas/rules.js';
import type { DeliveryPromise, ShipSpeed } from '../../../shared/service-levels.js';
import type { PaymentStatus } from '../../../shared/status.js';

/** What the rules can see of an order and its buyer. */
export interface OrderFacts {
  channelId: string;
  channelKind: string;
  serviceLevel: string;
  shipSpeed: ShipSpeed;
  deliveryPromise: DeliveryPromise | null;
  paymentStatus: PaymentStatus;
  currency: string;
  /** Minor units; null when no source has shown it (no total condition holds then). */
  total: number | null;
  /** Epoch milliseconds, or null when the channel gave none. */
  shipBy: number | null;
  country: string | null;
  skus: readonly string[];
  lineCount: number;
  buyerTags: readonly string[];
}

/** A hold a rule placed. */
export interface RuleHold {
  reason: HoldReason;
  note: string | null;
  ruleId: string;
}

/** One rule that matched and what it did. */
export interface MatchedRule {
  ruleId: string;
  name: string;
  points: number;
  tags: string[];
  hold?: HoldReason;
  release?: HoldReason | 'all';
  /** The rule proposes merges of orders placed within this many hours. */
  mergeWithinHours?: number;
}

/** The verdict of the rules on one order. */
export interface RuleVerdict {
  points: number;
  tags: string[];
  /** The hold that stands after releases, or null. The first placed wins when several do. */
  hold: RuleHold | null;
  matched: MatchedRule[];
}

/** Rules prepared once per request: evaluation order worked out, text lowercased. */
export interface CompiledRules {
  rules: readonly Rule[];
  order: readonly number[];
  lowered: ReadonlyArray<ReadonlyArray<ReadonlySet<string> | undefined>>;
}

const HOUR = 3_600_000;
const lower = (s: string) => s.trim().toLowerCase();

/** Prepares a validated rule list for evaluation (throws on a cycle, which validation already refuses). */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const evaluation = ruleEvaluationOrder(rules);
  if ('cycle' in evaluation) throw new Error('rule set has a dependency cycle');
  return {
    rules,
    order: evaluation.order,
    lowered: rules.map((r) => r.when.map((c) => ('in' in c && c.in ? new Set((c.in as readonly string[]).map(lower)) : undefined))),
  };
}

const anyIn = (set: ReadonlySet<string>, values: readonly string[]) => values.some((v) => set.has(v));

/** The text facts lowercased once per order, so conditions compare with set lookups only. */
interface LoweredFacts {
  channelKind: string;
  channelId: string;
  serviceLevel: string;
  country: string | null;
  buyerTags: string[];
  skus: string[];
}

const lowerFacts = (o: OrderFacts): LoweredFacts => ({
  channelKind: lower(o.channelKind),
  channelId: lower(o.channelId),
  serviceLevel: lower(o.serviceLevel),
  country: o.country === null ? null : lower(o.country),
  buyerTags: o.buyerTags.map(lower),
  skus: o.skus.map(lower),
});

function holds(c: RuleCondition, set: ReadonlySet<string> | undefined, o: OrderFacts, l: LoweredFacts, tags: readonly string[], now: number): boolean {
  switch (c.type) {
    case 'channel':
      return set!.has(l.channelKind) || set!.has(l.channelId);
    case 'serviceLevel':
      return set!.has(l.serviceLevel);
    case 'shipSpeed':
      return set!.has(o.shipSpeed);
    case 'deliveryPromise':
      return o.deliveryPromise !== null && (set === undefined || set.has(o.deliveryPromise));
    case 'buyerTag':
      return anyIn(set!, l.buyerTags);
    case 'orderTag':
      return anyIn(set!, tags);
    case 'orderTotal':
      return o.total !== null && (c.currency === undefined || c.currency === o.currency) && (c.min === undefined || o.total >= c.min) && (c.max === undefined || o.total <= c.max);
    case 'shipByWithinHours':
      return o.shipBy !== null && o.shipBy - now <= c.hours * HOUR;
    case 'paymentStatus':
      return set!.has(o.paymentStatus);
    case 'destinationCountry':
      return l.country !== null && set!.has(l.country);
    case 'sku':
      return anyIn(set!, l.skus);
    case 'lineCount':
      return (c.min === undefined || o.lineCount >= c.min) && (c.max === undefined || o.lineCount <= c.max);
  }
}

/**
 * Evaluates compiled rules against an order at time `now` (epoch ms). Every
 * rule whose conditions all hold applies its actions; points add up, tags
 * collect, and a release removes the holds of matched hold rules (all, or
 * those with its reason) whatever their order in the list.
 */
export function evaluateRules(compiled: CompiledRules, order: OrderFacts, now: number): RuleVerdict {
  let points = 0;
  const tags: string[] = [];
  const lowered = lowerFacts(order);
  const lowTags: string[] = [];
  const placed: RuleHold[] = [];
  const released = new Set<HoldReason | 'all'>();
  const matched: MatchedRule[] = [];
  for (const i of compiled.order) {
    const r = compiled.rules[i]!;
    const sets = compiled.lowered[i]!;
    let ok = true;
    for (let j = 0; ok && j < r.when.length; j++) {
      const c = r.when[j]!;
      ok = holds(c, sets[j], order, lowered, lowTags, now) !== (c.not === true);
    }
    if (!ok) continue;
    const m: MatchedRule = { ruleId: r.id, name: r.name, points: 0, tags: [] };
    for (const a of r.then) {
      if (a.type === 'addPoints') m.points += a.points;
      else if (a.type === 'tag') {
        m.tags.push(a.tag);
        if (!lowTags.includes(lower(a.tag))) {
          tags.push(a.tag);
          lowTags.push(lower(a.tag));
        }
      } else if (a.type === 'hold') {
        m.hold = a.reason;
        placed.push({ reason: a.reason, note: a.note ?? null, ruleId: r.id });
      } else if (a.type === 'proposeMerge') {
        // Several proposing actions in one rule: the widest window stands.
        m.mergeWithinHours = Math.max(m.mergeWithinHours ?? 0, a.withinHours);
      } else {
        m.release = a.reason ?? 'all';
        released.add(a.reason ?? 'all');
      }
    }
    points += m.points;
    matched.push(m);
  }
  const hold = released.has('all') ? null : (placed.find((h) => !released.has(h.reason)) ?? null);
  return { points, tags, hold, matched };
}
