/**
 * Sending the book back to the marketplaces: their own upload files for
 * quantities and shipment confirmations, marking a file uploaded, what each
 * channel still needs sent, and the reconciliation of portal against book.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  portalSightingsBody,
  quantityFileQuery,
  reconciliationQuery,
  reconciliationResult,
  sendStateResult,
  shipmentFileQuery,
  uploadFileParams,
  uploadFileRecord,
} from '../../../shared/schemas/sync-back.js';
import { database } from '../../db/client.js';
import { everyRecord } from '../../http/answers.js';
import { bodyWrite, errors, jsonAnswer, jsonBody, queryRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { requireChannel } from '../stock/listings.js';
import { recordPortalOrders } from './queries-reconciliation.js';
import { reconcile, sendState } from './send-state.js';
import { markUploaded, type UploadFile, writeQuantityFile, writeShipmentFile } from './upload-files.js';

/** The file as a download; `Upload-File-Id` names it for POST /v1/exports/{exportId}/uploaded. */
const download = (f: UploadFile) =>
  new Response(f.body, {
    status: 200,
    headers: { 'Content-Type': f.contentType, 'Content-Disposition': `attachment; filename="${f.fileName}"`, 'Upload-File-Id': f.id },
  });

const fileAnswer = (description: string) => ({
  description,
  headers: z.object({ 'Upload-File-Id': z.string().meta({ description: 'The file’s id, to mark it uploaded.', example: 'upf_01HZX9' }) }),
  content: { 'text/plain': { schema: z.string() }, 'text/csv': { schema: z.string() } },
});

/** /v1/exports/quantities, /v1/exports/shipments, /v1/exports/{exportId}/uploaded, /v1/exports/pending, /v1/reconciliation. */
export const syncBackRoutes = router('Marketplace files')
  .openapi(
    createRoute({
      path: '/exports/quantities',
      operationId: 'exportQuantityFile',
      summary: 'The channel’s own quantity upload file',
      description:
        'Amazon Price & Quantity (tab-separated .txt), eBay Seller Hub revise price and quantity (CSV, UTF-8 with BOM, #INFO line), Shopify inventory CSV (one row per variant at `location`; on hand = available-to-sell + Shopify’s committed units). ' +
        'Holds every listing whose available-to-sell differs from both what the portal last showed and what was last sent (`all=true`: every listing); listings the layout cannot address (an Amazon listing keyed by ASIN, no eBay item number, no Shopify handle) are left out. ' +
        'Etsy and Walmart have no usable layout: 400 naming `query.channelId` and the on-page alternative. The download is recorded; `Upload-File-Id` names it.',
      security: scopes('stock:read'),
      ...queryRead(quantityFileQuery, fileAnswer('The upload file, streamed.')),
    }),
    async (c) => download(await writeQuantityFile(database(c.env.DB), c.get('sellerId'), c.req.valid('query'))),
  )
  .openapi(
    createRoute({
      path: '/exports/shipments',
      operationId: 'exportShipmentFile',
      summary: 'The channel’s own shipment-confirmation upload file',
      description:
        'Amazon Shipping Confirmation (tab-separated .txt, one row per shipment, blank order-item-id confirms the whole order) or the eBay tracking upload (unconfirmed layout), for shipments shipped since `since` that no uploaded file confirmed. ' +
        'Shopify, Etsy and Walmart: 400 naming `query.channelId` and the on-page alternative.',
      security: scopes('fulfillment:read'),
      ...queryRead(shipmentFileQuery, fileAnswer('The upload file, streamed.')),
    }),
    async (c) => {
      const q = c.req.valid('query');
      return download(await writeShipmentFile(database(c.env.DB), c.get('sellerId'), { ...q, since: new Date(q.since).toISOString() }));
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/exports/{exportId}/uploaded',
      operationId: 'markUploadFileUploaded',
      summary: 'Mark an upload file as uploaded to its marketplace',
      description:
        'Its quantities and shipments become "sent": the next file holds only what changed since. A second mark, a file not downloaded whole, or one older than an uploaded file carrying the same rows: 409 naming `exportId`, nothing changed.',
      security: scopes('stock:write'),
      request: { params: uploadFileParams },
      responses: { 200: jsonAnswer(z.object({ file: uploadFileRecord }), 'The file, now uploaded.'), 404: errors[404], 409: errors[409] },
    }),
    async (c) => c.json({ file: await markUploaded(database(c.env.DB), c.get('sellerId'), c.req.valid('param').exportId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/exports/pending',
      operationId: 'listPendingUploads',
      summary: 'What each channel still needs sent, and its recent upload files',
      security: scopes('stock:read'),
      responses: { 200: jsonAnswer(sendStateResult, 'Per channel: layouts (or the alternative), pending counts, the last five files.') },
    }),
    everyRecord('channels', sendState),
  )
  .openapi(
    createRoute({
      path: '/reconciliation/sightings',
      operationId: 'recordPortalOrders',
      summary: 'Record the orders a portal list page showed, with their portal status',
      security: scopes('observations:write'),
      ...bodyWrite(
        'post',
        jsonBody(portalSightingsBody, { channelId: 'ch_01HZX3AMAZON', orders: [{ externalId: '113-1234567-1234567', channelStatus: 'Unshipped', seenAt: '2026-12-07T09:00:00Z' }] }),
        { 204: { description: 'Recorded.' } },
      ),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const db = database(c.env.DB);
      await requireChannel(db, c.get('sellerId'), body.channelId);
      await recordPortalOrders(db, c.get('sellerId'), body);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      path: '/reconciliation',
      operationId: 'getReconciliation',
      summary: 'What needs action per channel: orders the book lacks, status disagreements, quantities shown wrong',
      security: scopes('orders:read'),
      ...queryRead(reconciliationQuery, jsonAnswer(reconciliationResult, 'Per channel, with exact counts and up to 100 of each.')),
    }),
    async (c) => c.json({ channels: await reconcile(database(c.env.DB), c.get('sellerId'), c.req.valid('query').channelId) }, 200),
  );
