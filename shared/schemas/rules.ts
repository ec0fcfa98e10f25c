/**
 * The fulfillment rules contract: a seller's ordered list of declarative
 * rules (conditions → actions), as `/v1/rules` accepts and returns it.
 * Strict: an unknown field, a wrong type, an empty list, a rule without
 * conditions or actions, a rule that both holds and releases, duplicate ids
 * or a dependency cycle between rules (see ../rule-graph.ts) are refused with
 * the field that is wrong.
 */
import { z } from 'zod';
import { ruleEvaluationOrder } from '../rule-graph.js';
import { DELIVERY_PROMISES, SHIP_SPEEDS } from '../service-levels.js';
import { PAYMENT_STATUSES } from '../status.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const words = (max = 50) => z.array(text(120)).min(1).max(max);
const amount = z.number().int().min(0).max(1e13);
const count = z.number().int().min(0).max(10_000);

/** Why an order is held. */
export const HOLD_REASONS = ['payment_not_received', 'fraud_review', 'address_check', 'blocked_buyer', 'other'] as const;
/** A hold reason. */
export const holdReason = z.enum(HOLD_REASONS);
export type HoldReason = z.infer<typeof holdReason>;

const negatable = { not: z.boolean().optional() };
const atLeastOne = (o: { min?: number | undefined; max?: number | undefined }) => o.min !== undefined || o.max !== undefined;
const bounds = { message: 'give min, max or both', path: ['min'] };

/**
 * One condition on an order. `not: true` inverts it. Lists match when any
 * entry matches; text compares without regard to case.
 */
export const ruleCondition = z.discriminatedUnion('type', [
  /** The channel's kind (amazon, ebay…) or a channel id. */
  z.strictObject({ type: z.literal('channel'), in: words(), ...negatable }),
  /** The channel's own service words (Standard, Expedited, SecondDay, "UPS Ground"…), compared whole. */
  z.strictObject({ type: z.literal('serviceLevel'), in: words(), ...negatable }),
  /** The order's unified shipping speed (same_day, next_day, two_day…), whatever words its channel used. */
  z.strictObject({ type: z.literal('shipSpeed'), in: z.array(z.enum(SHIP_SPEEDS)).min(1), ...negatable }),
  /** The order carries a marketplace delivery promise: one of `in`, or any when `in` is left out. */
  z.strictObject({ type: z.literal('deliveryPromise'), in: z.array(z.enum(DELIVERY_PROMISES)).min(1).optional(), ...negatable }),
  /** A tag of the buyer's customer record (VIP, blocked…). */
  z.strictObject({ type: z.literal('buyerTag'), in: words(), ...negatable }),
  /** A tag an earlier rule added to the order. */
  z.strictObject({ type: z.literal('orderTag'), in: words(), ...negatable }),
  /** Order total in minor units, inclusive bounds, optionally only in one currency. */
  z
    .strictObject({
      type: z.literal('orderTotal'),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD')
        .optional(),
      min: amount.optional(),
      max: amount.optional(),
      ...negatable,
    })
    .refine(atLeastOne, bounds),
  /** The ship-by time is at most this many hours away (or already passed). */
  z.strictObject({
    type: z.literal('shipByWithinHours'),
    hours: z
      .number()
      .positive()
      .max(24 * 90),
    ...negatable,
  }),
  /** The order's payment status. */
  z.strictObject({ type: z.literal('paymentStatus'), in: z.array(z.enum(PAYMENT_STATUSES)).min(1), ...negatable }),
  /** The destination country (ISO 3166-1 alpha-2). */
  z.strictObject({
    type: z.literal('destinationCountry'),
    in: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'a two-letter ISO country code such as US'))
      .min(1)
      .max(250),
    ...negatable,
  }),
  /** Any line's SKU or channel SKU. */
  z.strictObject({ type: z.literal('sku'), in: words(500), ...negatable }),
  /** The number of lines, inclusive bounds. */
  z.strictObject({ type: z.literal('lineCount'), min: count.optional(), max: count.optional(), ...negatable }).refine(atLeastOne, bounds),
]);

/** One action of a rule whose conditions all hold. */
export const ruleAction = z.discriminatedUnion('type', [
  /** Adds (or with a negative number, takes) priority points. */
  z.strictObject({ type: z.literal('addPoints'), points: z.number().int().min(-10_000).max(10_000) }),
  /** Tags the order (later rules may test the tag). */
  z.strictObject({ type: z.literal('tag'), tag: text(60) }),
  /** Holds the order with a reason. */
  z.strictObject({ type: z.literal('hold'), reason: holdReason, note: text(300).optional() }),
  /** Releases holds other rules placed: all of them, or only those with `reason`. */
  z.strictObject({ type: z.literal('release'), reason: holdReason.optional() }),
  /**
   * Makes the order a merge candidate: GET /v1/orders/merge-proposals groups
   * candidates of this rule with the same buyer and address placed within
   * `withinHours` of each other.
   */
  z.strictObject({ type: z.literal('proposeMerge'), withinHours: z.number().int().min(1).max(168).default(24) }),
]);

