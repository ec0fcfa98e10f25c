import { describe, expect, it } from 'vitest';
import { call, newSeller } from './helpers.js';
import { expectBalancedBooks, stock, totals } from './inventory-helpers.js';

const csv = { 'Content-Type': 'text/csv' };

describe('inventory CSV', () => {
  it('imports counts by header name in any order, then exports them so they read back in', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 1, LID: 1 });
    expect((await call('POST', '/v1/locations', { token: s.token, body: { code: 'annex', name: 'Annex' } })).status).toBe(201);
    const res = await call('POST', '/v1/inventory/import', { token: s.token, headers: csv, body: 'On Hand,SKU,Location\r\n7,MUG,\r\n3,MUG,annex\r\n"12",LID,default\r\n' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ rows: 3, changed: 3 });
    expect(await totals(s, 'MUG')).toEqual({ onHand: 10, reserved: 0, available: 10, backordered: 0 });
    const out = await call('GET', '/v1/inventory/export', { token: s.token });
    expect(out.status).toBe(200);
    expect(out.headers.get('Content-Type')).toContain('text/csv');
    expect(out.body).toBe('sku,location,onHand,reserved,available\r\nLID,default,12,0,12\r\nMUG,default,7,0,7\r\nMUG,annex,3,0,3\r\n');
    const again = await call('POST', '/v1/inventory/import', { token: s.token, headers: csv, body: out.body });
    expect(again.status).toBe(200);
    const ledger = await call('GET', '/v1/inventory/MUG/ledger?location=annex', { token: s.token });
    expect(ledger.body.entries.map((e: { reason: string; onHandDelta: number; source: string }) => [e.reason, e.onHandDelta, e.source])).toEqual([['import', 3, 'import']]);
    await expectBalancedBooks(s.id);
  });

  it('lists every bad row at once', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 1 });
    const res = await call('POST', '/v1/inventory/import', { token: s.token, headers: csv, body: 'sku,onHand\nMUG,x\n,4\nMUG,2\nMUG,3\n' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'onHand'],
      [3, 'sku'],
      [5, 'sku'],
    ]);
  });
});

describe('stock reads', () => {
  it('reports per location and in total, and pages through SKUs', async () => {
    const s = await newSeller();
    await stock(s, { A: 1, B: 2, C: 3 });
    await call('POST', '/v1/locations', { token: s.token, body: { code: 'annex', name: 'Annex' } });
    await call('PUT', '/v1/inventory/B', { token: s.token, body: { location: 'annex', onHand: 5 } });
    const first = await call('GET', '/v1/inventory?limit=2', { token: s.token });
    expect(first.body.items.map((i: { sku: string }) => i.sku)).toEqual(['A', 'B']);
    expect(first.body.items[1]).toEqual({
      sku: 'B',
      title: 'B',
      lowStockThreshold: null,
      onHand: 7,
      reserved: 0,
      available: 7,
      backordered: 0,
      locations: [
        { location: 'default', onHand: 2, reserved: 0, available: 2 },
        { location: 'annex', onHand: 5, reserved: 0, available: 5 },
      ],
    });
    const second = await call('GET', `/v1/inventory?limit=2&cursor=${first.body.nextCursor}`, { token: s.token });
    expect(second.body).toMatchObject({ items: [{ sku: 'C' }], nextCursor: null });
    const locations = await call('GET', '/v1/locations', { token: s.token });
    expect(locations.body.locations.map((l: { code: string }) => l.code)).toEqual(['default', 'annex']);
  });

  it('another seller’s SKU is not found', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    await stock(other, { SECRET: 3 });
    expect((await call('GET', '/v1/inventory/SECRET', { token: s.token })).status).toBe(404);
    expect((await call('GET', '/v1/inventory/SECRET/ledger', { token: s.token })).status).toBe(404);
  });
});
