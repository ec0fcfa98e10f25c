import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../shared/webhook-signature.js';
import { nextAttemptTime } from '../../worker/modules/webhooks-out/deliver-webhooks.js';
import { capture } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

describe('webhook endpoints', () => {
  it('registering shows the secret once; the list never does; another seller cannot see or delete it', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const made = await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://example.com/hooks', events: ['order.shipped'] } });
    expect(made.status).toBe(201);
    expect(made.body.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const list = await call('GET', '/v1/webhooks', { token: s.token });
    expect(list.body.endpoints).toEqual([{ id: made.body.endpoint.id, url: 'https://example.com/hooks', events: ['order.shipped'], description: null, createdAt: expect.any(String) }]);
    expect(JSON.stringify(list.body)).not.toContain(made.body.secret);
    expect((await call('GET', `/v1/webhooks/${made.body.endpoint.id}/deliveries`, { token: other.token })).status).toBe(404);
    expect((await call('DELETE', `/v1/webhooks/${made.body.endpoint.id}`, { token: other.token })).status).toBe(404);
    expect((await call('DELETE', `/v1/webhooks/${made.body.endpoint.id}`, { token: s.token })).status).toBe(204);
    expect(await rowCount('webhook_endpoints', s.id)).toBe(0);
  });

  it('a bad URL or an unknown event is refused naming the field', async () => {
    const s = await newSeller();
    const res = await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'ftp://example.com', events: ['order.exploded'] } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => i.path).sort()).toEqual(['events.0', 'url']);
    expect(await rowCount('webhook_endpoints', s.id)).toBe(0);
  });
});

describe('the outbox', () => {
  it('a status change writes its event and one delivery per subscribed endpoint, in the same batch', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://a.example/hooks', events: ['order.status_changed'] } });
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://b.example/hooks', events: ['order.shipped'] } });
    const [id] = await capture(s, [anOrder(s.channels.amazon)]);
    await call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'fraud_review' } });
    const events = await env.DB.prepare('SELECT type, subject, payload FROM outbox_events WHERE seller_id = ? ORDER BY seq').bind(s.id).all<any>();
    expect(events.results.map((e) => [e.type, e.subject])).toEqual([
      ['order.created', id],
      ['order.status_changed', id],
    ]);
    expect(JSON.parse(events.results[1].payload).data).toMatchObject({ orderId: id, from: 'ready', to: 'on_hold' });
    // Nobody subscribed to order.created; endpoint a gets the status change, b nothing.
    expect(await rowCount('webhook_deliveries', s.id)).toBe(1);
  });

  it('a refused change writes no event', async () => {
    const s = await newSeller();
    await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://a.example/hooks', events: ['order.status_changed'] } });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { status: 'shipped' })]);
    const before = [await rowCount('outbox_events', s.id), await rowCount('webhook_deliveries', s.id)];
    expect((await call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'other' } })).status).toBe(409);
    expect([await rowCount('outbox_events', s.id), await rowCount('webhook_deliveries', s.id)]).toEqual(before);
  });
});

describe('signatures and backoff', () => {
  it('a signature verifies with the secret and the exact body, and not otherwise', async () => {
    const header = await signWebhook('whsec_test', '{"a":1}', 1_800_000_000);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(await verifyWebhook('whsec_test', header, '{"a":1}', { now: 1_800_000_010 })).toBe('ok');
    expect(await verifyWebhook('whsec_test', header, '{"a":2}', { now: 1_800_000_010 })).toBe('mismatch');
    expect(await verifyWebhook('whsec_other', header, '{"a":1}', { now: 1_800_000_010 })).toBe('mismatch');
    expect(await verifyWebhook('whsec_test', header, '{"a":1}', { now: 1_800_001_000 })).toBe('too_old');
    expect(await verifyWebhook('whsec_test', 'v1=zz', '{"a":1}')).toBe('malformed');
  });

  it('retries wait base × 2^(attempt−1), capped, within ±10%', () => {
    const s = { retryBaseMs: 30_000, retryCapMs: 3_600_000 };
    expect([1, 2, 3, 4].map((n) => nextAttemptTime(0, n, s, 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(nextAttemptTime(0, 20, s, 0.5)).toBe(3_600_000);
    expect(nextAttemptTime(0, 1, s, 0)).toBe(27_000);
    expect(nextAttemptTime(0, 1, s, 1)).toBe(33_000);
  });
});
