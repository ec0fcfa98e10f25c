/**
 * `npm run bench:queue`: the fulfillment queue read (GET
 * /v1/fulfillment/queue) with 50,000 open orders and 50 rules, against the
 * real worker on a fresh local D1. Orders go in through the batch capture
 * API (500 per request, allocated against stocked SKUs, 10% unpaid, buyers
 * repeating so customers matter); 50 rules mix every condition type. Prints
 * the first read, p50/p95/p99 of the reads made every 100 ms while the
 * book-work queue's consumer places the burst (first read included), how
 * long the consumer takes to place every order, and p50/p95/p99 over
 * repeated reads once placed: wall time, and the server's own (Server-Timing).
 *
 * ORDERS=10000 READS=20 npm run bench:queue  for a quicker run.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { OrderInput } from '../shared/schemas/order.js';
import type { Rule } from '../shared/schemas/rules.js';
import { generatedOrder, prng } from './lib/generate.js';
import { createSeller, ROOT, startLocalWorker } from './lib/local-worker.js';
import { fmt, percentile, printFigures, runPool, serverTiming } from './lib/report.js';

const TOTAL = Number(process.env.ORDERS ?? 50_000);
const READS = Number(process.env.READS ?? 30);
const SKUS = 200;
const _BATCH = 500;

/** 50 rules touching every condition and action type. */
function benchRules(channelIds: string[]): Rule[] {
  const rules: Rule[] = [
    { id: 'hold-unpaid', name: 'Hold until paid', when: [{ type: 'paymentStatus', in: ['pending'] }], then: [{ type: 'hold', reason: 'payment_not_received' }] },
    {
      id: 'vip',
      name: 'VIP first',
      when: [{ type: 'buyerTag', in: ['VIP'] }],
      then: [
        { type: 'addPoints', points: 50 },
        { type: 'tag', tag: 'vip' },
      ],
    },
    {
      id: 'fast',
      name: 'Prime/NextDay',
      when: [{ type: 'serviceLevel', in: ['Prime', 'NextDay'] }],
      then: [
        { type: 'addPoints', points: 100 },
        { type: 'tag', tag: 'fast' },
      ],
    },
    {
      id: 'fast-vip',
      name: 'Fast VIP',
      when: [
        { type: 'orderTag', in: ['fast'] },
        { type: 'orderTag', in: ['vip'] },
      ],
      then: [{ type: 'addPoints', points: 10 }],
    },
    { id: 'soon', name: 'Ship-by within 24h', when: [{ type: 'shipByWithinHours', hours: 24 }], then: [{ type: 'addPoints', points: 25 }] },
  ];
  for (let i = 0; rules.length < 50; i++) {
    const k = i % 6;
    const id = `r${i}`;
    if (k === 0)
      rules.push({
        id,
        name: `SKU ${i}`,
        when: [{ type: 'sku', in: [`SKU-${String(i % SKUS).padStart(5, '0')}`, `SKU-${String((i * 7) % SKUS).padStart(5, '0')}`] }],
        then: [{ type: 'addPoints', points: 3 }],
      });
    else if (k === 1) rules.push({ id, name: `Total ${i}`, when: [{ type: 'orderTotal', currency: 'USD', min: 1000 * i, max: 1000 * i + 5000 }], then: [{ type: 'addPoints', points: 2 }] });
    else if (k === 2)
      rules.push({
        id,
        name: `Channel ${i}`,
        when: [
          { type: 'channel', in: [channelIds[i % channelIds.length]!] },
          { type: 'lineCount', min: 2 },
        ],
        then: [{ type: 'addPoints', points: 1 }],
      });
    else if (k === 3)
      rules.push({
        id,
        name: `Country ${i}`,
        when: [
          { type: 'destinationCountry', in: ['CA', 'MX'] },
          { type: 'shipByWithinHours', hours: 6 + i },
        ],
        then: [{ type: 'tag', tag: `intl-${i}` }],
      });
    else if (k === 4)
      rules.push({
        id,
        name: `Not expedited ${i}`,
        when: [
          { type: 'serviceLevel', in: ['Expedited'], not: true },
          { type: 'lineCount', max: 1 },
        ],
        then: [{ type: 'addPoints', points: -1 }],
      });
    else rules.push({ id, name: `Blocked ${i}`, when: [{ type: 'buyerTag', in: [`blocked-${i}`] }], then: [{ type: 'hold', reason: 'fraud_review' }] });
  }
  return rules;
}

