/**
 * The order contract of the /v1 API: what a capture sends (from the
 * extension, an import, a webhook or another tool) and what reads return.
 * Money is integer minor units plus an ISO currency; times are ISO-8601 and
 * stored as UTC.
 */
import { z } from 'zod';
import { DELIVERY_PROMISES, SHIP_SPEEDS } from '../service-levels.js';
import { ORDER_STATUSES, PAYMENT_STATUSES } from '../status.js';
import { commaList } from './query.js';

/** An ISO-8601 timestamp with a zone (Z or an offset). */
export const isoTime = z.iso.datetime({ offset: true });

const text = (max: number) => z.string().trim().min(1).max(max);

/** A unified order status. */
export const orderStatus = z.enum(ORDER_STATUSES);
/** A unified payment status. */
export const paymentStatus = z.enum(PAYMENT_STATUSES);
/** The unified shipping speed of an order's service words (shared/service-levels.ts); unknown when the words say none. */
export const shipSpeed = z.enum(SHIP_SPEEDS).meta({ description: "The unified speed of the channel's service words; unknown when they do not say." });
/** A marketplace delivery promise (Prime, Walmart TwoDay…). */
export const deliveryPromise = z.enum(DELIVERY_PROMISES).meta({ description: 'A marketplace delivery promise the order showed.' });

/** Who bought: any of name, email or the channel's own buyer id. */
export const buyerInput = z.strictObject({
  name: text(200).optional(),
  email: z.email().max(320).optional(),
  externalId: text(200).optional(),
});

/** Where the order goes. Country is ISO 3166-1 alpha-2. */
export const addressInput = z.strictObject({
  name: text(200).optional(),
  line1: text(300).optional(),
  line2: text(300).optional(),
  city: text(200).optional(),
  region: text(200).optional(),
  postalCode: text(40).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter ISO country code such as US')
    .optional(),
  phone: text(60).optional(),
});

/**
 * One line of an order. `sku` is the seller's master SKU when known;
 * `channelSku` is the key the channel stocks the item by (Amazon seller SKU,
 * eBay item id, Etsy listing id, Shopify variant id…), resolved through
 * listings; `channelItemId` the marketplace's item id beside it where that
 * differs (Amazon's ASIN).
 */
export const orderLineInput = z.strictObject({
  sku: text(200).optional(),
  channelSku: text(200).optional(),
  /** The marketplace's item id beside the channel SKU (Amazon's ASIN), when the source gives it. */
  channelItemId: text(200).optional(),
  /** The channel's own id of this line (Amazon order-item-id, eBay/Etsy Transaction ID, Walmart Line#): lines are matched by it first. */
  channelLineId: text(100).optional(),
  title: text(500).optional(),
  quantity: z.number().int().positive().max(100_000),
  unitPrice: z.number().int().min(0).max(1e12).nullable().optional().meta({
    description: 'Minor units of the order’s currency. Null or left out when the source did not show it: the book keeps a price it knows, else holds it as unknown.',
  }),
});

/**
 * What a capture may say it could not read. A portal page often shows part of
 * an order (a list row has no total, no unit prices); the capture still needs
 * a full body, but the book keeps what it already knows for these fields.
 */
export const UNKNOWN_FIELDS = ['status', 'channelStatus', 'placedAt', 'total', 'currency', 'buyer', 'serviceLevel', 'shipBy', 'paymentStatus', 'shipTo', 'lines', 'unitPrices'] as const;
export type UnknownField = (typeof UNKNOWN_FIELDS)[number];

/**
 * A refund a capture reports. `externalId` is the channel's id for it (a
 * Shopify refund id): the same id again is the same refund.
 */
export const capturedRefund = z.strictObject({
  externalId: text(120),
  amount: z.number().int().positive().max(1e13),
  at: isoTime.optional(),
  reason: text(500).optional(),
});

/** Whether an order's placed time came with its time of day, or only its day. */
export const placedAtPrecision = z.enum(['day', 'time']);
export type PlacedAtPrecision = z.infer<typeof placedAtPrecision>;

