/**
 * Sellers over several book databases: each seller's rows live on its own
 * book and no other, and a seller moved between books under a stream of
 * captures arrives with every row once, whatever step was interrupted.
 */
import { createExecutionContext, createMessageBatch, createScheduledController, env, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { app } from '../../worker/app.js';
import { bookShards, openBooks } from '../../worker/db/books.js';
import type { BookWork } from '../../worker/env.js';
import worker from '../../worker/index.js';
import { moveSeller } from '../../worker/modules/shards/move-seller.js';
import { MOVED_TABLES } from '../../worker/modules/shards/rules.js';
import created from '../fixtures/webhooks/shopify-orders-create.json';
import { type Answer, anOrder, call, sellerOn, webhookReceiver } from './helpers.js';

const book1 = () => env.BOOK_1!;

/** The seller's rows per moved table on one database. */
async function rowsOn(db: D1Database, sellerId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of MOVED_TABLES) out[t.name] = (await db.prepare(`SELECT count(*) AS n FROM "${t.name}" WHERE seller_id = ?`).bind(sellerId).first<number>('n')) ?? 0;
  return out;
}

const total = (rows: Record<string, number>) => Object.values(rows).reduce((a, b) => a + b, 0);

/** Captures an order as the extension's outbox does: a 5xx is retried after its Retry-After (shortened here). */
async function captureRetrying(token: string, order: ReturnType<typeof anOrder>): Promise<{ answer: Answer; refusals: number }> {
  for (let refusals = 0; refusals < 500; refusals++) {
    const answer = await call('POST', '/v1/orders', { token, body: order });
    if (answer.status < 500) return { answer, refusals };
    expect(answer.status).toBe(503);
    expect(answer.headers.get('Retry-After')).toBe('5');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the capture never got through');
}

/** A seller with a few of everything that carries a renumbered or linked row: orders, a webhook and its deliveries. */
async function stockedSeller(books: string, name: string, orders: number) {
  const s = await sellerOn(books, name);
  await call('POST', '/v1/webhooks', { token: s.token, body: { url: `https://hooks.example/${name}`, events: ['order.created'] } });
  for (let i = 0; i < orders; i++) expect((await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channel) })).status).toBe(200);
  return s;
}

const orderIds = async (token: string) => {
  const list = await call('GET', '/v1/orders?limit=200', { token });
  return (list.body.orders as { externalId: string }[]).map((o) => o.externalId).sort();
};
const eventIds = async (token: string) => ((await call('GET', '/v1/events?limit=200', { token })).body.events as { id: string }[]).map((e) => e.id);

