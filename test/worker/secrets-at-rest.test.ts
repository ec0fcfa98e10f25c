/**
 * Secrets at rest: webhook signing secrets and channels' webhook secrets are
 * stored sealed (AES-GCM, SECRET_KEYS), still sign and verify, move to a new
 * key by rotation, and a missing key is a clear 500 that stores nothing.
 */
import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyWebhook } from '../../shared/webhook-signature.js';
import { app } from '../../worker/app.js';
import { database } from '../../worker/db/client.js';
import { secretBox } from '../../worker/db/secret-box.js';
import { deliverWebhooks } from '../../worker/modules/webhooks-out/deliver-webhooks.js';
import created from '../fixtures/webhooks/shopify-orders-create.json';
import { type Answer, anOrder, call, newSeller, rowCount, webhookReceiver } from './helpers.js';

const SHOPIFY_SECRET = 'shpss_0123456789abcdef';
const NEW_KEY = `test2:${btoa(String.fromCharCode(...new Uint8Array(32).fill(7)))}`;
const BODY = JSON.stringify(created);

/** Calls the app with other bindings than the test's (another key ring, or none). */
async function callWith(bindings: Record<string, unknown>, method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...opts.headers };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const res = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) }, { ...env, ...bindings });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function shopifyHmac(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)))));
}

