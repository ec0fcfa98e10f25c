/**
 * Retention: buyer data of closed orders goes on the cron once the seller's
 * period has run out, from every place it was copied to, while the order,
 * its figures and its history stay.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client.js';
import { redactExpiredBuyerData } from '../../worker/modules/privacy/service.js';
import { anOrder, call, newSeller } from './helpers.js';
import { aBuyer, daysAgo, findBuyer, runCron, seedBuyer } from './privacy-helpers.js';

/** Where the seeded buyer is found before anything is redacted. */
const SEEDED_PLACES = ['customer_keys', 'customers', 'idempotency_keys', 'order_events', 'orders', 'search index'];
const places = (found: string[]) => [...new Set(found.map((f) => f.split(':')[0]))].sort();

const figures = (detail: any) => ({
  status: detail.status,
  total: detail.total,
  currency: detail.currency,
  placedAt: detail.placedAt,
  lines: detail.lines,
  shipments: detail.shipments,
  history: detail.events.filter((e: any) => !e.kind.startsWith('buyer_data')).map((e: any) => [e.id, e.at, e.kind, e.fromStatus, e.toStatus, e.changes.map((c: any) => c.field)]),
});

describe('retention of buyer data', () => {
  it('redacts a delivered order past 30 days everywhere, keeping its figures, history and region', async () => {
    const s = await newSeller();
    const BUYER = aBuyer();
    const id = await seedBuyer(s, BUYER, { closedDaysAgo: 60 });
    expect(places(await findBuyer(BUYER))).toEqual(SEEDED_PLACES);
    const before = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    const range = `from=${daysAgo(90).slice(0, 10)}&to=${daysAgo(-1).slice(0, 10)}`;
    const sales = (await call('GET', `/v1/reports/sales?${range}&groupBy=channel`, { token: s.token })).body;

    await runCron();

    expect(await findBuyer(BUYER)).toEqual([]);
    const after = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(figures(after)).toEqual(figures(before));
    expect(after.redactedAt).toEqual(expect.any(String));
    expect(after.buyer).toEqual({ name: null, email: null, externalId: null });
    expect(after.shipTo).toEqual({ city: 'Springfield', region: 'OR', postalCode: '974', country: 'US' });
    expect(after.events.at(-1)).toMatchObject({ source: 'system', kind: 'buyer_data_redacted', reason: 'Buyer data past its retention period' });
    const moved = after.events.find((e: any) => e.kind === 'updated');
    expect(moved!.changes).toEqual([{ field: 'shipTo', from: null, to: null, redacted: true }]);
    expect((await call('GET', `/v1/reports/sales?${range}&groupBy=channel`, { token: s.token })).body).toEqual(sales);
    expect((await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(BUYER.email)}`, { token: s.token })).body.results).toEqual([]);
    const [customer] = (await call('GET', '/v1/customers', { token: s.token })).body.customers;
    expect(customer).toMatchObject({ name: null, email: null, tags: ['VIP'], orderCount: 1 });
  });

  it('keeps buyer data of orders closed within the period, and of open orders whatever their age', async () => {
    const s = await newSeller();
    const BUYER = aBuyer();
    const recent = await seedBuyer(s, BUYER, { closedDaysAgo: 10 });
    const open = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.ebay, { status: 'ready', placedAt: daysAgo(200), updatedAt: daysAgo(200) }) });
    await runCron();
    expect((await call('GET', `/v1/orders/${recent}`, { token: s.token })).body.order).toMatchObject({ redactedAt: null, buyer: { name: BUYER.name, email: BUYER.email } });
    expect((await call('GET', `/v1/orders/${open.body.results[0]!.id}`, { token: s.token })).body.order).toMatchObject({ redactedAt: null, buyer: { name: 'Jane Doe' } });
  });

  it('counts the period from when the order was delivered through the API, by a setting per channel kind', async () => {
    const s = await newSeller();
    const put = await call('PUT', '/v1/privacy/retention', { token: s.token, body: { defaultDays: 90, channelKinds: { ebay: 0 } } });
    expect(put.status).toBe(200);
    expect(put.body.effective).toMatchObject({ amazon: 30, ebay: 0, etsy: 90 });
    const ebay = (await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.ebay, { status: 'shipped' }) })).body.results[0]!.id;
    const etsy = (await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.etsy, { status: 'delivered', updatedAt: daysAgo(60) }) })).body.results[0]!.id;
    await runCron();
    expect((await call('GET', `/v1/orders/${ebay}`, { token: s.token })).body.order.redactedAt).toBeNull();
    expect((await call('POST', `/v1/orders/${ebay}/deliver`, { token: s.token, body: {} })).status).toBe(200);
    await runCron();
    expect((await call('GET', `/v1/orders/${ebay}`, { token: s.token })).body.order.buyer.name).toBeNull();
    expect((await call('GET', `/v1/orders/${etsy}`, { token: s.token })).body.order.buyer.name).toBe('Jane Doe');
  });

  it('a capture of a redacted order does not bring its buyer back', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon, { status: 'delivered', updatedAt: daysAgo(45), shipTo: { line1: aBuyer().street, city: 'Springfield', country: 'US' } });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: order })).body.results[0]!.id;
    await runCron();
    await call('POST', '/v1/orders', { token: s.token, body: { ...order, updatedAt: daysAgo(44) } });
    const after = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(after.buyer.name).toBeNull();
    expect(after.shipTo).toEqual({ city: 'Springfield', country: 'US' });
  });

  it('refuses a period below 0 or above what the marketplace allows, naming the field, and changes nothing', async () => {
    const s = await newSeller();
    for (const [body, path] of [
      [{ defaultDays: -1 }, 'defaultDays'],
      [{ defaultDays: 30, channelKinds: { amazon: 31 } }, 'channelKinds.amazon'],
      [{ defaultDays: 4000 }, 'defaultDays'],
    ] as const) {
      const res = await call('PUT', '/v1/privacy/retention', { token: s.token, body });
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
    expect((await env.DB.prepare('SELECT count(*) AS n FROM retention_settings WHERE seller_id = ?').bind(s.id).first<{ n: number }>())?.n).toBe(0);
    expect((await call('GET', '/v1/privacy/retention', { token: s.token })).body.effective.amazon).toBe(30);
  });
});

/** Writes `count` orders delivered 60 days ago straight into D1: captured, but not yet seen by the customer sync. */
async function seedUnsyncedOrders(s: Awaited<ReturnType<typeof newSeller>>, count: number): Promise<void> {
  const closed = daysAgo(60);
  const ids = Array.from({ length: count }, (_, i) => `ord_bulk_${s.id}_${i}`);
  await env.DB.batch(
    ids.map((id, i) =>
      env.DB.prepare(
        `INSERT INTO orders (id, seller_id, channel_id, external_id, status, placed_at, source_updated_at, currency, total, buyer_name, buyer_email, service_level, payment_status, ship_to, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'delivered', ?, ?, 'USD', 1000, ?, ?, 'Standard', 'paid', ?, ?, ?, ?)`,
      ).bind(
        id,
        s.id,
        s.channels.amazon,
        `X-${i}`,
        closed,
        closed,
        `Bulk Buyer${i}`,
        `bulk${i}@example.com`,
        JSON.stringify({ line1: `${i} Main St`, city: 'Springfield', country: 'US' }),
        `X-${i} Bulk Buyer${i}`,
        closed,
        closed,
      ),
    ),
  );
}

const unredacted = async (sellerId: string) => await env.DB.prepare('SELECT count(*) AS n FROM orders WHERE seller_id = ? AND redacted_at IS NULL').bind(sellerId).first<number>('n');

describe('import error lists', () => {
  it('lose the entries quoting a buyer whose order is redacted, keeping the others', async () => {
    const s = await newSeller();
    const buyer = aBuyer();
    await seedBuyer(s, buyer);
    const errors = [
      { line: 2, column: 'quantity-purchased', message: `"two" is not a whole number (row of ${buyer.name}, ${buyer.email})`, externalId: '113-9999999-0000002', file: null },
      { line: 3, column: 'item-price', message: '"ten" is not an amount of money', externalId: '113-9999999-0000003', file: null },
    ];
    const at = new Date().toISOString();
    await env.DB.prepare(
      `INSERT INTO import_runs (seller_id, id, channel_id, format, actor, status, bytes, content_hash, errors, created_at, updated_at)
       VALUES (?, 'imp_retention', ?, 'amazon-unshipped', 'owner', 'done', 100, 'hash', ?, ?, ?)`,
    )
      .bind(s.id, s.channels.amazon, JSON.stringify(errors), at, at)
      .run();
    await runCron();
    const kept = await env.DB.prepare("SELECT errors FROM import_runs WHERE seller_id = ? AND id = 'imp_retention'").bind(s.id).first<string>('errors');
    expect(JSON.parse(kept!)).toEqual([errors[1]]);
    expect(await findBuyer(buyer)).toEqual([]);
  });
});

describe('the retention sweep in chunks', () => {
  it('redacts a backlog larger than a chunk over one run, and a bounded run leaves the rest for the next', async () => {
    const s = await newSeller();
    await seedUnsyncedOrders(s, 450);
    const bounded = await redactExpiredBuyerData(database(env.DB), new Date(), { chunk: 100, maxChunks: 2 });
    expect(bounded).toEqual({ redacted: 200, more: true });
    expect(await unredacted(s.id)).toBe(250);
    await runCron();
    expect(await unredacted(s.id)).toBe(0);
    expect(await env.DB.prepare(`SELECT count(*) AS n FROM orders_fts WHERE orders_fts MATCH '"bulk"'`).first<number>('n')).toBe(0);
  });

  it('redacts only orders the customer sync has linked, so a run never links a whole backlog, and clears their customers', async () => {
    const s = await newSeller();
    await seedUnsyncedOrders(s, 120);
    // No sync rounds left in this run: the due orders wait rather than leave customers holding their data.
    expect(await redactExpiredBuyerData(database(env.DB), new Date(), { syncRounds: 0 })).toEqual({ redacted: 0, more: true });
    expect(await unredacted(s.id)).toBe(120);
    expect(await redactExpiredBuyerData(database(env.DB), new Date(), { syncRounds: 1 })).toEqual({ redacted: 120, more: false });
    expect(await unredacted(s.id)).toBe(0);
    const customers = await env.DB.prepare('SELECT count(*) AS total, count(name) + count(email) AS holding FROM customers WHERE seller_id = ?').bind(s.id).first<{ total: number; holding: number }>();
    expect(customers).toEqual({ total: 120, holding: 0 });
  });
});
