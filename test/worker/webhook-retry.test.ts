import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyWebhook } from '../../shared/webhook-signature.js';
import { database } from '../../worker/db/client.js';
import { secretBox } from '../../worker/db/secret-box.js';
import { deliverWebhooks } from '../../worker/modules/webhooks-out/deliver-webhooks.js';
import { anOrder, call, newSeller, rowCount, type TestSeller, webhookReceiver } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** An endpoint for order.created and one captured order: one pending delivery. */
async function oneDelivery(s: TestSeller, url = 'https://hooks.example/orders') {
  const made = (await call('POST', '/v1/webhooks', { token: s.token, body: { url, events: ['order.created'] } })).body;
  await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon) });
  const [delivery] = (await call('GET', `/v1/webhooks/${made.endpoint.id}/deliveries`, { token: s.token })).body.deliveries;
  return { endpointId: made.endpoint.id as string, secret: made.secret as string, delivery };
}

const retryPath = (endpointId: string, deliveryId: string) => `/v1/webhooks/${endpointId}/deliveries/${deliveryId}/retry`;

describe('retrying a delivery', () => {
  it('sends the delivery again now, signed as the cron sends it with the same delivery id, and records the attempt', async () => {
    const s = await newSeller();
    const { endpointId, secret, delivery } = await oneDelivery(s);
    const cron = webhookReceiver(500);
    await deliverWebhooks(database(env.DB), secretBox(env));
    vi.restoreAllMocks();
    const got = webhookReceiver(204);
    const res = await call('POST', retryPath(endpointId, delivery!.id), { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ delivered: true, statusCode: 204, error: null });
    expect(res.body.delivery).toMatchObject({ id: delivery!.id, state: 'delivered', attempts: 2, nextAttemptAt: null, lastStatus: 204, lastError: null, deliveredAt: expect.any(String) });
    expect(got).toHaveLength(1);
    expect(got[0]!.url).toBe('https://hooks.example/orders');
    for (const h of ['X-Orderlens-Delivery', 'X-Orderlens-Event', 'X-Orderlens-Event-Id', 'X-Orderlens-Event-Cursor']) expect(got[0]!.headers.get(h), h).toBe(cron[0]!.headers.get(h));
    expect(got[0]!.headers.get('X-Orderlens-Delivery')).toBe(delivery!.id);
    expect(got[0]!.body).toBe(cron[0]!.body);
    expect(await verifyWebhook(secret, got[0]!.headers.get('X-Orderlens-Signature'), got[0]!.body)).toBe('ok');
    expect(await rowCount('webhook_attempts', s.id)).toBe(2);
    // Delivered: the cron has nothing more to send.
    await deliverWebhooks(database(env.DB), secretBox(env));
    expect(got).toHaveLength(1);
  });

  it('a failed retry is reported; a pending delivery stays pending, a dead one stays dead', async () => {
    const s = await newSeller();
    const { endpointId, delivery } = await oneDelivery(s);
    webhookReceiver(503);
    const res = await call('POST', retryPath(endpointId, delivery!.id), { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ delivered: false, statusCode: 503, error: 'endpoint answered 503' });
    expect(res.body.delivery).toMatchObject({ state: 'pending', attempts: 1, lastStatus: 503, nextAttemptAt: expect.any(String), deliveredAt: null });
    await env.DB.prepare("UPDATE webhook_deliveries SET state = 'dead' WHERE id = ?").bind(delivery!.id).run();
    const dead = await call('POST', retryPath(endpointId, delivery!.id), { token: s.token });
    expect(dead.body.delivery).toMatchObject({ state: 'dead', attempts: 2, nextAttemptAt: null, lastStatus: 503 });
    expect(await rowCount('webhook_attempts', s.id)).toBe(2);
  });

  it('another seller’s delivery, an unknown delivery and another endpoint’s delivery are 404 and send nothing', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const { endpointId, delivery } = await oneDelivery(s);
    const second = (await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/shipped', events: ['order.shipped'] } })).body.endpoint.id;
    const got = webhookReceiver(204);
    expect((await call('POST', retryPath(endpointId, delivery!.id), { token: other.token })).status).toBe(404);
    const unknown = await call('POST', retryPath(endpointId, 'dlv_unknown'), { token: s.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('dlv_unknown');
    expect((await call('POST', retryPath(second, delivery!.id), { token: s.token })).status).toBe(404);
    expect(got).toEqual([]);
    expect(await rowCount('webhook_attempts', s.id)).toBe(0);
  });
});
