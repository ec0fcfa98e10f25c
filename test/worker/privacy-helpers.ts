/**
 * Helpers for the buyer-data tests: a buyer seeded into every place personal
 * data can reach, and a scan of every table and the search index for them.
 */

import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { vi } from 'vitest';
import worker from '../../worker/index.js';
import { AMAZON_UNSHIPPED_LEADING_COLUMNS } from '../shared/imports/amazon-rows.js';
import { anOrder, call, type TestSeller } from './helpers.js';

/** A buyer whose data a test follows: name, email, phone and street. */
export interface Buyer {
  name: string;
  email: string;
  phone: string;
  street: string;
}

let made = 0;

/** A buyer no other test shares (the test D1 is shared by a file's tests), so a scan finds only theirs. */
export function aBuyer(): Buyer {
  made += 1;
  const tag = `${String.fromCharCode(97 + (made % 26))}${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'q')}`;
  return { name: `Wilhelmina Quax${tag}`, email: `w.quax${tag}@mailbox.example`, phone: `+1 206 555 ${String(1000 + made).slice(-4)}${tag.length}`, street: `${700 + made} Evergreen${tag} Terrace` };
}

/** Tables that hold no seller data: migrations, the batch guard, deployment-wide packs, the FTS index (searched by MATCH instead). */
const NOT_SELLER_DATA = /^(sqlite_|_cf_|d1_migrations$|batch_guard$|portal_packs$|orders_fts)/;

/** Every table a seller's rows can live in, read from the database itself, so a new table is scanned too. */
export async function sellerTables(): Promise<string[]> {
  const rows = await env.DB.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all<{ name: string }>();
  return rows.results.map((r) => r.name).filter((n) => !NOT_SELLER_DATA.test(n));
}

/** Where any of the buyer's name, email, phone or street is still found: `table: value`, and `search index: term`. */
export async function findBuyer(buyer: Buyer): Promise<string[]> {
  const needles = Object.values(buyer);
  const found: string[] = [];
  for (const table of await sellerTables()) {
    const rows = await env.DB.prepare(`SELECT * FROM "${table}"`).all<Record<string, unknown>>();
    for (const row of rows.results) {
      const text = JSON.stringify(row).toLowerCase();
      for (const n of needles) if (text.includes(n.toLowerCase())) found.push(`${table}: ${n}`);
    }
  }
  for (const n of needles) {
    const phrase = `"${n.replace(/"/g, '')}"`;
    const hit = await env.DB.prepare(`SELECT count(*) AS n FROM orders_fts WHERE orders_fts MATCH ?`).bind(phrase).first<{ n: number }>();
    if (hit && hit.n > 0) found.push(`search index: ${n}`);
  }
  return found;
}

/** Runs the worker's cron handler once, as the scheduler would at `at`. */
export async function runCron(at = Date.now()): Promise<void> {
  // The cron also delivers due webhooks: their endpoints answer here instead of the network.
  const endpoints = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(null, { status: 204 }));
  try {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: at, cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
  } finally {
    endpoints.mockRestore();
  }
}

/** Days before now, as an ISO time. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * Seeds the buyer everywhere: an order captured from the extension (search
 * index, customer, history), a later capture changing the address (history
 * changes carry from/to), an idempotent replay stored, a webhook endpoint
 * so the order's events sit in the outbox, and an import whose bad row
 * carries the buyer (answered as an error, never stored). Answers the order's id.
 */
