/**
 * Reconciliation of what the portals show against the book, with exact
 * counts on real D1, kept current by stock changes; and migration 0017
 * moving Amazon listings keyed by ASIN to their seller SKU.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import migration from '../../worker/migrations/0017_sync_back.sql?raw';
import { capture } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { stock } from './inventory-helpers.js';

const sight = (s: TestSeller, orders: Array<[externalId: string, channelStatus: string]>) =>
  call('POST', '/v1/reconciliation/sightings', {
    token: s.token,
    body: { channelId: s.channels.amazon, orders: orders.map(([externalId, channelStatus]) => ({ externalId, channelStatus, seenAt: '2026-12-01T08:00:00Z' })) },
  });

async function shipAll(s: TestSeller, orderId: string): Promise<void> {
  const order = await call('GET', `/v1/orders/${orderId}`, { token: s.token });
  const lines = order.body.order.lines.map((l: { id: string; quantity: number }) => ({ lineId: l.id, quantity: l.quantity }));
  expect((await call('POST', `/v1/orders/${orderId}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: '1Z1', lines } })).status).toBe(200);
}

describe('reconciliation', () => {
  it('counts orders the book lacks, status disagreements that need action and quantities shown wrong, exactly', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10 });
    const amazon = s.channels.amazon;
    const put = await call('PUT', '/v1/listings', { token: s.token, body: { channelId: amazon, channelSku: 'MUG-FBM', itemId: 'B0CJ4XKQ2Z', components: [{ sku: 'MUG', quantity: 1 }] } });
    expect(put.status).toBe(200);
    const line = [{ sku: 'MUG', quantity: 1, unitPrice: 1299 }];
    const ids = ['113-2000000-0000001', '113-2000000-0000002', '113-2000000-0000004', '113-2000000-0000005'];
    const [shippedUnconfirmed, cancelledOnPortal, shippedBoth] = await capture(
      s,
      ids.map((externalId) => anOrder(amazon, { externalId, channelStatus: 'Unshipped', lines: line, total: 1299 })),
    );
    await shipAll(s, shippedUnconfirmed);
    await shipAll(s, shippedBoth);
    expect(
      (
        await sight(s, [
          ['113-2000000-0000002', 'Cancelled'],
          ['113-2000000-0000003', 'Unshipped'],
          ['113-2000000-0000004', 'Shipped'],
          ['113-2000000-0000005', 'Unshipped'],
        ])
      ).status,
    ).toBe(204);
    const observed = await call('POST', '/v1/listings/observations', { token: s.token, body: [{ channelId: amazon, channelSku: 'MUG-FBM', listedQuantity: 7, seenAt: '2026-12-01T08:00:00Z' }] });
    expect(observed.status).toBeLessThan(300);

    const res = await call('GET', `/v1/reconciliation?channelId=${amazon}`, { token: s.token });
    expect(res.status).toBe(200);
    // 10 on hand, two shipped, two held by open orders: 6 to sell where the page shows 7.
    expect(res.body.channels).toEqual([
      {
        channelId: amazon,
        kind: 'amazon',
        missingFromBook: { count: 1, externalIds: ['113-2000000-0000003'] },
        statusMismatch: {
          count: 2,
          orders: [
            { orderId: shippedUnconfirmed, externalId: '113-2000000-0000001', portalStatus: 'Unshipped', bookStatus: 'shipped', action: 'confirm_shipment' },
            { orderId: cancelledOnPortal, externalId: '113-2000000-0000002', portalStatus: 'Cancelled', bookStatus: 'ready', action: 'cancel_in_book' },
          ],
        },
        quantityMismatch: { count: 1, listings: [{ channelSku: 'MUG-FBM', listed: 7, availableToSell: 6, seenAt: '2026-12-01T08:00:00.000Z' }] },
      },
    ]);

    // Cancelling in the book frees its unit: the listing now sells what the page shows, and nothing else needs doing.
    expect((await call('POST', `/v1/orders/${cancelledOnPortal}/cancel`, { token: s.token, body: {} })).status).toBe(200);
    const after = (await call('GET', `/v1/reconciliation?channelId=${amazon}`, { token: s.token })).body.channels[0]!;
    expect([after.missingFromBook.count, after.statusMismatch.count, after.quantityMismatch.count]).toEqual([1, 1, 0]);
    const every = await call('GET', '/v1/reconciliation', { token: s.token });
    expect(every.body.channels.map((c: { kind: string }) => c.kind).sort()).toEqual(['amazon', 'ebay', 'etsy', 'manual', 'shopify', 'walmart']);
  });

  it('sightings for a channel that is not the seller’s, or malformed, are a 400 naming the field and record nothing', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const foreign = await call('POST', '/v1/reconciliation/sightings', {
      token: s.token,
      body: { channelId: other.channels.amazon, orders: [{ externalId: 'X', channelStatus: 'Unshipped', seenAt: '2026-12-01T08:00:00Z' }] },
    });
    expect([foreign.status, foreign.body.error.issues?.[0]?.path]).toEqual([400, 'channelId']);
    const bad = await call('POST', '/v1/reconciliation/sightings', {
      token: s.token,
      body: { channelId: s.channels.amazon, orders: [{ externalId: 'X', channelStatus: 'Unshipped', seenAt: 'yesterday' }] },
    });
    expect([bad.status, bad.body.error.issues?.[0]?.path]).toEqual([400, 'orders.0.seenAt']);
    const n = await env.DB.prepare('SELECT count(*) AS n FROM portal_orders WHERE seller_id IN (?, ?)').bind(s.id, other.id).first<{ n: number }>();
    expect(n?.n).toBe(0);
  });
});

/** The statements of migration 0017 that move ASIN-keyed listings, as D1 runs them. */
const asinMoves = migration
  .slice(migration.indexOf('CREATE TABLE `_asin_moves`'))
  .split('--> statement-breakpoint')
  .map((s) => s.trim())
  .filter(Boolean);

