/**
 * `npm run bench:exports`: the Amazon Price & Quantity upload file for
 * 50,000 listings (`all=true`, every listing a row), streamed by the real
 * worker from a fresh local D1, beside a plain SQLite query (node:sqlite,
 * the worker's own migrations) reading the same rows and writing the same
 * lines. Listings, their SKUs, stock and half of them sighted on the portal
 * go straight into the stopped worker's D1 as SQL. Prints the time, rows/s
 * and bytes of each, and checks both wrote the same rows.
 *
 * LISTINGS=10000 npm run bench:exports  for a quicker run.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createChannel } from './lib/channels.js';
import { createSeller, ROOT, startLocalWorker } from './lib/local-worker.js';
import { fmt, printFigures } from './lib/report.js';
import { referenceDatabase } from './lib/sqlite-reference.js';

const TOTAL = Number(process.env.LISTINGS ?? 50_000);
const WRANGLER = path.join(ROOT, 'node_modules/.bin/wrangler');
const q = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);

/** Runs a file of SQL on the worker's local D1. */
function d1File(persistTo: string, file: string): void {
  const args = ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--config', path.join(persistTo, 'wrangler.toml'), '--yes', '--file', file];
  const res = spawnSync(WRANGLER, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }, maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`d1 execute failed:\n${res.stdout}\n${res.stderr}`);
}

/** Statements seeding `TOTAL` listings of one channel: one SKU each, stock, a sighting on every other one. */
function seedStatements(sellerId: string, channelId: string): string[] {
  const at = '2026-12-01T00:00:00.000Z';
  const out: string[] = [];
  for (let i = 0; i < TOTAL; i += 500) {
    const n = Array.from({ length: Math.min(500, TOTAL - i) }, (_, k) => i + k);
    const sku = (k: number) => `SKU-${String(k).padStart(6, '0')}`;
    out.push(`INSERT INTO skus (seller_id, sku, title, created_at, updated_at) VALUES ${n.map((k) => `(${[sellerId, sku(k), `Item ${k}`, at, at].map(q).join(',')})`).join(',')};`);
    out.push(
      `INSERT INTO inventory_levels (seller_id, sku, location, on_hand, reserved, updated_at) VALUES ${n.map((k) => `(${[sellerId, sku(k), 'default', 3 + (k % 40), k % 3, at].map(q).join(',')})`).join(',')};`,
    );
    out.push(
      `INSERT INTO listings (seller_id, channel_id, channel_sku, item_id, title, created_at, updated_at) VALUES ${n
        .map((k) => `(${[sellerId, channelId, `AMZ-${sku(k)}`, `B0${String(k).padStart(8, '0')}`, `Item ${k}`, at, at].map(q).join(',')})`)
        .join(',')};`,
    );
    out.push(
      `INSERT INTO listing_components (seller_id, channel_id, channel_sku, sku, quantity) VALUES ${n.map((k) => `(${[sellerId, channelId, `AMZ-${sku(k)}`, sku(k), 1].map(q).join(',')})`).join(',')};`,
    );
    out.push(
      `INSERT INTO listing_observations (seller_id, channel_id, channel_sku, listed_quantity, seen_at) VALUES ${n
        .filter((k) => k % 2 === 0)
        .map((k) => `(${[sellerId, channelId, `AMZ-${sku(k)}`, k % 7, at].map(q).join(',')})`)
        .join(',')};`,
    );
  }
  return out;
}

/** The same rows by one plain query: each listing's available units (no buffers set), as the file's lines. */
function plainSqlite(): { ms: number; rows: number; bytes: number; lines: string[] } {
  const ref = referenceDatabase();
  try {
    ref.db.exec(`INSERT INTO sellers (id, name) VALUES ('s', 'Bench'); INSERT INTO channels (id, seller_id, kind, name) VALUES ('c', 's', 'amazon', 'Bench');`);
    ref.db.exec('BEGIN');
    for (const stmt of seedStatements('s', 'c')) ref.db.exec(stmt);
    ref.db.exec('COMMIT');
    const started = performance.now();
    const query = ref.db.prepare(`
      SELECT l.channel_sku AS sku,
             min(max(0, (SELECT coalesce(sum(v.on_hand - v.reserved), 0) FROM inventory_levels v WHERE v.seller_id = c.seller_id AND v.sku = c.sku)) / c.quantity) AS available
        FROM listings l JOIN listing_components c ON c.seller_id = l.seller_id AND c.channel_id = l.channel_id AND c.channel_sku = l.channel_sku
        LEFT JOIN listing_observations o ON o.seller_id = l.seller_id AND o.channel_id = l.channel_id AND o.channel_sku = l.channel_sku
       WHERE l.seller_id = 's' AND l.channel_id = 'c'
       GROUP BY l.channel_sku ORDER BY coalesce(l.item_id, ''), l.channel_sku`);
    const lines: string[] = [];
    let bytes = 0;
    for (const r of query.iterate() as Iterable<{ sku: string; available: number }>) {
      const line = `${r.sku}\t\t\t\t${r.available}\t\t\r\n`;
      bytes += Buffer.byteLength(line);
      lines.push(line);
    }
    return { ms: performance.now() - started, rows: lines.length, bytes, lines };
  } finally {
    ref.dispose();
  }
}

const worker = await startLocalWorker();
try {
  const seller = await createSeller(worker, 'Exports Bench');
  const channelId = await createChannel(worker, seller.token, 'amazon', 'Amazon US');
  await worker.stop();
  const file = path.join(worker.persistTo, 'seed.sql');
  writeFileSync(file, seedStatements(seller.id, channelId).join('\n'));
  d1File(worker.persistTo, file);
  await worker.restart();
  // A first request warms the restarted worker, so the figure is the file's own time.
  await fetch(`${worker.url}/v1/channels`, { headers: { Authorization: `Bearer ${seller.token}` } }).then((r) => r.text());

  const started = performance.now();
  const res = await fetch(`${worker.url}/v1/exports/quantities?channelId=${channelId}&all=true`, { headers: { Authorization: `Bearer ${seller.token}` } });
  if (res.status !== 200 || !res.body) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let firstByteMs = 0;
  const decoder = new TextDecoder();
  let text = '';
  const reader = res.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (!firstByteMs) firstByteMs = performance.now() - started;
    bytes += chunk.value.byteLength;
    text += decoder.decode(chunk.value, { stream: true });
  }
  const ms = performance.now() - started;
  const workerLines = text.split('\r\n').slice(1, -1);

  const plain = plainSqlite();
  const same = workerLines.length === plain.rows && workerLines.every((l, i) => `${l}\r\n` === plain.lines[i]);
  printFigures(`Amazon Price & Quantity file — ${fmt(TOTAL)} listings (all=true)`, [
    ['worker: rows', fmt(workerLines.length)],
    ['worker: time to first byte', `${fmt(firstByteMs)} ms`],
    ['worker: time to last byte', `${(ms / 1000).toFixed(2)} s`],
    ['worker: rows/s', fmt(Math.round(workerLines.length / (ms / 1000)))],
    ['worker: bytes', fmt(bytes)],
    ['plain SQLite (node:sqlite): time', `${(plain.ms / 1000).toFixed(2)} s`],
    ['plain SQLite: rows/s', fmt(Math.round(plain.rows / (plain.ms / 1000)))],
    ['same rows as plain SQLite', same ? 'yes' : 'NO'],
    ['under 5 s', ms < 5000 ? 'yes' : 'NO'],
  ]);
  if (!same) process.exitCode = 1;
} finally {
  await worker.dispose();
}
