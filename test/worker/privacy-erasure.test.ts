/**
 * Erasure on request: one buyer's personal data goes from every table at
 * once, whatever its age, with a receipt that holds none of it; an open
 * order keeps only its shipping address until it ships.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';
import { aBuyer, type Buyer, daysAgo, findBuyer, runCron, seedBuyer } from './privacy-helpers.js';

const customerOf = async (token: string, buyer: Buyer) => (await call('GET', `/v1/customers?email=${encodeURIComponent(buyer.email)}`, { token })).body.customers[0];

describe('erasing a buyer on request', () => {
  it('erases a buyer with a recent closed order everywhere at once, with a receipt that holds no data', async () => {
    const s = await newSeller();
    const BUYER = aBuyer();
    const id = await seedBuyer(s, BUYER, { closedDaysAgo: 2 });
    const customer = await customerOf(s.token, BUYER);
    const before = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;

    const res = await call('POST', `/v1/customers/${customer!.id}/erase`, { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body.receipt).toEqual({
      id: expect.stringMatching(/^era_/),
      customerId: customer!.id,
      erasedAt: expect.any(String),
      erasedBy: expect.any(String),
      ordersErased: 1,
      ordersAwaitingShipment: 0,
      places: ['orders', 'order_history', 'search_index', 'customers', 'customer_keys', 'idempotent_answers'],
    });
    expect(await findBuyer(BUYER)).toEqual([]);
    const after = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
    expect({ ...after, events: after.events.length }).toMatchObject({ status: before.status, total: before.total, lines: before.lines, events: before.events.length + 1 });
    expect(after.events.at(-1)).toMatchObject({ kind: 'buyer_data_redacted', reason: 'Erased at the buyer’s request' });
    expect((await call('GET', `/v1/privacy/erasures/${res.body.receipt.id}`, { token: s.token })).body.receipt).toEqual(res.body.receipt);
    expect((await call('GET', `/v1/customers/${customer!.id}`, { token: s.token })).body.customer).toMatchObject({ name: null, email: null, redactedAt: expect.any(String), keys: [] });
  });

  it('an open order keeps only its shipping address until it ships, then the cron erases it', async () => {
    const s = await newSeller();
    const BUYER = aBuyer();
    const open = await seedBuyer(s, BUYER, { status: 'ready' });
    const res = await call('POST', '/v1/customers/erase', { token: s.token, body: { email: BUYER.email.toUpperCase() } });
    expect(res.body.receipt).toMatchObject({ ordersErased: 0, ordersAwaitingShipment: 1 });
    const waiting = (await call('GET', `/v1/orders/${open}`, { token: s.token })).body.order;
    expect(waiting.buyer).toEqual({ name: null, email: null, externalId: null });
    expect(waiting.shipTo).toMatchObject({ name: BUYER.name, line1: BUYER.street, phone: BUYER.phone });
    expect((await findBuyer(BUYER)).map((f) => f.split(':')[0])).toEqual(['orders', 'orders', 'orders']);
    await runCron();
    expect((await findBuyer(BUYER)).length).toBe(3);

    expect((await call('POST', `/v1/orders/${open}/transitions`, { token: s.token, body: { to: 'shipped' } })).status).toBe(200);
    await runCron();
    expect(await findBuyer(BUYER)).toEqual([]);
    const shipped = (await call('GET', `/v1/orders/${open}`, { token: s.token })).body.order;
    expect(shipped.shipTo).toEqual({ city: 'Springfield', region: 'OR', postalCode: '974', country: 'US' });
    expect(shipped.events.at(-1)).toMatchObject({ kind: 'buyer_data_redacted', reason: 'Erased at the buyer’s request once shipped' });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM pending_erasures WHERE seller_id = ?').bind(s.id).first('n')).toBe(0);
  });

  it('erasing an unknown customer, another seller’s, or an email nobody has answers 404 naming the field and changes nothing', async () => {
    const s = await newSeller();
    const other = await newSeller('Other Goods');
    const BUYER = aBuyer();
    await seedBuyer(s, BUYER, { closedDaysAgo: 2 });
    const theirs = await customerOf(s.token, BUYER);
    const before = await findBuyer(BUYER);
    for (const [path, body, field] of [
      ['/v1/customers/cus_nobody/erase', undefined, 'params.id'],
      [`/v1/customers/${theirs!.id}/erase`, undefined, 'params.id'],
      ['/v1/customers/erase', { email: 'nobody@example.com' }, 'email'],
    ] as const) {
      const res = await call('POST', path, { token: other.token, ...(body ? { body } : {}) });
      expect(res.status).toBe(404);
      expect(res.body.error.issues.map((i: any) => i.path)).toEqual([field]);
    }
    const bad = await call('POST', '/v1/customers/erase', { token: s.token, body: { email: 'not an email' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: any) => i.path)).toEqual(['email']);
    expect(await findBuyer(BUYER)).toEqual(before);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM erasure_receipts WHERE seller_id IN (?, ?)').bind(s.id, other.id).first('n')).toBe(0);
    expect((await call('GET', '/v1/privacy/erasures/era_nothing', { token: s.token })).status).toBe(404);
  });

  it('another buyer of the same seller keeps their data', async () => {
    const s = await newSeller();
    const BUYER = aBuyer();
    await seedBuyer(s, BUYER, { closedDaysAgo: 2 });
    const kept = (await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.ebay, { status: 'delivered', updatedAt: daysAgo(3) }) })).body.results[0]!.id;
    await call('POST', '/v1/customers/erase', { token: s.token, body: { email: BUYER.email } });
    expect((await call('GET', `/v1/orders/${kept}`, { token: s.token })).body.order.buyer).toEqual({ name: 'Jane Doe', email: 'jane@example.com', externalId: null });
    expect((await call('GET', `/v1/orders/lookup?q=jane%40example.com`, { token: s.token })).body.results).toHaveLength(1);
  });
});
