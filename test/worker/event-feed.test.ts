import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyWebhook } from '../../shared/webhook-signature.js';
import { database } from '../../worker/db/client.js';
import { encodeKeyCursor } from '../../worker/db/cursor.js';
import { secretBox } from '../../worker/db/secret-box.js';
import { deliverWebhooks } from '../../worker/modules/webhooks-out/deliver-webhooks.js';
import { pruneEvents } from '../../worker/modules/webhooks-out/queries-events.js';
import { anOrder, call, newSeller, type TestSeller, webhookReceiver } from './helpers.js';

/** An order captured and put on hold: order.created, then order.status_changed. */
async function createdAndHeld(s: TestSeller): Promise<string> {
  const id: string = (await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon) })).body.results[0]!.id;
  expect((await call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'fraud_review' } })).status).toBe(200);
  return id;
}

const stored = async (sellerId: string) =>
  (await env.DB.prepare('SELECT payload FROM outbox_events WHERE seller_id = ? ORDER BY seq').bind(sellerId).all<{ payload: string }>()).results.map((r) => JSON.parse(r.payload));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the event feed', () => {
  it('a reader paging while captures land at the same time sees every event once, in order', async () => {
    const s = await newSeller();
    let done = false;
    const writes = Promise.all(Array.from({ length: 8 }, () => call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon) }))).then(() => {
      done = true;
    });
    const seen: string[] = [];
    let after: string | null = null;
    for (let quiet = 0; quiet < 2; ) {
      const resume: string = after ? `&after=${encodeURIComponent(after)}` : '';
      const page = await call('GET', `/v1/events?limit=1${resume}`, { token: s.token });
      seen.push(...page.body.events.map((e) => e.id));
      after = page.body.nextCursor ?? after;
      if (page.body.events.length === 0 && done) quiet++;
    }
    await writes;
    expect(seen).toHaveLength(8);
    expect(seen).toEqual((await stored(s.id)).map((e) => e.id));
  });

  it('lists every event the worker emitted, oldest first, as webhooks carry them, each with its cursor', async () => {
    const s = await newSeller();
    const id = await createdAndHeld(s);
    const res = await call('GET', '/v1/events', { token: s.token });
    expect(res.status).toBe(200);
    const payloads = await stored(s.id);
    expect(payloads.map((p) => p.type)).toEqual(['order.created', 'order.status_changed']);
    expect(res.body.events).toEqual(payloads.map((p) => ({ ...p, cursor: expect.any(String) })));
    expect(res.body.events[1]!.data).toMatchObject({ orderId: id, from: 'ready', to: 'on_hold' });
    expect(res.body.nextCursor).toBe(res.body.events[1]!.cursor);
  });

  it('resumes after a cursor, and the same event always has the same cursor', async () => {
    const s = await newSeller();
    await createdAndHeld(s);
    const first = await call('GET', '/v1/events?limit=1', { token: s.token });
    expect(first.body.events.map((e) => e.type)).toEqual(['order.created']);
    const second = await call('GET', `/v1/events?limit=1&after=${encodeURIComponent(first.body.nextCursor!)}`, { token: s.token });
    expect(second.body.events.map((e) => e.type)).toEqual(['order.status_changed']);
    const end = await call('GET', `/v1/events?after=${encodeURIComponent(second.body.nextCursor!)}`, { token: s.token });
    expect(end.body).toEqual({ events: [], nextCursor: second.body.nextCursor });
    const again = await call('GET', '/v1/events', { token: s.token });
    expect(again.body.events.map((e) => e.cursor)).toEqual([first.body.nextCursor, second.body.nextCursor]);
  });

  it('filters by type, and refuses an unknown type naming types', async () => {
    const s = await newSeller();
    await createdAndHeld(s);
    const changes = await call('GET', '/v1/events?types=order.status_changed,order.shipped', { token: s.token });
    expect(changes.body.events.map((e) => e.type)).toEqual(['order.status_changed']);
    const bad = await call('GET', '/v1/events?types=order.created,order.exploded', { token: s.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i) => i.path)).toEqual(['query.types.1']);
  });

  it('refuses a forged cursor and another seller’s with 400 naming after', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    await createdAndHeld(s);
    await createdAndHeld(other);
    const theirs = (await call('GET', '/v1/events', { token: other.token })).body.nextCursor!;
    const [seq] = (await env.DB.prepare('SELECT seq FROM outbox_events WHERE seller_id = ? ORDER BY seq').bind(s.id).all<{ seq: number }>()).results.map((r) => r.seq);
    for (const after of ['not-a-cursor', encodeKeyCursor(String(seq), 'evt_forged0000000000000000'), encodeKeyCursor('x', 'y'), theirs]) {
      const res = await call('GET', `/v1/events?after=${encodeURIComponent(after)}`, { token: s.token });
      expect(res.status, after).toBe(400);
      expect(res.body.error.issues[0]!.path).toBe('query.after');
    }
  });

  it('keeps events 30 days: older ones leave the feed and are pruned with their settled deliveries', async () => {
    const s = await newSeller();
    await createdAndHeld(s);
    const old = new Date(Date.now() - 31 * 24 * 3_600_000).toISOString();
    await env.DB.prepare("UPDATE outbox_events SET created_at = ? WHERE seller_id = ? AND type = 'order.created'").bind(old, s.id).run();
    const res = await call('GET', '/v1/events', { token: s.token });
    expect(res.body.events.map((e) => e.type)).toEqual(['order.status_changed']);
    expect(await pruneEvents(database(env.DB), new Date(Date.now() - 30 * 24 * 3_600_000).toISOString())).toBeGreaterThanOrEqual(1);
    expect((await stored(s.id)).map((p) => p.type)).toEqual(['order.status_changed']);
  });
});

