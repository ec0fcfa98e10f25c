import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';
import { list, observe, stock } from './inventory-helpers.js';

async function published(sellerId: string, type: string) {
  const rows = await env.DB.prepare('SELECT payload FROM outbox_events WHERE seller_id = ? AND type = ? ORDER BY seq').bind(sellerId, type).all<{ payload: string }>();
  return rows.results.map((r) => JSON.parse(r.payload).data as Record<string, unknown>);
}

describe('events where the book changes', () => {
  it('order.updated names the fields a later capture changed, never their values, and not for a status move alone', async () => {
    const s = await newSeller();
    const order = anOrder(s.channels.ebay, { shipBy: '2026-11-24T00:00:00Z' });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: order })).body.results[0]!.id;
    await call('POST', '/v1/orders', { token: s.token, body: { ...order, status: 'shipped', channelStatus: 'Shipped', updatedAt: '2026-11-21T00:00:00Z' } });
    expect(await published(s.id, 'order.updated')).toEqual([]);
    const moved = {
      ...order,
      status: 'shipped' as const,
      channelStatus: 'Shipped',
      buyer: { name: 'Janet Doe-Smith', email: 'janet@example.com' },
      shipBy: '2026-11-25T00:00:00Z',
      updatedAt: '2026-11-22T00:00:00Z',
    };
    await call('POST', '/v1/orders', { token: s.token, body: moved });
    const updates = await published(s.id, 'order.updated');
    expect(updates).toEqual([{ orderId: id, externalId: order.externalId, channelId: s.channels.ebay, fields: ['buyer.email', 'buyer.name', 'shipBy'] }]);
    expect(JSON.stringify(updates)).not.toContain('Janet');
  });

  it('stock.changed carries each SKU’s deltas when counting, capturing and cancelling move its totals', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 5 });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.walmart, { lines: [{ sku: 'MUG', quantity: 2, unitPrice: 100 }] }) })).body.results[0]!.id;
    await call('POST', `/v1/orders/${id}/cancel`, { token: s.token, body: {} });
    expect(await published(s.id, 'stock.changed')).toEqual([
      { sku: 'MUG', onHandDelta: 5, reservedDelta: 0, backorderedDelta: 0 },
      { sku: 'MUG', onHandDelta: 0, reservedDelta: 2, backorderedDelta: 0 },
      { sku: 'MUG', onHandDelta: 0, reservedDelta: -2, backorderedDelta: 0 },
    ]);
  });

  it('listing.at_risk is published when a sighting shows more than can be sold, once per crossing', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 3 });
    await list(s, s.channels.amazon, 'MUG-AMZ', [['MUG', 1]]);
    const see = (listedQuantity: number, seenAt: string) => observe(s, s.channels.amazon, 'MUG-AMZ', listedQuantity, seenAt);
    expect((await see(2, '2026-12-01T10:00:00Z')).status).toBe(200); // within what can be sold
    await see(5, '2026-12-01T11:00:00Z'); // crosses: 5 shown, 3 sellable
    await see(6, '2026-12-01T12:00:00Z'); // still too many: no new event
    await see(1, '2026-12-01T09:00:00Z'); // older than the one kept: changes nothing
    await see(1, '2026-12-01T13:00:00Z'); // back within
    await see(4, '2026-12-01T14:00:00Z'); // crosses again
    expect(await published(s.id, 'listing.at_risk')).toEqual([
      { channelId: s.channels.amazon, channelSku: 'MUG-AMZ', listed: 5, availableToSell: 3, level: 'at_risk', sku: 'MUG', seenAt: '2026-12-01T11:00:00.000Z' },
      { channelId: s.channels.amazon, channelSku: 'MUG-AMZ', listed: 4, availableToSell: 3, level: 'at_risk', sku: 'MUG', seenAt: '2026-12-01T14:00:00.000Z' },
    ]);
    const feed = await call('GET', '/v1/events?types=listing.at_risk', { token: s.token });
    expect(feed.body.events.map((e) => e.type)).toEqual(['listing.at_risk', 'listing.at_risk']);
  });

  it('sightings sent at once publish one crossing per listing', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 3 });
    await list(s, s.channels.amazon, 'MUG-AMZ', [['MUG', 1]]);
    const body = [4, 5, 6].map((listedQuantity, i) => ({ channelId: s.channels.amazon, channelSku: 'MUG-AMZ', listedQuantity, seenAt: `2026-12-01T1${i}:00:00Z` }));
    await Promise.all([
      call('POST', '/v1/listings/observations', { token: s.token, body: [body[0]!] }),
      call('POST', '/v1/listings/observations', { token: s.token, body: [body[1]!] }),
      call('POST', '/v1/listings/observations', { token: s.token, body: [body[2]!] }),
    ]);
    expect((await published(s.id, 'listing.at_risk')).length).toBe(1);
  });
});