/** A Shopify webhook delivery to the channel, signed with `secret`. */
async function shopifyDelivery(bindings: Record<string, unknown>, channelId: string, secret = SHOPIFY_SECRET) {
  return callWith(bindings, 'POST', `/v1/hooks/shopify/${channelId}`, {
    body: BODY,
    headers: { 'X-Shopify-Hmac-Sha256': await shopifyHmac(secret, BODY), 'X-Shopify-Topic': 'orders/create', 'X-Shopify-Webhook-Id': crypto.randomUUID() },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

const storedEndpointSecret = async (id: string) => (await env.DB.prepare('SELECT secret FROM webhook_endpoints WHERE id = ?').bind(id).first<{ secret: string }>())!.secret;
const storedChannelSecret = async (id: string) => (await env.DB.prepare('SELECT webhook_secret AS s FROM channels WHERE id = ?').bind(id).first<{ s: string }>())!.s;

/** A seller with an endpoint for order.created and a Shopify channel with a webhook secret. */
async function sellerWithSecrets() {
  const s = await newSeller();
  const made = await call('POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/in', events: ['order.created'] } });
  const shop = await call('POST', '/v1/channels', { token: s.token, body: { kind: 'shopify', name: 'Signed store', webhookSecret: SHOPIFY_SECRET } });
  return { ...s, endpointId: made.body.endpoint.id as string, signingSecret: made.body.secret as string, shopChannelId: shop.body.channel.id as string };
}

describe('secrets at rest', () => {
  it('the D1 rows hold sealed values, not the secrets, and deliveries and incoming hooks still verify', async () => {
    const s = await sellerWithSecrets();
    const endpointSecret = await storedEndpointSecret(s.endpointId);
    const channelSecret = await storedChannelSecret(s.shopChannelId);
    expect(endpointSecret).toMatch(/^v1\.test1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(channelSecret).toMatch(/^v1\.test1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(endpointSecret).not.toContain(s.signingSecret.slice(6));
    expect(channelSecret).not.toContain('0123456789abcdef');

    await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon) });
    const got = webhookReceiver();
    await deliverWebhooks(database(env.DB), secretBox(env));
    expect(got).toHaveLength(1);
    expect(await verifyWebhook(s.signingSecret, got[0]!.headers.get('X-Orderlens-Signature'), got[0]!.body)).toBe('ok');
    vi.restoreAllMocks();

    expect((await shopifyDelivery({}, s.shopChannelId)).status).toBe(200);
    expect((await shopifyDelivery({}, s.shopChannelId, 'shpss_wrong_secret')).status).toBe(401);
  });

  it('a sealed value copied onto another row does not open there', async () => {
    const a = await sellerWithSecrets();
    const b = await sellerWithSecrets();
    // B's channel gets A's sealed secret: it is bound to A's row, so A's secret does not sign for B's channel.
    const own = await storedChannelSecret(b.shopChannelId);
    await env.DB.prepare('UPDATE channels SET webhook_secret = ? WHERE id = ?')
      .bind(await storedChannelSecret(a.shopChannelId), b.shopChannelId)
      .run();
    const res = await shopifyDelivery({}, b.shopChannelId);
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('secret_unreadable');
    expect(await rowCount('orders', b.id)).toBe(0);
    // The tables are shared by this file's tests: put B's own value back for the rotation tests.
    await env.DB.prepare('UPDATE channels SET webhook_secret = ? WHERE id = ?').bind(own, b.shopChannelId).run();
  });

  it('rotation re-seals every row with the new key, legacy clear text too, in chunks, and everything still verifies', async () => {
    // Deliveries left pending by earlier tests of this file go out first.
    webhookReceiver();
    await deliverWebhooks(database(env.DB), secretBox(env));
    vi.restoreAllMocks();
    const s = await sellerWithSecrets();
    const legacy = await newSeller();
    // Rows from before sealing: the secrets in clear.
    const legacyHook = await call('POST', '/v1/webhooks', { token: legacy.token, body: { url: 'https://hooks.example/legacy', events: ['order.created'] } });
    await env.DB.prepare('UPDATE webhook_endpoints SET secret = ? WHERE id = ?').bind(legacyHook.body.secret, legacyHook.body.endpoint.id).run();
    const legacyShop = await call('POST', '/v1/channels', { token: legacy.token, body: { kind: 'shopify', name: 'Old store', webhookSecret: SHOPIFY_SECRET } });
    await env.DB.prepare('UPDATE channels SET webhook_secret = ? WHERE id = ?').bind(SHOPIFY_SECRET, legacyShop.body.channel.id).run();
    // Legacy clear text is still read before rotation.
    expect((await shopifyDelivery({}, legacyShop.body.channel.id)).status).toBe(200);

    const both = { SECRET_KEYS: `${NEW_KEY},${env.SECRET_KEYS}` };
    const admin = { token: env.ADMIN_TOKEN };
    expect((await callWith(both, 'POST', '/v1/admin/secrets/rotate')).status).toBe(401);
    const steps: Array<{ keyId: string; resealed: number; remaining: number }> = [];
    for (let i = 0; i < 5; i++) {
      const step = await callWith(both, 'POST', '/v1/admin/secrets/rotate', admin);
      expect(step.status).toBe(200);
      steps.push(step.body);
      if (step.body.remaining === 0) break;
    }
    expect(steps.at(-1)).toMatchObject({ keyId: 'test2', remaining: 0 });
    expect(await storedEndpointSecret(s.endpointId)).toMatch(/^v1\.test2\./);
    expect(await storedEndpointSecret(legacyHook.body.endpoint.id)).toMatch(/^v1\.test2\./);
    expect(await storedChannelSecret(s.shopChannelId)).toMatch(/^v1\.test2\./);
    expect(await storedChannelSecret(legacyShop.body.channel.id)).toMatch(/^v1\.test2\./);
    // A second run has nothing to do.
    expect((await callWith(both, 'POST', '/v1/admin/secrets/rotate', admin)).body).toEqual({ keyId: 'test2', resealed: 0, remaining: 0 });

    // The old key removed: everything still opens with the new one alone.
    const newOnly = { SECRET_KEYS: NEW_KEY };
    expect((await shopifyDelivery(newOnly, s.shopChannelId)).status).toBe(200);
    expect((await shopifyDelivery(newOnly, legacyShop.body.channel.id)).status).toBe(200);
    await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon) });
    await call('POST', '/v1/orders', { token: legacy.token, body: anOrder(legacy.channels.amazon) });
    const got = webhookReceiver();
    await deliverWebhooks(database(env.DB), secretBox(newOnly));
    // The two orders above and the two Shopify captures: every delivery signed with its endpoint's secret.
    expect(got).toHaveLength(4);
    const bySecret = await Promise.all(
      got.map(async (g) => [
        await verifyWebhook(s.signingSecret, g.headers.get('X-Orderlens-Signature'), g.body),
        await verifyWebhook(legacyHook.body.secret, g.headers.get('X-Orderlens-Signature'), g.body),
      ]),
    );
    expect(bySecret.map((v) => v.includes('ok'))).toEqual([true, true, true, true]);
    expect(bySecret.filter(([own]) => own === 'ok')).toHaveLength(2);
  });

  it('rotation works through a backlog in bounded chunks, reporting what remains', async () => {
    const s = await newSeller();
    for (let i = 0; i < 5; i++) await call('POST', '/v1/channels', { token: s.token, body: { kind: 'shopify', name: `Store ${i}`, webhookSecret: `${SHOPIFY_SECRET}${i}` } });
    const { rotateSecrets } = await import('../../worker/modules/secrets/service.js');
    const sealed = async () =>
      (await env.DB.prepare('SELECT (SELECT count(*) FROM channels WHERE webhook_secret IS NOT NULL) + (SELECT count(*) FROM webhook_endpoints) AS n').first<{ n: number }>())!.n;
    let remaining = await sealed();
    // A third key: every row (whichever key sealed it) has to move, two per table per step.
    const box = secretBox({ SECRET_KEYS: `test3:${btoa(String.fromCharCode(...new Uint8Array(32).fill(9)))},${NEW_KEY},${env.SECRET_KEYS}` });
    let steps = 0;
    while (remaining > 0) {
      const step = await rotateSecrets(database(env.DB), box, 2);
      steps += 1;
      expect(step.keyId).toBe('test3');
      expect(step.resealed).toBeGreaterThan(0);
      expect(step.resealed).toBeLessThanOrEqual(4);
      expect(step.remaining).toBe(remaining - step.resealed);
      remaining = step.remaining;
    }
    expect(steps).toBeGreaterThanOrEqual(3);
    const left = await env.DB.prepare("SELECT count(*) AS n FROM channels WHERE webhook_secret IS NOT NULL AND webhook_secret NOT LIKE 'v1.test3.%'").first<{ n: number }>();
    expect(left!.n).toBe(0);
  });

  it('without SECRET_KEYS, a route that needs a key answers 500 naming the setting and stores nothing', async () => {
    const s = await newSeller();
    const none = { SECRET_KEYS: undefined };
    const hook = await callWith(none, 'POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/x', events: ['order.created'] } });
    expect(hook.status).toBe(500);
    expect(hook.body.error).toMatchObject({ code: 'secret_keys_missing', message: expect.stringContaining('SECRET_KEYS is not set') });
    expect(await rowCount('webhook_endpoints', s.id)).toBe(0);
    const shop = await callWith(none, 'POST', '/v1/channels', { token: s.token, body: { kind: 'shopify', name: 'Signed', webhookSecret: SHOPIFY_SECRET } });
    expect(shop.status).toBe(500);
    expect(shop.body.error.code).toBe('secret_keys_missing');
    expect(await rowCount('channels', s.id)).toBe(6);
    // A channel without a secret needs no key.
    expect((await callWith(none, 'POST', '/v1/channels', { token: s.token, body: { kind: 'manual', name: 'Counter' } })).status).toBe(201);
    const rotate = await callWith(none, 'POST', '/v1/admin/secrets/rotate', { token: env.ADMIN_TOKEN });
    expect(rotate.status).toBe(500);
    expect(rotate.body.error.code).toBe('secret_keys_missing');
    const bad = await callWith({ SECRET_KEYS: 'k1:c2hvcnQ=' }, 'POST', '/v1/webhooks', { token: s.token, body: { url: 'https://hooks.example/x', events: ['order.created'] } });
    expect(bad.status).toBe(500);
    expect(bad.body.error.message).toContain('of 5 bytes; AES-256 takes 32');
  });
});
