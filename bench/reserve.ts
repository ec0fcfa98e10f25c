/**
 * `npm run bench:reserve`: allocation throughput. 32 concurrent clients
 * capture one order per request against the real worker on a fresh local
 * D1, twice over the same generated orders: once for a seller whose SKUs
 * are stocked (every line resolved, all-or-nothing allocated or short, in
 * the capture's guarded batch, with conflicts retried) and once for a
 * seller without SKUs (the plain capture path: lines stay unmapped). Prints
 * captures/s for both and the cost of reservation as a ratio, then checks
 * the stocked seller's books straight in D1: reserved = held units,
 * 0 ≤ reserved ≤ on hand, counters = ledger sums, backorders = short lines,
 * no short line that could be filled.
 *
 * ORDERS=2000 CLIENTS=32 npm run bench:reserve   (the defaults)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { OrderInput } from '../shared/schemas/order.js';
import { generatedOrder, prng } from './lib/generate.js';
import { createSeller, type LocalWorker, ROOT, startLocalWorker } from './lib/local-worker.js';
import { fmt, percentile, printFigures, runPool } from './lib/report.js';

const ORDERS = Number(process.env.ORDERS ?? 2000);
const CLIENTS = Number(process.env.CLIENTS ?? 32);
const SKUS = 50;
/** About half of what the orders ask for (≈6 units an order), so both allocation and shortage are exercised. */
const ON_HAND = Math.ceil((ORDERS * 3) / SKUS);
const WARMUP = 64;

interface Seller {
  id: string;
  tokens: string[];
  channelId: string;
}

