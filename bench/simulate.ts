/**
 * `npm run bench:simulate`: a day of a mixed seller population replayed
 * against the local worker, with 1, 2 and 4 book databases. Each seller
 * makes the requests its extension and its tools make in a day (see
 * docs/scale.md for where the mix comes from), interleaved with every
 * other seller's. Prints, per book database, the requests it served, the
 * orders it stored and the server time it spent, and the hottest seller's
 * share of its database: the figure that says when one seller outgrows
 * sharing a database.
 *
 * DAY=0.05 replays a twentieth of the day (the default); SHARDS=1,2,4 and
 * POPULATION=40,16,4 (small, medium, large sellers) set the rest.
 */
import { randomBytes } from 'node:crypto';
import type { OrderInput } from '../shared/schemas/order.js';
import { generatedOrder, prng } from './lib/generate.js';
import { createSeller, type LocalWorker, startLocalWorker } from './lib/local-worker.js';
import { fmt, percentile, runPool, serverTiming } from './lib/report.js';

const DAY = Number(process.env.DAY ?? 0.05);
const SHARDS = (process.env.SHARDS ?? '1,2,4').split(',').map(Number);
const [SMALL, MEDIUM, LARGE] = (process.env.POPULATION ?? '40,16,4').split(',').map(Number) as [number, number, number];
const CONCURRENCY = 8;

/** What one seller's extension and tools ask of the worker in a day. */
interface Profile {
  kind: 'small' | 'medium' | 'large';
  /** New orders a day, captured as the seller views the orders pages. */
  orders: number;
  /** Orders-page views a day: each sends the page's new orders and asks for its statuses. */
  orderViews: number;
  /** Listing-page views a day: each reports the shown quantities and asks for their risk. */
  listingViews: number;
  /** Popup lookups a day. */
  lookups: number;
  /** Fulfillment queue reads a day (packers at the bench). */
  queueReads: number;
}

export const PROFILES: Record<Profile['kind'], Profile> = {
  small: { kind: 'small', orders: 20, orderViews: 40, listingViews: 10, lookups: 10, queueReads: 5 },
  medium: { kind: 'medium', orders: 300, orderViews: 200, listingViews: 40, lookups: 60, queueReads: 40 },
  large: { kind: 'large', orders: 3_000, orderViews: 800, listingViews: 150, lookups: 300, queueReads: 200 },
};

/** One request of the day. */
interface Call {
  seller: number;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  orders: number;
}

interface SimSeller {
  index: number;
  profile: Profile;
  token: string;
  shard: number;
  channelId: string;
}

/** The seller's day, in the order its extension makes it. */
function dayOf(s: SimSeller, random: () => number): Call[] {
  const scale = (n: number) => Math.max(1, Math.round(n * DAY));
  const p = s.profile;
  const views = scale(p.orderViews);
  const orders = scale(p.orders);
  const calls: Call[] = [];
  const seen: string[] = [];
  let next = 0;
  for (let v = 0; v < views; v++) {
    const batch: OrderInput[] = [];
    const due = Math.round(((v + 1) * orders) / views);
    for (; next < due; next++) batch.push(generatedOrder(s.channelId, s.index * 1_000_000 + next, random, 500));
    for (const o of batch) seen.push(o.externalId);
    if (batch.length > 0) calls.push({ seller: s.index, method: 'POST', path: '/v1/orders', body: { orders: batch }, orders: batch.length });
    const page = seen.slice(-50);
    if (page.length > 0) calls.push({ seller: s.index, method: 'POST', path: '/v1/orders/statuses', body: { channelId: s.channelId, externalIds: page }, orders: 0 });
    // Sightings are de-duplicated for an hour in the extension: about one send in five views.
    if (v % 5 === 0 && page.length > 0) {
      const at = new Date().toISOString();
      calls.push({
        seller: s.index,
        method: 'POST',
        path: '/v1/reconciliation/sightings',
        body: { channelId: s.channelId, orders: page.map((externalId) => ({ externalId, channelStatus: 'Unshipped', seenAt: at })) },
        orders: 0,
      });
    }
  }
  for (let l = 0; l < scale(p.listingViews); l++) {
    const skus = Array.from({ length: 25 }, (_, k) => `SKU-${String((l * 25 + k) % 500).padStart(5, '0')}`);
    const at = new Date().toISOString();
    calls.push({
      seller: s.index,
      method: 'POST',
      path: '/v1/listings/observations',
      body: skus.map((channelSku) => ({ channelId: s.channelId, channelSku, listedQuantity: 5, seenAt: at })),
      orders: 0,
    });
    calls.push({ seller: s.index, method: 'POST', path: '/v1/risk/query', body: { channelId: s.channelId, channelSkus: skus }, orders: 0 });
  }
  for (let q = 0; q < scale(p.lookups); q++) {
    const id = seen[Math.floor(random() * seen.length)];
    calls.push({ seller: s.index, method: 'GET', path: `/v1/orders/lookup?q=${encodeURIComponent(id ? id.slice(0, 12) : 'jane')}`, orders: 0 });
  }
  for (let q = 0; q < scale(p.queueReads); q++) calls.push({ seller: s.index, method: 'GET', path: '/v1/fulfillment/queue?limit=50', orders: 0 });
  return calls;
}