const q = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** Writes orders (ready, lines allocated) into the local D1 of a stopped worker with `wrangler d1 execute`. */
function seedOrders(persistTo: string, sellerId: string, orders: readonly OrderInput[]): void {
  const at = new Date().toISOString();
  const statements: string[] = [];
  for (let i = 0; i < orders.length; i += 100) {
    const part = orders.slice(i, i + 100).map((o) => ({ o, id: id('ord') }));
    statements.push(
      `INSERT INTO orders (id, seller_id, channel_id, external_id, status, channel_status, placed_at, source_updated_at, currency, total, buyer_name, buyer_email, service_level, ship_by, payment_status, ship_to, search_text, version, created_at, updated_at) VALUES ${part
        .map(
          ({ o, id }) =>
            `(${[id, sellerId, o.channelId, o.externalId, o.paymentStatus === 'pending' ? 'pending' : 'ready', o.channelStatus, o.placedAt, o.updatedAt, o.currency, o.total, o.buyer?.name, o.buyer?.email, o.serviceLevel, o.shipBy, o.paymentStatus, JSON.stringify(o.shipTo), o.externalId, 1, at, at].map(q).join(',')})`,
        )
        .join(',')};`,
    );
    statements.push(
      `INSERT INTO order_lines (id, seller_id, order_id, line_no, sku, title, quantity, unit_price, shipped_quantity, allocation) VALUES ${part
        .flatMap(({ o, id: orderId }) => o.lines.map((l, n) => `(${[id('lin'), sellerId, orderId, n + 1, l.sku, l.title, l.quantity, l.unitPrice, 0, 'allocated'].map(q).join(',')})`))
        .join(',')};`,
    );
  }
  const file = path.join(persistTo, 'seed.sql');
  writeFileSync(file, statements.join('\n'));
  const res = spawnSync(
    path.join(ROOT, 'node_modules/.bin/wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--config', path.join(persistTo, 'wrangler.toml'), '--file', file, '--yes'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (res.status !== 0) throw new Error(`seeding failed:\n${res.stdout}\n${res.stderr}`);
}

/** CPU time (user + system, ms) of the workerd processes this bench started: the worker, its D1 and its queues share their one thread. */
function workerdCpuMs(): number {
  const procs = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [comm, rest] = [stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), stat.slice(stat.lastIndexOf(')') + 2).split(' ')];
        return [{ pid: Number(pid), comm, ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) }];
      } catch {
        return [];
      }
    });
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (ours.has(p.pid) || !ours.has(p.ppid)) continue;
      ours.add(p.pid);
      grew = true;
    }
  }
  return procs.filter((p) => ours.has(p.pid) && p.comm === 'workerd').reduce((sum, p) => sum + p.ticks * 10, 0);
}
const load = () => loadavg()[0]!.toFixed(1);

