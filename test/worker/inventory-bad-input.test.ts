import { describe, expect, it } from 'vitest';
import type { Method } from './api-types.js';
import { call, newSeller, rowCount, type TestSeller } from './helpers.js';
import { stock } from './inventory-helpers.js';

const TABLES = ['skus', 'inventory_levels', 'inventory_ledger', 'reservations', 'listings', 'listing_components', 'safety_buffers'];
const counts = async (s: TestSeller) => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await rowCount(t, s.id)] as const)));

/** Sends a bad request and checks the 400 names `path` and that nothing was written. */
async function refused(s: TestSeller, method: Method, path: string, body: unknown, field: string, headers?: Record<string, string>) {
  const before = await counts(s);
  const res = await call(method, path, { token: s.token, body, ...(headers ? { headers } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
  expect(await counts(s)).toEqual(before);
  return res.body.error;
}

describe('bad inventory input is refused, naming the field, and changes nothing', () => {
  // Each against a seller holding 5 MUG, so a refusal that wrote anything would show in the counts.
  it.each<[string, Method, string, (s: TestSeller) => unknown, string]>([
    [
      'an adjustment of an unknown SKU',
      'POST',
      '/v1/inventory/adjustments',
      () => [
        { sku: 'MUG', delta: 1, reason: 'ok' },
        { sku: 'NOPE', delta: 1, reason: 'typo' },
      ],
      '1.sku',
    ],
    ['an adjustment taking more than is on hand', 'POST', '/v1/inventory/adjustments', () => ({ adjustments: [{ sku: 'MUG', delta: -6, reason: 'broken' }] }), 'adjustments.0.delta'],
    ['a negative on-hand count', 'PUT', '/v1/inventory/MUG', () => ({ onHand: -1 }), 'onHand'],
    ['a count of an unknown SKU', 'PUT', '/v1/inventory/NOPE', () => ({ onHand: 1 }), 'param.sku'],
    ['a count at an unknown location', 'PUT', '/v1/inventory/MUG', () => ({ onHand: 1, location: 'attic' }), 'location'],
    [
      'a listing mapped to a missing SKU',
      'PUT',
      '/v1/listings',
      (s) => ({
        channelId: s.channels.etsy,
        channelSku: '123456',
        components: [
          { sku: 'MUG', quantity: 1 },
          { sku: 'GHOST', quantity: 1 },
        ],
      }),
      'components.1.sku',
    ],
    ['a listing with multiplier 0', 'PUT', '/v1/listings', (s) => ({ channelId: s.channels.etsy, channelSku: '123456', components: [{ sku: 'MUG', quantity: 0 }] }), 'components.0.quantity'],
  ])('%s', async (_, method, path, body, field) => {
    const s = await newSeller();
    await stock(s, { MUG: 5 });
    await refused(s, method, path, body(s), field);
  });

  it('a listing on another seller’s channel', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    await stock(s, { MUG: 5 });
    await refused(s, 'PUT', '/v1/listings', { channelId: other.channels.etsy, channelSku: '1', components: [{ sku: 'MUG', quantity: 1 }] }, 'channelId');
  });

  it('a CSV with a malformed row refuses the whole file, naming line and column', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 5, LID: 2 });
    const error = await refused(s, 'POST', '/v1/inventory/import', 'sku,location,onHand\nMUG,default,7\nLID,default,-3\n', 'line.3.onHand', { 'Content-Type': 'text/csv' });
    expect(error.issues).toEqual([{ path: 'line.3.onHand', line: 3, column: 'onHand', message: '"-3" is not a whole number of units from 0' }]);
    expect((await call('GET', '/v1/inventory/MUG', { token: s.token })).body.item.onHand).toBe(5);
  });

  it('a CSV naming an unknown SKU', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 5 });
    const error = await refused(s, 'POST', '/v1/inventory/import', 'onHand,sku\n1,MUG\n2,GHOST\n', 'line.3.sku', { 'Content-Type': 'text/csv' });
    expect(error.code).toBe('invalid_csv');
  });

  it('a CSV without an onHand column', async () => {
    const s = await newSeller();
    await refused(s, 'POST', '/v1/inventory/import', 'sku,qty\nMUG,1\n', 'line.1.onHand', { 'Content-Type': 'text/csv' });
  });

  it('a buffer below zero, and one for an unknown SKU', async () => {
    const s = await newSeller();
    await refused(s, 'PUT', '/v1/buffers', { units: -1 }, 'units');
    await refused(s, 'PUT', '/v1/buffers', { sku: 'GHOST', units: 1 }, 'sku');
  });
});
