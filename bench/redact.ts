/**
 * `npm run bench:redact`: the retention sweep redacting 100,000 orders
 * delivered 60 days ago (past the default 30 days), against the real worker
 * on a fresh local D1. Orders (with lines, a shipping address, a capture
 * event each) go straight into the stopped worker's D1 as SQL; the cron
 * handler then runs through GET /cdn-cgi/handler/scheduled, each run redacting at most its
 * bounded chunks, until no order holds buyer data. Prints orders/s over the
 * cron runs and how many runs it took.
 *
 * ORDERS=20000 npm run bench:redact  for a quicker run.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createChannel } from './lib/channels.js';
import { generatedOrder, prng } from './lib/generate.js';
import { createSeller, ROOT, startLocalWorker } from './lib/local-worker.js';
import { fmt, printFigures } from './lib/report.js';

const TOTAL = Number(process.env.ORDERS ?? 100_000);
const WRANGLER = path.join(ROOT, 'node_modules/.bin/wrangler');
const q = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** Runs SQL on the worker's local D1 (a file of statements, or one command); answers wrangler's JSON output. */
function d1(persistTo: string, what: { file: string } | { command: string }): string {
  const args = [
    'd1',
    'execute',
    'DB',
    '--local',
    '--persist-to',
    persistTo,
    '--config',
    path.join(persistTo, 'wrangler.toml'),
    '--yes',
    '--json',
    ...('file' in what ? ['--file', what.file] : ['--command', what.command]),
  ];
  const res = spawnSync(WRANGLER, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }, maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`d1 execute failed:\n${res.stdout}\n${res.stderr}`);
  return res.stdout;
}

/** Orders still holding buyer data. */
function unredacted(persistTo: string, sellerId: string): number {
  const out = JSON.parse(d1(persistTo, { command: `SELECT count(*) AS n FROM orders WHERE seller_id = '${sellerId}' AND redacted_at IS NULL` })) as Array<{ results: Array<{ n: number }> }>;
  return out[0]!.results[0]!.n;
}

/** Writes `TOTAL` delivered orders, closed 60 days ago, with lines, address and a capture event each. */
function seedExpiredOrders(persistTo: string, sellerId: string, channelId: string): void {
  const random = prng(19);
  const closed = new Date(Date.now() - 60 * 86_400_000).toISOString();
  const at = new Date().toISOString();
  const statements: string[] = [];
  for (let i = 0; i < TOTAL; i += 100) {
    const part = Array.from({ length: Math.min(100, TOTAL - i) }, (_, k) => ({ o: generatedOrder(channelId, i + k, random), id: id('ord') }));
    const shipTo = (n: number) => JSON.stringify({ name: `Buyer ${n}`, line1: `${n} Main St`, city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US', phone: `+1 555 ${n}` });
    statements.push(
      `INSERT INTO orders (id, seller_id, channel_id, external_id, status, channel_status, placed_at, source_updated_at, currency, total, buyer_name, buyer_email, service_level, ship_by, payment_status, ship_to, search_text, version, created_at, updated_at) VALUES ${part
        .map(
          ({ o, id }, k) =>
            `(${[id, sellerId, channelId, o.externalId, 'delivered', 'Delivered', o.placedAt, closed, o.currency, o.total, `Buyer ${i + k}`, `buyer${i + k}@example.com`, o.serviceLevel, o.shipBy, 'paid', shipTo(i + k), `${o.externalId} Buyer ${i + k} buyer${i + k}@example.com`, 1, at, at].map(q).join(',')})`,
        )
        .join(',')};`,
    );
    statements.push(
      `INSERT INTO order_lines (id, seller_id, order_id, line_no, sku, title, quantity, unit_price, shipped_quantity, allocation) VALUES ${part
        .flatMap(({ o, id: orderId }) => o.lines.map((l, n) => `(${[id('lin'), sellerId, orderId, n + 1, l.sku, l.title, l.quantity, l.unitPrice, l.quantity, 'none'].map(q).join(',')})`))
        .join(',')};`,
    );
    statements.push(
      `INSERT INTO order_events (id, seller_id, order_id, at, source, kind, from_status, to_status, changes, reason) VALUES ${part
        .map(({ id: orderId }) => `(${[id('evt'), sellerId, orderId, at, 'import', 'captured', null, 'delivered', '[]', null].map(q).join(',')})`)
        .join(',')};`,
    );
  }
  const file = path.join(persistTo, 'seed.sql');
  writeFileSync(file, statements.join('\n'));
  d1(persistTo, { file });
}

const worker = await startLocalWorker({ testScheduled: true });
try {
  const seller = await createSeller(worker, 'Redaction Bench');
  const channelId = await createChannel(worker, seller.token, 'amazon', 'Amazon US');
  await worker.stop();
  seedExpiredOrders(worker.persistTo, seller.id, channelId);
  await worker.restart();

  let runs = 0;
  let busyMs = 0;
  for (let left = unredacted(worker.persistTo, seller.id); left > 0; left = unredacted(worker.persistTo, seller.id)) {
    const started = performance.now();
    const res = await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('*/5 * * * *')}`);
    await res.text();
    busyMs += performance.now() - started;
    runs += 1;
    if (runs > TOTAL / 100) throw new Error(`${left} orders still unredacted after ${runs} cron runs`);
  }
  printFigures(`Retention sweep — ${fmt(TOTAL)} expired orders`, [
    ['cron runs', String(runs)],
    ['time in cron runs', `${(busyMs / 1000).toFixed(1)} s`],
    ['orders/s', fmt(Math.round(TOTAL / (busyMs / 1000)))],
  ]);
} finally {
  await worker.dispose();
}