describe('sellers over several book databases', () => {
  it('counts books up to the first gap in BOOK_n, and opens to new sellers only bound ones, never none', () => {
    const d1 = env.DB;
    const bare = { DB: d1, ADMIN_TOKEN: 't' };
    expect([bookShards(bare), openBooks(bare)]).toEqual([[0], [0]]);
    expect(bookShards({ ...bare, BOOK_1: d1, BOOK_2: d1 })).toEqual([0, 1, 2]);
    expect(bookShards({ ...bare, BOOK_1: d1, BOOK_3: d1 })).toEqual([0, 1]);
    const three = { ...bare, BOOK_1: d1, BOOK_2: d1 };
    expect(openBooks({ ...three, NEW_SELLER_BOOKS: '1, 2' })).toEqual([1, 2]);
    expect(openBooks({ ...three, NEW_SELLER_BOOKS: '2,9' })).toEqual([2]);
    expect(openBooks({ ...three, NEW_SELLER_BOOKS: '9' })).toEqual([0]);
    expect(openBooks({ ...three, NEW_SELLER_BOOKS: ' ' })).toEqual([0, 1, 2]);
  });

  it('a new seller goes to the book with the fewest sellers, and each book holds only its own sellers’ rows', async () => {
    const a = await stockedSeller('0,1', 'Alpha', 3);
    const b = await stockedSeller('0,1', 'Bravo', 2);
    // Book 0 already held Alpha, so Bravo went to book 1.
    expect(await env.DB.prepare('SELECT shard FROM sellers WHERE id = ?').bind(a.id).first('shard')).toBe(0);
    expect(await env.DB.prepare('SELECT shard FROM sellers WHERE id = ?').bind(b.id).first('shard')).toBe(1);

    expect(await orderIds(a.token)).toHaveLength(3);
    expect(await orderIds(b.token)).toHaveLength(2);
    const bOrder = (await call('GET', '/v1/orders?limit=1', { token: b.token })).body.orders[0]!.id;
    expect((await call('GET', `/v1/orders/${bOrder}`, { token: a.token })).status).toBe(404);
    expect((await call('GET', `/v1/orders/${bOrder}`, { token: b.token })).status).toBe(200);

    const aOn0 = await rowsOn(env.DB, a.id);
    const bOn1 = await rowsOn(book1(), b.id);
    expect([aOn0.orders, aOn0.channels, aOn0.outbox_events]).toEqual([3, 1, 3]);
    expect([bOn1.orders, bOn1.channels, bOn1.outbox_events]).toEqual([2, 1, 2]);
    expect(total(await rowsOn(book1(), a.id))).toBe(0);
    expect(total(await rowsOn(env.DB, b.id))).toBe(0);
    // Bravo's tokens stay on the directory; book 1 holds its seller row for the foreign keys, and no token.
    expect(await book1().prepare('SELECT count(*) AS n FROM api_tokens').first('n')).toBe(0);
    expect((await call('GET', '/v1/me', { token: b.token })).body.seller.name).toBe('Bravo');
    const minted = await call('POST', '/v1/tokens', { token: b.token, body: { name: 'Sam', role: 'viewer' } });
    expect(minted.status).toBe(201);
    expect((await call('GET', '/v1/orders?limit=5', { token: minted.body.token })).body.orders).toHaveLength(2);
  });

  it('a seller moved while captures race it arrives with every row once, the old book left empty', { timeout: 60_000 }, async () => {
    const other = await stockedSeller('1', 'Neighbour', 4);
    const s = await stockedSeller('0', 'Mover', 12);
    const before = { orders: await orderIds(s.token), events: await eventIds(s.token), rows: await rowsOn(env.DB, s.id) };
    const firstPage = await call('GET', '/v1/events?limit=5', { token: s.token });
    const neighbourRows = await rowsOn(book1(), other.id);

    // Closed at once, copying after a drain: a capture meanwhile is refused with 503 and Retry-After.
    const started = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 1, drainSeconds: 1 } });
    expect([started.status, started.body.phase]).toEqual([202, 'drain']);
    const refused = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channel) });
    expect([refused.status, refused.body.error.code, refused.headers.get('Retry-After')]).toEqual([503, 'seller_moving', '5']);
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const racing = Array.from({ length: 8 }, () => anOrder(s.channel));
    const [moved, ...captures] = await Promise.all([
      call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 1 } }),
      ...racing.map((o) => captureRetrying(s.token, o)),
    ]);
    expect([moved.status, moved.body.phase, moved.body.restarts]).toEqual([200, 'done', 0]);
    expect(captures.map((c) => [c.answer.status, c.answer.body.results[0].outcome])).toEqual(racing.map(() => [200, 'created']));
    expect(captures.some((c) => c.refusals > 0)).toBe(true);

    expect(await env.DB.prepare('SELECT shard, moving_to FROM sellers WHERE id = ?').bind(s.id).first()).toEqual({ shard: 1, moving_to: null });
    // Every order once: the 12 before and the 8 that raced, each where it should be.
    expect(await orderIds(s.token)).toEqual([...before.orders, ...racing.map((o) => o.externalId)].sort());
    // The copy was verified table by table, and the events kept their ids and order under new numbers.
    for (const [table, rows] of Object.entries(before.rows)) expect([table, moved.body.verified[table]?.rows]).toEqual([table, rows]);
    expect((await eventIds(s.token)).slice(0, before.events.length)).toEqual(before.events);
    // A feed cursor given before the move reads on after it, from the same event.
    const resumed = await call('GET', `/v1/events?limit=200&after=${encodeURIComponent(firstPage.body.nextCursor!)}`, { token: s.token });
    expect(resumed.body.events.map((e: { id: string }) => e.id)).toEqual((await eventIds(s.token)).slice(5));
    const after = await rowsOn(book1(), s.id);
    expect([after.orders, after.outbox_events, after.webhook_deliveries]).toEqual([20, 20, 20]);
    expect(total(await rowsOn(env.DB, s.id))).toBe(0);
    // The neighbour on book 1 kept its rows (its queue placement may have run meanwhile: compare what only it writes).
    const kept = (rows: Record<string, number>) => [rows.orders, rows.order_lines, rows.outbox_events, rows.webhook_deliveries, rows.channels];
    expect(kept(await rowsOn(book1(), other.id))).toEqual(kept(neighbourRows));
    // The directory keeps the seller and its token; book 0 has no other trace of it.
    expect(await env.DB.prepare('SELECT count(*) AS n FROM api_tokens WHERE seller_id = ?').bind(s.id).first('n')).toBe(1);
  });

  it('a move interrupted between a step and its record resumes and doubles nothing', async () => {
    const s = await stockedSeller('0', 'Resumer', 6);
    const before = await rowsOn(env.DB, s.id);
    const stepUntil = async (phase: string, tableAtLeast = 0) => {
      for (let i = 0; i < 400; i++) {
        const m = await env.DB.prepare('SELECT phase, table_index AS t FROM seller_moves WHERE seller_id = ?').bind(s.id).first<{ phase: string; t: number }>();
        if (m?.phase === phase && m.t >= tableAtLeast) return;
        await moveSeller(env, s.id, 1, 0, 'test', 1);
      }
      throw new Error(`never reached ${phase}`);
    };
    await stepUntil('copy', MOVED_TABLES.length - 2);
    // Lost progress: the rows were written on book 1 but the record says the tables were not copied yet.
    await env.DB.prepare("UPDATE seller_moves SET table_index = 0, cursor = 0 WHERE seller_id = ? AND phase = 'copy'").bind(s.id).run();
    await stepUntil('verify', 3);
    await env.DB.prepare("UPDATE seller_moves SET table_index = 1, checked = '{}' WHERE seller_id = ? AND phase = 'verify'").bind(s.id).run();
    await stepUntil('cleanup', 5);
    await env.DB.prepare("UPDATE seller_moves SET table_index = 0 WHERE seller_id = ? AND phase = 'cleanup'").bind(s.id).run();
    const done = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 1 } });
    expect([done.status, done.body.phase, done.body.restarts]).toEqual([200, 'done', 0]);
    expect(await rowsOn(book1(), s.id)).toEqual(before);
    expect(total(await rowsOn(env.DB, s.id))).toBe(0);
    expect(await orderIds(s.token)).toHaveLength(6);
    expect((await call('GET', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN })).body.phase).toBe('done');
  }, 60_000);

  it('a seller with only a channel moves with no drain in one call of a few D1 calls, there and back', async () => {
    const s = await sellerOn('0', 'Newcomer');
    for (const toShard of [1, 0]) {
      const moved = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard, drainSeconds: 0 } });
      expect([moved.status, moved.body.phase, moved.body.copied, moved.body.restarts]).toEqual([200, 'done', 1, 0]);
      // Empty tables are skipped a phase at a time, not probed one step each (that was ~500 calls, seconds locally).
      const calls = Number(/"(\d+) D1 calls"/.exec(moved.headers.get('Server-Timing') ?? '')?.[1]);
      expect(calls).toBeLessThanOrEqual(40);
      const verified = moved.body.verified as Record<string, { rows: number; checksum: string }>;
      expect(Object.keys(verified).sort()).toEqual(MOVED_TABLES.map((t) => t.name).sort());
      expect(
        Object.entries(verified)
          .filter(([, v]) => v.rows > 0 || v.checksum !== '000000000000')
          .map(([table, v]) => [table, v.rows]),
      ).toEqual([['channels', 1]]);
      expect(await env.DB.prepare('SELECT shard, moving_to FROM sellers WHERE id = ?').bind(s.id).first()).toEqual({ shard: toShard, moving_to: null });
    }
    expect((await call('GET', '/v1/me', { token: s.token })).body.seller.name).toBe('Newcomer');
  });

  it('a move to a book that is not bound, or to where the seller is, is refused and changes nothing', async () => {
    const s = await sellerOn('0', 'Stayer');
    const unbound = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 7 } });
    expect([unbound.status, unbound.body.error.issues?.[0]?.path]).toEqual([400, 'toShard']);
    const same = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 0 } });
    expect([same.status, same.body.error.issues?.[0]?.path]).toEqual([400, 'toShard']);
    expect((await call('POST', '/v1/admin/sellers/sel_nobody/move', { token: env.ADMIN_TOKEN, body: { toShard: 1 } })).status).toBe(404);
    expect((await call('GET', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN })).status).toBe(404);
    expect(await env.DB.prepare('SELECT shard, moving_to FROM sellers WHERE id = ?').bind(s.id).first()).toEqual({ shard: 0, moving_to: null });
    // A seller being deleted is not moved.
    const code = (await call('GET', `/v1/admin/sellers/${s.id}/deletion`, { token: env.ADMIN_TOKEN })).body.confirmation;
    expect((await call('DELETE', `/v1/admin/sellers/${s.id}?confirm=${code}`, { token: env.ADMIN_TOKEN })).status).toBe(202);
    const leaving = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 1 } });
    expect([leaving.status, leaving.body.error.code]).toEqual([409, 'deletion_under_way']);
    expect(await env.DB.prepare('SELECT moving_to FROM sellers WHERE id = ?').bind(s.id).first('moving_to')).toBeNull();
  });

  it('queue messages and the cron reach a seller on book 1, and a moving seller’s messages wait', async () => {
    const s = await sellerOn('1', 'Queued');
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await book1().batch(
      [1, 2, 3].map((i) =>
        book1()
          .prepare(
            `INSERT INTO orders (id, seller_id, channel_id, external_id, status, placed_at, source_updated_at, currency, total, buyer_name, buyer_email, service_level, payment_status, search_text, created_at, updated_at)
             VALUES (?, ?, ?, ?, 'ready', ?, ?, 'USD', 1000, 'Buyer', 'buyer@example.com', 'Standard', 'paid', ?, ?, ?)`,
          )
          .bind(`ord_b1_${i}`, s.id, s.channel, `Q-${i}`, at, at, `Q-${i}`, at, at),
      ),
    );
    const message = (id: string) => createMessageBatch<BookWork>('orderlens-book-work', [{ id, timestamp: new Date(), attempts: 1, body: { kind: 'place-queue', sellerId: s.id } }]);

    const placed = message('place-1');
    const ctx = createExecutionContext();
    await worker.queue(placed, env, ctx);
    expect((await getQueueResult(placed, ctx)).explicitAcks).toEqual(['place-1']);
    expect(await book1().prepare('SELECT count(*) AS n FROM queue_entries WHERE seller_id = ?').bind(s.id).first('n')).toBe(3);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM orders WHERE seller_id = ?').bind(s.id).first('n')).toBe(0);

    await env.DB.prepare('UPDATE sellers SET moving_to = 0 WHERE id = ?').bind(s.id).run();
    const waiting = message('place-2');
    const ctx2 = createExecutionContext();
    await worker.queue(waiting, env, ctx2);
    expect((await getQueueResult(waiting, ctx2)).retryMessages.map((m) => m.msgId)).toEqual(['place-2']);
    await env.DB.prepare('UPDATE sellers SET moving_to = NULL WHERE id = ?').bind(s.id).run();

    // The cron sweeps book 1 too: an expired idempotency key there goes (earlier sellers' webhooks go to a stand-in receiver).
    webhookReceiver();
    const now = Date.now();
    await book1()
      .prepare(`INSERT INTO idempotency_keys (seller_id, key, request_hash, state, created_at, expires_at) VALUES (?, 'old', 'h', 'done', ?, ?)`)
      .bind(s.id, new Date(now - 90_000_000).toISOString(), new Date(now - 1000).toISOString())
      .run();
    const cron = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: '* * * * *' }), env, cron);
    await waitOnExecutionContext(cron);
    expect(await book1().prepare('SELECT count(*) AS n FROM idempotency_keys WHERE seller_id = ?').bind(s.id).first('n')).toBe(0);
    vi.restoreAllMocks();
  }, 30_000);

  it('a Shopify hook finds its channel on book 1, and again after the seller moved back to book 0', async () => {
    const s = await sellerOn('1', 'Hooked');
    const secret = 'shpss_books_0123456789';
    const channel = (await call('POST', '/v1/channels', { token: s.token, body: { kind: 'shopify', name: 'Shop', webhookSecret: secret } })).body.channel.id;
    const body = JSON.stringify(created);
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const hmac = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)))));
    const deliver = async (id: string) => {
      const res = await app.request(
        `/v1/hooks/shopify/${channel}`,
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Shopify-Hmac-Sha256': hmac, 'X-Shopify-Topic': 'orders/create', 'X-Shopify-Webhook-Id': id }, body },
        env,
      );
      return [res.status, ((await res.json()) as { outcome: string }).outcome];
    };
    expect(await deliver('d-1')).toEqual([200, 'created']);
    expect(await book1().prepare('SELECT count(*) AS n FROM orders WHERE seller_id = ?').bind(s.id).first('n')).toBe(1);

    const back = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 0, drainSeconds: 0 } });
    expect([back.status, back.body.phase]).toEqual([200, 'done']);
    expect(await deliver('d-2')).toEqual([200, 'unchanged']);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM orders WHERE seller_id = ?').bind(s.id).first('n')).toBe(1);
    expect(total(await rowsOn(book1(), s.id))).toBe(0);
    expect(await book1().prepare('SELECT count(*) AS n FROM sellers WHERE id = ?').bind(s.id).first('n')).toBe(0);
  }, 60_000);

  it('deleting a seller on book 1 stops its tokens at once and leaves nothing on either database', { timeout: 30_000 }, async () => {
    const s = await stockedSeller('1', 'Leaver', 2);
    // The cron runs below also deliver the seller's webhooks: to a stand-in receiver.
    webhookReceiver();
    const admin = { token: env.ADMIN_TOKEN };
    const preview = await call('GET', `/v1/admin/sellers/${s.id}/deletion`, admin);
    expect([preview.status, preview.body.rows.orders, preview.body.rows.api_tokens]).toEqual([200, 2, 1]);
    expect((await call('DELETE', `/v1/admin/sellers/${s.id}?confirm=${preview.body.confirmation}`, admin)).status).toBe(202);
    expect((await call('GET', '/v1/me', { token: s.token })).status).toBe(401);
    for (let run = 0; run < 3; run++) {
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
      await waitOnExecutionContext(ctx);
    }
    expect(total(await rowsOn(book1(), s.id))).toBe(0);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM api_tokens WHERE seller_id = ?').bind(s.id).first('n')).toBe(0);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM sellers WHERE id = ?').bind(s.id).first('n')).toBe(0);
    expect(await book1().prepare('SELECT count(*) AS n FROM sellers WHERE id = ?').bind(s.id).first('n')).toBe(0);
    vi.restoreAllMocks();
  });
});
