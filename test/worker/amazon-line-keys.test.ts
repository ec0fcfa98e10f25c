/**
 * Amazon order lines keyed as Amazon stocks: by seller SKU, with the ASIN
 * beside it as the line's item id, from captures and imports alike; lines
 * still find listings keyed by either; and the migration moves lines stored
 * with the ASIN as their channel SKU to the seller SKU where a line or a
 * listing tells it, leaving it unknown (with the ASIN kept) where nothing does.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import unshippedReport from '../fixtures/imports/amazon-unshipped/unshipped.txt?raw';
import { capture } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { importFile } from './import-helpers.js';
import { allocations, expectBalancedBooks, stock, totals } from './inventory-helpers.js';

async function putListing(s: TestSeller, body: { channelId: string; channelSku: string; itemId?: string; components: Array<{ sku: string; quantity: number }> }): Promise<void> {
  const res = await call('PUT', '/v1/listings', { token: s.token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function linesOf(s: TestSeller, orderId: string): Promise<Array<{ sku: string | null; channelSku: string | null; channelItemId: string | null; allocation: string }>> {
  const res = await call('GET', `/v1/orders/${orderId}`, { token: s.token });
  expect(res.status).toBe(200);
  return res.body.order.lines.map((l) => ({ sku: l.sku, channelSku: l.channelSku, channelItemId: l.channelItemId, allocation: l.allocation }));
}

describe('Amazon lines keyed by seller SKU with the ASIN beside', () => {
  it('a captured line keeps both, and takes the offer’s own listing: a 2-pack of an ASIN holds 2 units', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10 });
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'MUG-FBM', itemId: 'B0CJ4XKQ2Z', components: [{ sku: 'MUG', quantity: 1 }] });
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'MUG-2PK', itemId: 'B0CJ4XKQ2Z', components: [{ sku: 'MUG', quantity: 2 }] });
    const [id] = await capture(s, [
      anOrder(s.channels.amazon, {
        lines: [
          { sku: 'MUG-2PK', channelSku: 'MUG-2PK', channelItemId: 'B0CJ4XKQ2Z', title: 'Blue mug, 2-pack', quantity: 1, unitPrice: 2200 },
          { sku: 'MUG-FBM', channelSku: 'MUG-FBM', channelItemId: 'B0CJ4XKQ2Z', title: 'Blue mug', quantity: 3, unitPrice: 1299 },
        ],
        total: 6097,
      }),
    ]);
    expect(await linesOf(s, id)).toEqual([
      { sku: 'MUG-2PK', channelSku: 'MUG-2PK', channelItemId: 'B0CJ4XKQ2Z', allocation: 'allocated' },
      { sku: 'MUG-FBM', channelSku: 'MUG-FBM', channelItemId: 'B0CJ4XKQ2Z', allocation: 'allocated' },
    ]);
    expect(await totals(s, 'MUG')).toEqual({ onHand: 10, reserved: 5, available: 5, backordered: 0 });
    // The lookup finds the order by its ASIN as well as by its seller SKU.
    const found = await call('GET', '/v1/orders/lookup?q=B0CJ4XKQ2Z', { token: s.token });
    expect(found.status).toBe(200);
    expect(found.body.results.map((r) => r.order.id)).toEqual([id]);
    await expectBalancedBooks(s.id);
  });

  it('a line that shows only its ASIN takes a listing still keyed by that ASIN, now or when it is listed later', async () => {
    const s = await newSeller();
    await stock(s, { LAMP: 4 });
    const asinOnly = { channelItemId: 'B0LAMPASIN', title: 'Lamp', quantity: 1, unitPrice: 4500 };
    const [before] = await capture(s, [anOrder(s.channels.amazon, { lines: [asinOnly], total: 4500 })]);
    expect(await linesOf(s, before)).toEqual([{ sku: null, channelSku: null, channelItemId: 'B0LAMPASIN', allocation: 'unmapped' }]);
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'B0LAMPASIN', components: [{ sku: 'LAMP', quantity: 1 }] });
    expect(await allocations(s, before)).toEqual(['allocated']);
    const [after] = await capture(s, [anOrder(s.channels.amazon, { lines: [asinOnly], total: 4500 })]);
    expect(await allocations(s, after)).toEqual(['allocated']);
    expect(await totals(s, 'LAMP')).toEqual({ onHand: 4, reserved: 2, available: 2, backordered: 0 });
    await expectBalancedBooks(s.id);
  });

  it('the Unshipped report keys its lines by seller SKU and allocates them through listings keyed so', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10, COASTER: 10, TEAPOT: 10 });
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'MUG-12-BLK', itemId: 'B0MUG00001', components: [{ sku: 'MUG', quantity: 1 }] });
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'COAST-4', itemId: 'B0COAST004', components: [{ sku: 'COASTER', quantity: 4 }] });
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'TEAPOT-1', components: [{ sku: 'TEAPOT', quantity: 1 }] });
    const imported = await importFile(s.token, { channelId: s.channels.amazon, defaultCurrency: 'USD' }, unshippedReport);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const orders = (await call('GET', `/v1/orders?channelId=${s.channels.amazon}`, { token: s.token })).body.orders as Array<{ id: string; externalId: string }>;
    const byNumber = new Map(orders.map((o) => [o.externalId, o.id]));
    expect(await linesOf(s, byNumber.get('112-5555555-5555555')!)).toEqual([
      { sku: 'MUG-12-BLK', channelSku: 'MUG-12-BLK', channelItemId: null, allocation: 'allocated' },
      { sku: 'COAST-4', channelSku: 'COAST-4', channelItemId: null, allocation: 'allocated' },
    ]);
    expect(await totals(s, 'MUG')).toMatchObject({ reserved: 2 });
    expect(await totals(s, 'COASTER')).toMatchObject({ reserved: 4 });
    expect(await totals(s, 'TEAPOT')).toMatchObject({ reserved: 1 });
    await expectBalancedBooks(s.id);
  });
});

/** The statement of the line-keys migration. */
function migrationStatement(): string {
  const found = env.TEST_MIGRATIONS.flatMap((m) => m.queries).filter((q) => q.includes('-- Amazon lines keyed by ASIN'));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the migration of Amazon lines keyed by ASIN', () => {
  it('moves each to the seller SKU its line or its one listing tells, and leaves the rest unknown with the ASIN kept', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 20, LAMP: 5, TOWEL: 5 });
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'LAMP-1', itemId: 'B0LAMP0001', components: [{ sku: 'LAMP', quantity: 1 }] });
    // One ASIN, two offers: its listings cannot say which a line was.
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'MUG-FBM', itemId: 'B0CJ4XKQ2Z', components: [{ sku: 'MUG', quantity: 1 }] });
    await putListing(s, { channelId: s.channels.amazon, channelSku: 'MUG-2PK', itemId: 'B0CJ4XKQ2Z', components: [{ sku: 'MUG', quantity: 2 }] });
    const [amazonOrder] = await capture(s, [
      anOrder(s.channels.amazon, {
        lines: [
          { sku: 'MUG-2PK', channelSku: 'MUG-2PK', title: 'Mug 2-pack', quantity: 1, unitPrice: 100 },
          { channelSku: 'LAMP-1', title: 'Lamp', quantity: 1, unitPrice: 100 },
          { channelSku: 'MUG-FBM', title: 'Mug', quantity: 1, unitPrice: 100 },
          { channelSku: 'TOWEL-X', title: 'Towel', quantity: 1, unitPrice: 100 },
        ],
        total: 400,
      }),
    ]);
    const [ebayOrder] = await capture(s, [anOrder(s.channels.ebay, { lines: [{ channelSku: 'B0CJ4XKQ2Z', title: 'Not an ASIN on eBay', quantity: 1, unitPrice: 100 }], total: 100 })]);
    const reservedBefore = await totals(s, 'MUG');
    // As lines stood before: the ASIN as channel SKU, nothing beside it (and one line that names no ASIN at all).
    const asinOf: Record<string, string> = { 'MUG-2PK': 'B0CJ4XKQ2Z', 'LAMP-1': 'B0LAMP0001', 'MUG-FBM': 'B0CJ4XKQ2Z' };
    for (const [channelSku, asin] of Object.entries(asinOf)) {
      await env.DB.prepare('UPDATE order_lines SET channel_sku = ?, channel_item_id = NULL WHERE order_id = ? AND channel_sku = ?').bind(asin, amazonOrder, channelSku).run();
    }

    await env.DB.prepare(migrationStatement()).run();

    expect(await linesOf(s, amazonOrder)).toEqual([
      // The line's own seller SKU.
      { sku: 'MUG-2PK', channelSku: 'MUG-2PK', channelItemId: 'B0CJ4XKQ2Z', allocation: 'allocated' },
      // The one listing that carries its ASIN.
      { sku: null, channelSku: 'LAMP-1', channelItemId: 'B0LAMP0001', allocation: 'allocated' },
      // Two listings carry its ASIN and the line names no SKU: unknown, never a guess.
      { sku: null, channelSku: null, channelItemId: 'B0CJ4XKQ2Z', allocation: 'allocated' },
      // No ASIN: untouched.
      { sku: null, channelSku: 'TOWEL-X', channelItemId: null, allocation: 'unmapped' },
    ]);
    expect(await linesOf(s, ebayOrder)).toEqual([{ sku: null, channelSku: 'B0CJ4XKQ2Z', channelItemId: null, allocation: 'unmapped' }]);
    // Keys moved; nothing reserved moved with them.
    expect(await totals(s, 'MUG')).toEqual(reservedBefore);
    await expectBalancedBooks(s.id);
  });
});
