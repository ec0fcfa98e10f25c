/**
 * Outgoing webhooks against a real HTTP receiver on 127.0.0.1: the real
 * worker (wrangler dev on a fresh local D1) delivers signed events; the
 * receiver is down for a while, then up. Every event must arrive exactly
 * once per delivery id, in order per order, with a signature that verifies
 * by the documented recipe. Delivery passes are triggered through the
 * admin drain route, which runs the same function as the cron trigger.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeller, freePort, type LocalWorker, startLocalWorker } from '../../bench/lib/local-worker.js';
import { verifyWebhook } from '../../shared/webhook-signature.js';

interface Received {
  deliveryId: string;
  event: string;
  body: string;
  signature: string;
}

let worker: LocalWorker;

beforeAll(async () => {
  worker = await startLocalWorker({ vars: { WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_MAX_ATTEMPTS: '50' } });
});
afterAll(async () => {
  await worker?.dispose();
});

async function api(token: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${worker.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = res.status === 204 ? undefined : await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const drain = async () =>
  (await fetch(`${worker.url}/v1/admin/webhooks/drain`, { method: 'POST', headers: { Authorization: `Bearer ${worker.adminToken}` } })).json() as Promise<{
    attempted: number;
    delivered: number;
    failed: number;
  }>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A receiver that records every request and answers 204. */
function startReceiver(port: number, got: Received[]): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({
        deliveryId: String(req.headers['x-orderlens-delivery']),
        event: String(req.headers['x-orderlens-event']),
        body: Buffer.concat(chunks).toString('utf8'),
        signature: String(req.headers['x-orderlens-signature']),
      });
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('webhook delivery to a real receiver', () => {
  it('a receiver down for a while then up gets every event exactly once per delivery id, in order per order, signed', async () => {
    const seller = await createSeller(worker, 'Webhook Shop');
    const { channel } = await api(seller.token, 'POST', '/v1/channels', { kind: 'shopify', name: 'Shop' });
    const port = await freePort();
    const { endpoint, secret } = await api(seller.token, 'POST', '/v1/webhooks', { url: `http://127.0.0.1:${port}/hooks`, events: ['order.status_changed'] });

    const orders = Array.from({ length: 3 }, (_, i) => ({
      channelId: channel.id,
      externalId: `WH-${i}`,
      status: 'ready',
      placedAt: '2026-11-20T10:00:00Z',
      currency: 'USD',
      total: 1000,
      paymentStatus: 'paid',
      lines: [{ title: 'Mug', quantity: 1, unitPrice: 1000 }],
    }));
    const captured = await api(seller.token, 'POST', '/v1/orders', { orders });
    const ids: string[] = captured.results.map((r: { id: string }) => r.id);
    // Three moves per order, interleaved across orders: hold, release, hold.
    for (const step of ['hold', 'release', 'hold'] as const) {
      for (const id of ids) await api(seller.token, 'POST', `/v1/orders/${id}/${step}`, step === 'hold' ? { reason: 'address_check' } : {});
    }

    // Receiver down: every pass fails, and only the first event of each order is tried.
    for (let i = 0; i < 3; i++) {
      const pass = await drain();
      expect(pass.delivered).toBe(0);
      expect(pass.attempted).toBeGreaterThan(0);
      await sleep(250 * 2 ** i);
    }
    const pending = await api(seller.token, 'GET', `/v1/webhooks/${endpoint.id}/deliveries`);
    expect(pending.deliveries).toHaveLength(9);
    expect(
      pending.deliveries
        .filter((d: any) => d.attempts > 0)
        .map((d: any) => d.subject)
        .sort(),
    ).toEqual([...ids].sort());

    // Receiver up: passes until everything is delivered.
    const got: Received[] = [];
    const server = await startReceiver(port, got);
    try {
      for (let i = 0; i < 60; i++) {
        const log = await api(seller.token, 'GET', `/v1/webhooks/${endpoint.id}/deliveries?state=pending`);
        if (log.deliveries.length === 0) break;
        await drain();
        await sleep(300);
      }
    } finally {
      await new Promise((r) => server.close(r));
    }

    const log = (await api(seller.token, 'GET', `/v1/webhooks/${endpoint.id}/deliveries`)).deliveries;
    expect(log.map((d: any) => d.state)).toEqual(Array(9).fill('delivered'));
    // Exactly once per delivery id, and every delivery id of the log arrived.
    expect(got.map((g) => g.deliveryId).sort()).toEqual(log.map((d: any) => d.id).sort());
    // In order per order.
    for (const id of ids) {
      const moves = got
        .map((g) => JSON.parse(g.body))
        .filter((b) => b.data.orderId === id)
        .map((b) => `${b.data.from}→${b.data.to}`);
      expect(moves).toEqual(['ready→on_hold', 'on_hold→ready', 'ready→on_hold']);
    }
    // Signed by the documented recipe.
    for (const g of got) {
      expect(g.event).toBe('order.status_changed');
      expect(g.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(await verifyWebhook(secret, g.signature, g.body)).toBe('ok');
      expect(await verifyWebhook('whsec_wrong', g.signature, g.body)).toBe('mismatch');
    }
  });
});
