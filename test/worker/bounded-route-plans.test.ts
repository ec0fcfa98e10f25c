/**
 * The routes that used to scan the book (pick lists, merge groups, listing
 * changes, the customer sync's fills, customers shown by id) find their rows by key: checked on
 * SQLite's own query plans for the exact SQL each query module sends, so a
 * planner's turn to the seller's whole index fails here, not in production.
 */
import { describe, expect, it } from 'vitest';
import { readCustomers, syncStatements } from '../../worker/modules/customers/queries.js';
import { readPickNeeds } from '../../worker/modules/fulfillment/queries-pick-lists.js';
import { readPlacementsOf } from '../../worker/modules/fulfillment/queries-queue.js';
import { getOrderDetail } from '../../worker/modules/orders/queries.js';
import { readGroupMembers, setMergeGroup } from '../../worker/modules/orders/queries-merge.js';
import { readUnmappedLines } from '../../worker/modules/stock/queries.js';
import { anOrder, call, newSeller } from './helpers.js';
import { plansOf } from './query-plans.js';

/** The steps of a plan that read a table (searches and scans). */
const reads = (plan: string[]) => plan.filter((d) => /^(SEARCH|SCAN)/.test(d));

const BY_ORDER_ID = 'SEARCH o USING INDEX sqlite_autoindex_orders_1 (id=?)';

describe('the routes that used to scan the book read by key', () => {
  it('a pick list looks up the orders named, and their placements, one key each', async () => {
    const s = await newSeller();
    const [orders, needs] = await plansOf((db) => readPickNeeds(db, s.id, ['ord_a', 'ord_b']));
    expect(reads(orders!)).toEqual(['SCAN k VIRTUAL TABLE INDEX 1:', BY_ORDER_ID]);
    expect(reads(needs!)).toEqual([
      'SCAN k VIRTUAL TABLE INDEX 1:',
      BY_ORDER_ID,
      'SEARCH l USING INDEX order_lines_order_line (order_id=?)',
      'SEARCH r USING INDEX sqlite_autoindex_reservations_1 (line_id=?) LEFT-JOIN',
    ]);
    const [placed] = await plansOf((db) => readPlacementsOf(db, s.id, ['ord_a']));
    expect(reads(placed!)).toEqual(['SCAN k VIRTUAL TABLE INDEX 1:', BY_ORDER_ID, 'SEARCH q USING INDEX sqlite_autoindex_queue_entries_1 (order_id=?)']);
  });

  it("a merge group's members are read and written by the group's and the orders' keys", async () => {
    const s = await newSeller();
    const [members] = await plansOf((db) => readGroupMembers(db, s.id, 'mrg_a'));
    expect(reads(members!)).toEqual(['SEARCH o USING INDEX orders_merge_group (merge_group_id=?)']);
    const [write] = await plansOf(async (db) => setMergeGroup(db, s.id, ['ord_a', 'ord_b'], 'mrg_a', '2026-12-07T10:00:00.000Z'));
    expect(reads(write!)).toEqual(['SEARCH orders USING INDEX sqlite_autoindex_orders_1 (id=?)', 'SCAN json_each VIRTUAL TABLE INDEX 1:']);
  });

  it("the order a merge group's answer shows reads its lines, history, parcels and refunds by the order's key", async () => {
    const s = await newSeller();
    const made = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.manual) });
    const plans = await plansOf((db) => getOrderDetail(db, s.id, made.body.results[0]!.id));
    expect(plans.slice(1).map(reads)).toEqual([
      ['SEARCH order_lines USING INDEX order_lines_order_line (order_id=?)'],
      ['SEARCH order_events USING INDEX order_events_order (order_id=?)'],
      ['SEARCH shipments USING INDEX shipments_order_shipped (order_id=?)'],
      ['SEARCH order_refunds USING INDEX order_refunds_order (order_id=?)'],
    ]);
  });

  it('a listing change reads only the unmapped lines, from their own index', async () => {
    const s = await newSeller();
    const [plan] = await plansOf((db) => readUnmappedLines(db, s.id, s.channels.amazon, 'AMZ-1'));
    expect(reads(plan!).slice(0, 2)).toEqual(['SEARCH l USING INDEX order_lines_unmapped (seller_id=?)', BY_ORDER_ID]);
  });

  it("the customer sync fills a customer's name or email in by the customer's key", async () => {
    const s = await newSeller();
    const fills = [{ id: 'cus_a', name: 'Ada', email: null }];
    const plans = await plansOf(async (db) => syncStatements(db, s.id, 0, 1, { created: [], keys: [], links: [], merges: [], fills }, '2026-12-07T10:00:00.000Z'));
    expect(reads(plans.at(-1)!)).toEqual(['SCAN f VIRTUAL TABLE INDEX 1:', 'SEARCH customers USING INDEX sqlite_autoindex_customers_1 (id=?)']);
  });

  it('customers shown by id read their rows, keys and orders by key', async () => {
    const s = await newSeller();
    const [base, keys, stats] = await plansOf((db) => readCustomers(db, s.id, ['cus_a', 'cus_b']));
    expect(reads(base!)).toEqual(['SEARCH customers USING INDEX sqlite_autoindex_customers_1 (id=?)', 'SCAN json_each VIRTUAL TABLE INDEX 1:']);
    expect(reads(keys!)[0]).toBe('SEARCH customer_keys USING INDEX customer_keys_customer (customer_id=?)');
    expect(reads(stats!)[0]).toBe('SEARCH oc USING INDEX order_customers_customer (seller_id=? AND customer_id=?)');
  });
});