const worker = await startLocalWorker();
try {
  const seller = await createSeller(worker, 'Queue Bench');
  const headers = { Authorization: `Bearer ${seller.token}`, 'Content-Type': 'application/json' };
  const post = async (path: string, body: unknown, method = 'POST') => {
    const res = await fetch(`${worker.url}${path}`, { method, headers, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  const channels: string[] = [];
  for (const kind of ['amazon', 'ebay', 'shopify']) channels.push((await post('/v1/channels', { kind, name: kind })).channel.id);
  const skus = Array.from({ length: SKUS }, (_, n) => `SKU-${String(n).padStart(5, '0')}`);
  await post('/v1/skus', { skus: skus.map((sku) => ({ sku })) });
  await runPool(
    skus.map((sku) => () => post(`/v1/inventory/${sku}`, { onHand: 1_000_000 }, 'PUT')),
    8,
  );
  await post('/v1/rules', { rules: benchRules(channels) }, 'PUT');
  for (let i = 0; i < 100; i++) await post('/v1/customers', { email: `buyer${i * 37}@example.com`, tags: ['VIP'] });

  const random = prng(7);
  const now = Date.now();
  const orders = Array.from({ length: TOTAL }, (_, i) => {
    const o = generatedOrder(channels[i % channels.length]!, i, random, SKUS);
    return {
      ...o,
      buyer: { name: o.buyer?.name, email: `buyer${Math.floor(random() * 5000)}@example.com` },
      shipBy: new Date(now + (random() * 144 - 72) * 3_600_000).toISOString(),
      paymentStatus: random() < 0.1 ? ('pending' as const) : ('paid' as const),
      shipTo: { country: random() < 0.1 ? 'CA' : 'US' },
    };
  });
  // Seeding 50,000 orders through capture (with allocation) takes many minutes, so the orders
  // go straight into the stopped worker's D1 as SQL, lines already allocated.
  const t0 = performance.now();
  await worker.stop();
  seedOrders(worker.persistTo, seller.id, orders);
  await worker.restart();
  const seeded = (performance.now() - t0) / 1000;

  const read = async () => {
    const started = performance.now();
    const res = await fetch(`${worker.url}/v1/fulfillment/queue?limit=100`, { headers });
    const body = (await res.json()) as { pending: number; counts: { ready: number; short: number; held: number } };
    if (res.status !== 200) throw new Error(`queue: ${res.status} ${JSON.stringify(body)}`);
    const timing = res.headers.get('server-timing') ?? '';
    const ms = performance.now() - started;
    const server = serverTiming(timing, 'total') ?? Number.NaN;
    // Wall time outside the handler: waiting for workerd's one thread before the request began, and the way back.
    return { ms, server, d1: serverTiming(timing, 'd1') ?? Number.NaN, outside: ms - server, pending: body.pending, counts: body.counts, timing };
  };
  const cpuAtStart = workerdCpuMs();
  const first = await read();
  // The first read asked the book-work queue to place the rest; poll until nothing is pending.
  const placing = performance.now();
  const firstReads = [first];
  for (let r = first; r.pending > 0; ) {
    await new Promise((done) => setTimeout(done, 100));
    r = await read();
    firstReads.push(r);
  }
  const placed = (performance.now() - placing) / 1000;
  const cpuPlacing = workerdCpuMs() - cpuAtStart;
  const loadPlacing = load();
  for (let i = 0; i < 2; i++) await read();
  const after: Array<Awaited<ReturnType<typeof read>>> = [];
  const cpuBeforeAfter = workerdCpuMs();
  for (let i = 0; i < READS; i++) after.push(await read());
  const cpuPerRead = (workerdCpuMs() - cpuBeforeAfter) / READS;
  const slowest = firstReads.reduce((a, b) => (b.ms > a.ms ? b : a));
  const { counts, timing } = after.at(-1) ?? first;
  const spread = (values: number[]) => `${fmt(percentile(values, 50))} / ${fmt(percentile(values, 95))} / ${fmt(percentile(values, 99))} ms`;
  printFigures(`Fulfillment queue read — ${fmt(TOTAL)} open orders, 50 rules`, [
    ['seeded as SQL into the local D1', `${fmt(seeded, 1)} s`],
    ['queue: ready / short / held', `${fmt(counts.ready)} / ${fmt(counts.short)} / ${fmt(counts.held)}`],
    ['first read', `${fmt(first.ms)} ms (server ${fmt(first.server)} ms), ${fmt(first.pending)} pending`],
    [`reads while placing p50/p95/p99 (${firstReads.length})`, spread(firstReads.map((r) => r.ms))],
    ['  the same, server time', spread(firstReads.map((r) => r.server))],
    ['  the same, D1 time', spread(firstReads.map((r) => r.d1))],
    ['  the same, outside the handler', spread(firstReads.map((r) => r.outside))],
    ['  slowest read while placing', `${fmt(slowest.ms)} ms: ${slowest.timing}`],
    ['every order placed by the book-work queue', `${fmt(placed, 1)} s, workerd CPU ${fmt(cpuPlacing / 1000, 1)} s (load ${loadPlacing})`],
    [`reads once placed p50/p95/p99 (${READS})`, spread(after.map((r) => r.ms))],
    ['  the same, server time', spread(after.map((r) => r.server))],
    ['  workerd CPU per read once placed', `${fmt(cpuPerRead, 1)} ms (load ${load()})`],
    ['server timing of the last read', timing],
  ]);
} finally {
  await worker.dispose();
}