/** One order as captured from a channel. */
export const orderInput = z
  .strictObject({
    channelId: text(64),
    externalId: text(120),
    status: orderStatus,
    channelStatus: text(120).optional(),
    placedAt: isoTime,
    placedAtPrecision: placedAtPrecision.optional().meta({
      description:
        "'day' when the source gave only the order's day (placedAt is then midnight UTC of it); left out, 'time'. A day never replaces a time the book already holds; a time replaces a day.",
    }),
    updatedAt: isoTime.optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD'),
    total: z.number().int().min(0).max(1e13).nullable().optional().meta({
      description: 'Minor units of `currency`. Null or left out when the source did not show it: the book keeps a total it knows, else holds it as unknown (never 0).',
    }),
    buyer: buyerInput.optional(),
    serviceLevel: text(60).optional(),
    deliveryPromise: deliveryPromise.optional().meta({
      description: "A marketplace promise the source shows apart from the service words (Amazon's is-prime column); without it the words decide.",
    }),
    shipBy: isoTime.optional(),
    paymentStatus: paymentStatus.optional(),
    lines: z.array(orderLineInput).max(500),
    shipTo: addressInput.optional(),
    /** Fields this capture could not read: an existing order keeps its values for them. */
    unknown: z.array(z.enum(UNKNOWN_FIELDS)).max(UNKNOWN_FIELDS.length).optional(),
    /** Refunds the channel reports one by one, each with its id. */
    refunds: z.array(capturedRefund).max(100).optional(),
    /**
     * All the channel says was refunded, when it gives no single refunds (an
     * export's "Refunded Amount"): the book records what exceeds its own total.
     */
    refundedTotal: z.number().int().min(0).max(1e13).optional(),
  })
  .superRefine((order, ctx) => {
    // A page that lists orders without their items may say so; otherwise an order has items.
    if (order.lines.length === 0 && !order.unknown?.includes('lines')) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'An order needs at least one line (or "lines" in unknown when the page shows none).' });
    }
  });

/** Most orders one capture request may carry. */
export const MAX_ORDERS_PER_CAPTURE = 500;

/** The body of POST /v1/orders: one order, or a batch of them. */
export const captureBody = z.union([z.strictObject({ orders: z.array(orderInput).min(1).max(MAX_ORDERS_PER_CAPTURE) }), orderInput]);

/** What happened to one captured order. */
export const captureOutcome = z.enum(['created', 'updated', 'unchanged']);

/** The answer to a capture, in input order. */
export const captureResult = z.object({
  results: z.array(z.object({ externalId: z.string(), id: z.string(), outcome: captureOutcome })),
});

export type OrderInput = z.infer<typeof orderInput>;
export type OrderLineInput = z.infer<typeof orderLineInput>;
export type BuyerInput = z.infer<typeof buyerInput>;
export type AddressInput = z.infer<typeof addressInput>;
export type CaptureBody = z.infer<typeof captureBody>;
export type CaptureResult = z.infer<typeof captureResult>;
export type CaptureOutcome = z.infer<typeof captureOutcome>;

