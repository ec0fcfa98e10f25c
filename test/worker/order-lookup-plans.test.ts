/**
 * Every kind of order lookup is a bounded walk of indexes: the seller's
 * order numbers by (seller, number), text by FTS5 in rowid order, orders by
 * rowid or id; never a scan of the book. The scans left in the plan read
 * the statement's own bounded subqueries.
 */
import { describe, expect, it } from 'vitest';
import { lookupOrders } from '../../worker/modules/orders/queries.js';
import { newSeller } from './helpers.js';
import { plansOf } from './query-plans.js';

/** The steps of a plan that read a table or index, leaving out scans of the statement's own subqueries. */
const tableReads = (plan: string[]) => plan.filter((d) => /^(SEARCH|SCAN)/.test(d) && !/^SCAN (\(subquery-\d+\)|hits|p|m)$/.test(d));

const BY_INDEX = [
  'SEARCH orders USING INDEX orders_seller_external (seller_id=? AND external_id=?)',
  'SEARCH orders USING INDEX orders_seller_external (seller_id=? AND external_id>? AND external_id<?)',
  'SCAN f VIRTUAL TABLE INDEX 192:M1',
  'SEARCH orders USING COVERING INDEX orders_seller_external (seller_id=? AND external_id>? AND external_id<?)',
  'SEARCH o USING INTEGER PRIMARY KEY (rowid=?)',
  'SEARCH orders USING INDEX sqlite_autoindex_orders_1 (id=?)',
  'SEARCH channels USING INDEX sqlite_autoindex_channels_1 (id=?)',
  'SEARCH p USING INDEX orders_parent (parent_order_id=?)',
  'SEARCH m USING INDEX orders_merge_group (merge_group_id=?)',
];

describe('order lookup plans', () => {
  it.each([
    ['an order number', '114-0023771-1000840'],
    ['a tracking number', '1ZBB0000039609'],
    ['a buyer’s email', 'buyer47528@example.com'],
    ['a buyer’s name', 'Buyer55447 Surname735'],
  ])('%s is one statement that reads by index only', async (_, q) => {
    const s = await newSeller();
    const plans = await plansOf((db) => lookupOrders(db, s.id, q, 10));
    expect(plans.map(tableReads)).toEqual([BY_INDEX]);
  });
});
