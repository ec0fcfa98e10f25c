import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';
import { list, observe, stock } from './inventory-helpers.js';

describe('available-to-sell per channel', () => {
  it('takes the most specific buffer, divides by the multiplier and takes the scarcest kit component', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 21, LID: 5 });
    await list(s, s.channels.etsy, 'MUG-1', [['MUG', 1]]);
    await list(s, s.channels.etsy, 'MUG-2PACK', [['MUG', 2]]);
    await list(s, s.channels.etsy, 'MUG-KIT', [
      ['MUG', 1],
      ['LID', 1],
    ]);
    await list(s, s.channels.shopify, 'MUG-1', [['MUG', 1]]);
    for (const b of [{ units: 1 }, { channelId: s.channels.etsy, units: 2 }, { sku: 'LID', units: 3 }, { channelId: s.channels.shopify, sku: 'MUG', units: 10 }]) {
      expect((await call('PUT', '/v1/buffers', { token: s.token, body: b })).status).toBe(200);
    }
    const etsy = await call('GET', `/v1/availability?channelId=${s.channels.etsy}`, { token: s.token });
    expect(etsy.status).toBe(200);
    expect(etsy.body.listings.map((l: { channelSku: string; availableToSell: number }) => [l.channelSku, l.availableToSell])).toEqual([
      ['MUG-1', 19],
      ['MUG-2PACK', 9],
      ['MUG-KIT', 2],
    ]);
    expect(etsy.body.listings[2]!.components).toEqual([
      { sku: 'LID', quantity: 1, available: 5, buffer: 3 },
      { sku: 'MUG', quantity: 1, available: 21, buffer: 2 },
    ]);
    const shopify = await call('GET', `/v1/availability?channelId=${s.channels.shopify}`, { token: s.token });
    expect(shopify.body.listings).toEqual([{ channelSku: 'MUG-1', availableToSell: 11, components: [{ sku: 'MUG', quantity: 1, available: 21, buffer: 10 }] }]);
  });

  it('a sale on one channel lowers what every other channel may sell', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 5 });
    await list(s, s.channels.etsy, 'MUG-1', [['MUG', 1]]);
    await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: 3, unitPrice: 1 }] }) });
    const etsy = await call('GET', `/v1/availability?channelId=${s.channels.etsy}`, { token: s.token });
    expect(etsy.body.listings[0]!.availableToSell).toBe(2);
  });
});

describe('oversell risk', () => {
  it('grades each listing and explains it with the numbers', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 4, BOWL: 10, PLATE: 10, CUP: 2 });
    await call('PUT', '/v1/skus/PLATE', { token: s.token, body: { lowStockThreshold: 12 } });
    const ch = s.channels.ebay;
    for (const sku of ['MUG', 'BOWL', 'PLATE', 'CUP']) await list(s, ch, `E-${sku}`, [[sku, 1]]);
    await call('POST', '/v1/orders', { token: s.token, body: anOrder(ch, { lines: [{ channelSku: 'E-MUG', quantity: 5, unitPrice: 1 }] }) });
    const seen = await call('POST', '/v1/listings/observations', {
      token: s.token,
      body: [
        { channelId: ch, channelSku: 'E-BOWL', listedQuantity: 11, seenAt: '2026-11-20T10:00:00Z' },
        { channelId: ch, channelSku: 'E-CUP', listedQuantity: 2, seenAt: '2026-11-20T10:00:00Z' },
      ],
    });
    expect(seen.status).toBe(200);
    const res = await call('GET', `/v1/risk?channelId=${ch}`, { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body.risks.map((r: { channelSku: string; level: string }) => [r.channelSku, r.level])).toEqual([
      ['E-BOWL', 'at_risk'],
      ['E-CUP', 'ok'],
      ['E-MUG', 'oversold'],
      ['E-PLATE', 'low'],
    ]);
    expect(res.body.risks[0]).toEqual({
      channelId: ch,
      channelSku: 'E-BOWL',
      level: 'at_risk',
      availableToSell: 10,
      sku: 'BOWL',
      onHand: 10,
      reserved: 0,
      available: 10,
      backordered: 0,
      listed: 11,
      buffer: 0,
      threshold: null,
      seenAt: '2026-11-20T10:00:00.000Z',
    });
    expect(res.body.risks[2]).toMatchObject({ onHand: 4, reserved: 0, backordered: 5, availableToSell: 4 });
    const oversold = await call('GET', `/v1/risk?level=oversold,at_risk`, { token: s.token });
    expect(oversold.body.risks.map((r: { channelSku: string }) => r.channelSku)).toEqual(['E-BOWL', 'E-MUG']);
  });

  it('answers a portal page of up to 500 channel SKUs in one request, naming the ones without a listing', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 4 });
    await list(s, s.channels.ebay, 'E-MUG', [['MUG', 1]]);
    const skus = ['E-MUG', ...Array.from({ length: 499 }, (_, i) => `X-${i}`)];
    const posted = await call('POST', '/v1/risk/query', { token: s.token, body: { channelId: s.channels.ebay, channelSkus: skus } });
    expect(posted.status).toBe(200);
    expect(posted.body.risks.map((r: { channelSku: string; availableToSell: number }) => [r.channelSku, r.availableToSell])).toEqual([['E-MUG', 4]]);
    expect(posted.body.unknown).toHaveLength(499);
    const query = skus
      .slice(0, 3)
      .map((k) => `channelSku=${k}`)
      .join('&');
    const got = await call('GET', `/v1/risk?channelId=${s.channels.ebay}&${query}`, { token: s.token });
    expect(got.body).toMatchObject({ risks: [{ channelSku: 'E-MUG', level: 'ok' }], unknown: ['X-0', 'X-1'] });
    const tooMany = await call('POST', '/v1/risk/query', { token: s.token, body: { channelId: s.channels.ebay, channelSkus: [...skus, 'one-more'] } });
    expect(tooMany.status).toBe(400);
  });

  it('an older sighting does not replace a newer one', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 4 });
    await list(s, s.channels.ebay, 'E-MUG', [['MUG', 1]]);
    const see = (listedQuantity: number, seenAt: string) => observe(s, s.channels.ebay, 'E-MUG', listedQuantity, seenAt);
    await see(9, '2026-11-20T12:00:00Z');
    await see(3, '2026-11-20T08:00:00Z');
    const res = await call('POST', '/v1/risk/query', { token: s.token, body: { channelId: s.channels.ebay, channelSkus: ['E-MUG'] } });
    expect(res.body.risks[0]).toMatchObject({ listed: 9, level: 'at_risk' });
  });
});
