/**
 * The marketplaces' own upload files, byte for byte against hand-written
 * files of each layout; "uploaded" marks making the next file hold only
 * what changed; and the channels that have no usable layout refused.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { bigBookStatements } from '../../bench/lib/big-book.js';
import { app } from '../../worker/app.js';
import amazonPriceQuantity from '../fixtures/upload-files/amazon-price-quantity.txt?raw';
import amazonShippingConfirmation from '../fixtures/upload-files/amazon-shipping-confirmation.txt?raw';
import ebayRevise from '../fixtures/upload-files/ebay-revise-price-quantity.csv?raw';
import ebayTracking from '../fixtures/upload-files/ebay-tracking.csv?raw';
import shopifyInventory from '../fixtures/upload-files/shopify-inventory.csv?raw';
import { capture } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount, type TestSeller } from './helpers.js';
import { stock } from './inventory-helpers.js';

/** A file as the client receives it: its exact bytes and headers. */
async function download(s: TestSeller, path: string): Promise<{ status: number; bytes: Uint8Array; headers: Headers; id: string }> {
  const res = await app.request(path, { headers: { Authorization: `Bearer ${s.token}` } }, env);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, bytes, headers: res.headers, id: res.headers.get('Upload-File-Id') ?? '' };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
const textOf = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function putListing(s: TestSeller, body: Record<string, unknown>): Promise<void> {
  const res = await call('PUT', '/v1/listings', { token: s.token, body: body as never });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function observe(s: TestSeller, channelId: string, channelSku: string, listedQuantity: number): Promise<void> {
  const res = await call('POST', '/v1/listings/observations', { token: s.token, body: [{ channelId, channelSku, listedQuantity, seenAt: '2026-12-01T08:00:00Z' }] });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
}

const markUploaded = (s: TestSeller, id: string) => call('POST', `/v1/exports/${id}/uploaded`, { token: s.token });

/** Amazon: two offers of one ASIN under their own seller SKUs, a listing still keyed by ASIN, one shown at its figure. */
async function amazonBook(s: TestSeller): Promise<void> {
  await stock(s, { MUG: 10, LAMP: 3 });
  const amazon = s.channels.amazon;
  await putListing(s, { channelId: amazon, channelSku: 'MUG-FBM', itemId: 'B0CJ4XKQ2Z', title: 'Blue mug', components: [{ sku: 'MUG', quantity: 1 }] });
  await putListing(s, { channelId: amazon, channelSku: 'MUG-2PK', itemId: 'B0CJ4XKQ2Z', title: 'Blue mug, 2-pack', components: [{ sku: 'MUG', quantity: 2 }] });
  await putListing(s, { channelId: amazon, channelSku: 'B0LAMPASIN', title: 'Lamp keyed by ASIN', components: [{ sku: 'LAMP', quantity: 1 }] });
  await putListing(s, { channelId: amazon, channelSku: 'LAMP-1', itemId: 'B0LAMP0001', title: 'Lamp', components: [{ sku: 'LAMP', quantity: 1 }] });
  await observe(s, amazon, 'LAMP-1', 3);
}

describe('quantity upload files', () => {
  it('Amazon Price & Quantity: the two offers of one ASIN each get their own row, byte for byte', async () => {
    const s = await newSeller();
    await amazonBook(s);
    const file = await download(s, `/v1/exports/quantities?channelId=${s.channels.amazon}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(file.headers.get('Content-Disposition')).toMatch(/^attachment; filename="amazon-price-quantity-\d{8}-\d{6}\.txt"$/);
    expect(amazonPriceQuantity).toContain('\t\r\n');
    expect(file.bytes).toEqual(bytesOf(amazonPriceQuantity));
    const listing = await call('GET', `/v1/listings/${s.channels.amazon}/B0LAMPASIN`, { token: s.token });
    expect([listing.body.listing.needsSku, listing.body.listing.itemId]).toEqual([true, null]);
  });

  it('after "uploaded" the next file holds only what changed, and a cancel alone changes it', async () => {
    const s = await newSeller();
    await amazonBook(s);
    const header = amazonPriceQuantity.split('\r\n')[0];
    const first = await download(s, `/v1/exports/quantities?channelId=${s.channels.amazon}`);
    const marked = await markUploaded(s, first.id);
    expect([marked.status, marked.body.file.status, marked.body.file.rows]).toEqual([200, 'uploaded', 2]);
    expect(textOf((await download(s, `/v1/exports/quantities?channelId=${s.channels.amazon}`)).bytes)).toBe(`${header}\r\n`);

    const [orderId] = await capture(s, [anOrder(s.channels.amazon, { lines: [{ channelSku: 'MUG-FBM', title: 'Blue mug', quantity: 2, unitPrice: 1299 }], total: 2598 })]);
    const afterSale = await download(s, `/v1/exports/quantities?channelId=${s.channels.amazon}`);
    expect(textOf(afterSale.bytes)).toBe(`${header}\r\nMUG-2PK\t\t\t\t4\t\t\r\nMUG-FBM\t\t\t\t8\t\t\r\n`);
    expect((await markUploaded(s, afterSale.id)).status).toBe(200);

    expect((await call('POST', `/v1/orders/${orderId}/cancel`, { token: s.token, body: {} })).status).toBe(200);
    const afterCancel = await download(s, `/v1/exports/quantities?channelId=${s.channels.amazon}`);
    expect(textOf(afterCancel.bytes)).toBe(`${header}\r\nMUG-2PK\t\t\t\t5\t\t\r\nMUG-FBM\t\t\t\t10\t\t\r\n`);
    const all = await download(s, `/v1/exports/quantities?channelId=${s.channels.amazon}&all=true`);
    // Ordered by ASIN, then seller SKU: B0CJ4XKQ2Z's two offers before B0LAMP0001.
    expect(textOf(all.bytes).split('\r\n').slice(1, -1)).toEqual(['MUG-2PK\t\t\t\t5\t\t', 'MUG-FBM\t\t\t\t10\t\t', 'LAMP-1\t\t\t\t3\t\t']);
  });

  it('eBay revise price and quantity: BOM, #INFO line, variations under a parent row, byte for byte', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10, 'TEE-M': 4, 'TEE-S': 2 });
    const ebay = s.channels.ebay;
    await putListing(s, { channelId: ebay, channelSku: 'MUG-EB', itemId: '394857160001', title: 'Blue mug', components: [{ sku: 'MUG', quantity: 1 }] });
    for (const size of ['S', 'M']) {
      await putListing(s, {
        channelId: ebay,
        channelSku: `TEE-${size}`,
        itemId: '394857162534',
        title: 'Tee, cotton',
        variation: [{ name: 'Size', value: size }],
        components: [{ sku: `TEE-${size}`, quantity: 1 }],
      });
    }
    await putListing(s, { channelId: ebay, channelSku: 'NO-ITEM', title: 'No item number', components: [{ sku: 'MUG', quantity: 1 }] });
    const file = await download(s, `/v1/exports/quantities?channelId=${ebay}&format=ebay-revise-price-quantity`);
    expect(file.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.bytes).toEqual(bytesOf(ebayRevise));
    const pending = await call('GET', '/v1/exports/pending', { token: s.token });
    const state = pending.body.channels.find((c: { channelId: string }) => c.channelId === ebay)!;
    expect([state.quantities.pending, state.quantities.missingKey, state.files[0]?.status, state.files[0]?.rows]).toEqual([3, 1, 'downloaded', 3]);
  });

  it('Shopify inventory: on hand written so Shopify’s available is available-to-sell, per location, byte for byte', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10, RED: 4 });
    const shop = s.channels.shopify;
    await putListing(s, { channelId: shop, channelSku: 'MUG-SH', itemId: 'blue-mug', title: 'Blue mug', variation: [{ name: 'Color', value: 'Blue' }], components: [{ sku: 'MUG', quantity: 1 }] });
    await putListing(s, { channelId: shop, channelSku: 'MUG-RED', itemId: 'red-mug', title: 'Red mug', components: [{ sku: 'RED', quantity: 1 }] });
    await capture(s, [anOrder(shop, { externalId: '#1001', lines: [{ channelSku: 'MUG-SH', title: 'Blue mug', quantity: 2, unitPrice: 1299 }] })]);
    await observe(s, shop, 'MUG-SH', 7);
    const noLocation = await call('GET', `/v1/exports/quantities?channelId=${shop}`, { token: s.token });
    expect([noLocation.status, noLocation.body.error.issues?.[0]?.path]).toEqual([400, 'query.location']);
    const file = await download(s, `/v1/exports/quantities?channelId=${shop}&location=${encodeURIComponent('Main warehouse')}`);
    expect(file.bytes).toEqual(bytesOf(shopifyInventory));
    expect(shopifyInventory).not.toContain('\r');
  });

  it('a channel kind without a bulk layout is a 400 naming the field and the on-page alternative, and records nothing', async () => {
    const s = await newSeller();
    const answers = [];
    for (const path of [
      `/v1/exports/quantities?channelId=${s.channels.etsy}`,
      `/v1/exports/quantities?channelId=${s.channels.walmart}`,
      `/v1/exports/shipments?channelId=${s.channels.shopify}&since=2026-12-01T00:00:00Z`,
      `/v1/exports/shipments?channelId=${s.channels.etsy}&since=2026-12-01T00:00:00Z`,
    ]) {
      const res = await call('GET', path as '/v1/exports/quantities', { token: s.token });
      answers.push([res.status, res.body.error.code, res.body.error.issues?.[0]?.path, (res.body.error as { alternative?: string }).alternative]);
    }
    expect(answers).toEqual([
      [400, 'no_upload_layout', 'query.channelId', 'Use "Set to N" on the Etsy listings page (or the listing editor).'],
      [400, 'no_upload_layout', 'query.channelId', 'Use "Set to N" on the Walmart items page.'],
      [400, 'no_upload_layout', 'query.channelId', 'Use "Confirm shipment" on the Shopify order page.'],
      [400, 'no_upload_layout', 'query.channelId', 'Use "Confirm shipment" on the Etsy order page.'],
    ]);
    const wrongFormat = await call('GET', `/v1/exports/quantities?channelId=${s.channels.amazon}&format=shopify-inventory`, { token: s.token });
    expect([wrongFormat.status, wrongFormat.body.error.issues]).toEqual([400, [{ path: 'query.format', message: "A amazon channel's quantities file is amazon-price-quantity." }]]);
    expect(await rowCount('upload_files', s.id)).toBe(0);
  });
});

/** Ships every line of an order, then fixes its ship time so the file's date is known. */
async function shipAll(s: TestSeller, orderId: string, carrier: string, service: string, trackingNumber: string, shippedAt: string): Promise<void> {
  const order = await call('GET', `/v1/orders/${orderId}`, { token: s.token });
  const lines = order.body.order.lines.map((l: { id: string; quantity: number }) => ({ lineId: l.id, quantity: l.quantity }));
  const res = await call('POST', `/v1/orders/${orderId}/shipments`, { token: s.token, body: { carrier, service, trackingNumber, lines } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  await env.DB.prepare('UPDATE shipments SET shipped_at = ? WHERE order_id = ?').bind(shippedAt, orderId).run();
}

describe('shipment upload files', () => {
  it('Amazon Shipping Confirmation: one row per shipment, carriers off Amazon’s list as Other, byte for byte; then only new shipments', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10 });
    const amazon = s.channels.amazon;
    const [first, second] = await capture(s, [
      anOrder(amazon, { externalId: '113-1000001-0000001', lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1299 }], total: 1299 }),
      anOrder(amazon, { externalId: '113-1000001-0000002', lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1299 }], total: 2598 }),
    ]);
    await shipAll(s, first, 'UPS', 'Ground', '1Z999AA10123456784', '2026-12-01T15:00:00.000Z');
    await shipAll(s, second, 'Royal Mail', 'Tracked 48', 'RM123456785GB', '2026-12-02T09:30:00.000Z');
    const file = await download(s, `/v1/exports/shipments?channelId=${amazon}&since=2026-11-30T00:00:00Z`);
    expect(file.bytes).toEqual(bytesOf(amazonShippingConfirmation));
    expect(file.headers.get('Content-Disposition')).toMatch(/filename="amazon-shipping-confirmation-\d{8}-\d{6}\.txt"/);
    expect((await markUploaded(s, file.id)).status).toBe(200);
    const next = await download(s, `/v1/exports/shipments?channelId=${amazon}&since=2026-11-30T00:00:00Z`);
    expect(textOf(next.bytes)).toBe(`${amazonShippingConfirmation.split('\r\n')[0]}\r\n`);
  });

  it('eBay tracking upload: one row per shipped line, item number from the listing where known, byte for byte', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10, LAMP: 5 });
    const ebay = s.channels.ebay;
    await putListing(s, { channelId: ebay, channelSku: 'MUG-EB', itemId: '394857160001', title: 'Blue mug', components: [{ sku: 'MUG', quantity: 1 }] });
    await putListing(s, { channelId: ebay, channelSku: 'LAMP-EB', components: [{ sku: 'LAMP', quantity: 1 }] });
    const [id] = await capture(s, [
      anOrder(ebay, {
        externalId: '12-10001-10001',
        lines: [
          { channelSku: 'MUG-EB', title: 'Blue mug', quantity: 1, unitPrice: 1299 },
          { channelSku: 'LAMP-EB', title: 'Lamp', quantity: 1, unitPrice: 1299 },
        ],
      }),
    ]);
    await shipAll(s, id, 'USPS', 'Priority', '9400111899223197428490', '2026-12-03T10:00:00.000Z');
    const file = await download(s, `/v1/exports/shipments?channelId=${ebay}&since=2026-12-01T00:00:00Z`);
    expect(file.bytes).toEqual(bytesOf(ebayTracking));
    const pending = await call('GET', '/v1/exports/pending', { token: s.token });
    const state = pending.body.channels.find((c: { channelId: string }) => c.channelId === ebay)!;
    expect(state.shipments).toEqual({ layout: 'ebay-tracking', title: 'eBay tracking upload (unconfirmed layout)', confirmed: false, pending: 1, morePending: false });
  });

  it('a second mark, or a mark on a file older than an uploaded one with the same rows, is a 409 naming exportId and changes nothing', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10 });
    const amazon = s.channels.amazon;
    const [id] = await capture(s, [anOrder(amazon, { lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1299 }], total: 1299 })]);
    await shipAll(s, id, 'UPS', 'Ground', '1Z1', '2026-12-01T15:00:00.000Z');
    const older = await download(s, `/v1/exports/shipments?channelId=${amazon}&since=2026-11-30T00:00:00Z`);
    const newer = await download(s, `/v1/exports/shipments?channelId=${amazon}&since=2026-11-30T00:00:00Z`);
    expect((await markUploaded(s, newer.id)).status).toBe(200);
    const again = await markUploaded(s, newer.id);
    const stale = await markUploaded(s, older.id);
    expect([again.status, again.body.error.code, again.body.error.issues?.[0]?.path]).toEqual([409, 'stale_upload_mark', 'exportId']);
    expect([stale.status, stale.body.error.code, stale.body.error.issues?.[0]?.path]).toEqual([409, 'stale_upload_mark', 'exportId']);
    expect(stale.body.error.message).toContain(newer.id);
    const sent = await env.DB.prepare('SELECT file_id FROM sent_shipments WHERE seller_id = ?').bind(s.id).all<{ file_id: string }>();
    expect(sent.results.map((r) => r.file_id)).toEqual([newer.id]);
    const files = await call('GET', '/v1/exports/pending', { token: s.token });
    const state = files.body.channels.find((c: { channelId: string }) => c.channelId === amazon)!;
    expect(state.files.map((f: { id: string; status: string }) => [f.id, f.status]).sort()).toEqual(
      [
        [newer.id, 'uploaded'],
        [older.id, 'downloaded'],
      ].sort(),
    );
    expect((await call('POST', '/v1/exports/upf_nope/uploaded', { token: s.token })).status).toBe(404);
  });

  it('counts a channel’s unconfirmed shipments up to 1,000 and says when more wait', async () => {
    const s = await newSeller();
    // One order in 20 of the big book is cancelled and unshipped: 1,100 orders make 1,045 shipments, all on Amazon.
    for (const q of bigBookStatements({ sellerId: s.id, channelIds: [s.channels.amazon], orders: 1100, customers: 100, skus: 10, location: 'bb' })) await env.DB.prepare(q).run();
    const pending = await call('GET', '/v1/exports/pending', { token: s.token });
    const of = (id: string) => pending.body.channels.find((c: { channelId: string }) => c.channelId === id)!.shipments;
    expect([of(s.channels.amazon).pending, of(s.channels.amazon).morePending]).toEqual([1000, true]);
    expect([of(s.channels.ebay).pending, of(s.channels.ebay).morePending]).toEqual([0, false]);
  });
});

describe('Amazon listings keyed by seller SKU', () => {
  it('order lines naming one ASIN take the offer their seller SKU names, also when the listing comes after the order', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10 });
    const amazon = s.channels.amazon;
    await putListing(s, { channelId: amazon, channelSku: 'MUG-FBM', itemId: 'B0CJ4XKQ2Z', components: [{ sku: 'MUG', quantity: 1 }] });
    const [id] = await capture(s, [
      anOrder(amazon, {
        lines: [
          { sku: 'MUG-FBM', channelSku: 'B0CJ4XKQ2Z', quantity: 1, unitPrice: 1299 },
          { sku: 'MUG-2PK', channelSku: 'B0CJ4XKQ2Z', quantity: 1, unitPrice: 2399 },
        ],
        total: 3698,
      }),
    ]);
    const before = await call('GET', `/v1/orders/${id}`, { token: s.token });
    expect(before.body.order.lines.map((l: { allocation: string }) => l.allocation)).toEqual(['allocated', 'unmapped']);
    await putListing(s, { channelId: amazon, channelSku: 'MUG-2PK', itemId: 'B0CJ4XKQ2Z', components: [{ sku: 'MUG', quantity: 2 }] });
    const after = await call('GET', `/v1/orders/${id}`, { token: s.token });
    expect(after.body.order.lines.map((l: { allocation: string }) => l.allocation)).toEqual(['allocated', 'allocated']);
    const available = await call('GET', `/v1/availability?channelId=${amazon}`, { token: s.token });
    // 10 on hand, 1 + 2 held: 7 single mugs, 3 two-packs.
    expect(available.body.listings.map((l: { channelSku: string; availableToSell: number }) => [l.channelSku, l.availableToSell])).toEqual([
      ['MUG-2PK', 3],
      ['MUG-FBM', 7],
    ]);
  });
});
