/**
 * Helpers for the fulfillment tests: stock SKUs, capture orders, save rules
 * and read the queue the way a client would.
 */
import { env } from 'cloudflare:test';
import type { OrderInput } from '../../shared/schemas/order.js';
import type { Rule } from '../../shared/schemas/rules.js';
import { call, type TestSeller } from './helpers.js';

/**
 * Puts units on hand at the default location, so captured lines allocate:
 * through the inventory API, or — while that route does not exist yet —
 * straight into the inventory tables with a balancing ledger entry.
 */
export async function stockUp(s: TestSeller, units: Record<string, number>): Promise<void> {
  for (const [sku, onHand] of Object.entries(units)) {
    const res = await call('PUT', `/v1/inventory/${encodeURIComponent(sku)}`, { token: s.token, body: { onHand } });
    if (res.status === 404 && res.body?.error?.message?.startsWith('No route')) {
      await env.DB.batch([
        env.DB.prepare("INSERT OR IGNORE INTO locations (seller_id, code, name) VALUES (?, 'default', 'Default')").bind(s.id),
        env.DB.prepare('INSERT OR IGNORE INTO skus (seller_id, sku) VALUES (?, ?)').bind(s.id, sku),
        env.DB.prepare("INSERT INTO inventory_levels (seller_id, sku, location, on_hand, reserved) VALUES (?, ?, 'default', ?, 0)").bind(s.id, sku, onHand),
        env.DB.prepare("INSERT INTO inventory_ledger (id, seller_id, sku, location, on_hand_delta, reserved_delta, reason, source, at) VALUES (?, ?, ?, 'default', ?, 0, 'set', 'api', ?)")
          .bind(`led_${crypto.randomUUID()}`, s.id, sku, onHand, new Date().toISOString()),
      ]);
    } else if (res.status >= 300) throw new Error(`stock not set for ${sku}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Captures orders and returns their ids in input order. */
export async function capture(s: TestSeller, orders: OrderInput[]): Promise<string[]> {
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
