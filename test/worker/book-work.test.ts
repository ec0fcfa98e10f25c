/**
 * Book work off the request path: a burst of arrivals is placed in the
 * fulfillment queue by the book-work queue's consumer in bounded steps; a
 * read does only its bounded share and says how many orders still wait; a
 * pick list is not drawn from a half-placed queue; a failing step is
 * retried with backoff; seller writes ask for the work.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../shared/schemas/rules.js';
import { app } from '../../worker/app.js';
import { database } from '../../worker/db/client.js';
import type { BookWork } from '../../worker/env.js';
import worker from '../../worker/index.js';
import { ASK_AGAIN_MS, askForQueueWork, retryDelaySeconds, runBookWork } from '../../worker/modules/fulfillment/book-work.js';
import { READ_BUDGET, readQueue } from '../../worker/modules/fulfillment/fulfillment-queue.js';
import { saveRuleSet } from '../../worker/modules/fulfillment/queries-rules.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';

/** `target`'s own `key`, its methods bound to it. */
function forwarded(target: object, key: string | symbol): unknown {
  const value = Reflect.get(target, key) as unknown;
  return typeof value === 'function' ? value.bind(target) : value;
}

/**
 * `db`, handing each bound statement that settles stale marks (the consumer's
 * placement writes) to `onSettle` with its parameters, and every batch to
 * `batch` when given.
 */
function watchingSettles(db: D1Database, onSettle: (bound: D1PreparedStatement, params: unknown[]) => void, batch?: (statements: D1PreparedStatement[]) => Promise<D1Result[]>): D1Database {
  return new Proxy(db, {
    get(target, key) {
      if (key === 'batch' && batch) return batch;
      if (key !== 'prepare') return forwarded(target, key);
      return (query: string) => {
        const stmt = target.prepare(query);
        if (!/DELETE FROM queue_stale/.test(query)) return stmt;
        return new Proxy(stmt, {
          get(st, k) {
            if (k !== 'bind') return forwarded(st, k);
            return (...params: unknown[]) => {
              const bound = st.bind(...params);
              onSettle(bound, params);
              return bound;
            };
          },
        });
      };
    },
  });
}

/** Writes `count` paid, ready orders straight into D1, as a burst the API never saw (so no message was sent for them). */
async function arrive(s: TestSeller, count: number): Promise<void> {
  const placed = new Date(Date.now() - 3_600_000).toISOString();
  for (let start = 0; start < count; start += 500) {
    await env.DB.batch(
      Array.from({ length: Math.min(500, count - start) }, (_, k) => {
        const i = start + k;
        return env.DB.prepare(
          `INSERT INTO orders (id, seller_id, channel_id, external_id, status, placed_at, source_updated_at, currency, total, buyer_name, buyer_email, service_level, payment_status, search_text, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'ready', ?, ?, 'USD', 1000, ?, ?, 'Standard', 'paid', ?, ?, ?)`,
        ).bind(`ord_burst_${s.id}_${i}`, s.id, s.channels.amazon, `B-${i}`, placed, placed, `Buyer ${i}`, `buyer${i}@example.com`, `B-${i}`, placed, placed);
      }),
    );
  }
}

const queued = (body: { counts: { ready: number; short: number; held: number } }) => body.counts.ready + body.counts.short + body.counts.held;

let messageId = 0;
const batchFor = (sellerId: string, attempts = 1) =>
  createMessageBatch<BookWork>('orderlens-book-work', [{ id: `msg-${++messageId}`, timestamp: new Date(), attempts, body: { kind: 'place-queue', sellerId } }]);

