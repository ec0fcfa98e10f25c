/** Sellers (admin), the current seller, and the seller's API tokens. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ROLE_SCOPES } from '../../../shared/roles.js';
import { apiToken, createSellerBody, createSellerResult, createTokenBody, createTokenResult, me, updateTokenBody } from '../../../shared/schemas/account.js';
import { database } from '../../db/client.js';
import type { AppEnv } from '../../env.js';
import { orNotFound } from '../../errors.js';
import { bodyWrite, errors, idParam, jsonAnswer, jsonBody, removal, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { createSeller } from './create-seller.js';
import { findSeller, listTokens } from './queries.js';
import { changeTokenRole, mintTeamToken, revokeTeamToken } from './tokens.js';

const caller = (c: Context<AppEnv>) => ({ tokenId: c.get('tokenId'), role: c.get('role') });

/** POST /v1/admin/sellers, behind the admin token. */
export const adminRoutes = router('Accounts').openapi(
  createRoute({
    path: '/sellers',
    operationId: 'createSeller',
    summary: 'Create a seller and its first API token, an owner’s (admin)',
    security: [{ adminAuth: [] }],
    ...bodyWrite('post', jsonBody(createSellerBody), { 201: jsonAnswer(createSellerResult, 'The seller and its token, shown once.') }),
  }),
  async (c) => c.json(await createSeller(c.env, c.req.valid('json').name), 201),
);

/** GET /v1/me, and the team's tokens: GET, POST /v1/tokens, PATCH and DELETE /v1/tokens/:id, on the directory. */
export const accountRoutes = router('Accounts')
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      operationId: 'getMe',
      summary: 'The seller this token belongs to, and the token’s name, role and scopes',
      security: scopes('account:read'),
      responses: {
        200: jsonAnswer(me, 'The seller and the token in use.', {
          seller: { id: 'sel_01JD5Z7Q8Y3K2M4N6P8R0T2V4X', name: 'Acme Goods', createdAt: '2026-11-02T09:00:00.000Z' },
          token: { id: 'tok_01JD5Z7Q8Y3K2M4N6P8R0T2V4Y', name: 'Sam (packing desk)', role: 'packer', scopes: [...ROLE_SCOPES.packer] },
        }),
      },
    }),
    async (c) => {
      const found = orNotFound(await findSeller(database(c.get('directory')), c.get('sellerId')), 'Seller');
      const role = c.get('role');
      return c.json({ seller: found, token: { id: c.get('tokenId'), name: c.get('tokenName'), role, scopes: [...ROLE_SCOPES[role]] } }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/tokens',
      operationId: 'listTokens',
      summary: 'List API tokens with their names and roles (without secrets)',
      security: scopes('account:read'),
      responses: { 200: jsonAnswer(z.object({ tokens: z.array(apiToken) }), 'Tokens, oldest first.') },
    }),
    async (c) => c.json({ tokens: await listTokens(database(c.get('directory')), c.get('sellerId')) }, 200),
  )
  .openapi(
    createRoute({
      path: '/tokens',
      operationId: 'createToken',
      summary: 'Mint a token for a person, with a role no higher than the caller’s',
      security: scopes('tokens:write'),
      ...bodyWrite('post', jsonBody(createTokenBody, { name: 'Sam (packing desk)', role: 'packer' }), { 201: jsonAnswer(createTokenResult, 'The token, shown once.') }),
    }),
    async (c) => c.json(await mintTeamToken(database(c.get('directory')), c.get('sellerId'), caller(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/tokens/{id}',
      operationId: 'updateTokenRole',
      summary: 'Change another token’s role (never one’s own, never above the caller’s)',
      security: scopes('tokens:write'),
      request: { params: idParam, body: jsonBody(updateTokenBody, { role: 'viewer' }) },
      responses: { 200: jsonAnswer(z.object({ token: apiToken }), 'The token as changed.'), 404: errors[404] },
    }),
    async (c) => {
      const token = await changeTokenRole(database(c.get('directory')), c.get('sellerId'), caller(c), c.req.valid('param').id, c.req.valid('json').role);
      return c.json({ token }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/tokens/{id}',
      operationId: 'revokeToken',
      summary: 'Revoke an API token (one’s own, or one no higher than the caller’s)',
      security: scopes('tokens:write'),
      ...removal({ params: idParam }, 'Revoked.'),
    }),
    async (c) => {
      await revokeTeamToken(database(c.get('directory')), c.get('sellerId'), caller(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