describe('Amazon listings keyed by seller SKU (migration 0017)', () => {
  it('moves an ASIN-keyed listing to the one seller SKU its order lines name, with its sighting; flags the rest', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10, LAMP: 4 });
    const amazon = s.channels.amazon;
    for (const [channelSku, sku] of [
      ['B0AAAAAAA1', 'MUG'],
      ['B0AAAAAAA2', 'LAMP'],
      ['B0AAAAAAA3', 'MUG'],
    ]) {
      expect((await call('PUT', '/v1/listings', { token: s.token, body: { channelId: amazon, channelSku: channelSku!, components: [{ sku: sku!, quantity: 1 }] } })).status).toBe(200);
    }
    await call('POST', '/v1/listings/observations', { token: s.token, body: [{ channelId: amazon, channelSku: 'B0AAAAAAA1', listedQuantity: 9, seenAt: '2026-12-01T08:00:00Z' }] });
    await capture(s, [
      anOrder(amazon, { lines: [{ sku: 'AMZ-MUG-1', channelSku: 'B0AAAAAAA1', quantity: 1, unitPrice: 1299 }], total: 1299 }),
      anOrder(amazon, { lines: [{ sku: 'AMZ-MUG-3A', channelSku: 'B0AAAAAAA3', quantity: 1, unitPrice: 1299 }], total: 1299 }),
      anOrder(amazon, { lines: [{ sku: 'AMZ-MUG-3B', channelSku: 'B0AAAAAAA3', quantity: 1, unitPrice: 1299 }], total: 1299 }),
    ]);
    // As the rows stood before 0017: keyed by ASIN, nothing flagged.
    await env.DB.prepare('UPDATE listings SET needs_sku = 0, item_id = NULL WHERE seller_id = ?').bind(s.id).run();
    await env.DB.batch(asinMoves.map((q) => env.DB.prepare(q)));

    const listed = await call('GET', `/v1/listings?channelId=${amazon}`, { token: s.token });
    expect(listed.body.listings.map((l: { channelSku: string; itemId: string | null; needsSku: boolean; components: unknown }) => [l.channelSku, l.itemId, l.needsSku, l.components])).toEqual([
      ['AMZ-MUG-1', 'B0AAAAAAA1', false, [{ sku: 'MUG', quantity: 1 }]],
      ['B0AAAAAAA2', 'B0AAAAAAA2', true, [{ sku: 'LAMP', quantity: 1 }]],
      ['B0AAAAAAA3', 'B0AAAAAAA3', true, [{ sku: 'MUG', quantity: 1 }]],
    ]);
    const risk = await call('GET', `/v1/risk?channelId=${amazon}&channelSku=AMZ-MUG-1`, { token: s.token });
    expect(risk.body.risks.map((r: { channelSku: string; listed: number | null }) => [r.channelSku, r.listed])).toEqual([['AMZ-MUG-1', 9]]);
  });
});
