/**
 * Every answer says how long the worker spent on it (Server-Timing): the
 * handler's total and the D1 time within it, so benchmarks measure the
 * server's share apart from the network.
 */
import { describe, expect, it } from 'vitest';
import { call, newSeller } from './helpers.js';

const TIMING = /^(?:.*, )?total;dur=(\d+\.\d), d1;dur=(\d+\.\d);desc="(\d+) D1 calls"$/;

describe('Server-Timing', () => {
  it('an order lookup answers its total time and the D1 time and calls within it', async () => {
    const s = await newSeller();
    const res = await call('GET', '/v1/orders/lookup?q=113-0000000', { token: s.token });
    expect(res.status).toBe(200);
    const [, total, d1, calls] = TIMING.exec(res.headers.get('Server-Timing') ?? '') ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(Number(d1));
    expect(Number(calls)).toBeGreaterThan(0);
    // The extension's fetches are cross-origin: without it the browser hides the entries from them.
    expect(res.headers.get('Timing-Allow-Origin')).toBe('*');
  });

  it('a route’s own entries come first, then total and d1', async () => {
    const s = await newSeller();
    const res = await call('GET', '/v1/fulfillment/queue', { token: s.token });
    expect(res.headers.get('Server-Timing')).toMatch(/^lists;dur=\d+\.\d, .*, total;dur=\d+\.\d, d1;dur=\d+\.\d;desc="\d+ D1 calls"$/);
  });

  it('an answer without D1 work says so: no D1 calls', async () => {
    const res = await call('GET', '/openapi.json');
    expect(res.headers.get('Server-Timing')).toMatch(/^total;dur=\d+\.\d, d1;dur=0\.0;desc="0 D1 calls"$/);
  });
});
