/**
 * `npm run bench:import`: generates a 100,000-row Amazon All Orders report
 * (tab-separated, 1–3 rows per order), imports it through the real worker
 * (POST /v1/imports on a fresh local D1), imports it again (a no-op), and
 * imports it once more through the imports queue (`async=true`, into a fresh
 * seller: 202, then GET until done) and times the reports and the CSV export
 * at that size. In the same run the
 * same file is parsed by the same parser in Node and its orders inserted
 * into plain SQLite (node:sqlite, the worker's migrations) as the physical
 * reference; prints rows/s for both and their ratio.
 *
 * ROWS=20000 npm run bench:import  for a quicker run.
 */
import { type ImportedOrder, importOrders } from '../shared/imports/index.js';
import { ALL_ORDERS_COLUMNS, allOrdersRow } from './lib/amazon-report.js';
import { createChannel } from './lib/channels.js';
import { prng } from './lib/generate.js';
import { createSeller, startLocalWorker } from './lib/local-worker.js';
import { fmt, printFigures } from './lib/report.js';
import { referenceDatabase, referenceOrderWriter } from './lib/sqlite-reference.js';

const ROWS = Number(process.env.ROWS ?? 100_000);

const STATUSES = ['Shipped', 'Shipped', 'Shipped', 'Shipped', 'Shipped', 'Shipped', 'Unshipped', 'Unshipped', 'Pending', 'Cancelled'];
const CITIES: ReadonlyArray<readonly [city: string, state: string, zip: string]> = [
  ['Seattle', 'WA', '98101'],
  ['Austin', 'TX', '78701'],
  ['Boston', 'MA', '02101'],
  ['Denver', 'CO', '80202'],
  ['Miami', 'FL', '33101'],
];

/** The report as Seller Central writes it: header, then one row per item, an order's rows together. */
function allOrdersReport(rows: number, random: () => number): { text: string; orders: number } {
  const out = [ALL_ORDERS_COLUMNS.join('\t')];
  let orders = 0;
  while (out.length - 1 < rows) {
    const id = `1${String(11 + (orders % 89)).padStart(2, '0')}-${String(orders).padStart(7, '0')}-${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    const placed = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 320 * 86400) * 1000);
    const updated = new Date(placed.getTime() + Math.floor(random() * 3 * 86400) * 1000);
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    const [city, state, zip] = CITIES[Math.floor(random() * CITIES.length)]!;
    const items = Math.min(1 + Math.floor(random() * 3), rows - (out.length - 1));
    for (let n = 0; n < items; n++) {
      const sku = Math.floor(random() * 2000);
      const quantity = 1 + Math.floor(random() * 3);
      const price = (quantity * (5 + Math.floor(random() * 95)) + 0.99).toFixed(2);
      out.push(
        allOrdersRow({
          orderId: id,
          purchased: placed.toISOString().replace('.000Z', '+00:00'),
          updated: updated.toISOString().replace('.000Z', '+00:00'),
          status,
          serviceLevel: random() < 0.8 ? 'Standard' : 'Expedited',
          title: `Product ${sku}, "classic"`,
          sku: `SKU-${String(sku).padStart(5, '0')}`,
          asin: `B0${String(sku).padStart(8, '0')}`,
          quantity: String(quantity),
          price,
          shipping: '4.99',
          city,
          state,
          zip,
        }),
      );
    }
    orders++;
  }
  return { text: `${out.join('\r\n')}\r\n`, orders };
}

/** Sends the file to POST /v1/imports; returns the answer and the seconds it took. */
async function importThrough(url: string, token: string, channelId: string, file: string) {
  const t = performance.now();
  const res = await fetch(`${url}/v1/imports?format=amazon-all-orders&channelId=${channelId}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/tab-separated-values; charset=utf-8' },
    body: file,
  });
  const body = (await res.json()) as { created: number; updated: number; unchanged: number; failed: number; errors: unknown[] };
  if (res.status !== 200) throw new Error(`import: ${res.status} ${JSON.stringify(body)}`);
  return { body, seconds: (performance.now() - t) / 1000 };
}