/** One rule: an id, a name, conditions that must all hold, and actions. */
export const rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lowercase letters, digits, "-" and "_", at most 64'),
  name: text(120),
  when: z.array(ruleCondition).min(1, 'a rule needs at least one condition').max(20),
  then: z.array(ruleAction).min(1, 'a rule needs at least one action').max(20),
});

/** Checks that need the whole list: unique ids, no hold-and-release rule, no cycle. */
function checkRuleList(rules: ReadonlyArray<z.infer<typeof rule>>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  rules.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}" (also rules.${first})` });
    else seen.set(r.id, i);
    const holds = r.then.findIndex((a) => a.type === 'hold');
    const releases = r.then.findIndex((a) => a.type === 'release');
    if (holds >= 0 && releases >= 0) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'then', releases], message: 'a rule cannot both hold and release: it would undo itself' });
    }
  });
  const evaluation = ruleEvaluationOrder(rules);
  if ('cycle' in evaluation) {
    const { cycle } = evaluation;
    const names = [...cycle.rules, cycle.rules[0]!].map((i) => rules[i]!.id).join(' → ');
    ctx.addIssue({
      code: 'custom',
      path: ['rules', cycle.rule, 'when', cycle.conditionIndex],
      message: `cyclic: tag "${cycle.tag}" is added by a rule that itself depends on this one (${names})`,
    });
  }
}

/** Most rules a rule set may hold. */
export const MAX_RULES = 200;

/** The body of PUT /v1/rules: the whole new list, in order. */
export const ruleSetBody = z
  .strictObject({
    rules: z.array(rule).min(1, 'a rule set needs at least one rule').max(MAX_RULES),
    note: text(300).optional(),
  })
  .superRefine((body, ctx) => checkRuleList(body.rules, ctx));

/** A stored rule set version. */
export const ruleSet = z.object({
  version: z.number().int(),
  rules: z.array(rule),
  note: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** True when the seller has not saved any rules and the defaults apply. */
  isDefault: z.boolean(),
});

/** GET /v1/rules/history */
export const ruleSetHistory = z.object({ versions: z.array(ruleSet) });

export type RuleCondition = z.infer<typeof ruleCondition>;
export type RuleAction = z.infer<typeof ruleAction>;
export type Rule = z.infer<typeof rule>;
export type RuleSetBody = z.infer<typeof ruleSetBody>;
export type RuleSet = z.infer<typeof ruleSet>;

const HOLD_RULES: readonly Rule[] = [
  {
    id: 'hold-until-paid',
    name: 'Hold until paid',
    when: [{ type: 'paymentStatus', in: ['pending'] }],
    then: [{ type: 'hold', reason: 'payment_not_received' }],
  },
  {
    id: 'hold-blocked-buyers',
    name: 'Hold orders of blocked buyers for review',
    when: [{ type: 'buyerTag', in: ['blocked'] }],
    then: [{ type: 'hold', reason: 'blocked_buyer' }],
  },
];

/** A rule that moves the orders it matches up the queue by `points`. */
const pointsRule = (id: string, name: string, when: Rule['when'], points: number): Rule => ({ id, name, when, then: [{ type: 'addPoints', points }] });

const VIP_AND_SHIP_BY_RULES: readonly Rule[] = [
  pointsRule('vip-first', 'VIP buyers first', [{ type: 'buyerTag', in: ['VIP'] }], 50),
  pointsRule('nearest-ship-by-first', 'Ship-by within 24 hours first', [{ type: 'shipByWithinHours', hours: 24 }], 25),
];

/**
 * The rules every seller starts with: hold until paid; blocked buyers held
 * for review; by unified shipping speed, graded: same/next day, then
 * two-day, then expedited; a marketplace promise (Prime, Walmart TwoDay…)
 * a little ahead of its speed, never past the next faster one; VIP buyers
 * first; nearest ship-by first (the queue also sorts by ship-by after
 * points).
 */
export const DEFAULT_RULES: readonly Rule[] = [
  ...HOLD_RULES,
  pointsRule('same-next-day-first', 'Same-day and next-day first', [{ type: 'shipSpeed', in: ['same_day', 'next_day'] }], 120),
  pointsRule('two-day-next', 'Two-day next', [{ type: 'shipSpeed', in: ['two_day'] }], 80),
  pointsRule('expedited-next', 'Expedited next', [{ type: 'shipSpeed', in: ['expedited'] }], 50),
  pointsRule('promised-delivery-ahead', 'Marketplace delivery promises (Prime, Walmart TwoDay…) ahead', [{ type: 'deliveryPromise' }], 20),
  ...VIP_AND_SHIP_BY_RULES,
];

/**
 * The defaults before shipping speeds were unified, word for word as sellers
 * saved them: the ship-speed migration moves a seller whose current rules are exactly
 * these to DEFAULT_RULES (a test checks the migration holds both).
 */
export const WORD_MATCHING_DEFAULT_RULES: readonly Rule[] = [
  ...HOLD_RULES,
  {
    id: 'prime-nextday-first',
    name: 'Prime and NextDay first',
    when: [{ type: 'serviceLevel', in: ['Prime', 'NextDay'] }],
    then: [
      { type: 'addPoints', points: 100 },
      { type: 'tag', tag: 'expedited' },
    ],
  },
  ...VIP_AND_SHIP_BY_RULES,
];
