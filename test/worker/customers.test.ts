import { describe, expect, it } from 'vitest';
import { capture } from './fulfillment-helpers.js';
import { anOrder, call, newSeller } from './helpers.js';

describe('customers', () => {
  it('one buyer on three channels, by email and by buyer id, is one customer with count and value per currency', async () => {
    const s = await newSeller();
    await capture(s, [
      anOrder(s.channels.amazon, { buyer: { name: 'Sam Lee', email: 'sam@example.com' }, total: 1000, currency: 'USD' }),
      anOrder(s.channels.ebay, { buyer: { email: 'SAM@example.com', externalId: 'samlee_88' }, total: 2000, currency: 'USD' }),
      anOrder(s.channels.ebay, { buyer: { externalId: 'samlee_88' }, total: 3000, currency: 'GBP' }),
      anOrder(s.channels.ebay, { buyer: { externalId: 'samlee_88' }, total: 500, currency: 'GBP', status: 'cancelled' }),
      anOrder(s.channels.etsy, { buyer: { name: 'Someone Else', email: 'else@example.com' }, total: 700 }),
    ]);
    const res = await call('GET', '/v1/customers?email=sam@example.com', { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body.customers).toHaveLength(1);
    const [sam] = res.body.customers;
    expect(sam!.name).toBe('Sam Lee');
    expect(sam!.email).toBe('sam@example.com');
    expect(sam!.orderCount).toBe(4);
    expect(sam!.lifetimeValue).toEqual({ USD: 3000, GBP: 3000 });
    expect(sam!.keys).toEqual([
      { type: 'buyer', channelId: s.channels.ebay, buyerId: 'samlee_88' },
      { type: 'email', email: 'sam@example.com' },
    ]);
    expect((await call('GET', '/v1/customers', { token: s.token })).body.customers).toHaveLength(2);
  });

  it('an email and a buyer id first seen apart are merged when an order shows both, keeping both tags', async () => {
    const s = await newSeller();
    await capture(s, [anOrder(s.channels.ebay, { buyer: { externalId: 'kim_1' } }), anOrder(s.channels.amazon, { buyer: { email: 'kim@example.com' } })]);
    const all = (await call('GET', '/v1/customers', { token: s.token })).body.customers;
    expect(all).toHaveLength(2);
    await call('PUT', `/v1/customers/${all[0]!.id}/tags`, { token: s.token, body: { tags: ['VIP'] } });
    await call('PUT', `/v1/customers/${all[1]!.id}/tags`, { token: s.token, body: { tags: ['wholesale'] } });
    await capture(s, [anOrder(s.channels.ebay, { buyer: { externalId: 'kim_1', email: 'kim@example.com' } })]);
    const merged = (await call('GET', '/v1/customers', { token: s.token })).body.customers;
    expect(merged).toHaveLength(1);
    expect(merged[0]!.orderCount).toBe(3);
    expect([...merged[0]!.tags].sort()).toEqual(['VIP', 'wholesale']);
  });

  it('tags are set through the API and filter the list; another seller sees 404', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const created = await call('POST', '/v1/customers', { token: s.token, body: { email: 'pat@example.com', tags: ['VIP'] } });
    expect(created.status).toBe(201);
    const id = created.body.customer.id;
    const tagged = await call('PUT', `/v1/customers/${id}/tags`, { token: s.token, body: { tags: ['VIP', 'blocked', 'vip'] } });
    expect(tagged.body.customer.tags).toEqual(['vip', 'blocked']);
    expect((await call('GET', '/v1/customers?tag=BLOCKED', { token: s.token })).body.customers.map((c) => c.id)).toEqual([id]);
    expect((await call('GET', `/v1/customers/${id}`, { token: other.token })).status).toBe(404);
    expect((await call('PUT', `/v1/customers/${id}/tags`, { token: other.token, body: { tags: [] } })).status).toBe(404);
    const dup = await call('POST', '/v1/customers', { token: s.token, body: { email: 'PAT@example.com' } });
    expect([dup.status, dup.body.error.code]).toEqual([409, 'customer_exists']);
  });
});
