/**
 * Reads behind the fulfillment queue: every open order of a seller with
 * what the rules look at (one row per order, lines and buyer tags folded in
 * by SQL), and the rule holds on record; plus the statements that bring the
 * record of rule holds in line with the rules' current verdicts. Those
 * statements are conditional inserts/updates, so two readers reconciling at
 * once write each hold and each history event once.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { OrderStatus } from '../../../shared/status.js';
import { type Statement, statement } from '../../db/batch.js';
import { chunks, readInChunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import type { OrderFacts } from './rules.js';

/** What the rules see of an order that its row carries as it is (the rest is folded JSON or a time to parse). */
type RowFacts = Pick<OrderFacts, 'channelId' | 'channelKind' | 'serviceLevel' | 'shipSpeed' | 'deliveryPromise' | 'paymentStatus' | 'currency' | 'total' | 'country'>;

/** An open order as the queue sees it. */
export interface OpenOrderRow extends RowFacts {
  id: string;
  version: number;
  /** The buyer record's updated_at, or null. */
  customerSig: string | null;
  externalId: string;
  channelStatus: string | null;
  status: OrderStatus;
  shipBy: string | null;
  placedAt: string;
  /**
   * The lines folded into JSON: {skus: [[sku, channelSku]…], lineCount,
   * units (not yet shipped), notAllocated (lines short or unmapped)}.
   */
  lines: string;
  /** JSON array of the buyer's customer tags, or null. */
  buyerTags: string | null;
  /** For on_hold orders: the active manual hold as JSON {reason, note}. */
  manualHold: string | null;
}

/**
 * The given orders, if still open: pending, on_hold or ready (not being picked, not gone).
 * CROSS JOIN: each id probes the orders by key; `o.id IN (…) AND o.seller_id = ?` walked the seller's every order.
 */
export async function readOpenOrders(db: Db, sellerId: string, ids: readonly string[]): Promise<OpenOrderRow[]> {
  return db.all<OpenOrderRow>(sql`
    SELECT o.id, o.version, c.updated_at AS customerSig, o.external_id AS externalId, o.channel_id AS channelId, ch.kind AS channelKind, o.channel_status AS channelStatus,
           o.status, o.service_level AS serviceLevel, o.ship_speed AS shipSpeed, o.delivery_promise AS deliveryPromise,
           o.payment_status AS paymentStatus, o.currency, CASE WHEN o.total_unknown THEN NULL ELSE o.total END AS total,
           o.ship_by AS shipBy, o.placed_at AS placedAt, o.ship_to->>'country' AS country,
           (SELECT json_object('skus', json_group_array(json_array(sku, channel_sku)), 'lineCount', count(*),
                               'units', sum(quantity - shipped_quantity), 'notAllocated', sum(allocation IN ('short', 'unmapped')))
              FROM order_lines WHERE order_id = o.id AND +seller_id = o.seller_id) AS lines,
           c.tags AS buyerTags,
           CASE WHEN o.status = 'on_hold' THEN (
             SELECT json_object('reason', h.reason, 'note', h.note) FROM order_holds h
              WHERE h.order_id = o.id AND +h.seller_id = o.seller_id AND h.kind = 'manual' AND h.released_at IS NULL ORDER BY h.placed_at DESC LIMIT 1)
           END AS manualHold
      FROM json_each(${JSON.stringify(ids)}) k
     CROSS JOIN orders o ON o.id = k.value
      JOIN channels ch ON ch.id = o.channel_id AND +ch.seller_id = o.seller_id
      LEFT JOIN order_customers oc ON oc.order_id = o.id AND +oc.seller_id = o.seller_id
      LEFT JOIN customers c ON c.id = oc.customer_id AND +c.seller_id = o.seller_id
     WHERE +o.seller_id = ${sellerId} AND o.status IN ('pending', 'on_hold', 'ready')`);
}

/**
 * Orders whose stored queue entry is missing or out of date: marked stale
 * (captured, or changed: the order, its lines, allocation or buyer — see
 * migrations 0008 and 0010 — or closed with a rule hold to end), made under
 * other rules, or past a watched ship-by threshold. Index ranges only: the
 * cost follows what changed, not how many orders are open. With `after`,
 * only marks past that order id (the marks come in id order): a step's
 * rounds walk the marks once between them. `lastMarked` is the last mark
 * answered, where the next round goes on from.
 */
