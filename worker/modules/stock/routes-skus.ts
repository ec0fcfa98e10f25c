/** Master SKUs and stock locations. */
import { createRoute, z } from '@hono/zod-openapi';
import { createLocationBody, createSkusBody, locationRecord, skuCode, skuRecord, updateSkuBody } from '../../../shared/schemas/inventory.js';
import { database } from '../../db/client.js';
import { decodeKeyCursor } from '../../db/cursor.js';
import { ApiError, notFound } from '../../errors.js';
import { everyRecord, keyPageAnswer } from '../../http/answers.js';
import { bodyWrite, errors, jsonAnswer, jsonBody, pageRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { findSkus, insertLocation, listLocations, listSkus, upsertSkus } from './queries-inventory.js';

const skuParam = z.object({ sku: skuCode });

/** /v1/skus and /v1/locations. */
export const skuRoutes = router('Inventory')
  .openapi(
    createRoute({
      path: '/skus',
      operationId: 'createSkus',
      summary: 'Create master SKUs (one, or up to 500); an existing SKU takes the fields given',
      security: scopes('stock:write'),
      ...bodyWrite('post', jsonBody(createSkusBody), { 200: jsonAnswer(z.object({ skus: z.array(skuRecord) }), 'The SKUs, in input order.') }),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const rows = 'skus' in body ? body.skus : [body];
      return c.json({ skus: await upsertSkus(database(c.env.DB), c.get('sellerId'), rows, new Date().toISOString()) }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/skus',
      operationId: 'listSkus',
      summary: 'List master SKUs by code',
      security: scopes('stock:read'),
      ...pageRead(
        z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100), cursor: z.string().max(300).optional() }),
        z.object({ skus: z.array(skuRecord), nextCursor: z.string().nullable() }),
        'A page of SKUs.',
      ),
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listSkus(database(c.env.DB), c.get('sellerId'), limit + 1, cursor ? decodeKeyCursor(cursor) : undefined);
      return c.json(keyPageAnswer('skus', rows, limit, ['sku']), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/skus/{sku}',
      operationId: 'updateSku',
      summary: 'Update a master SKU (title, barcode, low-stock threshold)',
      security: scopes('stock:write'),
      request: { params: skuParam, body: jsonBody(updateSkuBody) },
      responses: { 200: jsonAnswer(z.object({ sku: skuRecord }), 'The SKU.'), 404: errors[404] },
    }),
    async (c) => {
      const db = database(c.env.DB);
      const { sku } = c.req.valid('param');
      if (!(await findSkus(db, c.get('sellerId'), [sku])).has(sku)) throw notFound('SKU');
      const [updated] = await upsertSkus(db, c.get('sellerId'), [{ ...c.req.valid('json'), sku }], new Date().toISOString());
      return c.json({ sku: updated! }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/locations',
      operationId: 'createLocation',
      summary: 'Add a stock location',
      security: scopes('stock:write'),
      ...bodyWrite('post', jsonBody(createLocationBody), { 201: jsonAnswer(z.object({ location: locationRecord }), 'The location.'), 409: errors[409] }),
    }),
    async (c) => {
      const { code, name } = c.req.valid('json');
      const db = database(c.env.DB);
      if (!(await insertLocation(db, c.get('sellerId'), code, name))) {
        throw new ApiError(409, 'location_exists', `There is already a location ${code}.`, [{ path: 'code', message: 'already in use' }]);
      }
      const found = (await listLocations(db, c.get('sellerId'))).find((l) => l.code === code)!;
      return c.json({ location: found }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/locations',
      operationId: 'listLocations',
      summary: 'List stock locations, the default one first',
      security: scopes('stock:read'),
      responses: { 200: jsonAnswer(z.object({ locations: z.array(locationRecord) }), 'Locations.') },
    }),
    everyRecord('locations', listLocations),
  );