export async function seedBuyer(s: TestSeller, BUYER: Buyer, opts: { status?: 'delivered' | 'ready'; closedDaysAgo?: number } = {}): Promise<string> {
  await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://example.com/hooks', events: ['order.created', 'order.status_changed'] } });
  const days = opts.closedDaysAgo ?? 60;
  // The buyer known before the order (e.g. tagged VIP), through a keyed request whose answer is stored.
  const known = await call('POST', '/v1/customers', { token: s.token, body: { name: BUYER.name, email: BUYER.email, tags: ['VIP'] }, headers: { 'Idempotency-Key': `buyer-${s.id}` } });
  if (known.status !== 201) throw new Error(`customer not created: ${JSON.stringify(known.body)}`);
  const order = anOrder(s.channels.amazon, {
    status: opts.status ?? 'delivered',
    placedAt: daysAgo(days + 5),
    updatedAt: daysAgo(days + 1),
    buyer: { name: BUYER.name, email: BUYER.email },
    shipTo: { name: BUYER.name, line1: BUYER.street, city: 'Springfield', region: 'OR', postalCode: '97403', country: 'US', phone: BUYER.phone },
  });
  const first = await call('POST', '/v1/orders', { token: s.token, body: order, headers: { 'X-Orderlens-Source': 'extension' } });
  if (first.status !== 200) throw new Error(`capture failed: ${JSON.stringify(first.body)}`);
  const id: string = first.body.results[0]!.id;
  // A later capture moves the address: the history's change then carries the old and new street.
  const moved = { ...order, updatedAt: daysAgo(days), shipTo: { ...order.shipTo!, line2: `${BUYER.street} rear` } };
  const second = await call('POST', '/v1/orders', { token: s.token, body: moved, headers: { 'X-Orderlens-Source': 'extension' } });
  if (second.body.results[0]!.outcome !== 'updated') throw new Error(`second capture: ${JSON.stringify(second.body)}`);
  await importBadRow(s, BUYER);
  return id;
}

const UNSHIPPED_HEADER = [...AMAZON_UNSHIPPED_LEADING_COLUMNS, 'ship-service-level', 'recipient-name', 'ship-address-1', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country'];

/** An Amazon Unshipped report whose one row, the buyer's, is refused (quantity "two"): the error names the row and nothing is stored. */
async function importBadRow(s: TestSeller, buyer: Buyer): Promise<void> {
  const row = [
    '113-9999999-0000001',
    '11111111111111',
    daysAgo(3),
    daysAgo(3),
    buyer.email,
    buyer.name,
    buyer.phone,
    'MUG-BLUE',
    'Blue mug',
    'two',
    'Standard',
    buyer.name,
    buyer.street,
    'Springfield',
    'OR',
    '97403',
    'US',
  ];
  const file = [UNSHIPPED_HEADER.join('\t'), row.join('\t')].join('\r\n');
  const res = await call('POST', `/v1/imports?format=amazon-unshipped&channelId=${s.channels.amazon}&defaultCurrency=USD`, {
    token: s.token,
    body: file,
    headers: { 'Content-Type': 'text/tab-separated-values' },
  });
  if (res.status !== 200 || !('failed' in res.body) || res.body.failed !== 1) throw new Error(`import with a bad row: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * A seller's whole book through the API: the buyer (seeded everywhere),
 * SKUs with stock (ledger), a listing, rules, an order shipped through a
 * pick-free move, and a retention setting.
 */
export async function seedBook(s: TestSeller, buyer: Buyer): Promise<{ orderId: string; webhookSecret: string }> {
  const orderId = await seedBuyer(s, buyer, { status: 'ready' });
  const hook = await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://example.com/book', events: ['order.shipped'] } });
  await call('POST', '/v1/skus', { token: s.token, body: { skus: [{ sku: 'MUG-BLUE', title: 'Blue mug' }] } });
  await call('PUT', '/v1/inventory/MUG-BLUE', { token: s.token, body: { onHand: 12 } });
  await call('PUT', '/v1/listings', { token: s.token, body: { channelId: s.channels.etsy, channelSku: '123456', components: [{ sku: 'MUG-BLUE', quantity: 2 }] } });
  await call('PUT', '/v1/rules', { token: s.token, body: { rules: [{ id: 'ebay', name: 'eBay first', when: [{ type: 'channel', in: ['ebay'] }], then: [{ type: 'addPoints', points: 5 }] }] } });
  await call('PUT', '/v1/privacy/retention', { token: s.token, body: { defaultDays: 60 } });
  const moved = await call('POST', `/v1/orders/${orderId}/transitions`, { token: s.token, body: { to: 'shipped', tracking: { number: '1Z999AA10123456784', carrier: 'UPS' } } });
  if (moved.status !== 200) throw new Error(`not shipped: ${JSON.stringify(moved.body)}`);
  return { orderId, webhookSecret: hook.body.secret };
}
