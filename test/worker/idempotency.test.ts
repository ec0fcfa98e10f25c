import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

describe('Idempotency-Key', () => {
  it('the same key and body replays the first answer without running again', async () => {
    const s = await newSeller();
    const body = { orders: [anOrder(s.channels.amazon)] };
    const first = await call('POST', '/v1/orders', { token: s.token, body, headers: { 'Idempotency-Key': 'k-1' } });
    const second = await call('POST', '/v1/orders', { token: s.token, body, headers: { 'Idempotency-Key': 'k-1' } });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.body.results[0]!.outcome).toBe('created');
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await rowCount('order_events', s.id)).toBe(1);
  });

  it('the same key with a different body is refused with 422 and changes nothing', async () => {
    const s = await newSeller();
    await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon), headers: { 'Idempotency-Key': 'k-2' } });
    const other = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon), headers: { 'Idempotency-Key': 'k-2' } });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(await rowCount('orders', s.id)).toBe(1);
  });

  it('the same key while the first request is still running is 409', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon);
    const body = JSON.stringify(order);
    // A first request that is mid-flight: its key is claimed and not yet answered.
    const { sha256Hex } = await import('../../worker/ids.js');
    const now = new Date();
    await env.DB.prepare(`INSERT INTO idempotency_keys (seller_id, key, request_hash, state, created_at, expires_at) VALUES (?, 'k-3', ?, 'running', ?, ?)`)
      .bind(s.id, await sha256Hex(`POST /v1/orders\n${body}`), now.toISOString(), new Date(now.getTime() + 86_400_000).toISOString())
      .run();
    const res = await call('POST', '/v1/orders', { token: s.token, body, headers: { 'Idempotency-Key': 'k-3' } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('idempotency_key_in_use');
    expect(res.headers.get('Retry-After')).toBe('1');
    expect(await rowCount('orders', s.id)).toBe(0);
  });

  it('keys belong to one seller: another seller may use the same key', async () => {
    const a = await newSeller('A');
    const b = await newSeller('B');
    const ra = await call('POST', '/v1/orders', { token: a.token, body: anOrder(a.channels.amazon), headers: { 'Idempotency-Key': 'shared' } });
    const rb = await call('POST', '/v1/orders', { token: b.token, body: anOrder(b.channels.amazon), headers: { 'Idempotency-Key': 'shared' } });
    expect([ra.status, rb.status]).toEqual([200, 200]);
    expect(rb.headers.get('Idempotent-Replayed')).toBeNull();
    expect([await rowCount('orders', a.id), await rowCount('orders', b.id)]).toEqual([1, 1]);
  });

  it('a refused request does not use up its key, so the corrected request can run', async () => {
    const s = await newSeller();
    const bad = await call('POST', '/v1/orders', { token: s.token, body: { ...anOrder(s.channels.amazon), total: -1 }, headers: { 'Idempotency-Key': 'k-4' } });
    expect(bad.status).toBe(400);
    const good = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon), headers: { 'Idempotency-Key': 'k-4' } });
    expect(good.status).toBe(200);
    expect(good.body.results[0]!.outcome).toBe('created');
  });

  it('keys are kept for 24 hours', async () => {
    const s = await newSeller();
    await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon), headers: { 'Idempotency-Key': 'k-5' } });
    const row = await env.DB.prepare(`SELECT created_at, expires_at FROM idempotency_keys WHERE seller_id = ? AND key = 'k-5'`).bind(s.id).first<{ created_at: string; expires_at: string }>();
    expect(Date.parse(row!.expires_at) - Date.parse(row!.created_at)).toBe(24 * 3600 * 1000);
  });
});
