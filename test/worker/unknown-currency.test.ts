/**
 * An order whose currency no source named (a store's bare "$" on a channel
 * with no currency set) says so, rather than passing the placeholder
 * currency off as the order's. Real D1 throughout.
 */
import { describe, expect, test } from 'vitest';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';

async function capture(s: TestSeller, body: ReturnType<typeof anOrder>) {
  const res = await call('POST', '/v1/orders', { token: s.token, body });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body.results[0]!;
}

const shown = async (s: TestSeller, id: string) => {
  const { order } = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body;
  return [order.currencyUnknown, order.currency, order.total, order.lines.map((l) => l.unitPrice)];
};

/** What the extension sends for a store's "$ 56.50" when the channel sets no currency. */
const storeDollars = (channelId: string, externalId: string) =>
  anOrder(channelId, { externalId, currency: 'USD', total: 5650, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 5650 }], unknown: ['currency', 'total', 'unitPrices'] });

describe('an order whose currency no source named', () => {
  test('is held with its currency unknown, its money null, in the detail and the list', async () => {
    const s = await newSeller();
    const { id } = await capture(s, storeDollars(s.channels.shopify, '#1001'));
    expect(await shown(s, id)).toEqual([true, 'USD', null, [null]]);
    const list = await call('GET', '/v1/orders', { token: s.token });
    expect(list.body.orders.map((o) => [o.externalId, o.currencyUnknown, o.total])).toEqual([['#1001', true, null]]);
    const statuses = await call('POST', '/v1/orders/statuses', { token: s.token, body: { channelId: s.channels.shopify, externalIds: ['#1001'] } });
    expect(statuses.body.statuses['#1001']).toMatchObject({ totalUnknown: true, currencyUnknown: true });
  });

  test('a later capture naming the currency makes it known; a nameless one after that keeps it', async () => {
    const s = await newSeller();
    const first = storeDollars(s.channels.shopify, '#1002');
    const { id } = await capture(s, first);
    const named = { ...first, currency: 'CAD', unknown: undefined, updatedAt: '2026-11-20T11:00:00Z' };
    expect((await capture(s, named)).outcome).toBe('updated');
    expect(await shown(s, id)).toEqual([undefined, 'CAD', 5650, [5650]]);
    expect((await capture(s, { ...first, updatedAt: '2026-11-20T12:00:00Z' })).outcome).toBe('unchanged');
    expect(await shown(s, id)).toEqual([undefined, 'CAD', 5650, [5650]]);
  });
});
