/**
 * The queue read stays fast with many open orders because every query it
 * runs on each read is driven by an index: checked on SQLite's own query
 * plans for the exact SQL the query module sends.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client.js';
import { readKeyOwners } from '../../worker/modules/customers/queries.js';
import { syncCustomers } from '../../worker/modules/customers/service.js';
import { readQueue } from '../../worker/modules/fulfillment/fulfillment-queue.js';
import { countStaleOrders, readActiveRuleHolds, readOpenOrders, readQueueTop, readStaleOrderIds } from '../../worker/modules/fulfillment/queries-queue.js';
import { capture, queue, stockUp } from './fulfillment-helpers.js';
import { anOrder, newSeller } from './helpers.js';
import { plansOf } from './query-plans.js';

describe('the queue read is index-driven', () => {
  it('finding out-of-date orders reads index ranges only: the stale marks, and entries of other rules or past their threshold', async () => {
    const s = await newSeller();
    const stale = [
      'SEARCH queue_stale USING COVERING INDEX queue_stale_seller (seller_id=?)',
      'SEARCH q USING COVERING INDEX queue_entries_rules_until (seller_id=? AND rules_version<?)',
      'SEARCH q USING COVERING INDEX queue_entries_rules_until (seller_id=? AND rules_version>?)',
      'SEARCH q USING COVERING INDEX queue_entries_rules_until (seller_id=? AND rules_version=? AND valid_until<?)',
    ];
    const [plan] = await plansOf((db) => readStaleOrderIds(db, s.id, 3, new Date().toISOString(), { limit: 500, linkedUpTo: 10 }));
    const searches = plan!.filter((d) => /^(SEARCH|SCAN)/.test(d));
    // Each part streams in turn (UNION ALL: no id gathered and sorted first, so LIMIT ends the walk), an entry's id
    // checked against the marks by key, each order against the customer sync's mark by key: nothing ranges over the book.
    const order = expect.stringMatching(/^SEARCH o USING INDEX sqlite_autoindex_orders_1 \(id=\?\)/);
    const unmarked = 'SEARCH s USING INDEX sqlite_autoindex_queue_stale_1 (order_id=?)';
    expect(searches).toEqual([stale[0], order, stale[1], unmarked, order, stale[2], unmarked, order, stale[3], unmarked, order]);
    const [further] = await plansOf((db) => readStaleOrderIds(db, s.id, 3, new Date().toISOString(), { limit: 500, linkedUpTo: 10, after: 'ord_m' }));
    // A step's next round goes on from the last mark the round before answered: the marks' range starts there.
    expect(further!.filter((d) => /^(SEARCH|SCAN)/.test(d))[0]).toBe('SEARCH queue_stale USING COVERING INDEX queue_stale_seller (seller_id=? AND order_id>?)');
    const [count] = await plansOf((db) => countStaleOrders(db, s.id, 3, new Date().toISOString(), 101));
    // Counting walks the same ranges as a co-routine (never the book), and a read's capped count stops early.
    expect(count!.filter((d) => /^(SEARCH|SCAN)/.test(d))).toEqual([stale[0], stale[1], unmarked, stale[2], unmarked, stale[3], unmarked, expect.stringMatching(/^SCAN \(subquery-\d+\)$/)]);
    const [whole] = await plansOf((db) => countStaleOrders(db, s.id, 3, new Date().toISOString()));
    // The whole wait (a burst's) takes the marks' kept count by key: only the entries of other rules or past their threshold are walked.
    expect(whole!.filter((d) => /^(SEARCH|SCAN)/.test(d) && !/^SCAN (\(subquery-\d+\)|CONSTANT ROW)$/.test(d))).toEqual([
      'SEARCH queue_counts USING INDEX sqlite_autoindex_queue_counts_1 (seller_id=? AND bucket=?)',
      stale[1],
      unmarked,
      stale[2],
      unmarked,
      stale[3],
      unmarked,
    ]);
  });

  it('one statement reads the top of each list from its sorted index, the kept counts by key, and the capped waits by range', async () => {
    const s = await newSeller();
    const [plan] = await plansOf((db) => readQueueTop(db, s.id, new Date().toISOString(), 100, 101));
    // The parts' order in a compound plan is SQLite's own: compared as a multiset.
    const searches = plan!
      .filter((d) => /^(SEARCH|SCAN)/.test(d))
      .map((d) => d.replace(/subquery-\d+/, 'subquery-n'))
      .sort();
    const list = ['SCAN (subquery-n)', 'SEARCH q USING INDEX queue_entries_bucket (seller_id=? AND bucket=?)', 'SEARCH o USING INDEX sqlite_autoindex_orders_1 (id=?)'];
    // A listed order's merge group members, found by the group's index (the members subquery's own rows scanned to gather them).
    const group = ['SCAN m', 'SEARCH m USING INDEX orders_merge_group (merge_group_id=?)'];
    const rules = 'SEARCH rule_sets USING COVERING INDEX sqlite_autoindex_rule_sets_1 (seller_id=?)';
    const unmarked = 'SEARCH s USING INDEX sqlite_autoindex_queue_stale_1 (order_id=?)';
    const marks = 'SEARCH queue_stale USING COVERING INDEX queue_stale_seller (seller_id=?)';
    const range = (bound: string) => [rules, `SEARCH q USING COVERING INDEX queue_entries_rules_until (seller_id=? AND ${bound})`, unmarked];
    // Three lists, each stopped by its LIMIT (ready and short with their merge groups); the counts table by its key (never the entries); the version by key;
    // the waits walking the same ranges as countStaleOrders, each capped.
    expect(searches).toEqual(
      [
        ...list,
        ...group,
        ...list,
        ...group,
        ...list,
        'SCAN CONSTANT ROW',
        'SEARCH queue_counts USING INDEX sqlite_autoindex_queue_counts_1 (seller_id=?)',
        rules,
        marks,
        ...range('rules_version<?'),
        ...range('rules_version>?'),
        ...range('rules_version=? AND valid_until<?'),
        'SCAN (subquery-n)',
        marks,
        ...range('rules_version<?'),
        ...range('rules_version>?'),
        'SCAN (subquery-n)',
        // The capped waits as a one-row table, and the whole wait (a burst's, counted only when the capped one is full):
        // the marks' kept count by key and the entries of other rules or past their threshold.
        'SCAN w',
        'SEARCH queue_counts USING INDEX sqlite_autoindex_queue_counts_1 (seller_id=? AND bucket=?)',
        ...range('rules_version<?'),
        ...range('rules_version>?'),
        ...range('rules_version=? AND valid_until<?'),
        'SCAN (subquery-n)',
      ].sort(),
    );
  });

  it('a placing round reads its orders, their holds and their buyers by key, never the seller’s every order or key', async () => {
    const s = await newSeller();
    const [open, holds] = await plansOf(async (db) => {
      await readOpenOrders(db, s.id, ['ord_a', 'ord_b']);
      await readActiveRuleHolds(db, s.id, ['ord_a', 'ord_b']);
    });
    const searches = (plan: string[] | undefined) => plan!.filter((d) => /^(SEARCH|SCAN)/.test(d));
    expect(searches(open)[0]).toMatch(/^SCAN k VIRTUAL TABLE/);
    expect(searches(open)[1]).toBe('SEARCH o USING INDEX sqlite_autoindex_orders_1 (id=?)');
    expect(searches(open).filter((d) => /^SCAN (o|ch|oc|c)\b/.test(d) || /\(seller_id=\?\)$/.test(d))).toEqual([]);
    expect(searches(holds)).toContain('SEARCH order_holds USING INDEX order_holds_seller_active (seller_id=? AND released_at=? AND order_id=?)');
    const sync = await plansOf((db) => readKeyOwners(db, s.id, ['email:a@example.com', 'email:b@example.com']));
    expect(searches(sync[0])).toEqual([expect.stringMatching(/^SCAN w VIRTUAL TABLE/), 'SEARCH k USING INDEX sqlite_autoindex_customer_keys_1 (seller_id=? AND key=?)']);
  });

  it('the customer sync reads only the orders captured since its watermark', async () => {
    const s = await newSeller();
    const plans = await plansOf((db) => syncCustomers(db, s.id));
    const ordersRead = plans.find((p) => p.some((d) => d.includes('orders')));
    expect(ordersRead).toEqual(['SEARCH orders USING INDEX orders_seller_rowid (seller_id=? AND rowid>?)']);
  });

  it('a read of a settled queue writes nothing and runs no customer sync, each of its queries driven by an index', async () => {
    const s = await newSeller();
    await stockUp(s, { 'MUG-BLUE': 10 });
    const [id] = await capture(s, [anOrder(s.channels.amazon)]);
    // The first read places the new order itself (a handful, within its budget).
    expect((await queue(s)).queue.map((e: { orderId: string }) => e.orderId)).toEqual([id]);
    const sent: string[] = [];
    const spy = new Proxy(env.DB, {
      get(target, key) {
        if (key === 'prepare')
          return (query: string) => {
            sent.push(query);
            return target.prepare(query);
          };
        if (key === 'batch') return () => Promise.reject(new Error('a read wrote'));
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const answer = await readQueue(database(spy), s.id, { limit: 100, dueSoonHours: 24 });
    expect(answer.pending).toBe(0);
    expect(answer.queue.map((e) => e.orderId)).toEqual([id]);
    // The rules; in one statement three lists (ready and short with their orders’ merge groups), the counts and the wait counted up to the read’s budget (all of it, and the orders changed).
    expect(sent).toHaveLength(2);
    expect(sent.filter((q) => /^\s*(insert|update|delete)\b/i.test(q) || /customer_sync|order_buyers|customer_keys/i.test(q))).toEqual([]);
    const plans = await plansOf((db) => readQueue(db, s.id, { limit: 100, dueSoonHours: 24 }));
    // Nothing scans a table: the only scans walk a listed ready or short order's merge group members, found by the group's index
    // (and the one constant row, and one-row table w, that carry the read's figures).
    expect(plans.flat().filter((d) => /^SCAN /.test(d) && !/^SCAN (\(subquery-\d+\)|CONSTANT ROW|w)$/.test(d))).toEqual(['SCAN m', 'SCAN m']);
    expect(plans.flat().filter((d) => /^SEARCH m /.test(d))).toEqual(Array(2).fill(expect.stringMatching(/^SEARCH m USING INDEX \w+ \(merge_group_id=\?\)/)));
  });
});
