/**
 * `npm run bench:lookup`: order lookup (GET /v1/orders/lookup) measured by
 * the server itself (its Server-Timing `total`, and `d1` within it) in a
 * book of 1,000,000 orders. The book is written straight into the local
 * D1's SQLite file with the set-based SQL of lib/big-book.ts while the
 * worker is stopped, then the worker answers a few hundred lookups of four
 * kinds: an order number, a tracking number, a buyer's email and a buyer's
 * name. Prints p50/p95/p99 per kind and overall of the server's time, its
 * D1 share and the rest, the client-side time, and the load average.
 *
 * The book's order-search index is then merged into one segment, as the
 * nightly upkeep leaves it (modules/orders/merge-search-index.ts); a book
 * written in one go holds it in a dozen.
 *
 * ORDERS=100000 LOOKUPS=100 npm run bench:lookup  for a quicker run;
 * TOKEN_CACHE_SECONDS=0 runs the worker without its token cache (A/B);
 * SEARCH_INDEX=split leaves the index as written (A/B of the merge).
 */
import { loadavg } from 'node:os';
import { bigBookStatements, bigBuyer, bigOrderNumber, bigTrackingNumber } from './lib/big-book.js';
import { createSeller, startLocalWorker, writeLocalD1 } from './lib/local-worker.js';
import { fmt, percentile, printFigures, serverTiming } from './lib/report.js';

const ORDERS = Number(process.env.ORDERS ?? 1_000_000);
const LOOKUPS = Number(process.env.LOOKUPS ?? 400);
const CUSTOMERS = Math.max(1, Math.round(ORDERS / 5));
/** The goal the issue sets for the server's share of a lookup. */
const P99_GOAL_MS = 10;

/** Deterministic spread of order numbers over the book. */
const nth = (i: number) => 1 + ((i * 7_919 + 13) % ORDERS);

/** The lookups, in turn by kind. */
function lookups(): Array<{ kind: string; q: string }> {
  const kinds = [
    (i: number) => ({ kind: 'order number', q: bigOrderNumber(nth(i)) }),
    // Tracking numbers exist for orders that were not cancelled (n % 20 ≠ 0 in big-book).
    (i: number) => ({ kind: 'tracking number', q: bigTrackingNumber(nth(i) % 20 === 0 ? nth(i) + 1 : nth(i)) }),
    (i: number) => ({ kind: 'buyer email', q: bigBuyer(nth(i) % CUSTOMERS).email }),
    (i: number) => ({ kind: 'buyer name', q: bigBuyer(nth(i) % CUSTOMERS).name }),
  ];
  return Array.from({ length: LOOKUPS }, (_, i) => kinds[i % kinds.length]!(i));
}

const serverTime = (header: string | null, name: string): number => {
  const ms = serverTiming(header, name);
  if (ms === undefined) throw new Error(`no ${name} in Server-Timing: ${header}`);
  return ms;
};

async function main(): Promise<void> {
  const worker = await startLocalWorker({ vars: process.env.TOKEN_CACHE_SECONDS === undefined ? {} : { TOKEN_CACHE_SECONDS: process.env.TOKEN_CACHE_SECONDS } });
  try {
    const seller = await createSeller(worker, 'Lookup Bench Goods');
    const headers = { Authorization: `Bearer ${seller.token}`, 'Content-Type': 'application/json' };
    const channelIds: string[] = [];
    for (const kind of ['amazon', 'ebay', 'shopify'] as const) {
      const res = await fetch(`${worker.url}/v1/channels`, { method: 'POST', headers, body: JSON.stringify({ kind, name: `${kind} store` }) });
      channelIds.push(((await res.json()) as { channel: { id: string } }).channel.id);
    }
    const merged = process.env.SEARCH_INDEX !== 'split';
    const seedMs = await writeLocalD1(worker, [
      ...bigBookStatements({ sellerId: seller.id, channelIds, orders: ORDERS, customers: CUSTOMERS, skus: 500, location: 'main' }),
      // The end state of the nightly merge's steps, in one statement.
      ...(merged ? ["INSERT INTO orders_fts(orders_fts) VALUES ('optimize')"] : []),
    ]);

    const ask = async (q: string) => {
      const started = performance.now();
      const res = await fetch(`${worker.url}/v1/orders/lookup?q=${encodeURIComponent(q)}`, { headers });
      const body = (await res.json()) as { results?: unknown[] };
      const client = performance.now() - started;
      if (res.status !== 200 || !body.results?.length) throw new Error(`lookup ${q}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      const timing = res.headers.get('Server-Timing');
      return { total: serverTime(timing, 'total'), d1: serverTime(timing, 'd1'), client };
    };
    // Warm-up: the first reads page the indexes in.
    for (const { q } of lookups().slice(0, 20)) await ask(q);
    const byKind = new Map<string, Array<{ total: number; d1: number; client: number }>>();
    for (const { kind, q } of lookups()) {
      const t = await ask(q);
      byKind.set(kind, [...(byKind.get(kind) ?? []), t]);
    }
    const all = [...byKind.values()].flat();
    const spread = (values: number[]) => `p50 ${fmt(percentile(values, 50), 1)} / p95 ${fmt(percentile(values, 95), 1)} / p99 ${fmt(percentile(values, 99), 1)} ms`;
    // The rest of the server's time is what the d1 entry leaves out: the token read and the rate limit, before the session.
    const line = (ts: Array<{ total: number; d1: number; client: number }>) =>
      `server ${spread(ts.map((t) => t.total))} (D1 ${spread(ts.map((t) => t.d1))}, rest ${spread(ts.map((t) => t.total - t.d1))}); client ${spread(ts.map((t) => t.client))}`;
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const p99 = percentile(
      all.map((t) => t.total),
      99,
    );
    printFigures(
      `Order lookup in a book of ${fmt(ORDERS)} orders (${fmt(all.length)} lookups; book written in ${fmt(seedMs / 1000, 1)} s; search index ${merged ? 'merged' : 'split'}; load average ${load})`,
      [...[...byKind].map(([kind, ts]) => [kind, line(ts)] as const), ['all', line(all)], ['goal', `server p99 < ${P99_GOAL_MS} ms: ${p99 < P99_GOAL_MS ? 'met' : 'MISSED'}`]],
    );
  } finally {
    await worker.dispose();
  }
}

await main();
