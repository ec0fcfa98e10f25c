import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';

type Found = Array<{ order: { externalId: string }; matched: string }>;

describe('order lookup reads a bounded share of the book', () => {
  it('with more text matches than it reads, the answer holds only the newest orders', async () => {
    const s = await newSeller();
    // Captured in turn, so R-10 … R-39 are the 30 newest of the 40 matches.
    for (let batch = 0; batch < 4; batch++) {
      const orders = Array.from({ length: 10 }, (_, i) => anOrder(s.channels.amazon, { externalId: `R-${batch * 10 + i}`, buyer: { name: 'Rowan Ellis' } }));
      expect((await call('POST', '/v1/orders', { token: s.token, body: { orders } })).status).toBe(200);
    }
    const res = await call('GET', '/v1/orders/lookup?q=Rowan%20Ellis&limit=10', { token: s.token });
    expect(res.status).toBe(200);
    const found = res.body.results as Found;
    expect(found).toHaveLength(10);
    for (const { order, matched } of found) {
      expect(matched).toBe('text');
      expect(Number(order.externalId.slice(2))).toBeGreaterThanOrEqual(10);
    }
  });

  it('a last word of one or two letters is not read as a prefix: the words before it find the order', async () => {
    const s = await newSeller();
    const orders = [anOrder(s.channels.amazon, { externalId: 'S-1', buyer: { name: 'Imogen Castellano' } }), anOrder(s.channels.amazon, { externalId: 'S-2', buyer: { name: 'Teodor Castellano' } })];
    await call('POST', '/v1/orders', { token: s.token, body: { orders } });
    const found = async (q: string) => ((await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(q)}`, { token: s.token })).body.results as Found).map((r) => r.order.externalId).sort();
    expect(await found('Imogen Ca')).toEqual(['S-1']);
    expect(await found('Imogen Cas')).toEqual(['S-1']);
    expect(await found('castellano')).toEqual(['S-1', 'S-2']);
    expect(await found('Imo')).toEqual(['S-1']);
    expect(await found('Im')).toEqual([]);
  });

  it('order numbers that fill the answer leave out text matches, which come after them', async () => {
    const s = await newSeller();
    const numbered = Array.from({ length: 3 }, (_, i) => anOrder(s.channels.shopify, { externalId: `7700${i}`, buyer: { name: 'Wren Hale' } }));
    const named = anOrder(s.channels.shopify, { externalId: 'W-1', buyer: { name: 'Buyer 7700' } });
    await call('POST', '/v1/orders', { token: s.token, body: { orders: [...numbered, named] } });
    const ask = async (limit: number) => ((await call('GET', `/v1/orders/lookup?q=7700&limit=${limit}`, { token: s.token })).body.results as Found).map((r) => [r.order.externalId, r.matched]);
    // Within one kind of match the answer's order is not promised: compared sorted.
    expect((await ask(3)).sort()).toEqual([
      ['77000', 'order_number_prefix'],
      ['77001', 'order_number_prefix'],
      ['77002', 'order_number_prefix'],
    ]);
    expect((await ask(4)).find(([n]) => n === 'W-1')).toEqual(['W-1', 'text']);
  });
});
