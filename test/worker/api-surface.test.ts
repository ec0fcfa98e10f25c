import { describe, expect, it } from 'vitest';
import { type Answer, call, newSeller } from './helpers.js';

describe('the API surface', () => {
  it('serves an OpenAPI 3.1 description generated from the schemas', async () => {
    const res = await call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/v1/orders', '/v1/orders/{id}', '/v1/orders/lookup', '/v1/orders/statuses', '/v1/orders/{id}/transitions', '/v1/channels', '/v1/tokens', '/v1/me', '/v1/admin/sellers']),
    );
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/v1/page-reads', '/v1/page-reads/summary', '/v1/portal-packs', '/v1/admin/portal-packs/{portal}']));
    expect(res.body.paths['/v1/admin/portal-packs/{portal}'].put.security).toEqual([{ adminAuth: [] }]);
    expect(Object.keys(res.body.paths['/v1/portal-packs'].get.responses)).toEqual(['200', '304', '401', '403', '503']);
    expect(res.body.paths['/v1/portal-packs'].get.security).toEqual([{ bearerAuth: ['portal-packs:read'] }]);
    const capture = res.body.paths['/v1/orders'].post;
    expect(capture.requestBody.required).toBe(true);
    expect(Object.keys(capture.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '409', '413', '422', '429']));
    expect(res.body.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(res.body.components.securitySchemes.bearerAuth.description).toMatch(/^A seller API token\. Each token carries a role .* `rules:write` Save the fulfillment rules\./);
  });

  it('serves Scalar’s reference at /docs, reading the served document', async () => {
    const res = await call('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(res.body).toContain('https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.76.4');
    expect(res.body).toContain('/openapi.json');
    expect(res.body).toContain('<title>Orderlens API</title>');
  });

  it('serves a plain reference page without scripts at /docs/plain', async () => {
    const res = await call('GET', '/docs/plain');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(res.body).toContain('<code>/v1/orders/lookup</code>');
    expect(res.body).not.toContain('<script');
  });

  it('answers CORS preflights so the extension can call from any origin', async () => {
    const res = await call('OPTIONS', '/v1/orders', {
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Headers')).toContain('Idempotency-Key');
  });

  it('limits requests per token with 429 and Retry-After', { timeout: 120_000 }, async () => {
    const s = await newSeller();
    let limited: Answer | undefined;
    // 600 a minute, counted in wall-clock-minute windows: a run that straddles a minute needs up to two windows' worth.
    for (let i = 0; i < 1300 && !limited; i++) {
      const res = await call('GET', '/v1/me', { token: s.token });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited?.body.error.code).toBe('rate_limited');
    expect(limited?.headers.get('Retry-After')).toBe('60');
    // Another token of another seller is not affected.
    const other = await newSeller('Other');
    expect((await call('GET', '/v1/me', { token: other.token })).status).toBe(200);
  });
});
