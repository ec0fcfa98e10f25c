import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { deprecated } from '../../worker/http/deprecation.js';

describe('retiring a /v1 route', () => {
  it('answers as before, with Deprecation, Sunset and a Link to what replaces it', async () => {
    const app = new Hono();
    app.use('/v1/old', deprecated({ since: new Date('2027-01-01T00:00:00Z'), sunset: new Date('2027-07-01T00:00:00Z'), link: 'https://orderlens.example/changelog#old' }));
    app.get('/v1/old', (c) => c.json({ ok: true }));
    const res = await app.request('/v1/old');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('Deprecation')).toBe('@1798761600');
    expect(res.headers.get('Sunset')).toBe('Thu, 01 Jul 2027 00:00:00 GMT');
    expect(res.headers.get('Link')).toBe('<https://orderlens.example/changelog#old>; rel="deprecation"; type="text/html"');
  });

  it('refuses a sunset with less than 180 days’ notice', () => {
    expect(() => deprecated({ since: new Date('2027-01-01T00:00:00Z'), sunset: new Date('2027-03-01T00:00:00Z'), link: 'https://orderlens.example/changelog' })).toThrow('at least 180 days');
  });
});