async function api(worker: LocalWorker, token: string, method: string, route: string, body?: unknown, contentType = 'application/json') {
  const res = await fetch(`${worker.url}${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A seller with a channel and one token per client (rate limits are per token). */
async function seller(worker: LocalWorker, name: string): Promise<Seller> {
  const { id, token } = await createSeller(worker, name);
  const channel = await api(worker, token, 'POST', '/v1/channels', { kind: 'ebay', name: 'eBay' });
  const tokens = [token];
  while (tokens.length < CLIENTS) tokens.push((await api(worker, token, 'POST', '/v1/tokens', { name: `client ${tokens.length}` })).token);
  return { id, tokens, channelId: channel.channel.id };
}

/** The same orders for a channel: a fifth of the lines sold as a 2-pack listing instead of the SKU. */
function orders(channelId: string, count: number, seed: number): OrderInput[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const o = generatedOrder(channelId, i, random, SKUS);
    return { ...o, lines: o.lines.map((l) => (random() < 0.2 ? { channelSku: `${l.sku}-2PK`, quantity: l.quantity, unitPrice: l.unitPrice } : l)) };
  });
}

/** Captures the orders one per request with CLIENTS clients; returns captures/s and latencies. */
async function capture(worker: LocalWorker, s: Seller, list: readonly OrderInput[]) {
  const latencies: number[] = [];
  let client = 0;
  const started = performance.now();
  await runPool(
    list.map((order) => async () => {
      const token = s.tokens[client++ % s.tokens.length]!;
      const t = performance.now();
      await api(worker, token, 'POST', '/v1/orders', order);
      latencies.push(performance.now() - t);
    }),
    CLIENTS,
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Runs SQL on the stopped worker's local D1 and returns the rows. */
function query<T>(worker: LocalWorker, command: string): T[] {
  const res = spawnSync(
    path.join(ROOT, 'node_modules/.bin/wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', worker.persistTo, '--config', path.join(worker.persistTo, 'wrangler.toml'), '--command', command, '--json'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (res.status !== 0) throw new Error(`query failed:\n${res.stdout}\n${res.stderr}`);
  return (JSON.parse(res.stdout) as Array<{ results: T[] }>)[0]!.results;
}

/** Every broken invariant of a seller's books, as rows; none means balanced. */
function brokenInvariants(worker: LocalWorker, sellerId: string): Array<Record<string, unknown>> {
  const s = `'${sellerId}'`;
  return query(
    worker,
    `SELECT 'level' AS what, v.sku AS ref FROM inventory_levels v WHERE v.seller_id = ${s}
        AND (v.reserved < 0 OR v.reserved > v.on_hand
             OR v.reserved != (SELECT coalesce(sum(quantity), 0) FROM reservations r WHERE r.seller_id = v.seller_id AND r.sku = v.sku AND r.location = v.location)
             OR v.on_hand != (SELECT coalesce(sum(on_hand_delta), 0) FROM inventory_ledger g WHERE g.seller_id = v.seller_id AND g.sku = v.sku AND g.location = v.location)
             OR v.reserved != (SELECT coalesce(sum(reserved_delta), 0) FROM inventory_ledger g WHERE g.seller_id = v.seller_id AND g.sku = v.sku AND g.location = v.location))
     UNION ALL
     SELECT 'held', l.id FROM order_lines l JOIN line_components c ON c.line_id = l.id
      WHERE l.seller_id = ${s} AND l.allocation = 'allocated'
        AND c.per_unit * (l.quantity - l.shipped_quantity) != (SELECT coalesce(sum(quantity), 0) FROM reservations r WHERE r.line_id = l.id AND r.sku = c.sku)
     UNION ALL
     SELECT 'backordered', k.sku FROM skus k WHERE k.seller_id = ${s}
        AND k.backordered != (SELECT coalesce(sum(c.per_unit * (l.quantity - l.shipped_quantity)), 0) FROM line_components c
                               JOIN order_lines l ON l.id = c.line_id WHERE c.seller_id = k.seller_id AND c.sku = k.sku AND l.allocation = 'short')
     UNION ALL
     SELECT 'fillable', l.id FROM order_lines l WHERE l.seller_id = ${s} AND l.allocation = 'short'
        AND NOT EXISTS (SELECT 1 FROM line_components c WHERE c.line_id = l.id
              AND (SELECT coalesce(sum(v.on_hand - v.reserved), 0) FROM inventory_levels v WHERE v.seller_id = l.seller_id AND v.sku = c.sku)
                  < c.per_unit * (l.quantity - l.shipped_quantity))`,
  );
}

const worker = await startLocalWorker();
try {
  const stocked = await seller(worker, 'Stocked');
  const plain = await seller(worker, 'Plain');
  const skuCodes = Array.from({ length: SKUS }, (_, n) => `SKU-${String(n).padStart(5, '0')}`);
  const owner = stocked.tokens[0]!;
  await api(worker, owner, 'POST', '/v1/skus', { skus: skuCodes.map((sku) => ({ sku, title: sku })) });
  await api(worker, owner, 'POST', '/v1/inventory/import', `sku,onHand\n${skuCodes.map((sku) => `${sku},${ON_HAND}`).join('\n')}\n`, 'text/csv');
  for (const sku of skuCodes) await api(worker, owner, 'PUT', '/v1/listings', { channelId: stocked.channelId, channelSku: `${sku}-2PK`, components: [{ sku, quantity: 2 }] });

  // Warm both paths (isolate, statement cache) on orders that are not measured.
  await capture(worker, plain, orders(plain.channelId, WARMUP, 7));
  await capture(worker, stocked, orders(stocked.channelId, WARMUP, 7));

  // Alternate the two paths in halves (ABAB) so a change in machine load mid-run does not favour either.
  const plainOrders = orders(plain.channelId, ORDERS, 42);
  const stockedOrders = orders(stocked.channelId, ORDERS, 42);
  const half = Math.ceil(ORDERS / 2);
  const runs = { plain: [] as Awaited<ReturnType<typeof capture>>[], reserve: [] as Awaited<ReturnType<typeof capture>>[] };
  for (const [from, to] of [
    [0, half],
    [half, ORDERS],
  ] as const) {
    runs.plain.push(await capture(worker, plain, plainOrders.slice(from, to)));
    runs.reserve.push(await capture(worker, stocked, stockedOrders.slice(from, to)));
  }
  const combine = (parts: Awaited<ReturnType<typeof capture>>[]) => ({
    perSecond: ORDERS / parts.reduce((n, p) => n + p.seconds, 0),
    p50: Math.max(...parts.map((p) => p.p50)),
    p99: Math.max(...parts.map((p) => p.p99)),
  });
  const plainRun = combine(runs.plain);
  const reserveRun = combine(runs.reserve);
  await worker.stop();

  const counts = query<{ allocation: string; n: number }>(worker, `SELECT allocation, count(*) AS n FROM order_lines WHERE seller_id = '${stocked.id}' GROUP BY allocation ORDER BY allocation`);
  const [totals] = query<{ onHand: number; reserved: number; backordered: number }>(
    worker,
    `SELECT (SELECT sum(on_hand) FROM inventory_levels WHERE seller_id = '${stocked.id}') AS onHand,
            (SELECT sum(reserved) FROM inventory_levels WHERE seller_id = '${stocked.id}') AS reserved,
            (SELECT sum(backordered) FROM skus WHERE seller_id = '${stocked.id}') AS backordered`,
  );
  const broken = brokenInvariants(worker, stocked.id);

  printFigures(`Reservation throughput: ${fmt(ORDERS)} captures (1 order per request, 1–4 lines) by ${CLIENTS} concurrent clients, local D1`, [
    ['plain capture (no SKUs)', `${fmt(plainRun.perSecond, 1)} captures/s   p50 ≤ ${fmt(plainRun.p50, 1)} ms   p99 ≤ ${fmt(plainRun.p99, 1)} ms`],
    ['with reservation', `${fmt(reserveRun.perSecond, 1)} captures/s   p50 ≤ ${fmt(reserveRun.p50, 1)} ms   p99 ≤ ${fmt(reserveRun.p99, 1)} ms`],
    ['ratio (reservation / plain)', `${fmt(reserveRun.perSecond / plainRun.perSecond, 2)}`],
    ['lines', counts.map((c) => `${c.allocation} ${fmt(c.n)}`).join(', ')],
    ['units', `on hand ${fmt(totals!.onHand)}, reserved ${fmt(totals!.reserved)}, backordered ${fmt(totals!.backordered)} (${SKUS} SKUs × ${ON_HAND})`],
    ['invariants', broken.length === 0 ? 'hold (reserved = held, ≤ on hand; counters = ledger; backorders = short lines; no fillable short line)' : `BROKEN: ${JSON.stringify(broken.slice(0, 10))}`],
  ]);
  if (broken.length > 0) process.exitCode = 1;
} finally {
  await worker.dispose();
}