export async function readStaleOrderIds(
  db: Db,
  sellerId: string,
  rulesVersion: number,
  now: string,
  opts: { limit: number; linkedUpTo: number; clock?: boolean; after?: string | null },
): Promise<{ ids: string[]; lastMarked: string | null }> {
  // Only orders the customer sync has passed: placing one before its buyer is known could miss a VIP tag.
  // CROSS JOIN and the unary +: walk the stale ids and probe each order by key, never range over the seller's orders.
  const rows = await db.all<{ id: string; marked: number }>(sql`
    SELECT s.id, s.marked FROM (${staleIds(sellerId, rulesVersion, now, opts.clock, opts.after)}) s
     CROSS JOIN orders o ON o.id = s.id
     WHERE +o.seller_id = ${sellerId} AND +o.rowid <= ${opts.linkedUpTo}
     LIMIT ${opts.limit}`);
  let lastMarked: string | null = null;
  for (const r of rows) if (r.marked === 1 && (lastMarked === null || r.id > lastMarked)) lastMarked = r.id;
  return { ids: rows.map((r) => r.id), lastMarked };
}

/**
 * How many of the seller's orders wait to be (re)placed in the queue,
 * counting at most `upTo` (a read only needs to know whether the wait is
 * more than it would place itself); without the `clock` part, only orders
 * changed or placed under other rules. Index entries only, no table rows.
 */
