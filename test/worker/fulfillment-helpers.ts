/**
 * Helpers for the fulfillment tests: stock SKUs, capture orders, save rules
 * and read the queue the way a client would.
 */
import type { OrderInput } from '../../shared/schemas/order.js';
import type { Rule } from '../../shared/schemas/rules.js';
import { call, newSeller, type TestSeller } from './helpers.js';

/** Creates the SKUs and puts units on hand at the default location, through the inventory API. */
export async function stockUp(s: TestSeller, units: Record<string, number>): Promise<void> {
  const skus = Object.keys(units).map((sku) => ({ sku }));
  const created = await call('POST', '/v1/skus', { token: s.token, body: { skus } });
  if (created.status >= 300) throw new Error(`SKUs not created: ${created.status} ${JSON.stringify(created.body)}`);
  for (const [sku, onHand] of Object.entries(units)) {
    const res = await call('PUT', `/v1/inventory/${encodeURIComponent(sku)}`, { token: s.token, body: { onHand } });
    if (res.status >= 300) throw new Error(`stock not set for ${sku}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** A new seller with these units on hand (see stockUp). */
export async function stockedSeller(units: Record<string, number>): Promise<TestSeller> {
  const s = await newSeller();
  await stockUp(s, units);
  return s;
}

/** Units on hand and reserved of a SKU, in total. */
export async function stockOf(s: TestSeller, sku: string): Promise<{ onHand: number; reserved: number }> {
  const res = await call('GET', `/v1/inventory/${encodeURIComponent(sku)}`, { token: s.token });
  if (res.status !== 200) throw new Error(`no stock for ${sku}: ${res.status} ${JSON.stringify(res.body)}`);
  const item = res.body.item ?? res.body;
  return { onHand: item.onHand, reserved: item.reserved };
}

/** Captures orders and returns their ids in input order (typed loosely so tests can destructure). */
export async function capture(s: TestSeller, orders: OrderInput[]): Promise<any[]> {
  const res = await call('POST', '/v1/orders', { token: s.token, body: { orders } });
  if (res.status !== 200) throw new Error(`capture failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.results.map((r: { id: string }) => r.id);
}

/** Saves a rule set; fails the test when it is refused. */
export async function saveRules(s: TestSeller, rules: Rule[]): Promise<void> {
  const res = await call('PUT', '/v1/rules', { token: s.token, body: { rules } });
  if (res.status !== 201) throw new Error(`rules refused: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Reads the queue. */
export async function queue(s: TestSeller, query = ''): Promise<any> {
  const res = await call('GET', `/v1/fulfillment/queue${query}`, { token: s.token });
  if (res.status !== 200) throw new Error(`queue failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** An ISO time `hours` from now. */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
