/** Channel listings (what a channel sells → master SKUs) and what portal pages show of them. */
import { createRoute, z } from '@hono/zod-openapi';
import { listingBody, listingKeyQuery, listingPage, listingRecord, listListingsQuery, observationsBody } from '../../../shared/schemas/inventory.js';
import { database } from '../../db/client.js';
import { decodeNamedCursor } from '../../db/cursor.js';
import { invalidInput, orNotFound } from '../../errors.js';
import { keyPageAnswer } from '../../http/answers.js';
import { batchItems, bodyWrite, conditionalWrite, errors, jsonAnswer, jsonBody, notModified, pageRead, recordId, removal, removedOr404, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { listingRepresentation } from '../../http/versions.js';
import { channelKinds } from '../accounts/service.js';
import { putListing, recordObservations } from './listings.js';
import { deleteListing, listListings } from './queries-listings.js';

/** /v1/listings and below. */
export const listingRoutes = router('Listings')
  .openapi(
    createRoute({
      path: '/listings',
      operationId: 'setListing',
      summary: 'Map a channel SKU to master SKUs with quantities (a 2-pack, a kit)',
      description: 'Creates or replaces the listing. Open order lines of that channel SKU that were `unmapped` are resolved and allocated at once.',
      security: scopes('stock:write'),
      ...conditionalWrite('put', { body: jsonBody(listingBody) }, { 200: jsonAnswer(z.object({ listing: listingRecord }), 'The listing.') }),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const db = database(c.env.DB);
      await putListing(db, c.get('sellerId'), body, { at: new Date().toISOString(), source: 'api', actor: c.get('tokenName') });
      const [listing] = await listListings(db, c.get('sellerId'), { channelId: body.channelId, channelSkus: [body.channelSku] }, 1);
      return c.json({ listing: listing! }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/listings',
      operationId: 'listListings',
      summary: 'List listings by channel and channel SKU, optionally of one channel or using one SKU',
      security: scopes('stock:read'),
      ...pageRead(listListingsQuery, listingPage, 'A page of listings.'),
    }),
    async (c) => {
      const { channelId, sku, limit, cursor } = c.req.valid('query');
      const rows = await listListings(
        database(c.env.DB),
        c.get('sellerId'),
        { ...(channelId ? { channelId } : {}), ...(sku ? { sku } : {}) },
        limit + 1,
        cursor ? decodeNamedCursor(cursor, ['channelId', 'channelSku']) : undefined,
      );
      return c.json(keyPageAnswer('listings', rows, limit, ['channelId', 'channelSku']), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/listings/{channelId}/{channelSku}',
      operationId: 'getListing',
      summary: 'One listing, with an ETag for conditional updates (PUT /v1/listings with If-Match)',
      security: scopes('stock:read'),
      request: { params: z.object({ channelId: recordId, channelSku: z.string().min(1).max(200) }) },
      responses: { 200: jsonAnswer(z.object({ listing: listingRecord }), 'The listing.'), 304: notModified, 404: errors[404] },
    }),
    async (c) => {
      const { channelId, channelSku } = c.req.valid('param');
      return c.json(orNotFound(await listingRepresentation(database(c.env.DB), c.get('sellerId'), channelId, channelSku), 'Listing'), 200);
    },
  )
  .openapi(
    createRoute({
      path: '/listings',
      operationId: 'deleteListing',
      summary: 'Remove a listing (order lines already resolved through it keep their allocation)',
      security: scopes('stock:write'),
      ...removal({ query: listingKeyQuery }, 'Removed.'),
    }),
    async (c) => {
      const { channelId, channelSku } = c.req.valid('query');
      return removedOr404(c, await deleteListing(database(c.env.DB), c.get('sellerId'), channelId, channelSku), 'Listing');
    },
  )
  .openapi(
    createRoute({
      path: '/listings/observations',
      operationId: 'reportListingObservations',
      summary: 'Report the quantities portal listing pages show (up to 500)',
      description: 'Kept per listing; a sighting older than the one kept changes nothing. Channel SKUs without a listing are kept too and count once mapped.',
      security: scopes('observations:write'),
      ...bodyWrite('post', jsonBody(observationsBody), { 200: jsonAnswer(z.object({ received: z.number().int() }), 'How many were received.') }),
    }),
    async (c) => {
      const { list, prefix } = batchItems(c.req.valid('json'), 'observations');
      const db = database(c.env.DB);
      const kinds = await channelKinds(db, c.get('sellerId'), [...new Set(list.map((o) => o.channelId))]);
      const unknown = list.flatMap((o, i) => (kinds.has(o.channelId) ? [] : [{ path: `${prefix}${i}.channelId`, message: `No channel ${o.channelId} for this seller.` }]));
      if (unknown.length) throw invalidInput(unknown, 'Unknown channel.');
      await recordObservations(db, c.get('sellerId'), list);
      return c.json({ received: list.length }, 200);
    },
  );
