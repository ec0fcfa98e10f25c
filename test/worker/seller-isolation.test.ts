/**
 * Sellers are isolated on every route: seller A sets up one of everything,
 * and seller B, calling every operation in /openapi.json with A's ids, gets
 * 404 (or, where an id travels in the body or query, a refusal), and never
 * sees A's data in a list. An operation the document gains without a case
 * here fails the first test, so new routes are covered as they come.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Method } from './api-types.js';
import { type Answer, anOrder, call, newSeller, type TestSeller } from './helpers.js';

/** Seller A's resources, one of each kind a path can name. */
interface Owned {
  seller: TestSeller;
  orderId: string;
  externalId: string;
  lineId: string;
  sku: string;
  location: string;
  channelSku: string;
  customerId: string;
  pickListId: string;
  webhookId: string;
  deliveryId: string;
  tokenId: string;
  shopChannelId: string;
  erasureId: string;
  uploadFileId: string;
  mergeGroupId: string;
  mergedOrderIds: string[];
  importId: string;
}

async function ok(answer: Promise<Answer>, what: string): Promise<Answer> {
  const res = await answer;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

async function setUpSellerA(): Promise<Owned> {
  const seller = await newSeller('Seller A');
  const token = seller.token;
  const sku = 'ISO-MUG-1';
  const location = 'iso-back-room';
  const channelSku = 'ISO-AMZ-MUG';
  await ok(call('POST', '/v1/skus', { token, body: { skus: [{ sku, title: 'Isolated mug' }] } }), 'sku');
  await ok(call('POST', '/v1/locations', { token, body: { code: location, name: 'Back room' } }), 'location');
  await ok(call('PUT', `/v1/inventory/${sku}`, { token, body: { location, onHand: 20 } }), 'stock');
  await ok(call('PUT', '/v1/listings', { token, body: { channelId: seller.channels.amazon, channelSku, title: 'Mug', components: [{ sku, quantity: 1 }] } }), 'listing');
  const webhook = await ok(call('POST', '/v1/webhooks', { token, body: { url: 'https://hooks.example/a', events: ['order.created'] } }), 'webhook');
  const order = anOrder(seller.channels.amazon, {
    buyer: { name: 'Isolde Owner', email: 'isolde@example.com' },
    lines: [{ sku: channelSku, title: 'Mug', quantity: 1, unitPrice: 1299 }],
    total: 1299,
  });
  const captured = await ok(call('POST', '/v1/orders', { token, body: order }), 'order');
  const orderId: string = captured.body.results[0].id;
  const detail = await ok(call('GET', `/v1/orders/${orderId}`, { token }), 'order detail');
  const customer = await ok(call('POST', '/v1/customers', { token, body: { name: 'Isa Customer', email: 'isa@example.com', tags: ['vip'] } }), 'customer');
  const pickList = await ok(call('POST', '/v1/picklists', { token, body: { orderIds: [orderId] } }), 'pick list');
  const deliveries = await ok(call('GET', `/v1/webhooks/${webhook.body.endpoint.id}/deliveries`, { token }), 'deliveries');
  const minted = await ok(call('POST', '/v1/tokens', { token, body: { name: 'warehouse' } }), 'token');
  const gone = await ok(call('POST', '/v1/customers', { token, body: { name: 'Gone Customer', email: 'gone@example.com' } }), 'customer to erase');
  const erased = await ok(call('POST', `/v1/customers/${gone.body.customer.id}/erase`, { token, body: {} }), 'erasure');
  const shop = await ok(call('POST', '/v1/channels', { token, body: { kind: 'shopify', name: 'Signed shop', webhookSecret: 'shpss_seller_a_secret' } }), 'shop');
  const file = await ok(call('GET', `/v1/exports/quantities?channelId=${seller.channels.amazon}`, { token }), 'quantity file');
  const shipTo = { name: 'Isolde Owner', line1: '1 Iso Lane', postalCode: '10001', country: 'US' };
  const pair = await ok(call('POST', '/v1/orders', { token, body: { orders: [anOrder(seller.channels.ebay, { shipTo }), anOrder(seller.channels.ebay, { shipTo })] } }), 'orders to merge');
  const mergedOrderIds: string[] = pair.body.results.map((r: { id: string }) => r.id);
  const merged = await ok(call('POST', '/v1/orders/merge', { token, body: { orderIds: mergedOrderIds } }), 'merge');
  const queuedFile = 'order-id\tpurchase-date\n';
  const queued = await ok(
    call('POST', `/v1/imports?format=auto&channelId=${seller.channels.amazon}&async=true`, {
      token,
      body: queuedFile,
      headers: { 'Content-Type': 'text/tab-separated-values', 'Content-Length': String(queuedFile.length) },
    }),
    'queued import',
  );
  return {
    seller,
    orderId,
    externalId: order.externalId,
    lineId: detail.body.order.lines[0].id,
    sku,
    location,
    channelSku,
    customerId: customer.body.customer.id,
    pickListId: pickList.body.pickList.id,
    webhookId: webhook.body.endpoint.id,
    deliveryId: deliveries.body.deliveries[0].id,
    tokenId: minted.body.info.id,
    shopChannelId: shop.body.channel.id,
    erasureId: erased.body.receipt.id,
    uploadFileId: file.headers.get('Upload-File-Id') ?? '',
    mergeGroupId: merged.body.group.id,
    mergedOrderIds,
    importId: 'importId' in queued.body ? queued.body.importId : '',
  };
}

/** A request B sends. */
interface Probe {
  path: string;
  body?: unknown;
}

/**
 * Operations whose path names A's resource: B must get 404. A SKU is a code
 * each seller names, not an id: a count for a SKU B does not have is the
 * documented 400 naming `param.sku`, the same answer as for a SKU nobody has.
 */
const PATH_ID_CASES: Record<string, (a: Owned) => Probe> = {
  'DELETE /v1/tokens/{id}': (a) => ({ path: `/v1/tokens/${a.tokenId}` }),
  'PATCH /v1/tokens/{id}': (a) => ({ path: `/v1/tokens/${a.tokenId}`, body: { role: 'viewer' } }),
  'PATCH /v1/channels/{id}': (a) => ({ path: `/v1/channels/${a.seller.channels.amazon}`, body: { name: 'Taken over' } }),
  'GET /v1/orders/{id}': (a) => ({ path: `/v1/orders/${a.orderId}` }),
  'GET /v1/imports/{importId}': (a) => ({ path: `/v1/imports/${a.importId}` }),
  'POST /v1/orders/{id}/transitions': (a) => ({ path: `/v1/orders/${a.orderId}/transitions`, body: { to: 'cancelled' } }),
  'POST /v1/orders/{id}/hold': (a) => ({ path: `/v1/orders/${a.orderId}/hold`, body: { reason: 'fraud_review' } }),
  'POST /v1/orders/{id}/release': (a) => ({ path: `/v1/orders/${a.orderId}/release`, body: {} }),
  'POST /v1/orders/{id}/shipments': (a) => ({ path: `/v1/orders/${a.orderId}/shipments`, body: { carrier: 'UPS', trackingNumber: '1Z999', lines: [{ lineId: a.lineId, quantity: 1 }] } }),
  'POST /v1/orders/{id}/split': (a) => ({ path: `/v1/orders/${a.orderId}/split`, body: { lines: [{ lineId: a.lineId, quantity: 1 }] } }),
  'DELETE /v1/merge-groups/{groupId}': (a) => ({ path: `/v1/merge-groups/${a.mergeGroupId}` }),
  'POST /v1/merge-groups/{groupId}/shipments': (a) => ({ path: `/v1/merge-groups/${a.mergeGroupId}/shipments`, body: { carrier: 'UPS', trackingNumber: '1Z999' } }),
  'POST /v1/orders/{id}/deliver': (a) => ({ path: `/v1/orders/${a.orderId}/deliver`, body: {} }),
  'POST /v1/orders/{id}/cancel': (a) => ({ path: `/v1/orders/${a.orderId}/cancel`, body: {} }),
  'POST /v1/orders/{id}/returns': (a) => ({ path: `/v1/orders/${a.orderId}/returns`, body: { lines: [{ lineId: a.lineId, quantity: 1 }], restock: true } }),
  'POST /v1/orders/{id}/refunds': (a) => ({ path: `/v1/orders/${a.orderId}/refunds`, body: { amount: 100, reason: 'isolation' } }),
  'GET /v1/listings/{channelId}/{channelSku}': (a) => ({ path: `/v1/listings/${a.seller.channels.amazon}/${a.channelSku}` }),
  'PUT /v1/skus/{sku}': (a) => ({ path: `/v1/skus/${a.sku}`, body: { title: 'Taken over' } }),
  'PUT /v1/inventory/{sku}': (a) => ({ path: `/v1/inventory/${a.sku}`, body: { location: a.location, onHand: 0 } }),
  'GET /v1/inventory/{sku}': (a) => ({ path: `/v1/inventory/${a.sku}` }),
  'GET /v1/inventory/{sku}/ledger': (a) => ({ path: `/v1/inventory/${a.sku}/ledger` }),
  'GET /v1/customers/{id}': (a) => ({ path: `/v1/customers/${a.customerId}` }),
  'PUT /v1/customers/{id}/tags': (a) => ({ path: `/v1/customers/${a.customerId}/tags`, body: { tags: ['taken'] } }),
  'GET /v1/picklists/{id}': (a) => ({ path: `/v1/picklists/${a.pickListId}` }),
  'DELETE /v1/webhooks/{id}': (a) => ({ path: `/v1/webhooks/${a.webhookId}` }),
  'GET /v1/webhooks/{id}/deliveries': (a) => ({ path: `/v1/webhooks/${a.webhookId}/deliveries` }),
  'POST /v1/webhooks/{id}/test': (a) => ({ path: `/v1/webhooks/${a.webhookId}/test` }),
  'POST /v1/webhooks/{id}/deliveries/{deliveryId}/retry': (a) => ({ path: `/v1/webhooks/${a.webhookId}/deliveries/${a.deliveryId}/retry` }),
  'POST /v1/customers/{id}/erase': (a) => ({ path: `/v1/customers/${a.customerId}/erase`, body: {} }),
  'GET /v1/privacy/erasures/{id}': (a) => ({ path: `/v1/privacy/erasures/${a.erasureId}` }),
  'POST /v1/exports/{exportId}/uploaded': (a) => ({ path: `/v1/exports/${a.uploadFileId}/uploaded` }),
};

/** Reads without path ids: B's answer must be 200 and name none of A's ids. */
const LIST_CASES: Record<string, string> = {
  'GET /v1/me': '/v1/me',
  'GET /v1/tokens': '/v1/tokens',
  'GET /v1/channels': '/v1/channels',
  'GET /v1/orders': '/v1/orders',
  'GET /v1/orders/lookup': '/v1/orders/lookup?q=Isolde',
  'GET /v1/orders/merge-proposals': '/v1/orders/merge-proposals',
  'GET /v1/exports/orders.csv': '/v1/exports/orders.csv',
  'GET /v1/reports/sales': '/v1/reports/sales?groupBy=sku',
  'GET /v1/reports/fulfillment': '/v1/reports/fulfillment',
  'GET /v1/listings': '/v1/listings',
  'GET /v1/buffers': '/v1/buffers',
  'GET /v1/risk': '/v1/risk',
  'GET /v1/skus': '/v1/skus',
  'GET /v1/locations': '/v1/locations',
  'GET /v1/inventory': '/v1/inventory',
  'GET /v1/inventory/export': '/v1/inventory/export',
  'GET /v1/rules': '/v1/rules',
  'GET /v1/rules/history': '/v1/rules/history',
  'GET /v1/customers': '/v1/customers',
  'GET /v1/fulfillment/queue': '/v1/fulfillment/queue',
  'GET /v1/page-reads/summary': '/v1/page-reads/summary',
  'GET /v1/portal-packs': '/v1/portal-packs',
  'GET /v1/webhooks': '/v1/webhooks',
  'GET /v1/events': '/v1/events',
  'GET /v1/privacy/retention': '/v1/privacy/retention',
  'GET /v1/export': '/v1/export',
  'GET /v1/exports/pending': '/v1/exports/pending',
  'GET /v1/reconciliation': '/v1/reconciliation',
};

/** Operations that take A's id in the query or body: B's request is refused (4xx) or answers nothing of A's. */
const BODY_ID_CASES: Record<string, (a: Owned) => Probe & { method?: string }> = {
  'POST /v1/orders': (a) => ({ path: '/v1/orders', body: anOrder(a.seller.channels.amazon) }),
  'POST /v1/orders/statuses': (a) => ({ path: '/v1/orders/statuses', body: { channelId: a.seller.channels.amazon, externalIds: [a.externalId] } }),
  'POST /v1/imports': (a) => ({ path: `/v1/imports?format=auto&channelId=${a.seller.channels.amazon}`, body: 'order-id\tpurchase-date\n' }),
  'PUT /v1/listings': (a) => ({ path: '/v1/listings', body: { channelId: a.seller.channels.amazon, channelSku: a.channelSku, title: 'Taken', components: [{ sku: a.sku, quantity: 1 }] } }),
  'DELETE /v1/listings': (a) => ({ path: `/v1/listings?channelId=${a.seller.channels.amazon}&channelSku=${a.channelSku}` }),
  'POST /v1/listings/observations': (a) => ({
    path: '/v1/listings/observations',
    body: [{ channelId: a.seller.channels.amazon, channelSku: a.channelSku, listedQuantity: 3, seenAt: '2026-11-20T10:00:00Z' }],
  }),
  'PUT /v1/buffers': (a) => ({ path: '/v1/buffers', body: { channelId: a.seller.channels.amazon, units: 5 } }),
  'DELETE /v1/buffers': (a) => ({ path: `/v1/buffers?channelId=${a.seller.channels.amazon}` }),
  'GET /v1/availability': (a) => ({ path: `/v1/availability?channelId=${a.seller.channels.amazon}` }),
  'POST /v1/risk/query': (a) => ({ path: '/v1/risk/query', body: { channelId: a.seller.channels.amazon, channelSkus: [a.channelSku] } }),
  'POST /v1/inventory/adjustments': (a) => ({ path: '/v1/inventory/adjustments', body: [{ sku: a.sku, location: a.location, delta: -5, reason: 'taken' }] }),
  'POST /v1/customers': (a) => ({ path: '/v1/customers', body: { name: 'Mallory', buyer: { channelId: a.seller.channels.amazon, buyerId: 'buyer-1' } } }),
  'POST /v1/picklists': (a) => ({ path: '/v1/picklists', body: { orderIds: [a.orderId] } }),
  'POST /v1/orders/merge': (a) => ({ path: '/v1/orders/merge', body: { orderIds: a.mergedOrderIds } }),
  'POST /v1/customers/erase': () => ({ path: '/v1/customers/erase', body: { email: 'isa@example.com' } }),
  'GET /v1/exports/quantities': (a) => ({ path: `/v1/exports/quantities?channelId=${a.seller.channels.amazon}` }),
  'GET /v1/exports/shipments': (a) => ({ path: `/v1/exports/shipments?channelId=${a.seller.channels.amazon}&since=2026-01-01T00:00:00Z` }),
  'POST /v1/reconciliation/sightings': (a) => ({
    path: '/v1/reconciliation/sightings',
    body: { channelId: a.seller.channels.amazon, orders: [{ externalId: a.externalId, channelStatus: 'Cancelled', seenAt: '2026-11-20T10:00:00Z' }] },
  }),
};

/** Operations B cannot aim at A's data, and why; some are checked by their own test below. */
const EXCLUDED: Record<string, string> = {
  'POST /v1/admin/sellers': 'admin token, not a seller: creates a new seller',
  'PUT /v1/admin/portal-packs/{portal}': 'admin token; portal packs are shared by every seller',
  'POST /v1/admin/webhooks/drain': 'admin token; delivers every seller’s due webhooks to their own endpoints',
  'POST /v1/admin/secrets/rotate': 'admin token; re-seals every seller’s secrets on their own rows',
  'GET /v1/admin/sellers/{id}/deletion': 'admin token; shows what deleting a seller would remove',
  'DELETE /v1/admin/sellers/{id}': 'admin token; deletes a seller after its confirmation step (test/worker/privacy-leaving.test.ts)',
  'POST /v1/admin/sellers/{id}/move': 'admin token; moves a seller between book databases (test/worker/seller-books.test.ts)',
  'GET /v1/admin/sellers/{id}/move': 'admin token; shows a seller’s move between book databases (test/worker/seller-books.test.ts)',
  'PUT /v1/privacy/retention': 'sets the caller’s own retention periods, by channel kind; names no other resource',
  'POST /v1/hooks/shopify/{channelId}': 'no seller token, the channel’s secret is the credential: checked below with B’s secret on A’s channel',
  'POST /v1/tokens': 'mints a token for the caller; names no other resource',
  'POST /v1/channels': 'creates a channel of the caller; names no other resource',
  'POST /v1/skus': 'creates or updates the caller’s SKUs by code; A’s SKU of the same code is checked unchanged below',
  'POST /v1/locations': 'creates a location of the caller by code; A’s location of the same code is checked unchanged below',
  'POST /v1/inventory/import': 'sets the caller’s stock by SKU code; SKU codes are per seller, as for PUT /v1/inventory/{sku}',
  'PUT /v1/rules': 'replaces the caller’s own rules; names no other resource',
  'POST /v1/webhooks': 'registers an endpoint of the caller; names no other resource',
  'POST /v1/page-reads': 'stores the caller’s reading reports; names no other resource',
};

let a: Owned;
let b: TestSeller;

beforeAll(async () => {
  a = await setUpSellerA();
  b = await newSeller('Seller B');
});

/** Every id of A's that must never reach B. */
const idsOfA = () => [
  a.seller.id,
  a.orderId,
  a.externalId,
  a.lineId,
  a.customerId,
  a.pickListId,
  a.webhookId,
  a.deliveryId,
  a.tokenId,
  a.shopChannelId,
  a.mergeGroupId,
  a.importId,
  ...a.mergedOrderIds,
  a.sku,
  a.location,
  a.channelSku,
  'Isolde',
  ...Object.values(a.seller.channels),
];

describe('seller isolation', () => {
  it('every operation in /openapi.json has an isolation case or a stated reason', async () => {
    const doc = await call('GET', '/openapi.json');
    const operations = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = [PATH_ID_CASES, LIST_CASES, BODY_ID_CASES, EXCLUDED].flatMap((cases) => Object.keys(cases));
    expect(
      operations.filter((op) => !covered.includes(op)),
      'operations without a case',
    ).toEqual([]);
    expect(
      covered.filter((op) => !operations.includes(op)),
      'cases for operations that no longer exist',
    ).toEqual([]);
    expect(new Set(covered).size).toBe(covered.length);
    // Every operation with a path id is in PATH_ID_CASES, except those excluded with a reason.
    expect(operations.filter((op) => op.includes('{') && !(op in PATH_ID_CASES) && !(op in EXCLUDED))).toEqual([]);
  });

  it('B gets 404 on every operation whose path names A’s resource, and A’s data is unchanged', async () => {
    const before = await call('GET', `/v1/orders/${a.orderId}`, { token: a.seller.token });
    const answers: Record<string, number> = {};
    for (const [op, probe] of Object.entries(PATH_ID_CASES)) {
      const { path, body } = probe(a);
      const res = await call(op.split(' ')[0] as Method, path, { token: b.token, ...(body === undefined ? {} : { body }) });
      answers[op] = res.status;
      expect(JSON.stringify(res.body), op).not.toContain(a.seller.id);
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(PATH_ID_CASES).map((op) => [op, op === 'PUT /v1/inventory/{sku}' ? 400 : 404])));
    const count = await call('PUT', `/v1/inventory/${a.sku}`, { token: b.token, body: { location: a.location, onHand: 0 } });
    expect(count.body.error.issues).toEqual([
      { path: 'param.sku', message: `No SKU ${a.sku}; create it with POST /v1/skus first.` },
      { path: 'location', message: `No location ${a.location}; add it with POST /v1/locations first.` },
    ]);

    const after = await call('GET', `/v1/orders/${a.orderId}`, { token: a.seller.token });
    expect(after.body.order).toEqual(before.body.order);
    expect((await call('GET', '/v1/tokens', { token: a.seller.token })).body.tokens.map((t: any) => t.id)).toContain(a.tokenId);
    expect((await call('GET', `/v1/customers/${a.customerId}`, { token: a.seller.token })).body.customer.tags).toEqual(['vip']);
    expect((await call('GET', `/v1/inventory/${a.sku}`, { token: a.seller.token })).status).toBe(200);
    expect((await call('GET', '/v1/webhooks', { token: a.seller.token })).body.endpoints.map((e: any) => e.id)).toEqual([a.webhookId]);
    expect((await call('GET', '/v1/channels', { token: a.seller.token })).body.channels.map((c: any) => c.name)).not.toContain('Taken over');
  });

  it('no list, search, export or report B reads names anything of A’s', async () => {
    for (const [op, path] of Object.entries(LIST_CASES)) {
      const res = await call('GET', path, { token: b.token });
      expect(res.status, op).toBe(200);
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
      for (const id of idsOfA()) expect(text.includes(id), `${op} shows ${id}`).toBe(false);
    }
  });

  it('B naming A’s channel, order, SKU or listing in a body or query is refused or answered with nothing of A’s', async () => {
    const stockBefore = (await call('GET', `/v1/inventory/${a.sku}`, { token: a.seller.token })).body;
    const listingBefore = (await call('GET', `/v1/listings/${a.seller.channels.amazon}/${a.channelSku}`, { token: a.seller.token })).body;
    const answers: Record<string, string> = {};
    for (const [op, probe] of Object.entries(BODY_ID_CASES)) {
      const { path, body } = probe(a);
      const headers: Record<string, string> = op === 'POST /v1/imports' ? { 'Content-Type': 'text/plain' } : {};
      const res = await call(op.split(' ')[0] as Method, path, { token: b.token, headers, ...(body === undefined ? {} : { body }) });
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
      const leaks = idsOfA().filter((id) => text.includes(id) && !JSON.stringify(body ?? '').includes(id) && !path.includes(id));
      answers[op] = `${res.status >= 400 && res.status < 500 ? 'refused' : `answered ${res.status}`}${leaks.length ? ` leaking ${leaks.join(',')}` : ''}`;
    }
    expect(answers).toEqual({
      'POST /v1/orders': 'refused',
      'POST /v1/orders/statuses': 'answered 200',
      'POST /v1/imports': 'refused',
      'PUT /v1/listings': 'refused',
      'DELETE /v1/listings': 'refused',
      'POST /v1/listings/observations': 'refused',
      'PUT /v1/buffers': 'refused',
      'DELETE /v1/buffers': 'refused',
      'GET /v1/availability': 'refused',
      // As for a channel that does not exist: every asked-for SKU is `unknown`.
      'POST /v1/risk/query': 'answered 200',
      'POST /v1/inventory/adjustments': 'refused',
      'POST /v1/customers': 'refused',
      'POST /v1/picklists': 'refused',
      'POST /v1/orders/merge': 'refused',
      'POST /v1/customers/erase': 'refused',
      'GET /v1/exports/quantities': 'refused',
      'GET /v1/exports/shipments': 'refused',
      'POST /v1/reconciliation/sightings': 'refused',
    });
    expect((await call('GET', `/v1/reconciliation?channelId=${a.seller.channels.amazon}`, { token: b.token })).status).toBe(400);
    expect((await call('POST', '/v1/orders/statuses', { token: b.token, body: { channelId: a.seller.channels.amazon, externalIds: [a.externalId] } })).body.statuses).toEqual({});
    expect((await call('GET', `/v1/inventory/${a.sku}`, { token: a.seller.token })).body).toEqual(stockBefore);
    expect((await call('GET', `/v1/listings/${a.seller.channels.amazon}/${a.channelSku}`, { token: a.seller.token })).body).toEqual(listingBefore);
  });

  it('SKU and location codes are per seller: B’s of the same code leave A’s alone', async () => {
    expect((await call('POST', '/v1/skus', { token: b.token, body: { skus: [{ sku: a.sku, title: 'B’s own mug' }] } })).status).toBe(200);
    expect((await call('POST', '/v1/locations', { token: b.token, body: { code: a.location, name: 'B’s room' } })).status).toBe(201);
    const skusOfA = (await call('GET', '/v1/skus', { token: a.seller.token })).body.skus;
    expect(skusOfA.find((s) => s.sku === a.sku)!.title).toBe('Isolated mug');
    const locationsOfA = (await call('GET', '/v1/locations', { token: a.seller.token })).body.locations;
    expect(locationsOfA.find((l) => l.code === a.location)!.name).toBe('Back room');
  });

  it('a Shopify webhook for A’s channel signed with B’s secret is refused and captures nothing', async () => {
    const body = JSON.stringify({ id: 1, name: '#9001' });
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('shpss_seller_b_secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const hmac = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)))));
    await call('POST', '/v1/channels', { token: b.token, body: { kind: 'shopify', name: 'B shop', webhookSecret: 'shpss_seller_b_secret' } });
    const res = await call('POST', `/v1/hooks/shopify/${a.shopChannelId}`, { body, headers: { 'X-Shopify-Hmac-Sha256': hmac, 'X-Shopify-Topic': 'orders/create' } });
    expect(res.status).toBe(401);
    const orders = await env.DB.prepare('SELECT count(*) AS n FROM orders WHERE channel_id = ?').bind(a.shopChannelId).first<{ n: number }>();
    expect(orders!.n).toBe(0);
  });
});
