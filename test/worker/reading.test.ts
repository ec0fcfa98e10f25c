import { describe, expect, it } from 'vitest';
import { anOrder, call, captureOrders, newSeller } from './helpers.js';

describe('reading the book', () => {
  it('pagination covers every order exactly once, newest first, even with equal placed times', async () => {
    const s = await newSeller();
    const orders = Array.from({ length: 57 }, (_, i) =>
      anOrder(i % 2 ? s.channels.amazon : s.channels.ebay, {
        externalId: `P-${String(i).padStart(3, '0')}`,
        placedAt: `2026-11-${String(1 + (i % 9)).padStart(2, '0')}T08:00:00Z`,
      }),
    );
    await call('POST', '/v1/orders', { token: s.token, body: { orders } });
    const seen: string[] = [];
    const placed: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: any = await call('GET', `/v1/orders?limit=10${cursor ? `&cursor=${cursor}` : ''}`, { token: s.token });
      expect(res.status).toBe(200);
      seen.push(...res.body.orders.map((o: any) => o.externalId));
      placed.push(...res.body.orders.map((o: any) => o.placedAt));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(6);
    expect(seen).toHaveLength(57);
    expect(new Set(seen).size).toBe(57);
    expect(placed).toEqual([...placed].sort().reverse());
  });

  it('filters by status, channel and placed time', async () => {
    const s = await newSeller();
    await captureOrders(s, [
      anOrder(s.channels.amazon, { externalId: 'F-1', status: 'ready', placedAt: '2026-11-01T00:00:00Z' }),
      anOrder(s.channels.amazon, { externalId: 'F-2', status: 'shipped', placedAt: '2026-11-02T00:00:00Z' }),
      anOrder(s.channels.ebay, { externalId: 'F-3', status: 'ready', placedAt: '2026-11-03T00:00:00Z' }),
      anOrder(s.channels.ebay, { externalId: 'F-4', status: 'cancelled', placedAt: '2026-11-04T00:00:00Z' }),
    ]);
    const ids = async (q: string) => (await call('GET', `/v1/orders?${q}`, { token: s.token })).body.orders.map((o: any) => o.externalId);
    expect(await ids('status=ready')).toEqual(['F-3', 'F-1']);
    expect(await ids('status=ready,shipped')).toEqual(['F-3', 'F-2', 'F-1']);
    expect(await ids(`channelId=${s.channels.ebay}`)).toEqual(['F-4', 'F-3']);
    expect(await ids('placedFrom=2026-11-02T00:00:00Z&placedTo=2026-11-04T00:00:00Z')).toEqual(['F-3', 'F-2']);
    expect(await ids(`channelId=${s.channels.amazon}&status=shipped`)).toEqual(['F-2']);
  });

  it('lookup finds an order by its number, a prefix, the buyer, the email, a SKU and a tracking number', async () => {
    const s = await newSeller();
    const target = anOrder(s.channels.amazon, {
      externalId: '113-4567890-1234567',
      buyer: { name: 'Amara Okafor', email: 'amara.okafor@example.com' },
      lines: [{ sku: 'CANDLE-CEDAR', channelSku: 'B0CEDAR01', quantity: 1, unitPrice: 1850 }],
    });
    const noise = Array.from({ length: 20 }, (_, i) => anOrder(s.channels.ebay, { externalId: `12-0000${i}-00000`, buyer: { name: `Buyer ${i}`, email: `b${i}@example.com` } }));
    const id = (await call('POST', '/v1/orders', { token: s.token, body: { orders: [target, ...noise] } })).body.results[0]!.id;
    await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'shipped', tracking: { number: '1Z999AA10123456784', carrier: 'UPS' } } });

    const first = async (q: string) => {
      const res = await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(q)}`, { token: s.token });
      expect(res.status).toBe(200);
      return res.body.results[0] && [res.body.results[0].order.id, res.body.results[0].matched];
    };
    expect(await first('113-4567890-1234567')).toEqual([id, 'order_number']);
    expect(await first('113-4567')).toEqual([id, 'order_number_prefix']);
    expect(await first('11345678901234567')).toEqual([id, 'text']);
    expect(await first('Amara')).toEqual([id, 'text']);
    expect(await first('okafor')).toEqual([id, 'text']);
    expect(await first('amara.okafor@example.com')).toEqual([id, 'text']);
    expect(await first('CANDLE-CED')).toEqual([id, 'text']);
    expect(await first('B0CEDAR01')).toEqual([id, 'text']);
    expect(await first('1Z999AA10123456784')).toEqual([id, 'text']);
    expect((await call('GET', '/v1/orders/lookup?q=nobody-like-this', { token: s.token })).body.results).toEqual([]);
  });

  it('an email lookup finds the whole address or its start, in any case, and not the same name at another domain', async () => {
    const s = await newSeller();
    const orders = [
      anOrder(s.channels.amazon, { externalId: 'E-1', buyer: { name: 'Amara One', email: 'amara@example.com' } }),
      anOrder(s.channels.amazon, { externalId: 'E-2', buyer: { name: 'Amara Two', email: 'amara@other.org' } }),
      anOrder(s.channels.amazon, { externalId: 'E-3', buyer: { name: 'Amaranth Three', email: 'amaranth@example.com' } }),
    ];
    await call('POST', '/v1/orders', { token: s.token, body: { orders } });
    const found = async (q: string) =>
      ((await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(q)}`, { token: s.token })).body.results as Array<{ order: { externalId: string } }>).map((r) => r.order.externalId).sort();
    expect(await found('amara@example.com')).toEqual(['E-1']);
    expect(await found('Amara@Example.COM')).toEqual(['E-1']);
    expect(await found('amara@other')).toEqual(['E-2']);
    expect(await found('amara@')).toEqual(['E-1', 'E-2']);
    expect(await found('amaranth@example.com')).toEqual(['E-3']);
  });

  it('lookup ranks an exact order number above prefix and text matches', async () => {
    const s = await newSeller();
    await captureOrders(s, [anOrder(s.channels.shopify, { externalId: '10011', buyer: { name: 'Noah 1001' } }), anOrder(s.channels.shopify, { externalId: '1001', buyer: { name: 'Mei Tanaka' } })]);
    const res = await call('GET', '/v1/orders/lookup?q=1001', { token: s.token });
    expect(res.body.results.map((r: any) => [r.order.externalId, r.matched])).toEqual([
      ['1001', 'order_number'],
      ['10011', 'order_number_prefix'],
    ]);
  });

  it('reads the statuses of a page of orders in one request', async () => {
    const s = await newSeller();
    await captureOrders(s, [
      anOrder(s.channels.amazon, { externalId: 'S-1', status: 'ready', channelStatus: 'Unshipped' }),
      anOrder(s.channels.amazon, { externalId: 'S-2', status: 'cancelled', channelStatus: 'Cancelled' }),
    ]);
    const ids = ['S-1', 'S-2', 'S-404', ...Array.from({ length: 497 }, (_, i) => `X-${i}`)];
    const res = await call('POST', '/v1/orders/statuses', { token: s.token, body: { channelId: s.channels.amazon, externalIds: ids } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.statuses).sort()).toEqual(['S-1', 'S-2']);
    expect([res.body.statuses['S-1']!.status, res.body.statuses['S-1']!.channelStatus]).toEqual(['ready', 'Unshipped']);
    expect(res.body.statuses['S-2']!.status).toBe('cancelled');
    const tooMany = await call('POST', '/v1/orders/statuses', { token: s.token, body: { channelId: s.channels.amazon, externalIds: [...ids, 'one-more'] } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.issues[0]!.path).toBe('externalIds');
  });

  it('a transition appends history and records tracking', async () => {
    const s = await newSeller();
    const id = (await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.etsy) })).body.results[0]!.id;
    const moved = await call('POST', `/v1/orders/${id}/transitions`, {
      token: s.token,
      body: { to: 'shipped', reason: 'handed to carrier', tracking: { number: '9400111899223100001234', carrier: 'USPS', service: 'Ground Advantage' } },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.order.status).toBe('shipped');
    expect(moved.body.order.shipments.map((p: any) => [p.carrier, p.service, p.trackingNumber])).toEqual([['USPS', 'Ground Advantage', '9400111899223100001234']]);
    const last = moved.body.order.events.at(-1);
    expect([last!.kind, last!.fromStatus, last!.toStatus, last!.reason, last!.source]).toEqual(['transition', 'ready', 'shipped', 'handed to carrier', 'api']);
  });
});
