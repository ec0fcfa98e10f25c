import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../shared/schemas/order.js';
import { anOrder, call, newSeller } from './helpers.js';

const placedOf = async (token: string, id: string) => {
  const { order } = (await call('GET', `/v1/orders/${id}`, { token })).body;
  return [order.placedAt, order.placedAtPrecision];
};

/** Captures `first`, then `second` over it: the placed time and precision after each, and the second capture's outcome. */
async function captureTwice(token: string, first: OrderInput, second: OrderInput) {
  const id = (await call('POST', '/v1/orders', { token, body: first })).body.results[0]!.id;
  const before = await placedOf(token, id);
  const outcome = (await call('POST', '/v1/orders', { token, body: second })).body.results[0]!.outcome;
  return { before, outcome, after: await placedOf(token, id) };
}

describe('an order’s placed time says whether only its day is known', () => {
  it('a day-only capture is held as a day; a later capture with the time upgrades it', async () => {
    const s = await newSeller();
    const day = anOrder(s.channels.amazon, { placedAt: '2026-09-18T00:00:00Z', placedAtPrecision: 'day', updatedAt: '2026-09-18T15:00:00Z' });
    const timed = { ...day, placedAt: '2026-09-18T12:31:00Z', placedAtPrecision: 'time' as const, updatedAt: '2026-09-18T16:00:00Z' };
    expect(await captureTwice(s.token, day, timed)).toEqual({ before: ['2026-09-18T00:00:00.000Z', 'day'], outcome: 'updated', after: ['2026-09-18T12:31:00.000Z', 'time'] });
  });

  it('a day-only capture never turns a known time into midnight, and changes nothing else it does not say', async () => {
    const s = await newSeller();
    const timed = anOrder(s.channels.shopify, { placedAt: '2026-09-18T12:31:00Z', updatedAt: '2026-09-18T15:00:00Z' });
    const dayOnly = { ...timed, placedAt: '2026-09-18T00:00:00Z', placedAtPrecision: 'day' as const, updatedAt: '2026-09-18T16:00:00Z' };
    expect(await captureTwice(s.token, timed, dayOnly)).toEqual({ before: ['2026-09-18T12:31:00.000Z', 'time'], outcome: 'unchanged', after: ['2026-09-18T12:31:00.000Z', 'time'] });
  });

  it('a placed time the capture marks unknown keeps both the time and its precision', async () => {
    const s = await newSeller();
    const day = anOrder(s.channels.etsy, { placedAt: '2026-09-17T00:00:00Z', placedAtPrecision: 'day', updatedAt: '2026-09-18T15:00:00Z' });
    const unread = { ...day, placedAt: '2026-09-20T08:00:00Z', placedAtPrecision: 'time' as const, unknown: ['placedAt' as const], updatedAt: '2026-09-20T09:00:00Z' };
    expect((await captureTwice(s.token, day, unread)).after).toEqual(['2026-09-17T00:00:00.000Z', 'day']);
  });

  it('a precision that is neither day nor time is 400 naming placedAtPrecision', async () => {
    const s = await newSeller();
    const bad = await call('POST', '/v1/orders', { token: s.token, body: { ...anOrder(s.channels.amazon), placedAtPrecision: 'hour' as never } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => i.path)).toEqual(['placedAtPrecision']);
  });
});
