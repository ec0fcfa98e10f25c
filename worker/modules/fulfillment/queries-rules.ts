/**
 * Rule set versions on D1: the current one (the highest version, or the
 * defaults when the seller never saved any), the history, and new versions.
 * A new version takes max+1; two concurrent saves collide on the primary key
 * and the loser retries on top of the winner.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { DEFAULT_RULES, type Rule, type RuleSet } from '../../../shared/schemas/rules.js';
import { runBatch, statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ruleSets } from '../../db/schema.js';
import { preconditionFailed } from '../../errors.js';

/** The rule set a seller has before saving any: version 0, the defaults. */
export const DEFAULT_RULE_SET: RuleSet = { version: 0, rules: [...DEFAULT_RULES], note: null, createdAt: null, isDefault: true };

const toRuleSet = (r: typeof ruleSets.$inferSelect): RuleSet => ({
  version: r.version,
  rules: r.rules as Rule[],
  note: r.note,
  createdAt: r.createdAt,
  isDefault: false,
});

/** The seller's current rule set. */
export async function currentRuleSet(db: Db, sellerId: string): Promise<RuleSet> {
  const [row] = await db.select().from(ruleSets).where(eq(ruleSets.sellerId, sellerId)).orderBy(desc(ruleSets.version)).limit(1);
  return row ? toRuleSet(row) : DEFAULT_RULE_SET;
}

/** Every saved version, newest first, then the defaults they started from. */
export async function ruleSetVersions(db: Db, sellerId: string): Promise<RuleSet[]> {
  const rows = await db.select().from(ruleSets).where(eq(ruleSets.sellerId, sellerId)).orderBy(desc(ruleSets.version));
  return [...rows.map(toRuleSet), DEFAULT_RULE_SET];
}

/**
 * Saves `rules` as the seller's next version and returns it. With
 * `expectedVersion` (from If-Match) it saves only over that version: 412
 * otherwise, also when a concurrent save takes the next number first.
 */
export async function saveRuleSet(db: Db, sellerId: string, rules: readonly Rule[], note: string | null, expectedVersion?: number): Promise<RuleSet> {
  return withConflictRetry(async () => {
    const current = await currentRuleSet(db, sellerId);
    if (expectedVersion !== undefined && current.version !== expectedVersion) throw await preconditionFailed(current);
    const version = current.version + 1;
    const at = new Date().toISOString();
    await runBatch(db, [statement(db, db.insert(ruleSets).values({ sellerId, version, rules: [...rules], note, createdAt: at }))]);
    const [row] = await db
      .select()
      .from(ruleSets)
      .where(and(eq(ruleSets.sellerId, sellerId), eq(ruleSets.version, version)));
    return toRuleSet(row!);
  });
}

/** The seller's current rules version number (0 for the defaults), cheaply. */
export async function currentRuleVersion(db: Db, sellerId: string): Promise<number> {
  const [row] = await db
    .select({ v: sql<number>`coalesce(max(${ruleSets.version}), 0)` })
    .from(ruleSets)
    .where(eq(ruleSets.sellerId, sellerId));
  return row?.v ?? 0;
}
