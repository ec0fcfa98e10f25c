import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';

const placedOf = async (token: string, id: string) => {
  const { order } = (await call('GET', `/v1/orders/${id}`, { token })).body;
  return [order.placedAt, order.placedAtPrecision];
};

describe('an order’s placed time says whether only its day is known', () => {
  it('a day-only capture is held as a day; a later capture with the time upgrades it', async () => {
    const s = await newSeller();
    const day = anOrder(s.channels.amazon, { placedAt: '2026-09-18T00:00:00Z', placedAtPrecision: 'day', updatedAt: '2026-09-18T15:00:00Z' });
    const created = await call('POST', '/v1/orders', { token: s.token, body: day });
    const id = created.body.results[0]!.id;
    expect(await placedOf(s.token, id)).toEqual(['2026-09-18T00:00:00.000Z', 'day']);
    const timed = { ...day, placedAt: '2026-09-18T12:31:00Z', placedAtPrecision: 'time' as const, updatedAt: '2026-09-18T16:00:00Z' };
    const upgraded = await call('POST', '/v1/orders', { token: s.token, body: timed });
    expect(upgraded.body.results[0]!.outcome).toBe('updated');
    expect(await placedOf(s.token, id)).toEqual(['2026-09-18T12:31:00.000Z', 'time']);
  });

  it('a day-only capture never turns a known time into midnight, and changes nothing else it does not say', async () => {
    const s = await newSeller();
    const timed = anOrder(s.channels.shopify, { placedAt: '2026-09-18T12:31:00Z', updatedAt: '2026-09-18T15:00:00Z' });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: timed })).body.results[0]!.id;
    expect(await placedOf(s.token, id)).toEqual(['2026-09-18T12:31:00.000Z', 'time']);
    const dayOnly = { ...timed, placedAt: '2026-09-18T00:00:00Z', placedAtPrecision: 'day' as const, updatedAt: '2026-09-18T16:00:00Z' };
    const again = await call('POST', '/v1/orders', { token: s.token, body: dayOnly });
    expect(again.body.results[0]!.outcome).toBe('unchanged');
    expect(await placedOf(s.token, id)).toEqual(['2026-09-18T12:31:00.000Z', 'time']);
  });

  it('a placed time the capture marks unknown keeps both the time and its precision', async () => {
    const s = await newSeller();
    const day = anOrder(s.channels.etsy, { placedAt: '2026-09-17T00:00:00Z', placedAtPrecision: 'day', updatedAt: '2026-09-18T15:00:00Z' });
    const id = (await call('POST', '/v1/orders', { token: s.token, body: day })).body.results[0]!.id;
    const unread = { ...day, placedAt: '2026-09-20T08:00:00Z', placedAtPrecision: 'time' as const, unknown: ['placedAt' as const], updatedAt: '2026-09-20T09:00:00Z' };
    await call('POST', '/v1/orders', { token: s.token, body: unread });
    expect(await placedOf(s.token, id)).toEqual(['2026-09-17T00:00:00.000Z', 'day']);
  });

  it('a precision that is neither day nor time is 400 naming placedAtPrecision', async () => {
    const s = await newSeller();
    const bad = await call('POST', '/v1/orders', { token: s.token, body: { ...anOrder(s.channels.amazon), placedAtPrecision: 'hour' as never } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => i.path)).toEqual(['placedAtPrecision']);
  });
});
