/** Sellers (admin), the current seller, and the seller's API tokens. */
import { createRoute, z } from '@hono/zod-openapi';
import { apiToken, createSellerBody, createSellerResult, createTokenBody, createTokenResult, seller } from '../../../shared/schemas/account.js';
import { database } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { bearerAuth, errors, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { newId, newTokenSecret, sha256Hex } from '../../ids.js';
import { findSeller, insertSellerWithToken, insertToken, listTokens, revokeToken } from './queries.js';

async function mintToken(name: string) {
  const secret = newTokenSecret();
  return { secret, row: { id: newId('tok'), name, tokenHash: await sha256Hex(secret), prefix: secret.slice(0, 10) } };
}

/** POST /v1/admin/sellers, behind the admin token. */
export const adminRoutes = router().openapi(
  createRoute({
    method: 'post',
    path: '/sellers',
    operationId: 'createSeller',
    tags: ['Accounts'],
    summary: 'Create a seller and its first API token (admin)',
    security: [{ adminAuth: [] }],
    request: { body: jsonBody(createSellerBody) },
    responses: { 201: jsonAnswer(createSellerResult, 'The seller and its token, shown once.'), 400: errors[400], 401: errors[401] },
  }),
  async (c) => {
    const { name } = c.req.valid('json');
    const db = database(c.env.DB);
    const created = { id: newId('sel'), name };
    const { secret, row } = await mintToken('default');
    await insertSellerWithToken(db, created, row);
    const stored = await findSeller(db, created.id);
    return c.json({ seller: stored!, token: secret }, 201);
  },
);

/** GET /v1/me and /v1/tokens. */
export const accountRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      operationId: 'getMe',
      tags: ['Accounts'],
      summary: 'The seller this token belongs to',
      security: bearerAuth,
      responses: { 200: jsonAnswer(z.object({ seller }), 'The seller.'), 401: errors[401] },
    }),
    async (c) => {
      const found = await findSeller(database(c.env.DB), c.get('sellerId'));
      if (!found) throw notFound('Seller');
      return c.json({ seller: found }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/tokens',
      operationId: 'listTokens',
      tags: ['Accounts'],
      summary: 'List API tokens (without secrets)',
      security: bearerAuth,
      responses: { 200: jsonAnswer(z.object({ tokens: z.array(apiToken) }), 'Tokens, oldest first.'), 401: errors[401] },
    }),
    async (c) => c.json({ tokens: await listTokens(database(c.env.DB), c.get('sellerId')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/tokens',
      operationId: 'createToken',
      tags: ['Accounts'],
      summary: 'Mint another API token',
      security: bearerAuth,
      request: { body: jsonBody(createTokenBody) },
      responses: { 201: jsonAnswer(createTokenResult, 'The token, shown once.'), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const { secret, row } = await mintToken(c.req.valid('json').name);
      const info = await insertToken(database(c.env.DB), c.get('sellerId'), row);
      return c.json({ token: secret, info }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/tokens/{id}',
      operationId: 'revokeToken',
      tags: ['Accounts'],
      summary: 'Revoke an API token',
      security: bearerAuth,
      request: { params: z.object({ id: z.string().min(1).max(64) }) },
      responses: { 204: { description: 'Revoked.' }, 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const revoked = await revokeToken(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, new Date().toISOString());
      if (!revoked) throw notFound('Token');
      return c.body(null, 204);
    },
  );
