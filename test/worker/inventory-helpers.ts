/**
 * Inventory test helpers: SKUs with stock, listings, and the invariants
 * every stock state must keep, checked straight against D1.
 */
import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { call, type TestSeller } from './helpers.js';

/** Creates SKUs and counts their stock at the default location. */
export async function stock(s: TestSeller, levels: Record<string, number>): Promise<void> {
  const created = await call('POST', '/v1/skus', { token: s.token, body: { skus: Object.keys(levels).map((sku) => ({ sku, title: sku })) } });
  expect(created.status).toBe(200);
  for (const [sku, onHand] of Object.entries(levels)) {
    const res = await call('PUT', `/v1/inventory/${encodeURIComponent(sku)}`, { token: s.token, body: { onHand } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
}

/** Maps a channel SKU to components. */
export async function list(s: TestSeller, channelId: string, channelSku: string, components: Array<[string, number]>): Promise<void> {
  const res = await call('PUT', '/v1/listings', { token: s.token, body: { channelId, channelSku, components: components.map(([sku, quantity]) => ({ sku, quantity })) } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** Reports that a portal page showed `listedQuantity` for one listing at `seenAt`. */
export function observe(s: TestSeller, channelId: string, channelSku: string, listedQuantity: number, seenAt: string) {
  return call('POST', '/v1/listings/observations', { token: s.token, body: [{ channelId, channelSku, listedQuantity, seenAt }] });
}

/** Totals of one SKU: on hand, reserved, available, backordered. */
export async function totals(s: TestSeller, sku: string): Promise<{ onHand: number; reserved: number; available: number; backordered: number }> {
  const res = await call('GET', `/v1/inventory/${encodeURIComponent(sku)}`, { token: s.token });
  expect(res.status).toBe(200);
  const { onHand, reserved, available, backordered } = res.body.item;
  return { onHand, reserved, available, backordered };
}

/** The allocation of each line of an order. */
export async function allocations(s: TestSeller, orderId: string): Promise<string[]> {
  const res = await call('GET', `/v1/orders/${orderId}`, { token: s.token });
  expect(res.status).toBe(200);
  return res.body.order.lines.map((l: { allocation: string }) => l.allocation);
}

const all = async <T>(query: string, ...binds: unknown[]) =>
  (
    await env.DB.prepare(query)
      .bind(...binds)
      .all<T>()
  ).results;

/**
 * The invariants of a seller's stock: per level, reserved = the reservations
 * held there, 0 ≤ reserved ≤ on hand, on hand and reserved = the ledger's
 * sums; per line, allocated lines hold exactly what they still need and
 * nothing else holds anything; per SKU, backordered = what short lines need;
 * and no short line could be filled from the units available.
 */
export async function expectBalancedBooks(sellerId: string): Promise<void> {
  const levels = await all<{ sku: string; location: string; on_hand: number; reserved: number; held: number; ledger_on_hand: number; ledger_reserved: number }>(
    `SELECT v.sku, v.location, v.on_hand, v.reserved,
            (SELECT coalesce(sum(quantity), 0) FROM reservations r WHERE r.seller_id = v.seller_id AND r.sku = v.sku AND r.location = v.location) AS held,
            (SELECT coalesce(sum(on_hand_delta), 0) FROM inventory_ledger g WHERE g.seller_id = v.seller_id AND g.sku = v.sku AND g.location = v.location) AS ledger_on_hand,
            (SELECT coalesce(sum(reserved_delta), 0) FROM inventory_ledger g WHERE g.seller_id = v.seller_id AND g.sku = v.sku AND g.location = v.location) AS ledger_reserved
       FROM inventory_levels v WHERE v.seller_id = ?`,
    sellerId,
  );
  for (const l of levels) {
    expect({ sku: l.sku, reserved: l.reserved }).toEqual({ sku: l.sku, reserved: l.held });
    expect(l.reserved).toBeGreaterThanOrEqual(0);
    expect(l.on_hand - l.reserved).toBeGreaterThanOrEqual(0);
    expect({ sku: l.sku, onHand: l.on_hand, reserved: l.reserved }).toEqual({ sku: l.sku, onHand: l.ledger_on_hand, reserved: l.ledger_reserved });
  }
  const wrongHolds = await all(
    `SELECT l.id, l.allocation, c.sku, c.per_unit * (l.quantity - l.shipped_quantity) AS need,
            (SELECT coalesce(sum(quantity), 0) FROM reservations r WHERE r.line_id = l.id AND r.sku = c.sku) AS held
       FROM order_lines l JOIN line_components c ON c.line_id = l.id
      WHERE l.seller_id = ? AND l.allocation = 'allocated' AND held != need`,
    sellerId,
  );
  expect(wrongHolds).toEqual([]);
  const strayHolds = await all(`SELECT r.line_id FROM reservations r JOIN order_lines l ON l.id = r.line_id WHERE r.seller_id = ? AND l.allocation != 'allocated'`, sellerId);
  expect(strayHolds).toEqual([]);
  const backorders = await all<{ sku: string; backordered: number; need: number }>(
    `SELECT s.sku, s.backordered,
            (SELECT coalesce(sum(c.per_unit * (l.quantity - l.shipped_quantity)), 0) FROM line_components c JOIN order_lines l ON l.id = c.line_id
              WHERE c.seller_id = s.seller_id AND c.sku = s.sku AND l.allocation = 'short') AS need
       FROM skus s WHERE s.seller_id = ?`,
    sellerId,
  );
  for (const b of backorders) expect({ sku: b.sku, backordered: b.backordered }).toEqual({ sku: b.sku, backordered: b.need });
  const fillable = await all(
    `SELECT l.id FROM order_lines l
      WHERE l.seller_id = ? AND l.allocation = 'short' AND l.quantity > l.shipped_quantity
        AND EXISTS (SELECT 1 FROM line_components c WHERE c.line_id = l.id)
        AND NOT EXISTS (SELECT 1 FROM line_components c WHERE c.line_id = l.id
                          AND (SELECT coalesce(sum(v.on_hand - v.reserved), 0) FROM inventory_levels v WHERE v.seller_id = l.seller_id AND v.sku = c.sku)
                              < c.per_unit * (l.quantity - l.shipped_quantity))`,
    sellerId,
  );
  expect(fillable).toEqual([]);
}