/** Sends the file with `async=true` and follows GET /v1/imports/{id} until done; returns the final state and the seconds from send to done. */
async function importQueued(url: string, token: string, channelId: string, file: string) {
  const t = performance.now();
  const bytes = new TextEncoder().encode(file);
  const res = await fetch(`${url}/v1/imports?format=amazon-all-orders&channelId=${channelId}&async=true`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/tab-separated-values; charset=utf-8', 'Content-Length': String(bytes.byteLength) },
    body: bytes,
  });
  const accepted = (await res.json()) as { importId: string };
  if (res.status !== 202) throw new Error(`queued import: ${res.status} ${JSON.stringify(accepted)}`);
  const answeredSeconds = (performance.now() - t) / 1000;
  for (;;) {
    const run = (await (await fetch(`${url}/v1/imports/${accepted.importId}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      status: string;
      created: number;
      failed: number;
      failureReason: string | null;
    };
    if (run.status === 'failed') throw new Error(`queued import failed: ${run.failureReason}`);
    if (run.status === 'done') return { run, answeredSeconds, seconds: (performance.now() - t) / 1000 };
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Times one GET (the body read whole), in milliseconds. */
async function timed(url: string, token: string): Promise<{ ms: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return { ms: performance.now() - t, bytes };
}

/** The reference: the same file through the same parser in Node, its orders into plain SQLite, a transaction per batch. */
async function referenceImport(file: string): Promise<{ seconds: number; parseSeconds: number; orders: number }> {
  const ref = referenceDatabase();
  try {
    const writeOrder = referenceOrderWriter(ref.db, 'import');
    const at = new Date().toISOString();
    let parseMs = 0;
    let orders = 0;
    const t = performance.now();
    const batches = importOrders([file], { format: 'amazon-all-orders', channelId: 'c' })[Symbol.asyncIterator]();
    for (;;) {
      const p = performance.now();
      const next = await batches.next();
      parseMs += performance.now() - p;
      if (next.done) break;
      ref.db.exec('BEGIN');
      for (const input of next.value.orders as ImportedOrder[]) {
        writeOrder(input, at);
        orders++;
      }
      ref.db.exec('COMMIT');
    }
    return { seconds: (performance.now() - t) / 1000, parseSeconds: parseMs / 1000, orders };
  } finally {
    ref.dispose();
  }
}

const { text: file, orders } = allOrdersReport(ROWS, prng(7));
const worker = await startLocalWorker();
try {
  const seller = await createSeller(worker, 'Bench Seller');
  const channelId = await createChannel(worker, seller.token, 'amazon', 'Bench');

  const first = await importThrough(worker.url, seller.token, channelId, file);
  if (first.body.created !== orders || first.body.failed !== 0) throw new Error(`first import: ${JSON.stringify({ ...first.body, errors: first.body.errors.slice(0, 3) })}`);
  const again = await importThrough(worker.url, seller.token, channelId, file);
  if (again.body.unchanged !== orders) throw new Error(`re-import changed something: ${JSON.stringify(again.body)}`);

  const queuedSeller = await createSeller(worker, 'Bench Queued Seller');
  const queuedChannelId = await createChannel(worker, queuedSeller.token, 'amazon', 'Bench queued');
  const queued = await importQueued(worker.url, queuedSeller.token, queuedChannelId, file);
  if (queued.run.created !== orders || queued.run.failed !== 0) throw new Error(`queued import: ${JSON.stringify(queued.run)}`);

  const year = 'from=2026-01-01&to=2026-12-31';
  const api = `${worker.url}/v1`;
  const reports = [
    ['sales by day, 2026', `${api}/reports/sales?${year}&groupBy=day`],
    ['sales by SKU, 2026', `${api}/reports/sales?${year}&groupBy=sku`],
    ['sales by week, one month', `${api}/reports/sales?from=2026-06-01&to=2026-06-30&groupBy=week`],
    ['fulfillment, 2026', `${api}/reports/fulfillment?${year}`],
    ['orders CSV export, all', `${api}/exports/orders.csv`],
  ] as const;
  const reportFigures: Array<[string, string]> = [];
  for (const [label, url] of reports) {
    await timed(url, seller.token); // warm the page cache once, as a dashboard reload would
    const { ms, bytes } = await timed(url, seller.token);
    reportFigures.push([`${label} (HTTP)`, `${fmt(ms, 0)} ms  (${fmt(bytes / 1024, 0)} KiB)`]);
  }

  const ref = await referenceImport(file);
  if (ref.orders !== orders) throw new Error(`reference imported ${ref.orders} of ${orders} orders`);
  const workerRate = ROWS / first.seconds;
  const refRate = ROWS / ref.seconds;
  printFigures(`Import: Amazon All Orders report, ${fmt(ROWS)} rows, ${fmt(orders)} orders, ${fmt(file.length / 1024 / 1024, 1)} MiB`, [
    ['worker (wrangler dev, local D1)', `${fmt(workerRate)} rows/s  (${fmt(first.seconds, 1)} s, one request)`],
    ['worker, through the imports queue', `${fmt(ROWS / queued.seconds)} rows/s  (${fmt(queued.seconds, 1)} s to done, 202 after ${fmt(queued.answeredSeconds, 1)} s)`],
    ['ratio queued / one request', fmt(queued.seconds / first.seconds, 2)],
    ['worker, same file again (no-op)', `${fmt(ROWS / again.seconds)} rows/s  (${fmt(again.seconds, 1)} s, all ${fmt(again.body.unchanged)} unchanged)`],
    ['plain SQLite (node:sqlite), same parser', `${fmt(refRate)} rows/s  (${fmt(ref.seconds, 1)} s, of which parsing ${fmt(ref.parseSeconds, 1)} s)`],
    ['ratio worker / reference', fmt(workerRate / refRate, 2)],
    ...reportFigures,
  ]);
} finally {
  await worker.dispose();
}