describe('placing a burst of arrivals in the background', () => {
  it('a read places only its share and counts the rest; the consumer places the rest in bounded steps', async () => {
    const s = await newSeller();
    const burst = READ_BUDGET.orders * 3 + 120;
    await arrive(s, burst);

    const first = await call('GET', '/v1/fulfillment/queue', { token: s.token });
    expect(first.status).toBe(200);
    expect(queued(first.body)).toBeLessThanOrEqual(READ_BUDGET.orders);
    expect(first.body.pending).toBe(burst - queued(first.body));

    // The consumer's step, with a small budget so it takes several messages.
    const budget = { customers: READ_BUDGET.customers * 2, orders: READ_BUDGET.orders * 2 };
    let steps = 0;
    let pending = first.body.pending;
    while (pending > 0) {
      const done = await runBookWork(database(env.DB), batchFor(s.id), undefined, budget);
      pending = done.pending[s.id]!;
      steps += 1;
      expect(steps).toBeLessThan(10);
    }
    expect(steps).toBeGreaterThan(1);

    const settled = await call('GET', '/v1/fulfillment/queue?limit=5', { token: s.token });
    expect(settled.body.pending).toBe(0);
    expect(queued(settled.body)).toBe(burst);
  }, 60_000);

  it('a read made while a consumer step places a burst answers between its rounds, placing nothing itself', async () => {
    const s = await newSeller();
    const burst = 1_000;
    await arrive(s, burst);
    let stepDone = false;
    const step = runBookWork(database(env.DB), batchFor(s.id), undefined, { customers: burst, orders: burst }).then((r) => {
      stepDone = true;
      return r;
    });
    // Into the step's rounds: some orders linked and placed, most still waiting.
    while ((await env.DB.prepare('SELECT count(*) AS n FROM queue_entries WHERE seller_id = ?').bind(s.id).first<number>('n'))! === 0) {
      await scheduler.wait(1);
    }
    const read = await call('GET', '/v1/fulfillment/queue?limit=5', { token: s.token });
    expect(stepDone).toBe(false);
    expect(read.status).toBe(200);
    expect(read.body.pending).toBeGreaterThan(READ_BUDGET.orders);
    expect(queued(read.body)).toBeLessThan(burst);
    expect((await step).pending[s.id]).toBe(0);
    expect(queued((await call('GET', '/v1/fulfillment/queue?limit=5', { token: s.token })).body)).toBe(burst);
  }, 60_000);

  it('a consumer step writes placements in batches of at most 25 orders, so a request waits behind at most one short batch', async () => {
    const s = await newSeller();
    await arrive(s, 230);
    const settled: number[] = [];
    const spy = watchingSettles(env.DB, (_, params) => settled.push((JSON.parse(String(params[1])) as string[]).length));
    expect((await runBookWork(database(spy), batchFor(s.id), undefined)).pending[s.id]).toBe(0);
    expect(settled).toEqual([...Array(9).fill(25), 5]);
  }, 60_000);

  it('a step that dies between batches keeps each order placed whole or still marked; the next delivery redoes only the rest', async () => {
    const s = await newSeller();
    const rules: Rule[] = [{ id: 'hold-unpaid', name: 'Hold until paid', when: [{ type: 'paymentStatus', in: ['pending'] }], then: [{ type: 'hold', reason: 'payment_not_received' }] }];
    // Saved beside the API: its PUT asks the real consumer for work, which could place the burst before this step runs.
    await saveRuleSet(database(env.DB), s.id, rules, null);
    await arrive(s, 30);
    // Every third order unpaid: held by the rule, with a history event, in the same batch as its place.
    await env.DB.prepare("UPDATE orders SET payment_status = 'pending' WHERE seller_id = ? AND CAST(substr(external_id, 3) AS INTEGER) % 3 = 0").bind(s.id).run();
    const settling = new WeakSet<object>();
    let placementBatches = 0;
    const dying = watchingSettles(
      env.DB,
      (bound) => settling.add(bound),
      (statements) => {
        // The worker dies as it sends the second batch of placements: the first is committed, nothing after it is.
        if (statements.some((st) => settling.has(st)) && ++placementBatches === 2) return Promise.reject(new Error('isolate died'));
        return env.DB.batch(statements);
      },
    );
    const died = createMessageBatch<BookWork>('orderlens-book-work', [{ id: `msg-${++messageId}`, timestamp: new Date(), attempts: 1, body: { kind: 'place-queue', sellerId: s.id } }]);
    expect((await runBookWork(database(dying), died, undefined)).pending).toEqual({});
    const state = async () =>
      (
        await env.DB.prepare(
          `SELECT o.id, (SELECT count(*) FROM queue_entries q WHERE q.order_id = o.id) AS placed, (SELECT count(*) FROM queue_stale m WHERE m.order_id = o.id) AS marked,
                  (SELECT count(*) FROM order_holds h WHERE h.order_id = o.id AND h.kind = 'rule' AND h.released_at IS NULL) AS holds,
                  (SELECT count(*) FROM order_events e WHERE e.order_id = o.id AND e.kind = 'held') AS held_events, o.payment_status = 'pending' AS unpaid
             FROM orders o WHERE o.seller_id = ? ORDER BY o.id`,
        )
          .bind(s.id)
          .all<{ id: string; placed: number; marked: number; holds: number; held_events: number; unpaid: number }>()
      ).results;
    const after = await state();
    // The first batch's orders placed whole (place, hold and event together), the second's still marked with nothing written for them.
    expect(after.filter((o) => o.placed === 1 && o.marked === 0 && o.holds === o.unpaid && o.held_events === o.unpaid)).toHaveLength(25);
    expect(after.filter((o) => o.placed === 0 && o.marked === 1 && o.holds === 0 && o.held_events === 0)).toHaveLength(5);

    expect((await runBookWork(database(env.DB), batchFor(s.id), undefined)).pending[s.id]).toBe(0);
    const redone = await state();
    // Every order placed once, each unpaid one held once with one history event: nothing lost, nothing written twice.
    expect(redone.map((o) => [o.placed, o.marked, o.holds, o.held_events])).toEqual(after.map((o) => [1, 0, o.unpaid, o.unpaid]));
    expect(redone.filter((o) => o.unpaid === 1)).toHaveLength(10);
    const settled = await call('GET', '/v1/fulfillment/queue?limit=50', { token: s.token });
    expect([settled.body.pending, settled.body.counts.ready, settled.body.counts.held]).toEqual([0, 20, 10]);
  }, 60_000);

  it('an order past a watched ship-by threshold keeps its place and counts as pending until the consumer places it again; the read writes nothing', async () => {
    const s = await newSeller();
    await arrive(s, 3);
    expect((await call('GET', '/v1/fulfillment/queue', { token: s.token })).body.pending).toBe(0);
    // As if the clock passed the first order's threshold.
    await env.DB.prepare("UPDATE queue_entries SET valid_until = '2000-01-01T00:00:00.000Z' WHERE order_id = ?").bind(`ord_burst_${s.id}_0`).run();
    const noWrites = new Proxy(env.DB, {
      get(target, key) {
        if (key === 'batch') return () => Promise.reject(new Error('a read wrote'));
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const read = await readQueue(database(noWrites), s.id, { limit: 10, dueSoonHours: 24 });
    expect(read.pending).toBe(1);
    expect(read.queue.map((e) => e.orderId)).toContain(`ord_burst_${s.id}_0`);
    expect((await runBookWork(database(env.DB), batchFor(s.id), undefined)).pending[s.id]).toBe(0);
    expect(await env.DB.prepare('SELECT valid_until FROM queue_entries WHERE order_id = ?').bind(`ord_burst_${s.id}_0`).first<string>('valid_until')).not.toBe('2000-01-01T00:00:00.000Z');
  }, 60_000);

  it('a pick list waits (409, Retry-After) while orders are still being placed, naming how many', async () => {
    const s = await newSeller();
    await arrive(s, READ_BUDGET.orders * 2 + 10);
    const res = await call('POST', '/v1/picklists', { token: s.token, body: { filter: { limit: 10 } } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('queue_pending');
    expect(res.body.error.message).toMatch(/^\d+ orders are still being placed/);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await env.DB.prepare('SELECT count(*) AS n FROM pick_lists WHERE seller_id = ?').bind(s.id).first<number>('n')).toBe(0);
  }, 60_000);

  it('the exported queue handler acks what it placed; a step that fails is retried with backoff, never dropped', async () => {
    const s = await newSeller();
    await arrive(s, 50);
    const batch = batchFor(s.id);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual([batch.messages[0]!.id]);
    expect(result.retryMessages).toEqual([]);
    expect((await call('GET', '/v1/fulfillment/queue', { token: s.token })).body.pending).toBe(0);

    const overloaded = () => {
      throw new Error('D1 is overloaded');
    };
    const broken = { prepare: overloaded, batch: overloaded } as unknown as D1Database;
    const failing = batchFor(s.id, 3);
    const failingCtx = createExecutionContext();
    await runBookWork(database(broken), failing, undefined);
    const retried = await getQueueResult(failing, failingCtx);
    expect(retried.explicitAcks).toEqual([]);
    expect(retried.retryMessages.map((m) => m.msgId)).toEqual([failing.messages[0]!.id]);
    expect(retryDelaySeconds(3)).toBe(8);
    expect(retryDelaySeconds(20)).toBe(300);
  }, 60_000);
});

describe('seller writes ask for book work', () => {
  it('a capture sends one message for its seller; a read or a refused write sends none', async () => {
    const s = await newSeller();
    const sent: BookWork[] = [];
    const queue = { send: async (body: BookWork) => void sent.push(body), sendBatch: async () => {} } as unknown as Queue<BookWork>;
    const request = (method: string, path: string, body?: unknown) =>
      app.request(path, { method, headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) }, { ...env, BOOK_WORK: queue });

    expect((await request('POST', '/v1/orders', anOrder(s.channels.amazon))).status).toBe(200);
    expect(sent).toEqual([{ kind: 'place-queue', sellerId: s.id }]);
    expect((await request('GET', '/v1/orders')).status).toBe(200);
    expect((await request('POST', '/v1/orders', { channelId: s.channels.amazon })).status).toBe(400);
    expect(sent).toHaveLength(1);
  });

  it('requests ask for a seller’s queue work once per ASK_AGAIN_MS, so a stream of reads does not pile up messages', async () => {
    const sent: BookWork[] = [];
    const queue = { send: async (body: BookWork) => void sent.push(body) } as unknown as Queue<BookWork>;
    const t = 1_000_000;
    await askForQueueWork(queue, 'sel_ask_a', t);
    await askForQueueWork(queue, 'sel_ask_a', t + ASK_AGAIN_MS - 1);
    await askForQueueWork(queue, 'sel_ask_b', t + 1);
    await askForQueueWork(queue, 'sel_ask_a', t + ASK_AGAIN_MS);
    expect(sent.map((m) => m.sellerId)).toEqual(['sel_ask_a', 'sel_ask_b', 'sel_ask_a']);
  });
});