/** Interleaves the sellers' days: each keeps its own order, the mix is random. */
function interleave(days: Call[][], random: () => number): Call[] {
  const cursors = days.map(() => 0);
  const out: Call[] = [];
  let left = days.reduce((n, d) => n + d.length, 0);
  while (left > 0) {
    // Weighted by what each seller has left, so big days spread over the whole replay.
    let pick = Math.floor(random() * left);
    let i = 0;
    for (; i < days.length; i++) {
      const remaining = days[i]!.length - cursors[i]!;
      if (pick < remaining) break;
      pick -= remaining;
    }
    out.push(days[i]![cursors[i]!++]!);
    left--;
  }
  return out;
}

/** The server's own time for a request, from its Server-Timing header (`total`), else the client's. */
const serverMs = (res: Response, clientMs: number): number => serverTiming(res.headers.get('Server-Timing'), 'total') ?? clientMs;

async function simulate(shards: number): Promise<void> {
  const worker: LocalWorker = await startLocalWorker({ books: shards });
  try {
    const random = prng(7 + shards);
    const kinds: Profile['kind'][] = [...Array(SMALL).fill('small'), ...Array(MEDIUM).fill('medium'), ...Array(LARGE).fill('large')];
    const sellers: SimSeller[] = [];
    for (const [index, kind] of kinds.entries()) {
      const { token, book } = await createSeller(worker, `${kind}-${index}-${randomBytes(3).toString('hex')}`);
      const res = await fetch(`${worker.url}/v1/channels`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'amazon', name: 'Amazon US' }),
      });
      if (res.status !== 201) throw new Error(`channel not created: ${res.status} ${await res.text()}`);
      const { channel } = (await res.json()) as { channel: { id: string } };
      sellers.push({ index, profile: PROFILES[kind], token, shard: book, channelId: channel.id });
    }
    const calls = interleave(
      sellers.map((s) => dayOf(s, random)),
      random,
    );
    const perShard = Array.from({ length: shards }, () => ({ requests: 0, orders: 0, ms: 0, latencies: [] as number[], sellers: 0 }));
    const perSeller = sellers.map(() => ({ ms: 0, requests: 0 }));
    for (const s of sellers) perShard[s.shard]!.sellers++;
    let failures = 0;
    const started = performance.now();
    await runPool(
      calls.map((call) => async () => {
        const seller = sellers[call.seller]!;
        const t0 = performance.now();
        const res = await fetch(`${worker.url}${call.path}`, {
          method: call.method,
          headers: { Authorization: `Bearer ${seller.token}`, ...(call.body ? { 'Content-Type': 'application/json' } : {}) },
          ...(call.body ? { body: JSON.stringify(call.body) } : {}),
        });
        await res.arrayBuffer();
        const clientMs = performance.now() - t0;
        if (res.status >= 400) failures++;
        const ms = serverMs(res, clientMs);
        const shard = perShard[seller.shard]!;
        shard.requests++;
        shard.orders += call.orders;
        shard.ms += ms;
        shard.latencies.push(clientMs);
        perSeller[call.seller]!.ms += ms;
        perSeller[call.seller]!.requests++;
      }),
      CONCURRENCY,
    );
    const wall = (performance.now() - started) / 1000;
    const total = perShard.reduce((n, s) => n + s.ms, 0);
    console.log(`\n${shards} book database${shards > 1 ? 's' : ''}: ${fmt(calls.length)} requests in ${fmt(wall, 1)} s (${fmt(calls.length / wall)} /s), ${failures} failed`);
    console.log('  book  sellers  requests  orders  server time  share  p99 latency  hottest seller of its book');
    for (const [k, s] of perShard.entries()) {
      const mine = sellers.filter((x) => x.shard === k);
      const hottest = mine.reduce((best, x) => (perSeller[x.index]!.ms > perSeller[best.index]!.ms ? x : best), mine[0] ?? sellers[0]!);
      const hotShare = s.ms > 0 ? perSeller[hottest.index]!.ms / s.ms : 0;
      console.log(
        `  ${String(k).padStart(4)}  ${String(s.sellers).padStart(7)}  ${fmt(s.requests).padStart(8)}  ${fmt(s.orders).padStart(6)}  ${`${fmt(s.ms / 1000, 1)} s`.padStart(11)}  ${`${fmt((100 * s.ms) / (total || 1))}%`.padStart(5)}  ${`${fmt(percentile(s.latencies, 99), 1)} ms`.padStart(11)}  ${mine.length ? `${hottest.profile.kind} #${hottest.index}, ${fmt(100 * hotShare)}%` : '-'}`,
      );
    }
    const busiest = Math.max(...perShard.map((s) => s.ms));
    console.log(`  busiest book: ${fmt((100 * busiest) / (total || 1))}% of all server time (even spread: ${fmt(100 / shards)}%); per day: ${fmt(busiest / 1000 / DAY, 0)} s of server time`);
  } finally {
    await worker.dispose();
  }
}

for (const n of SHARDS) await simulate(n);
