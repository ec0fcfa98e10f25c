/**
 * The queue read stays fast with many open orders because every query it
 * runs on each read is driven by an index: checked on SQLite's own query
 * plans for the exact SQL the query module sends.
 */
import { describe, expect, it } from 'vitest';
import { syncCustomers } from '../../worker/modules/customers/service.js';
import { countBuckets, countStaleOrders, readBucket, readStaleOrderIds } from '../../worker/modules/fulfillment/queries-queue.js';
import { newSeller } from './helpers.js';
import { plansOf } from './query-plans.js';

describe('the queue read is index-driven', () => {
  it('finding out-of-date orders reads index ranges only: the stale marks, and entries of other rules or past their threshold', async () => {
    const s = await newSeller();
    const stale = [
      'SEARCH queue_stale USING COVERING INDEX queue_stale_seller (seller_id=?)',
      'SEARCH queue_entries USING COVERING INDEX queue_entries_rules_until (seller_id=? AND rules_version<?)',
      'SEARCH queue_entries USING COVERING INDEX queue_entries_rules_until (seller_id=? AND rules_version>?)',
      'SEARCH queue_entries USING COVERING INDEX queue_entries_rules_until (seller_id=? AND rules_version=? AND valid_until<?)',
    ];
    const [plan] = await plansOf((db) => readStaleOrderIds(db, s.id, 3, new Date().toISOString(), { limit: 500, linkedUpTo: 10 }));
    const searches = plan!.filter((d) => /^(SEARCH|SCAN)/.test(d));
    // The stale set is walked, each order checked against the customer sync's mark by its key: nothing ranges over the book.
    expect(searches).toEqual([...stale, 'SCAN s', expect.stringMatching(/^SEARCH o USING INDEX sqlite_autoindex_orders_1 \(id=\?\)/)]);
    const [count] = await plansOf((db) => countStaleOrders(db, s.id, 3, new Date().toISOString()));
    // Counting walks the same ranges (the union's result, never the book).
    expect(count!.filter((d) => /^(SEARCH|SCAN)/.test(d))).toEqual([...stale, expect.stringMatching(/^SCAN \(subquery-\d+\)$/)]);
  });

  it('the counts come from the bucket index alone, and each list from its sorted index', async () => {
    const s = await newSeller();
    const [count] = await plansOf((db) => countBuckets(db, s.id));
    expect(count).toEqual(['SEARCH queue_entries USING COVERING INDEX queue_entries_bucket (seller_id=?)']);
    const [list] = await plansOf((db) => readBucket(db, s.id, 'ready', 100));
    expect(list).toEqual(['SEARCH q USING INDEX queue_entries_bucket (seller_id=? AND bucket=?)', expect.stringMatching(/^SEARCH o USING INDEX sqlite_autoindex_orders_1 \(id=\?\)/)]);
  });

  it('the customer sync reads only the orders captured since its watermark', async () => {
    const s = await newSeller();
    const plans = await plansOf((db) => syncCustomers(db, s.id));
    const ordersRead = plans.find((p) => p.some((d) => d.includes('orders')));
    expect(ordersRead).toEqual(['SEARCH orders USING INDEX orders_seller_rowid (seller_id=? AND rowid>?)']);
  });
});