export async function countStaleOrders(db: Db, sellerId: string, rulesVersion: number, now: string, upTo = Number.MAX_SAFE_INTEGER, clock = true): Promise<number> {
  // A whole count takes the marks as triggers keep them (migration 0034): a burst's marks are not walked; the entries of other
  // rules or past their threshold still are (a rule change's wait, or a trickle).
  const whole = upTo === Number.MAX_SAFE_INTEGER;
  const [row] = whole
    ? await db.all<{ n: number }>(sql`SELECT ${wholeWait(sellerId, rulesVersion, now, clock)} AS n`)
    : await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT 1 FROM (${staleIds(sellerId, rulesVersion, now, clock)}) LIMIT ${upTo})`);
  return row?.n ?? 0;
}

/** The whole wait as an SQL value: the marks as triggers count them, and the entries of other rules or past their validity. */
function wholeWait(sellerId: string, rulesVersion: number | SQL, now: string, clock = true) {
  return sql`(coalesce((SELECT entries FROM queue_counts WHERE seller_id = ${sellerId} AND bucket = 'stale'), 0)
             + (SELECT count(*) FROM (${unmarkedEntries(sellerId, rulesVersion, now, clock)})))`;
}

/**
 * Orders marked stale, placed under other rules, or (with `clock`) past
 * their placement's validity. UNION ALL with each later part leaving out the marked orders
 * (the parts on entries are disjoint ranges): an id comes once and the ids
 * stream from the indexes, so a LIMIT stops the walk instead of every stale
 * id being gathered and sorted first.
 */
function staleIds(sellerId: string, rulesVersion: number | SQL, now: string, clock = true, after: string | null = null) {
  const past = after === null ? sql`` : sql` AND order_id > ${after}`;
  return sql`SELECT order_id AS id, 1 AS marked FROM queue_stale WHERE seller_id = ${sellerId}${past} UNION ALL ${unmarkedEntries(sellerId, rulesVersion, now, clock)}`;
}

/** The entries of other rules or (with `clock`) past their validity, of orders not marked stale. */
function unmarkedEntries(sellerId: string, rulesVersion: number | SQL, now: string, clock = true) {
  const unmarked = sql`NOT EXISTS (SELECT 1 FROM queue_stale s WHERE s.seller_id = q.seller_id AND s.order_id = q.order_id)`;
  const otherRules = sql`
    SELECT order_id AS id, 0 AS marked FROM queue_entries q WHERE seller_id = ${sellerId} AND rules_version < ${rulesVersion} AND ${unmarked}
    UNION ALL SELECT order_id, 0 FROM queue_entries q WHERE seller_id = ${sellerId} AND rules_version > ${rulesVersion} AND ${unmarked}`;
  if (!clock) return otherRules;
  return sql`${otherRules}
    UNION ALL SELECT order_id, 0 FROM queue_entries q WHERE seller_id = ${sellerId} AND rules_version = ${rulesVersion} AND valid_until <= ${now} AND ${unmarked}`;
}

/**
 * A statement clearing the stale marks of orders just evaluated, for those
 * that stayed as evaluated: open with a current entry, or closed with no
 * rule hold left. An order that changed meanwhile keeps its mark.
 */
export function settleStaleMarks(db: Db, sellerId: string, orderIds: readonly string[]): Statement {
  return statement(
    db,
    sql`
    DELETE FROM queue_stale WHERE seller_id = ${sellerId} AND order_id IN (SELECT value FROM json_each(${JSON.stringify(orderIds)}))
       AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = queue_stale.order_id AND +o.seller_id = queue_stale.seller_id AND o.status IN ('pending', 'on_hold', 'ready')
                          AND o.version IS NOT (SELECT q.order_version FROM queue_entries q WHERE q.order_id = o.id AND +q.seller_id = o.seller_id))
       AND NOT EXISTS (SELECT 1 FROM orders o JOIN order_holds h ON h.order_id = o.id AND +h.seller_id = o.seller_id AND h.kind = 'rule' AND h.released_at IS NULL
                        WHERE o.id = queue_stale.order_id AND +o.seller_id = queue_stale.seller_id AND o.status NOT IN ('pending', 'on_hold', 'ready'))`,
  );
}

/** A placement to store. */
export interface StoredPlacement {
  orderId: string;
  orderVersion: number;
  customerSig: string | null;
  short: number;
  bucket: string;
  sortKey: string;
  validUntil: string;
  entry: string;
}

/**
 * Statements storing placements (replacing older ones), each only while its
 * order still has the version it was evaluated at: an order that changed or
 * left the queue meanwhile keeps no entry made from what it was, and is
 * evaluated again on the next read.
 */
export function storePlacements(db: Db, sellerId: string, rulesVersion: number, rows: readonly StoredPlacement[]): Statement[] {
  const out: Statement[] = [];
  for (const run of chunks(rows, 250)) {
    out.push(
      statement(
        db,
        sql`
      INSERT INTO queue_entries (order_id, seller_id, order_version, rules_version, customer_sig, short, bucket, sort_key, valid_until, entry)
      SELECT p.value->>'orderId', ${sellerId}, p.value->>'orderVersion', ${rulesVersion}, p.value->>'customerSig', p.value->>'short',
             p.value->>'bucket', p.value->>'sortKey', p.value->>'validUntil', p.value->>'entry'
        FROM json_each(${JSON.stringify(run)}) p
        JOIN orders o ON o.id = p.value->>'orderId' AND +o.seller_id = ${sellerId} AND o.version = p.value->>'orderVersion' WHERE true
      ON CONFLICT (order_id) DO UPDATE SET order_version = excluded.order_version, rules_version = excluded.rules_version,
             customer_sig = excluded.customer_sig, short = excluded.short, bucket = excluded.bucket, sort_key = excluded.sort_key,
             valid_until = excluded.valid_until, entry = excluded.entry`,
      ),
    );
  }
  return out;
}

/** One page of a bucket in queue order after sort key `after` (null: from the top), with each entry's sort key. */
export async function readBucketAfter(db: Db, sellerId: string, bucket: string, after: string | null, limit: number): Promise<Array<{ sortKey: string; entry: string }>> {
  return db.all<{ sortKey: string; entry: string }>(sql`
    SELECT q.sort_key AS sortKey, q.entry FROM queue_entries q JOIN orders o ON o.id = q.order_id AND +o.seller_id = q.seller_id AND o.version = q.order_version
     WHERE q.seller_id = ${sellerId} AND q.bucket = ${bucket} AND q.sort_key > ${after ?? ''} ORDER BY q.sort_key LIMIT ${limit}`);
}

/** The held entries, as placed, of whichever of `orderIds` are held (the members of merge groups in the lists). */
export async function readHeldOf(db: Db, sellerId: string, orderIds: readonly string[]): Promise<string[]> {
  if (orderIds.length === 0) return [];
  const rows = await db.all<{ entry: string }>(sql`
    SELECT q.entry FROM json_each(${JSON.stringify(orderIds)}) k
     CROSS JOIN queue_entries q ON q.order_id = k.value AND q.seller_id = ${sellerId} AND q.bucket = 'held'
      JOIN orders o ON o.id = q.order_id AND +o.seller_id = q.seller_id AND o.version = q.order_version`);
  return rows.map((r) => r.entry);
}

/** The current placements (bucket and entry as placed) of whichever of `orderIds` the queue holds, by id in chunks. */
export async function readPlacementsOf(db: Db, sellerId: string, orderIds: readonly string[]): Promise<Array<{ bucket: string; entry: string }>> {
  return readInChunks(orderIds, PLACEMENTS_PER_READ, (json) =>
    db.all<{ bucket: string; entry: string }>(sql`
      SELECT q.bucket, q.entry FROM json_each(${json}) k
       CROSS JOIN queue_entries q ON q.order_id = k.value AND q.seller_id = ${sellerId}
        JOIN orders o ON o.id = q.order_id AND +o.seller_id = q.seller_id AND o.version = q.order_version`),
  );
}
/** Orders looked up per statement: their ids travel as one JSON parameter, so this bounds its size. */
const PLACEMENTS_PER_READ = 100;

/** The top of each list, the counts and the wait, as one read takes them. */
export interface QueueTop {
  /** The rules version the wait was counted against: the seller's highest. */
  rulesVersion: number;
  ready: string[];
  short: string[];
  held: string[];
  counts: Record<string, number>;
  /** Orders waiting to be (re)placed, counted up to `upTo`. */
  waiting: number;
  /** Of those, orders changed or placed under other rules (not only past a threshold), counted up to `upTo`. */
  changed: number;
  /** The whole wait, counted only when `waiting` reached `upTo` (a burst's); otherwise null. */
  whole: number | null;
  /** The merge group of each listed ready or short order in one, with the group's members (placed time order), ready first. */
  groups: Array<{ orderId: string; groupId: string; members: string[] }>;
}

/**
 * What a queue read shows, in one statement: the first `limit` entries of
 * each bucket in queue order (entries of orders unchanged since, ready and
 * short ones with their merge groups), each
 * bucket's count as triggers keep it (migration 0034), and the capped waits
 * (as countStaleOrders) against the seller's current rules
 * version, and the whole wait when the capped one reached `upTo` (CASE
 * evaluates it only then). One D1 call instead of seven: each call of a
 * read waits its turn behind the book-work consumer's statements.
 */
export async function readQueueTop(db: Db, sellerId: string, now: string, limit: number, upTo: number): Promise<QueueTop> {
  const version = sql`(SELECT coalesce(max(version), 0) FROM rule_sets WHERE seller_id = ${sellerId})`;
  // Ready and short entries carry their order's merge group, as readGroupsOf (orders module) answers it: the fold needs them.
  const group = sql`o.merge_group_id AS group_id, CASE WHEN o.merge_group_id IS NOT NULL THEN
      (SELECT json_group_array(m.id) FROM (SELECT id FROM orders m WHERE m.merge_group_id = o.merge_group_id ORDER BY m.placed_at, m.id) m) END AS members`;
  const bucket = (name: string, grouped: boolean) => sql`
    SELECT ${name} AS part, sort_key AS key, order_id, entry, group_id, members, NULL AS version, NULL AS waiting, NULL AS changed, NULL AS whole FROM (
      SELECT q.sort_key, q.order_id, q.entry, ${grouped ? group : sql`NULL AS group_id, NULL AS members`}
        FROM queue_entries q JOIN orders o ON o.id = q.order_id AND +o.seller_id = q.seller_id AND o.version = q.order_version
       WHERE q.seller_id = ${sellerId} AND q.bucket = ${name} ORDER BY q.sort_key LIMIT ${limit})`;
  // D1 allows few terms in a compound SELECT: the figures share one row, the counts as a JSON object.
  const rows = await db.all<{
    part: string;
    key: string | null;
    order_id: string | null;
    entry: string | null;
    group_id: string | null;
    members: string | null;
    version: number;
    waiting: number;
    changed: number;
    whole: number | null;
  }>(sql`
    ${bucket('ready', true)} UNION ALL ${bucket('short', true)} UNION ALL ${bucket('held', false)}
    UNION ALL SELECT 'figures', (SELECT json_group_object(bucket, entries) FROM queue_counts WHERE seller_id = ${sellerId}), NULL, NULL, NULL, NULL, ${version},
      w.waiting, w.changed, CASE WHEN w.waiting >= ${upTo} THEN ${wholeWait(sellerId, version, now)} END
      FROM (SELECT (SELECT count(*) FROM (SELECT 1 FROM (${staleIds(sellerId, version, now)}) LIMIT ${upTo})) AS waiting,
                   (SELECT count(*) FROM (SELECT 1 FROM (${staleIds(sellerId, version, now, false)}) LIMIT ${upTo})) AS changed) w`);
  const top: QueueTop = { rulesVersion: 0, ready: [], short: [], held: [], counts: {}, waiting: 0, changed: 0, whole: null, groups: [] };
  type Listed = { key: string; orderId: string; entry: string; groupId: string | null; members: string | null };
  const lists: Record<string, Listed[]> = { ready: [], short: [], held: [] };
  for (const r of rows) {
    if (r.part === 'figures') Object.assign(top, { counts: JSON.parse(r.key ?? '{}') as Record<string, number>, rulesVersion: r.version, waiting: r.waiting, changed: r.changed, whole: r.whole });
    else lists[r.part]!.push({ key: r.key!, orderId: r.order_id!, entry: r.entry!, groupId: r.group_id, members: r.members });
  }
  // A compound query keeps no order of its own: each list is put back in queue order.
  for (const name of ['ready', 'short', 'held'] as const) {
    const list = lists[name]!.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    top[name] = list.map((e) => e.entry);
    if (name !== 'held') for (const e of list) if (e.groupId !== null) top.groups.push({ orderId: e.orderId, groupId: e.groupId, members: JSON.parse(e.members ?? '[]') as string[] });
  }
  return top;
}

/** A rule hold on record. */
export interface RuleHoldRow {
  id: string;
  orderId: string;
  reason: string;
  ruleId: string | null;
}

/** The active rule holds of the given orders. */
export async function readActiveRuleHolds(db: Db, sellerId: string, orderIds: readonly string[]): Promise<RuleHoldRow[]> {
  return db.all<RuleHoldRow>(sql`
    SELECT id, order_id AS orderId, reason, rule_id AS ruleId FROM order_holds
     WHERE order_id IN (SELECT value FROM json_each(${JSON.stringify(orderIds)})) AND seller_id = ${sellerId} AND released_at IS NULL AND kind = 'rule'`);
}

/** A rule hold to record: the order (as evaluated), the reason and rule, the history event's id and text. */
export interface PlaceRuleHold {
  holdId: string;
  eventId: string;
  orderId: string;
  /** The version the order was evaluated at: the hold is recorded only while it still has it. */
  orderVersion: number;
  status: OrderStatus;
  reason: string;
  note: string | null;
  ruleId: string;
  text: string;
}

/** A rule hold to end, with the history event's id and text. */
export interface EndRuleHold {
  holdId: string;
  eventId: string;
  orderId: string;
  status: OrderStatus | null;
  reason: string;
  text: string;
}

/** Statements recording new rule holds and ending old ones, each with its history event, once. */
export function reconcileRuleHoldStatements(db: Db, sellerId: string, place: readonly PlaceRuleHold[], end: readonly EndRuleHold[], at: string): Statement[] {
  const out: Statement[] = [];
  for (const run of chunks(end, 200)) {
    const part = JSON.stringify(run);
    out.push(
      statement(
        db,
        sql`
        INSERT INTO order_events (id, seller_id, order_id, at, source, actor, kind, from_status, to_status, changes, reason)
        SELECT e.value->>'eventId', ${sellerId}, e.value->>'orderId', ${at}, 'system', 'system', 'released', e.value->>'status', e.value->>'status',
               json_array(json_object('field', 'hold', 'from', e.value->>'reason', 'to', NULL)), e.value->>'text'
          FROM json_each(${part}) e JOIN order_holds h ON h.id = e.value->>'holdId' AND +h.seller_id = ${sellerId} AND h.released_at IS NULL`,
      ),
      statement(
        db,
        sql`
        UPDATE order_holds SET released_at = ${at}, release_reason = e.value->>'text'
          FROM json_each(${part}) e WHERE order_holds.id = e.value->>'holdId' AND +order_holds.seller_id = ${sellerId} AND order_holds.released_at IS NULL`,
      ),
    );
  }
  for (const run of chunks(place, 200)) {
    const part = JSON.stringify(run);
    const notHeld = sql`NOT EXISTS (SELECT 1 FROM order_holds h WHERE h.order_id = p.value->>'orderId' AND +h.seller_id = ${sellerId} AND h.kind = 'rule' AND h.released_at IS NULL)
      AND EXISTS (SELECT 1 FROM orders o WHERE o.id = p.value->>'orderId' AND +o.seller_id = ${sellerId} AND o.version = p.value->>'orderVersion')`;
    out.push(
      statement(
        db,
        sql`
        INSERT INTO order_events (id, seller_id, order_id, at, source, actor, kind, from_status, to_status, changes, reason)
        SELECT p.value->>'eventId', ${sellerId}, p.value->>'orderId', ${at}, 'system', 'system', 'held', p.value->>'status', p.value->>'status',
               json_array(json_object('field', 'hold', 'from', NULL, 'to', p.value->>'reason')), p.value->>'text'
          FROM json_each(${part}) p WHERE ${notHeld}`,
      ),
      statement(
        db,
        sql`
        INSERT INTO order_holds (id, seller_id, order_id, kind, reason, note, rule_id, placed_at)
        SELECT p.value->>'holdId', ${sellerId}, p.value->>'orderId', 'rule', p.value->>'reason', p.value->>'note', p.value->>'ruleId', ${at}
          FROM json_each(${part}) p WHERE ${notHeld}`,
      ),
    );
  }
  return out;
}

/** An order a rule's `proposeMerge` action flagged, with that rule. */
export interface MergeFlag {
  orderId: string;
  rule: { id: string; name: string; withinHours: number };
  /** Whether the order is held: it may merge, and its group waits for it. */
  held: boolean;
}

/**
 * The orders of the ready, short and held lists that a proposing rule matched, as
 * stored under the current rules (first such rule per order, in evaluation
 * order); only entries of orders unchanged since. At most `limit` rows.
 */
export async function readMergeFlags(db: Db, sellerId: string, rulesVersion: number, limit: number): Promise<MergeFlag[]> {
  const rows = await db.all<{ order_id: string; held: number; rule_id: string; rule_name: string; within_hours: number }>(sql`
    SELECT q.order_id, q.bucket = 'held' AS held, r.value->>'ruleId' AS rule_id, r.value->>'name' AS rule_name, r.value->>'mergeWithinHours' AS within_hours
      FROM queue_entries q JOIN orders o ON o.id = q.order_id AND +o.seller_id = q.seller_id AND o.version = q.order_version,
           json_each(q.entry, CASE q.bucket WHEN 'held' THEN '$.mergeRules' ELSE '$.priority.rules' END) r
     WHERE q.seller_id = ${sellerId} AND q.bucket IN ('ready', 'short', 'held') AND q.rules_version = ${rulesVersion}
       AND r.value->>'mergeWithinHours' IS NOT NULL
     ORDER BY q.bucket = 'held', q.sort_key, r.key LIMIT ${limit}`);
  const seen = new Set<string>();
  const out: MergeFlag[] = [];
  for (const r of rows) {
    if (seen.has(r.order_id)) continue;
    seen.add(r.order_id);
    out.push({ orderId: r.order_id, rule: { id: r.rule_id, name: r.rule_name, withinHours: Number(r.within_hours) }, held: r.held === 1 });
  }
  return out;
}
