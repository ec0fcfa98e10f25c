import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

describe('capturing orders', () => {
  it('the same order captured three times is one order with one capture event', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.amazon);
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const res = await call('POST', '/v1/orders', { token: s.token, body: order });
      expect(res.status).toBe(200);
      outcomes.push(res.body.results[0].outcome);
    }
    expect(outcomes).toEqual(['created', 'unchanged', 'unchanged']);
    expect(await rowCount('orders', s.id)).toBe(1);
    expect(await rowCount('order_events', s.id)).toBe(1);
    expect(await rowCount('order_lines', s.id)).toBe(1);
  });
});
