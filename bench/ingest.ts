/**
 * `npm run bench:ingest`: captures 100,000 generated orders (1–4 lines each)
 * through the batch API into the worker's local D1, then inserts the same
 * rows into plain SQLite (node:sqlite, same schema and indexes) as the
 * physical reference, and prints both rates, their ratio, and lookup p50/p99
 * at that size. Figures are from this run only; compare ratios, not times.
 *
 * ORDERS=20000 npm run bench:ingest  for a quicker run.
 */

import { benchSeller } from './lib/channels.js';
import { startLocalWorker } from './lib/local-worker.js';
import { fmt, percentile, printFigures, runPool } from './lib/report.js';
import { referenceDatabase, referenceOrderWriter } from './lib/sqlite-reference.js';

const TOTAL = Number(process.env.ORDERS ?? 100_000);
const BATCH = 500;
const CLIENTS = 4;

const worker = await startLocalWorker();
try {
  const { headers, orders, random } = await benchSeller(worker, TOTAL, 42);
  const lineCount = orders.reduce((s, o) => s + o.lines.length, 0);
  const bodies: string[] = [];
  for (let i = 0; i < TOTAL; i += BATCH) bodies.push(JSON.stringify({ orders: orders.slice(i, i + BATCH) }));

  // The worker: batches of 500 through POST /v1/orders, a few clients at once.
  const t0 = performance.now();
  await runPool(
    bodies.map((body, i) => async () => {
      const res = await fetch(`${worker.url}/v1/orders`, { method: 'POST', headers: { ...headers, 'Idempotency-Key': `bench-${i}` }, body });
      if (res.status !== 200) throw new Error(`batch ${i}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }),
    CLIENTS,
  );
  const workerSeconds = (performance.now() - t0) / 1000;

  // Lookup latency at this size: order numbers, prefixes, buyers, emails, SKUs.
  const queries = Array.from({ length: 300 }, (_, i) => {
    const o = orders[Math.floor(random() * TOTAL)]!;
    return [o.externalId, o.externalId.slice(0, 8), o.buyer!.name!, o.buyer!.email!, o.lines[0]!.sku!][i % 5]!;
  });
  const latencies: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    const res = await fetch(`${worker.url}/v1/orders/lookup?q=${encodeURIComponent(q)}&limit=10`, { headers });
    const body = (await res.json()) as { results: unknown[] };
    latencies.push(performance.now() - start);
    if (res.status !== 200 || body.results.length === 0) throw new Error(`lookup ${q} found nothing`);
  }

  // The reference: the same rows into plain SQLite, one transaction per 500 orders.
  const ref = referenceDatabase();
  const writeOrder = referenceOrderWriter(ref.db, 'api');
  const t1 = performance.now();
  const at = new Date().toISOString();
  for (let i = 0; i < TOTAL; i += BATCH) {
    ref.db.exec('BEGIN');
    for (const input of orders.slice(i, i + BATCH)) {
      writeOrder({ ...input, channelId: 'c' }, at);
    }
    ref.db.exec('COMMIT');
  }
  const refSeconds = (performance.now() - t1) / 1000;
  ref.dispose();

  const workerRate = TOTAL / workerSeconds;
  const refRate = TOTAL / refSeconds;
  printFigures(`Ingest: ${fmt(TOTAL)} orders, ${fmt(lineCount)} lines, batches of ${BATCH}, ${CLIENTS} clients`, [
    ['worker (wrangler dev, local D1)', `${fmt(workerRate)} orders/s  (${fmt(workerSeconds, 1)} s)`],
    ['plain SQLite (node:sqlite)', `${fmt(refRate)} orders/s  (${fmt(refSeconds, 1)} s)`],
    ['ratio worker / reference', `${fmt(workerRate / refRate, 2)}  (goal ≥ 0.33)`],
    [`lookup over HTTP, ${queries.length} queries`, `p50 ${fmt(percentile(latencies, 50), 1)} ms, p99 ${fmt(percentile(latencies, 99), 1)} ms`],
  ]);
} finally {
  await worker.dispose();
}
