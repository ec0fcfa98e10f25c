import { env } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { app, createApp } from '../../worker/app.js';
import { call, newSeller } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('what every answer tells the client', () => {
  it('a success carries a generated Request-Id and the rate-limit state', async () => {
    const s = await newSeller();
    const first = await call('GET', '/v1/me', { token: s.token });
    const second = await call('GET', '/v1/me', { token: s.token });
    expect(first.status).toBe(200);
    expect(first.headers.get('Request-Id')).toMatch(UUID);
    expect(second.headers.get('Request-Id')).not.toBe(first.headers.get('Request-Id'));
    expect(first.headers.get('RateLimit-Policy')).toBe('"default";q=600;w=60');
    const [, r1, t1] = /^"default";r=(\d+);t=(\d+)$/.exec(first.headers.get('RateLimit')!)!.map(Number);
    const [, r2] = /^"default";r=(\d+);t=(\d+)$/.exec(second.headers.get('RateLimit')!)!.map(Number);
    expect(r1).toBeLessThan(600);
    expect(t1).toBeGreaterThanOrEqual(1);
    expect(t1).toBeLessThanOrEqual(60);
    // Same window: one more request, one fewer left (a window edge between the two resets the count).
    expect(r2 === r1! - 1 || r2 === 599).toBe(true);
  });

  it('keeps the client’s own sane Request-Id and replaces one that is not', async () => {
    const s = await newSeller();
    const own = await call('GET', '/v1/me', { token: s.token, headers: { 'Request-Id': 'ext-7f1c2b-01' } });
    expect(own.headers.get('Request-Id')).toBe('ext-7f1c2b-01');
    const odd = await call('GET', '/v1/me', { token: s.token, headers: { 'Request-Id': 'has spaces; and <angle>' } });
    expect(odd.headers.get('Request-Id')).toMatch(UUID);
    const long = await call('GET', '/v1/me', { token: s.token, headers: { 'Request-Id': 'a'.repeat(129) } });
    expect(long.headers.get('Request-Id')).toMatch(UUID);
  });

  it('a refusal names its request in the header and the error body', async () => {
    const s = await newSeller();
    const invalid = await call('POST', '/v1/orders', { token: s.token, body: { nope: 1 }, headers: { 'Request-Id': 'client-42' } });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('Request-Id')).toBe('client-42');
    expect(invalid.body.error.requestId).toBe('client-42');
    expect(invalid.headers.get('RateLimit')).toMatch(/^"default";r=\d+;t=\d+$/);

    const missing = await call('GET', '/v1/orders/ord_nope', { token: s.token });
    expect(missing.status).toBe(404);
    expect(missing.body.error.requestId).toBe(missing.headers.get('Request-Id'));

    const noToken = await call('GET', '/v1/me');
    expect(noToken.status).toBe(401);
    expect(noToken.body.error.requestId).toMatch(UUID);
    expect(noToken.headers.get('Request-Id')).toBe(noToken.body.error.requestId);

    const noRoute = await call('GET', '/v1/nothing-here', { token: s.token });
    expect(noRoute.status).toBe(404);
    expect(noRoute.body.error.requestId).toBe(noRoute.headers.get('Request-Id'));
  });

  it('a rate-limited request is 429 with Retry-After, RateLimit r=0 and its request id', async () => {
    const s = await newSeller();
    const refusing = { ...env, RATE_LIMITER: { limit: async () => ({ success: false }) } };
    const res = await app.request('/v1/me', { headers: { Authorization: `Bearer ${s.token}`, 'Request-Id': 'slow-down-1' } }, refusing);
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('60');
    expect(res.headers.get('RateLimit-Policy')).toBe('"default";q=600;w=60');
    expect(res.headers.get('RateLimit')).toBe('"default";r=0;t=60');
    expect(res.headers.get('Request-Id')).toBe('slow-down-1');
    expect(((await res.json()) as any).error).toEqual({ code: 'rate_limited', message: 'Too many requests for this token; slow down.', requestId: 'slow-down-1' });
  });

  it('an idempotent replay carries its own Request-Id and the rate-limit state', async () => {
    const s = await newSeller();
    const order = {
      channelId: s.channels.amazon,
      externalId: 'R-1',
      status: 'ready',
      placedAt: '2026-11-20T10:00:00Z',
      currency: 'USD',
      total: 100,
      lines: [{ sku: 'A', quantity: 1, unitPrice: 100 }],
    };
    await call('POST', '/v1/orders', { token: s.token, body: order, headers: { 'Idempotency-Key': 'k-r' } });
    const replay = await call('POST', '/v1/orders', { token: s.token, body: order, headers: { 'Idempotency-Key': 'k-r', 'Request-Id': 'replay-2' } });
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(replay.headers.get('Request-Id')).toBe('replay-2');
    expect(replay.headers.get('RateLimit')).toMatch(/^"default";r=\d+;t=\d+$/);
  });

  it('a failure on our side is logged with the request id the client was given', async () => {
    const failing = createApp();
    failing.get('/boom', () => {
      throw new Error('disk on fire');
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await failing.request('/boom', { headers: { 'Request-Id': 'oops-9' } }, env);
      expect(res.status).toBe(500);
      expect(res.headers.get('Request-Id')).toBe('oops-9');
      expect(((await res.json()) as any).error.requestId).toBe('oops-9');
      expect(log).toHaveBeenCalledTimes(1);
      expect(JSON.parse(log.mock.calls[0]![0] as string)).toMatchObject({ level: 'error', requestId: 'oops-9', method: 'GET', path: '/boom', error: 'Error: disk on fire' });
    } finally {
      log.mockRestore();
    }
  });

  it('lets browsers read these headers across origins', async () => {
    const res = await call('GET', '/v1/me', { headers: { Origin: 'chrome-extension://abc' } });
    const exposed = res.headers.get('Access-Control-Expose-Headers')!.split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'ETag']));
    const preflight = await call('OPTIONS', '/v1/orders', {
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'request-id,if-match' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Request-Id');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('If-Match');
    expect(preflight.headers.get('Request-Id')).toMatch(UUID);
  });
});