/** Where a change to an order came from. */
export const EVENT_SOURCES = ['extension', 'api', 'import', 'webhook', 'system'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** Allocation of an order line against stock. */
export const LINE_ALLOCATIONS = ['allocated', 'short', 'unmapped', 'none'] as const;
export type LineAllocation = (typeof LINE_ALLOCATIONS)[number];

/** One line as the book holds it. */
export const orderLine = z.object({
  id: z.string(),
  lineNo: z.number().int(),
  sku: z.string().nullable(),
  channelSku: z.string().nullable().meta({ description: 'The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it.' }),
  channelItemId: z.string().nullable().meta({ description: 'The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU.' }),
  /** The channel's own id of this line, when a source gave it. */
  channelLineId: z.string().nullable(),
  title: z.string().nullable(),
  quantity: z.number().int(),
  unitPrice: z.number().int().nullable().meta({ description: 'Minor units of the order’s currency; null when no source has shown it yet (unknown, not free).' }),
  shippedQuantity: z.number().int(),
  allocation: z.enum(LINE_ALLOCATIONS),
});

/** One entry of an order's history. */
export const orderEvent = z.object({
  id: z.string(),
  at: z.string(),
  source: z.enum(EVENT_SOURCES),
  actor: z.string().nullable().meta({ description: 'Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were.' }),
  kind: z.string(),
  fromStatus: orderStatus.nullable(),
  toStatus: orderStatus.nullable(),
  changes: z.array(
    z.object({
      field: z.string(),
      from: z.unknown(),
      to: z.unknown(),
      redacted: z.literal(true).optional().meta({ description: 'The values were buyer data, since redacted: from and to are null.' }),
    }),
  ),
  reason: z.string().nullable(),
});

/** One refund as the book holds it. */
export const refund = z.object({
  id: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  lines: z.array(z.object({ lineId: z.string(), quantity: z.number().int() })),
  reason: z.string().nullable(),
  source: z.enum(EVENT_SOURCES),
  externalId: z.string().nullable().meta({ description: 'The channel’s id of a captured refund.' }),
  refundedAt: z.string(),
});

/** A shipment (tracking) recorded against an order. */
export const shipment = z.object({
  id: z.string(),
  carrier: z.string().nullable(),
  service: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  shippedAt: z.string(),
});

/** An order as the book holds it. */
export const order = z.object({
  id: z.string(),
  channelId: z.string(),
  channelKind: z.string(),
  externalId: z.string(),
  status: orderStatus,
  channelStatus: z.string().nullable(),
  placedAt: z.string(),
  placedAtPrecision: placedAtPrecision.nullable().meta({
    description: "'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.",
  }),
  updatedAt: z.string(),
  currency: z.string(),
  currencyUnknown: z.literal(true).optional().meta({
    description: 'Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.',
  }),
  total: z.number().int().nullable().meta({ description: 'Minor units of `currency`; null when no source has shown the total yet (unknown, not 0).' }),
  buyer: z.object({ name: z.string().nullable(), email: z.string().nullable(), externalId: z.string().nullable() }),
  serviceLevel: z.string().meta({ description: "The channel's own service words." }),
  shipSpeed: shipSpeed,
  deliveryPromise: deliveryPromise.nullable(),
  shipBy: z.string().nullable(),
  paymentStatus: paymentStatus,
  refunded: z.number().int().meta({ description: 'Refunded so far, minor units of `currency` (the sum of the order’s refunds).' }),
  shipTo: addressInput.nullable(),
  /**
   * When the buyer's personal data was removed (retention or erasure): the
   * buyer's name and email are then null and the address keeps only city,
   * region, postal prefix and country. Null while the data is held.
   */
  redactedAt: z.string().nullable().meta({ description: 'When the buyer data was redacted (name, email, phone, street gone); null while it is held.' }),
  createdAt: z.string(),
  parentOrderId: z.string().nullable().meta({ description: 'Set on a part split off another order: the order the channel knows.' }),
  splitInto: z.array(z.string()).meta({ description: 'Ids of the parts split off this order (empty when it was not split).' }),
  mergeGroupId: z.string().nullable().meta({ description: 'The merge group the order ships in; null when it ships alone.' }),
  mergedWith: z.array(z.string()).meta({ description: 'Ids of the other orders of its merge group.' }),
});

/** An order with its lines, history, shipments and refunds. */
export const orderDetail = order.extend({
  lines: z.array(orderLine),
  events: z.array(orderEvent),
  shipments: z.array(shipment),
  refunds: z.array(refund),
});

export type Order = z.infer<typeof order>;
export type OrderDetail = z.infer<typeof orderDetail>;
export type OrderLine = z.infer<typeof orderLine>;
export type OrderEvent = z.infer<typeof orderEvent>;
export type Refund = z.infer<typeof refund>;
export type CapturedRefund = z.infer<typeof capturedRefund>;
export type StatusShipment = z.infer<typeof statusShipment>;

/** The filters every order listing takes (the list, the CSV export). `status` is comma-separated. */
export const orderFilterFields = {
  status: commaList().pipe(z.array(orderStatus)).optional(),
  channelId: z.string().min(1).max(64).optional(),
  placedFrom: isoTime.optional(),
  placedTo: isoTime.optional(),
};

/** Query of GET /v1/orders. */
export const listOrdersQuery = z.strictObject({
  ...orderFilterFields,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** A page of orders. */
export const orderPage = z.object({ orders: z.array(order), nextCursor: z.string().nullable() });

/** Query of GET /v1/orders/lookup. */
export const lookupQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** Lookup results, best first. */
export const lookupResult = z.object({
  results: z.array(z.object({ order, matched: z.enum(['order_number', 'order_number_prefix', 'text']) })),
});

/** POST /v1/orders/statuses: the statuses of a portal page's orders in one read. */
export const statusesBody = z.strictObject({
  channelId: text(64),
  externalIds: z.array(text(120)).min(1).max(500),
});

/**
 * A parcel as the batch status read gives it: what a portal's confirm-shipment
 * form asks for. `lines` names the lines in the parcel by the seller's and the
 * channel's SKU; empty when the parcel was recorded for the whole order.
 */
export const statusShipment = z.object({
  carrier: z.string().nullable(),
  service: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  shippedAt: z.string(),
  lines: z.array(z.object({ sku: z.string().nullable(), channelSku: z.string().nullable(), quantity: z.number().int() })),
});

/** Statuses by external id; ids the book does not know are absent. */
export const statusesResult = z.object({
  statuses: z.record(
    z.string(),
    z.object({
      id: z.string(),
      status: orderStatus,
      channelStatus: z.string().nullable(),
      updatedAt: z.string(),
      splitInto: z.number().int().optional().meta({ description: 'Present when the order was split: how many orders it now ships as (itself and its parts).' }),
      totalUnknown: z.literal(true).optional().meta({ description: 'Present when no source has shown the order’s total yet (the order’s `total` is null).' }),
      currencyUnknown: z.literal(true).optional().meta({ description: 'Present when no source has named the order’s currency yet (its total is then unknown too).' }),
      shipments: z.array(statusShipment).meta({ description: 'The order’s parcels, oldest first, to confirm on the portal.' }),
    }),
  ),
});

/** POST /v1/orders/:id/transitions. `restock`, on a move to returned, puts the shipped units back on hand. */
export const transitionBody = z.strictObject({
  to: orderStatus,
  reason: z.string().trim().min(1).max(500).optional(),
  restock: z.boolean().optional(),
  tracking: z
    .strictObject({
      number: text(100),
      carrier: text(100).optional(),
      service: text(100).optional(),
    })
    .optional(),
});

export type ListOrdersQuery = z.infer<typeof listOrdersQuery>;
export type TransitionBody = z.infer<typeof transitionBody>;
