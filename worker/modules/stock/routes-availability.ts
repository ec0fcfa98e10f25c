/** Safety buffers, available-to-sell per channel and oversell risk per listing. */
import { createRoute, z } from '@hono/zod-openapi';
import { availabilityQuery, availabilityResult, bufferBody, bufferKeyQuery, bufferRecord, riskLookupBody, riskQuery, riskResult } from '../../../shared/schemas/inventory.js';
import { database } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { everyRecord } from '../../http/answers.js';
import { bodyWrite, jsonAnswer, jsonBody, queryRead, removal, removedOr404, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { channelAvailability, listingRisks, requireChannel } from './listings.js';
import { findSkus } from './queries-inventory.js';
import { deleteBuffer, listBuffers, putBuffer } from './queries-listings.js';

/** A buffer's key as stored: '' stands for every channel, or every SKU. */
function storedKey(key: { channelId?: string | undefined; sku?: string | undefined }): [channelId: string, sku: string] {
  return [key.channelId ?? '', key.sku ?? ''];
}

/** /v1/buffers, /v1/availability and /v1/risk. */
export const availabilityRoutes = router('Availability')
  .openapi(
    createRoute({
      path: '/buffers',
      operationId: 'setBuffer',
      summary: 'Hold units back from what channels may sell',
      description:
        'Omit `channelId` for every channel and `sku` for every SKU: `{units}` is the seller’s default, `{channelId, units}` a channel’s, `{sku, units}` a SKU’s everywhere, `{channelId, sku, units}` the most specific. The most specific one that exists applies.',
      security: scopes('stock:write'),
      ...bodyWrite('put', jsonBody(bufferBody), { 200: jsonAnswer(z.object({ buffers: z.array(bufferRecord) }), 'Every buffer of the seller.') }),
    }),
    async (c) => {
      const { channelId, sku, units } = c.req.valid('json');
      const db = database(c.env.DB);
      if (channelId) await requireChannel(db, c.get('sellerId'), channelId);
      if (sku && !(await findSkus(db, c.get('sellerId'), [sku])).has(sku)) throw invalidInput([{ path: 'sku', message: `No SKU ${sku}.` }], 'Unknown SKU.');
      await putBuffer(db, c.get('sellerId'), ...storedKey({ channelId, sku }), units, new Date().toISOString());
      return c.json({ buffers: await listBuffers(db, c.get('sellerId')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/buffers',
      operationId: 'listBuffers',
      summary: 'List safety buffers',
      security: scopes('stock:read'),
      responses: { 200: jsonAnswer(z.object({ buffers: z.array(bufferRecord) }), 'Every buffer of the seller.') },
    }),
    everyRecord('buffers', listBuffers),
  )
  .openapi(
    createRoute({
      path: '/buffers',
      operationId: 'deleteBuffer',
      summary: 'Remove a safety buffer',
      security: scopes('stock:write'),
      ...removal({ query: bufferKeyQuery }, 'Removed.'),
    }),
    async (c) => removedOr404(c, await deleteBuffer(database(c.env.DB), c.get('sellerId'), ...storedKey(c.req.valid('query'))), 'Buffer'),
  )
  .openapi(
    createRoute({
      path: '/availability',
      operationId: 'listAvailability',
      summary: 'What each listing of a channel may show',
      security: scopes('stock:read'),
      ...queryRead(availabilityQuery, jsonAnswer(availabilityResult, 'Available-to-sell per listing.')),
    }),
    async (c) => {
      const { channelId } = c.req.valid('query');
      const db = database(c.env.DB);
      await requireChannel(db, c.get('sellerId'), channelId, 'query.channelId');
      return c.json({ channelId, listings: await channelAvailability(db, c.get('sellerId'), channelId) }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/risk',
      operationId: 'listOversellRisk',
      summary: 'Oversell risk per listing, with the numbers that explain it',
      description: '`level` and `channelSku` may repeat or be comma-separated; up to 500 channel SKUs (for more, or long SKUs, use POST /v1/risk/query).',
      security: scopes('stock:read'),
      ...queryRead(riskQuery, jsonAnswer(riskResult, 'Risks, by channel and channel SKU; asked-for channel SKUs without a listing are in `unknown`.')),
    }),
    async (c) => {
      const { channelId, level, channelSku } = c.req.valid('query');
      return c.json(
        await listingRisks(database(c.env.DB), c.get('sellerId'), { ...(channelId ? { channelId } : {}), ...(level ? { levels: level } : {}), ...(channelSku ? { channelSkus: channelSku } : {}) }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      path: '/risk/query',
      operationId: 'queryOversellRisk',
      summary: 'Oversell risk of up to 500 listings of one channel, for a portal page',
      security: scopes('stock:lookup'),
      ...bodyWrite('post', jsonBody(riskLookupBody), { 200: jsonAnswer(riskResult, 'Risks; channel SKUs without a listing are in `unknown`.') }),
    }),
    async (c) => c.json(await listingRisks(database(c.env.DB), c.get('sellerId'), c.req.valid('json')), 200),
  );
