/**
 * A large order book written straight into D1 with set-based SQL (a
 * recursive CTE per table), for the per-route budget test (100,000 orders)
 * and the lookup bench (1,000,000): capturing that many orders through the
 * API would take the whole test budget. The orders are closed history
 * (shipped, delivered, cancelled), the bulk of any real book, so none of the
 * derived state of open orders (queue entries, reservations) needs faking;
 * open orders are captured through the API by the caller. Insert triggers
 * keep the lookup index (orders_fts) and order versions as capture does.
 */

/** Where the book goes and how big it is. */
export interface BigBook {
  sellerId: string;
  /** Channel ids the orders spread over, in turn. */
  channelIds: readonly string[];
  orders: number;
  /** Distinct buyers (customers) the orders spread over. */
  customers: number;
  /** Distinct SKUs the lines spread over, each stocked at one location. */
  skus: number;
  /** Location code the SKUs are stocked at (created here). */
  location: string;
}

/** The order number of the big book's order `n` (1-based): Amazon-shaped, unique per n. */
export const bigOrderNumber = (n: number) => `114-${String(n % 10_000_000).padStart(7, '0')}-${String(Math.floor(n / 10_000_000) + 1000000 + (n % 997)).padStart(7, '0')}`;
/** The tracking number of the big book's shipped order `n`. */
export const bigTrackingNumber = (n: number) => `1ZBB${String(n).padStart(10, '0')}`;
/** Buyer `k`'s name and email (k from 0). */
export const bigBuyer = (k: number) => ({ name: `Buyer${k} Surname${k % 977}`, email: `buyer${k}@example.com` });

/** The SKU on the single line of the big book's order `n`, in a book of `skus` SKUs. */
export const bigSku = (n: number, skus: number) => `BB-SKU-${String(n % skus).padStart(4, '0')}`;

/** SQL text for `bigOrderNumber(n)` with n the CTE's column `n`. */
const ORDER_NUMBER = `'114-' || printf('%07d', n % 10000000) || '-' || printf('%07d', n / 10000000 + 1000000 + n % 997)`;
const TRACKING = `'1ZBB' || printf('%010d', n)`;
const BUYER = `(n % C)`;
const ORDER_ID = `'ord_bb_' || printf('%08d', n)`;
const LINE_ID = `'lin_bb_' || printf('%08d', n)`;

/** Rows 1..count of a recursive CTE named `seq(n)`. */
const seq = (count: number) => `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count})`;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The statements that write the book, in order. Ids are derived from n, so
 * running them twice for one seller fails on the primary keys rather than
 * doubling anything.
 */
export function bigBookStatements(book: BigBook): string[] {
  const seller = quote(book.sellerId);
  const channels = `json_extract(${quote(JSON.stringify(book.channelIds))}, '$[' || (n % ${book.channelIds.length}) || ']')`;
  const buyer = BUYER.replace('C', String(book.customers));
  const location = quote(book.location);
  // One order in 20 cancelled, one in 4 delivered, the rest shipped; placed every 5 minutes back from 2026-11-30.
  const status = `CASE WHEN n % 20 = 0 THEN 'cancelled' WHEN n % 4 = 0 THEN 'delivered' ELSE 'shipped' END`;
  const placed = `strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-30T12:00:00Z', '-' || (n * 5 % 525600) || ' minutes')`;
  const sku = `'BB-SKU-' || printf('%04d', n % ${book.skus})`;
  return [
    `INSERT INTO locations (seller_id, code, name) VALUES (${seller}, ${location}, 'Big book warehouse')`,
    `${seq(book.skus)} INSERT INTO skus (seller_id, sku, title) SELECT ${seller}, 'BB-SKU-' || printf('%04d', n - 1), 'Big book item ' || (n - 1) FROM seq`,
    `${seq(book.skus)} INSERT INTO inventory_levels (seller_id, sku, location, on_hand, reserved) SELECT ${seller}, 'BB-SKU-' || printf('%04d', n - 1), ${location}, 50 + n % 40, 0 FROM seq`,
    `${seq(book.customers)} INSERT INTO customers (id, seller_id, name, email, created_at, updated_at)
       SELECT 'cus_bb_' || (n - 1), ${seller}, 'Buyer' || (n - 1) || ' Surname' || ((n - 1) % 977), 'buyer' || (n - 1) || '@example.com', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM seq`,
    `${seq(book.customers)} INSERT INTO customer_keys (seller_id, key, customer_id) SELECT ${seller}, 'email:buyer' || (n - 1) || '@example.com', 'cus_bb_' || (n - 1) FROM seq`,
    // Each derived value is computed once per row in the inner SELECT; ids are zero-padded so every index grows at its end.
    `${seq(book.orders)} INSERT INTO orders (id, seller_id, channel_id, external_id, status, channel_status, placed_at, source_updated_at, currency, total,
         buyer_name, buyer_email, service_level, payment_status, search_text, created_at, updated_at, ship_speed)
       SELECT ${ORDER_ID}, ${seller}, channel, num, status, NULL, placed, placed, 'USD', 1299 * (1 + n % 3), name, email, 'Standard', 'paid',
         num || ' ' || replace(num, '-', '') || ' ' || name || ' ' || email || ' ' || sku || CASE WHEN status = 'cancelled' THEN '' ELSE ' ' || ${TRACKING} END,
         placed, placed, 'standard'
       FROM (SELECT n, ${channels} AS channel, ${ORDER_NUMBER} AS num, ${status} AS status, ${placed} AS placed, ${sku} AS sku,
               'Buyer' || ${buyer} || ' Surname' || (${buyer} % 977) AS name, 'buyer' || ${buyer} || '@example.com' AS email FROM seq)`,
    `${seq(book.orders)} INSERT INTO order_lines (id, seller_id, order_id, line_no, sku, channel_sku, title, quantity, unit_price, shipped_quantity)
       SELECT ${LINE_ID}, ${seller}, ${ORDER_ID}, 1, ${sku}, ${sku}, 'Big book item', 1 + n % 3, 1299, CASE WHEN n % 20 = 0 THEN 0 ELSE 1 + n % 3 END FROM seq`,
    `${seq(book.orders)} INSERT INTO order_customers (order_id, seller_id, customer_id) SELECT ${ORDER_ID}, ${seller}, 'cus_bb_' || ${buyer} FROM seq`,
    `${seq(book.orders)} INSERT INTO shipments (id, seller_id, order_id, carrier, tracking_number, shipped_at, lines, source)
       SELECT 'shp_bb_' || printf('%08d', n), ${seller}, ${ORDER_ID}, 'UPS', ${TRACKING}, ${placed}, json_array(json_object('lineId', ${LINE_ID}, 'quantity', 1 + n % 3)), 'api'
       FROM seq WHERE n % 20 <> 0`,
    // The orders above are linked to their buyers (order_customers), as the customer sync would have done.
    `INSERT INTO customer_sync (seller_id, last_order_rowid) SELECT ${seller}, max(rowid) FROM orders WHERE seller_id = ${seller}
       ON CONFLICT (seller_id) DO UPDATE SET last_order_rowid = excluded.last_order_rowid`,
  ];
}
