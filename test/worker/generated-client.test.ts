import { env } from 'cloudflare:test';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from '../../shared/schemas/generated-api.js';
import { app } from '../../worker/app.js';
import { newSeller } from './helpers.js';

/** A client generated from /openapi.json, calling the worker in-process. */
function generatedClient(token: string) {
  return createClient<paths>({
    baseUrl: 'http://orderlens.test',
    headers: { Authorization: `Bearer ${token}` },
    fetch: (request: Request) => Promise.resolve(app.request(request, undefined, env)),
  });
}

describe('a client generated from the served OpenAPI document', () => {
  it('captures, looks up, moves and lists orders with typed calls only', async () => {
    const seller = await newSeller();
    const api = generatedClient(seller.token);

    const captured = await api.POST('/v1/orders', {
      body: {
        channelId: seller.channels.amazon,
        externalId: '113-4567890-1234567',
        status: 'ready',
        placedAt: '2026-11-20T10:00:00Z',
        currency: 'USD',
        total: 2598,
        lines: [{ sku: 'MUG-BLUE', title: 'Blue mug', quantity: 2, unitPrice: 1299 }],
      },
    });
    expect(captured.response.status).toBe(200);
    const id = captured.data!.results[0]!.id;
    expect(captured.data!.results).toEqual([{ externalId: '113-4567890-1234567', id, outcome: 'created' }]);

    const found = await api.GET('/v1/orders/lookup', { params: { query: { q: '113-4567890-1234567' } } });
    expect(found.data!.results.map((r) => [r.order.id, r.matched])).toEqual([[id, 'order_number']]);

    const moved = await api.POST('/v1/orders/{id}/transitions', { params: { path: { id } }, body: { to: 'on_hold', reason: 'address check' } });
    expect(moved.response.status).toBe(200);
    expect(moved.data!.order.status).toBe('on_hold');

    const listed = await api.GET('/v1/orders', { params: { query: { status: 'on_hold', limit: 10 } } });
    expect(listed.data!.orders.map((o) => [o.id, o.status, o.total])).toEqual([[id, 'on_hold', 2598]]);
    expect(listed.data!.nextCursor).toBeNull();
  });

  it('reads a refusal as the typed error body', async () => {
    const seller = await newSeller();
    const refused = await generatedClient(seller.token).POST('/v1/orders/{id}/transitions', { params: { path: { id: 'ord_missing' } }, body: { to: 'shipped' } });
    expect(refused.response.status).toBe(404);
    expect(refused.error!.error.code).toBe('not_found');
  });
});
