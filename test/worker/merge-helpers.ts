/**
 * Jane's two orders to her home, as the merge tests build them: a mug from
 * Amazon and a lamp from eBay, both allocated, with the stock they draw on.
 */
import { expect } from 'vitest';
import { capture, stockOf, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, type TestSeller } from './helpers.js';

/** Jane's home address. */
export const home = { name: 'Jane Doe', line1: '1 Main St.', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' };

export const getOrder = async (s: TestSeller, id: string) => (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;

/** Stocks 10 mugs and 5 lamps and captures Jane's mug order, then her lamp order sent to `lampShipTo` (her home unless given). */
export async function janesTwoOrders(s: TestSeller, lampShipTo: typeof home = home): Promise<[string, string]> {
  await stockUp(s, { MUG: 10, LAMP: 5 });
  const [a, b] = await capture(s, [
    anOrder(s.channels.amazon, { placedAt: '2026-11-20T10:00:00Z', shipTo: home, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1000 }], total: 2000 }),
    anOrder(s.channels.ebay, { placedAt: '2026-11-20T18:00:00Z', shipTo: lampShipTo, lines: [{ sku: 'LAMP', quantity: 1, unitPrice: 4000 }], total: 4000 }),
  ]);
  return [a, b];
}

/** Expects the mugs' and the lamps' stock, on hand and reserved. */
export async function expectMugsAndLamps(s: TestSeller, mugs: { onHand: number; reserved: number }, lamps: { onHand: number; reserved: number }): Promise<void> {
  expect([await stockOf(s, 'MUG'), await stockOf(s, 'LAMP')]).toEqual([mugs, lamps]);
}
