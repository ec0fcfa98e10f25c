import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderInput } from '../../shared/schemas/order.js';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

/** Values of every JSON shape, including ones an order field would never hold. */
const anyJson = fc.jsonValue({ maxDepth: 3 });

describe('random and malformed capture payloads', () => {
  it('never get a 5xx, and nothing that fails validation is ever stored', { timeout: 60_000 }, async () => {
    const s = await newSeller();
    const valid = anOrder(s.channels.amazon);
    const keys = Object.keys(valid);
    // Mutations of a valid order: a field replaced by anything, removed, or junk added.
    const mutated = fc.oneof(
      fc.record({ key: fc.constantFrom(...keys), value: anyJson }).map(({ key, value }) => ({ ...valid, externalId: `R-${Math.random()}`, [key]: value })),
      fc.constantFrom(...keys).map((key) => {
        const copy: Record<string, unknown> = { ...valid, externalId: `R-${Math.random()}` };
        delete copy[key];
        return copy;
      }),
      fc.record({ quantity: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.string()), unitPrice: fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double()) }).map((line) => ({
        ...valid,
        externalId: `R-${Math.random()}`,
        lines: [{ sku: 'X', ...line }],
      })),
      anyJson,
      fc.array(anyJson, { maxLength: 3 }).map((orders) => ({ orders })),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async (payload) => {
        const before = await rowCount('orders', s.id);
        const res = await call('POST', '/v1/orders', { token: s.token, body: JSON.stringify(payload) });
        expect(res.status).toBeLessThan(500);
        const after = await rowCount('orders', s.id);
        // Judged as the worker receives it: JSON turns a non-finite number into null (an unknown price).
        const sent: unknown = JSON.parse(JSON.stringify(payload) ?? 'null');
        const items = sent && typeof sent === 'object' && 'orders' in sent ? (sent as { orders: unknown[] }).orders : [sent];
        const allValid = Array.isArray(items) && items.length > 0 && items.every((o) => orderInput.safeParse(o).success);
        if (res.status === 200) {
          expect(allValid).toBe(true);
          expect(after).toBeGreaterThanOrEqual(before);
        } else {
          expect(res.body.error.code).toBeTypeOf('string');
          expect(after).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('any byte string as a body never gets a 5xx', { timeout: 60_000 }, async () => {
    const s = await newSeller();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const res = await call('POST', '/v1/orders', { token: s.token, body: text });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    expect(await rowCount('orders', s.id)).toBe(0);
  });
});
