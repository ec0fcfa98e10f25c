import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';

describe('tokens and sellers', () => {
  it('creating a seller needs the admin token and shows the seller token once', async () => {
    expect((await call('POST', '/v1/admin/sellers', { body: { name: 'X' } })).status).toBe(401);
    expect((await call('POST', '/v1/admin/sellers', { token: 'wrong', body: { name: 'X' } })).status).toBe(401);
    const res = await call('POST', '/v1/admin/sellers', { token: env.ADMIN_TOKEN, body: { name: 'Acme' } });
    expect(res.status).toBe(201);
    expect(res.body.seller.name).toBe('Acme');
    expect(res.body.token).toMatch(/^olk_[A-Za-z0-9_-]{43}$/);
    const stored = await env.DB.prepare('SELECT token_hash FROM api_tokens WHERE seller_id = ?').bind(res.body.seller.id).first<{ token_hash: string }>();
    expect(stored!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.token_hash).not.toContain(res.body.token);
    const me = await call('GET', '/v1/me', { token: res.body.token });
    expect(me.body.seller).toEqual(res.body.seller);
  });

  it('a missing, unknown or revoked token is 401', async () => {
    const s = await newSeller();
    expect((await call('GET', '/v1/me')).status).toBe(401);
    expect((await call('GET', '/v1/me', { token: 'olk_nope' })).status).toBe(401);
    const minted = await call('POST', '/v1/tokens', { token: s.token, body: { name: 'warehouse' } });
    expect(minted.status).toBe(201);
    expect((await call('GET', '/v1/me', { token: minted.body.token })).status).toBe(200);
    const list = await call('GET', '/v1/tokens', { token: s.token });
    expect(list.body.tokens.map((t) => t.name)).toEqual(['owner', 'warehouse']);
    expect(JSON.stringify(list.body)).not.toContain(minted.body.token);
    expect((await call('DELETE', `/v1/tokens/${minted.body.info.id}`, { token: s.token })).status).toBe(204);
    const revoked = await call('GET', '/v1/me', { token: minted.body.token });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('unauthorized');
    expect((await call('DELETE', `/v1/tokens/${minted.body.info.id}`, { token: s.token })).status).toBe(404);
  });

  it('every order route refuses another seller’s orders as not found', async () => {
    const owner = await newSeller('Owner');
    const other = await newSeller('Other');
    const order = anOrder(owner.channels.amazon, { externalId: '113-1111111-2222222', buyer: { name: 'Secret Buyer' } });
    const id = (await call('POST', '/v1/orders', { token: owner.token, body: order })).body.results[0]!.id;

    expect((await call('GET', `/v1/orders/${id}`, { token: other.token })).status).toBe(404);
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: other.token, body: { to: 'cancelled' } })).status).toBe(404);
    expect((await call('GET', '/v1/orders', { token: other.token })).body.orders).toEqual([]);
    expect((await call('GET', '/v1/orders/lookup?q=Secret', { token: other.token })).body.results).toEqual([]);
    expect((await call('GET', '/v1/orders/lookup?q=113-1111111-2222222', { token: other.token })).body.results).toEqual([]);
    const statuses = await call('POST', '/v1/orders/statuses', { token: other.token, body: { channelId: owner.channels.amazon, externalIds: [order.externalId] } });
    expect(statuses.body.statuses).toEqual({});
    const capture = await call('POST', '/v1/orders', { token: other.token, body: { ...order, total: 1 } });
    expect(capture.status).toBe(400);
    expect(capture.body.error.issues).toEqual([{ path: '(body).channelId', message: `No channel ${owner.channels.amazon} for this seller.` }]);
    expect((await call('GET', '/v1/channels', { token: other.token })).body.channels.map((c) => c.id)).not.toContain(owner.channels.amazon);
    // The owner's order is untouched.
    expect((await call('GET', `/v1/orders/${id}`, { token: owner.token })).body.order.total).toBe(order.total);
  });

  it('channels are listed with their kind', async () => {
    const s = await newSeller();
    const list = await call('GET', '/v1/channels', { token: s.token });
    expect(list.body.channels.map((c) => c.kind)).toEqual(['amazon', 'ebay', 'etsy', 'shopify', 'walmart', 'manual']);
    const bad = await call('POST', '/v1/channels', { token: s.token, body: { kind: 'aliexpress', name: 'X' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]!.path).toBe('kind');
  });
});
