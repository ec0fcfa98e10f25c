/**
 * The contract of sending the book back to the marketplaces: their own
 * upload files (quantities, shipment confirmations), marking a file
 * uploaded, what each channel still needs sent, and the reconciliation of
 * what the portals show against the book.
 */
import { z } from 'zod';
import { isoTime } from './order.js';
import { queryOf } from './query.js';

const channelId = z.string().trim().min(1).max(64).meta({ example: 'ch_01HZX3AMAZON' });

/** GET /v1/exports/quantities */
export const quantityFileQuery = queryOf({
  channelId,
  format: z.string().trim().min(1).max(64).optional().meta({ description: 'The layout id; defaults to the channel’s own.', example: 'amazon-price-quantity' }),
  all: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .meta({ description: '`true`: every listing, not only those whose figure may differ.' }),
  location: z.string().trim().min(1).max(200).optional().meta({ description: 'Shopify only: the Shopify location the file sets.', example: 'Main warehouse' }),
});

/** GET /v1/exports/shipments */
export const shipmentFileQuery = queryOf({
  channelId,
  since: isoTime.meta({ description: 'Shipments shipped at or after this time.', example: '2026-11-01T00:00:00Z' }),
  format: z.string().trim().min(1).max(64).optional().meta({ example: 'amazon-shipping-confirmation' }),
});

/** POST /v1/exports/{exportId}/uploaded path. */
export const uploadFileParams = z.object({ exportId: z.string().min(1).max(64).meta({ example: 'upf_01HZX9' }) });

/** An upload file as recorded. */
export const uploadFileRecord = z
  .object({
    id: z.string(),
    channelId: z.string(),
    kind: z.enum(['quantities', 'shipments']),
    layout: z.string(),
    status: z.enum(['writing', 'downloaded', 'uploaded']).meta({ description: '`writing` until the download ended whole.' }),
    rows: z.number().int(),
    createdAt: z.string(),
    uploadedAt: z.string().nullable(),
  })
  .meta({
    example: {
      id: 'upf_01HZX9',
      channelId: 'ch_01HZX3AMAZON',
      kind: 'quantities',
      layout: 'amazon-price-quantity',
      status: 'uploaded',
      rows: 42,
      createdAt: '2026-12-07T09:00:00.000Z',
      uploadedAt: '2026-12-07T09:05:00.000Z',
    },
  });

/** A layout a channel can use, or what to do instead. */
const layoutChoice = z.union([z.object({ layout: z.string(), title: z.string(), confirmed: z.boolean() }), z.object({ layout: z.null(), reason: z.string(), alternative: z.string() })]);

/** What one channel still needs sent. */
export const channelSendState = z.object({
  channelId: z.string(),
  kind: z.string(),
  name: z.string(),
  quantities: layoutChoice.and(
    z.object({
      pending: z.number().int().meta({ description: 'Listings the next quantity file would hold.' }),
      missingKey: z.number().int().meta({ description: 'Listings no file can address (an Amazon listing keyed by ASIN, no eBay item number, no Shopify handle).' }),
    }),
  ),
  shipments: layoutChoice.and(
    z.object({
      pending: z.number().int().meta({ description: 'Shipments no uploaded file confirmed, counted up to 1,000.' }),
      morePending: z.boolean().meta({ description: '`true`: more than 1,000 shipments wait (`pending` is 1,000).' }),
    }),
  ),
  files: z.array(uploadFileRecord),
});

/** GET /v1/exports/pending */
export const sendStateResult = z.object({ channels: z.array(channelSendState) });

/** One order as a portal page listed it. */
export const portalOrderSighting = z.strictObject({
  externalId: z.string().trim().min(1).max(100).meta({ example: '113-1234567-1234567' }),
  channelStatus: z.string().trim().min(1).max(100).meta({ example: 'Unshipped' }),
  seenAt: isoTime,
});

/** POST /v1/reconciliation/sightings */
export const portalSightingsBody = z.strictObject({
  channelId,
  orders: z.array(portalOrderSighting).min(1).max(500),
});

/** GET /v1/reconciliation */
export const reconciliationQuery = queryOf({ channelId: channelId.optional() });

/** What needs action on one channel. */
export const channelReconciliation = z.object({
  channelId: z.string(),
  kind: z.string(),
  missingFromBook: z.object({ count: z.number().int(), externalIds: z.array(z.string()).meta({ description: 'Up to 100, newest sighting first.' }) }),
  statusMismatch: z.object({
    count: z.number().int(),
    orders: z.array(
      z.object({
        orderId: z.string(),
        externalId: z.string(),
        portalStatus: z.string(),
        bookStatus: z.string(),
        action: z.enum(['confirm_shipment', 'cancel_in_book']).meta({
          description: '`confirm_shipment`: the book shipped it, the portal still shows it unshipped. `cancel_in_book`: the portal cancelled it, the book still holds stock for it.',
        }),
      }),
    ),
  }),
  quantityMismatch: z.object({
    count: z.number().int(),
    listings: z.array(z.object({ channelSku: z.string(), listed: z.number().int(), availableToSell: z.number().int(), seenAt: z.string() })),
  }),
});

/** The reconciliation of each channel. */
export const reconciliationResult = z.object({ channels: z.array(channelReconciliation) });

export type QuantityFileQuery = z.infer<typeof quantityFileQuery>;
export type ChannelSendState = z.infer<typeof channelSendState>;
export type ChannelReconciliation = z.infer<typeof channelReconciliation>;
export type PortalSightingsBody = z.infer<typeof portalSightingsBody>;
