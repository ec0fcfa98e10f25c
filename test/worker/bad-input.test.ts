import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

async function counts(sellerId: string) {
  return [await rowCount('orders', sellerId), await rowCount('order_lines', sellerId), await rowCount('order_events', sellerId)];
}

describe('bad input gets a clear 4xx naming the field and changes nothing', () => {
  it('refuses a wrong type, a missing field, a negative quantity and an unknown field in a batch', async () => {
    const s = await newSeller();
    const good = anOrder(s.channels.amazon);
    const { status: _status, ...missingStatus } = anOrder(s.channels.amazon);
    const res = await call('POST', '/v1/orders', {
      token: s.token,
      body: {
        orders: [
          good,
          { ...anOrder(s.channels.amazon), total: '12.00' },
          missingStatus,
          { ...anOrder(s.channels.amazon), lines: [{ sku: 'X', quantity: -1, unitPrice: 100 }] },
          { ...anOrder(s.channels.amazon), giftNote: 'hi' },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.issues.map((i) => i.path).sort()).toEqual(['orders.1.total', 'orders.2.status', 'orders.3.lines.0.quantity', 'orders.4'].sort());
    expect(await counts(s.id)).toEqual([0, 0, 0]);
  });

  it('refuses an unknown channel, naming the order', async () => {
    const s = await newSeller();
    const res = await call('POST', '/v1/orders', { token: s.token, body: { orders: [anOrder(s.channels.amazon), anOrder('chn_missing')] } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'orders.1.channelId', message: 'No channel chn_missing for this seller.' }]);
    expect(await counts(s.id)).toEqual([0, 0, 0]);
  });

  it('refuses malformed JSON', async () => {
    const s = await newSeller();
    const res = await call('POST', '/v1/orders', { token: s.token, body: '{"orders": [', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_json');
    expect(await counts(s.id)).toEqual([0, 0, 0]);
  });

  it('refuses a body that is not JSON at all', async () => {
    const s = await newSeller();
    const res = await call('POST', '/v1/orders', { token: s.token, body: 'order=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toBeTypeOf('string');
    expect(await counts(s.id)).toEqual([0, 0, 0]);
  });

  it('refuses more than 500 orders in one request', async () => {
    const s = await newSeller();
    const orders = Array.from({ length: 501 }, () => anOrder(s.channels.amazon));
    const res = await call('POST', '/v1/orders', { token: s.token, body: { orders } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0]!.path).toBe('orders');
    expect(await counts(s.id)).toEqual([0, 0, 0]);
  });

  it('refuses an oversize body with 413', async () => {
    const s = await newSeller();
    const huge = JSON.stringify({ orders: [anOrder(s.channels.amazon, { channelStatus: 'x'.repeat(11 * 1024 * 1024) })] });
    const res = await call('POST', '/v1/orders', { token: s.token, body: huge });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('body_too_large');
    expect(await counts(s.id)).toEqual([0, 0, 0]);
  });

  it('answers an unknown route with a JSON 404', async () => {
    const s = await newSeller();
    const res = await call('GET', '/v1/nothing-here', { token: s.token });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'No route GET /v1/nothing-here.', requestId: res.headers.get('Request-Id') } });
  });

  it('refuses bad query parameters naming them', async () => {
    const s = await newSeller();
    const a = await call('GET', '/v1/orders?status=teleported', { token: s.token });
    expect(a.status).toBe(400);
    expect(a.body.error.issues[0]!.path).toBe('query.status.0');
    const b = await call('GET', '/v1/orders?limit=1000', { token: s.token });
    expect(b.body.error.issues[0]!.path).toBe('query.limit');
    const c = await call('GET', '/v1/orders?cursor=garbage', { token: s.token });
    expect(c.body.error.issues).toEqual([{ path: 'query.cursor', message: 'not a cursor this API returned' }]);
    const d = await call('GET', '/v1/orders/lookup?q=', { token: s.token });
    expect(d.body.error.issues[0]!.path).toBe('query.q');
  });

  it('refuses an illegal status move with 409 naming both states, and keeps the order as it was', async () => {
    const s = await newSeller();
    const id = (await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon, { status: 'shipped' }) })).body.results[0]!.id;
    const res = await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'pending' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'illegal_transition', message: 'An order that is shipped cannot move to pending.', requestId: res.headers.get('Request-Id') });
    const detail = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect(detail.status).toBe('shipped');
    expect(detail.events).toHaveLength(1);
  });

  it('counts nothing written in the database when input is refused', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM orders').first<{ n: number }>();
    const s = await newSeller();
    await call('POST', '/v1/orders', { token: s.token, body: { orders: [{ nonsense: true }] } });
    const after = await env.DB.prepare('SELECT count(*) AS n FROM orders').first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });
});
