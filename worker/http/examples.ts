/**
 * Example bodies for the OpenAPI description, kept as data in one place.
 * Redocly's `no-invalid-media-type-examples` checks each against its schema
 * (test/unit/openapi-lint.test.ts), so an example cannot drift from the contract.
 */

const orderInput = {
  channelId: 'chn_01J9Z3AMAZON',
  externalId: '113-4567890-1234567',
  status: 'ready',
  channelStatus: 'Unshipped',
  placedAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:05:00Z',
  currency: 'USD',
  total: 2598,
  buyer: { name: 'Jane Doe', email: 'jane@example.com' },
  serviceLevel: 'Standard',
  shipBy: '2026-11-22T23:59:59Z',
  paymentStatus: 'paid',
  lines: [{ sku: 'MUG-BLUE', title: 'Blue mug', quantity: 2, unitPrice: 1299 }],
  shipTo: { name: 'Jane Doe', line1: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
};

const order = {
  id: 'ord_01J9Z4K2QW',
  channelId: 'chn_01J9Z3AMAZON',
  channelKind: 'amazon',
  externalId: '113-4567890-1234567',
  status: 'ready',
  channelStatus: 'Unshipped',
  placedAt: '2026-11-20T10:00:00.000Z',
  placedAtPrecision: 'time',
  updatedAt: '2026-11-20T10:05:00.000Z',
  currency: 'USD',
  total: 2598,
  buyer: { name: 'Jane Doe', email: 'jane@example.com', externalId: null },
  serviceLevel: 'Standard',
  shipSpeed: 'standard',
  deliveryPromise: null,
  shipBy: '2026-11-22T23:59:59.000Z',
  paymentStatus: 'paid',
  refunded: 0,
  shipTo: orderInput.shipTo,
  redactedAt: null,
  createdAt: '2026-11-20T10:06:12.000Z',
  parentOrderId: null,
  splitInto: [],
  mergeGroupId: null,
  mergedWith: [],
};

/** Examples by operation: `request` and `response` (the success answer). */
export const examples = {
  captureOrders: {
    request: orderInput,
    response: { results: [{ externalId: '113-4567890-1234567', id: 'ord_01J9Z4K2QW', outcome: 'created' }] },
  },
  listOrders: { response: { orders: [order], nextCursor: null } },
  getOrder: {
    response: {
      order: {
        ...order,
        lines: [
          {
            id: 'oln_01J9Z4K2QX',
            lineNo: 1,
            sku: 'MUG-BLUE',
            channelSku: 'MUG-BLUE',
            channelItemId: 'B0CJ4XKQ2Z',
            channelLineId: '113-4567890-1234567-1',
            title: 'Blue mug',
            quantity: 2,
            unitPrice: 1299,
            shippedQuantity: 0,
            allocation: 'allocated',
          },
        ],
        events: [
          { id: 'oev_01J9Z4K2QY', at: '2026-11-20T10:06:12.000Z', source: 'extension', actor: 'Sam (packing desk)', kind: 'captured', fromStatus: null, toStatus: 'ready', changes: [], reason: null },
        ],
        shipments: [],
        refunds: [],
      },
    },
  },
  splitOrder: { request: { lines: [{ lineId: 'oln_01J9Z4K2QX', quantity: 1 }] } },
  mergeOrders: { request: { orderIds: ['ord_01J9Z4K2QW', 'ord_01J9Z4K2QZ'] } },
  lookupOrders: { response: { results: [{ order, matched: 'order_number' }] } },
  transitionOrder: { request: { to: 'shipped', tracking: { number: '1Z999AA10123456784', carrier: 'UPS' } } },
  getRetention: {
    response: {
      defaultDays: 30,
      channelKinds: { shopify: 90 },
      effective: { amazon: 30, ebay: 30, etsy: 30, shopify: 90, walmart: 30, manual: 30, api: 30 },
      marketplaceMaxDays: { amazon: 30 },
    },
  },
  setRetention: { request: { defaultDays: 30, channelKinds: { shopify: 90 } } },
  eraseCustomer: {
    response: {
      receipt: {
        id: 'era_01J9Z7ERASURE',
        customerId: 'cus_01J9Z4BUYER',
        erasedAt: '2026-11-21T09:00:00.000Z',
        erasedBy: 'tok_01J9Z2TOKEN',
        ordersErased: 3,
        ordersAwaitingShipment: 1,
        places: ['orders', 'order_history', 'search_index', 'customers', 'customer_keys', 'idempotent_answers'],
      },
    },
  },
  eraseCustomerByEmail: { request: { email: 'jane@example.com' } },
  previewSellerDeletion: {
    response: {
      sellerId: 'sel_01J9Z1SELLER',
      name: 'Acme Goods',
      rows: { orders: 1200, order_lines: 1850, order_events: 10000, customers: 610, channels: 3, api_tokens: 2 },
      moreThan: ['order_events'],
      confirmation: '3f9a1c0b7e2d',
      confirmedAt: null,
    },
  },
  setStockLevel: { request: { location: 'main', onHand: 40, note: 'cycle count' } },
  createWebhook: { request: { url: 'https://example.com/orderlens-events', events: ['order.created', 'order.status_changed'] } },
  retryWebhookDelivery: {
    response: {
      delivered: true,
      statusCode: 204,
      error: null,
      durationMs: 182,
      delivery: {
        id: 'dlv_01J9Z6DELIVERY',
        eventId: 'evt_01J9Z5EVENT',
        eventType: 'order.status_changed',
        subject: 'ord_01J9Z4K2QW',
        state: 'delivered',
        attempts: 4,
        nextAttemptAt: null,
        lastStatus: 204,
        lastError: null,
        deliveredAt: '2026-11-20T11:02:41.000Z',
        createdAt: '2026-11-20T10:07:00.000Z',
      },
    },
  },
} as const;