describe('deliveries and test events', () => {
  it('each delivery carries its event id and feed cursor', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/orderlens', events: ['order.created', 'order.status_changed'] } });
    await createdAndHeld(s);
    const feed = (await call('GET', '/v1/events', { token: s.token })).body.events;
    const got = webhookReceiver();
    // Deliveries for one order go one per pass, in order.
    for (let pass = 0; pass < 3; pass++) await deliverWebhooks(database(env.DB), secretBox(env));
    const mine = got.filter((g) => feed.some((e) => e.id === g.headers.get('X-Orderlens-Event-Id')));
    expect(mine.map((g) => [g.headers.get('X-Orderlens-Event-Id'), g.headers.get('X-Orderlens-Event-Cursor')])).toEqual(feed.map((e) => [e.id, e.cursor]));
    expect(JSON.parse(mine[0]!.body)).toEqual({ ...feed[0], cursor: undefined });
  });

  it('POST /v1/webhooks/:id/test sends one signed test event and says what the endpoint answered', async () => {
    const s = await newSeller();
    const made = (await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/test', events: ['order.shipped'] } })).body;
    const got = webhookReceiver(204);
    const res = await call('POST', `/v1/webhooks/${made.endpoint.id}/test`, { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ delivered: true, statusCode: 204, error: null, event: { type: 'webhook.test', data: { endpointId: made.endpoint.id } } });
    expect(got).toHaveLength(1);
    expect(got[0]!.url).toBe('https://hooks.example/test');
    expect(got[0]!.headers.get('X-Orderlens-Event')).toBe('webhook.test');
    expect(got[0]!.headers.get('X-Orderlens-Event-Id')).toBe(res.body.event.id);
    expect(JSON.parse(got[0]!.body)).toEqual(res.body.event);
    expect(await verifyWebhook(made.secret, got[0]!.headers.get('X-Orderlens-Signature'), got[0]!.body)).toBe('ok');
    // Not in the feed, not stored as a delivery.
    expect((await call('GET', '/v1/events', { token: s.token })).body.events).toEqual([]);
  });

  it('a failing endpoint is reported, and another seller’s endpoint is 404', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const made = (await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/down', events: ['order.shipped'] } })).body;
    webhookReceiver(500);
    const res = await call('POST', `/v1/webhooks/${made.endpoint.id}/test`, { token: s.token });
    expect(res.body).toMatchObject({ delivered: false, statusCode: 500, error: 'endpoint answered 500' });
    expect((await call('POST', `/v1/webhooks/${made.endpoint.id}/test`, { token: other.token })).status).toBe(404);
  });
});
