/** Erasing one buyer on request: POST /v1/customers/:id/erase, POST /v1/customers/erase (by email), and the receipts. */
import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { eraseByEmailBody, erasureReceipt } from '../../../shared/schemas/privacy.js';
import { database } from '../../db/client.js';
import type { AppEnv } from '../../env.js';
import { examples } from '../../http/examples.js';
import { errors, idParam, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { type BuyerToErase, eraseBuyer, getErasureReceipt } from './erase-buyer.js';

const receiptAnswer = (description: string) => jsonAnswer(z.object({ receipt: erasureReceipt }), description, examples.eraseCustomer.response);
const ERASE_DESCRIPTION =
  'Removes the buyer’s name, email, phone and street from every order, its history, the search index, the customer record and stored answers, whatever their age. An order still open keeps only its shipping address until it ships; the cron erases it then. The receipt says what was erased, when and by whom, without the data.';

/**
 * An erasure on request of the buyer `request` names: both ways of naming
 * them share the description, the scope and the receipt answer.
 */
function erasureRoute<P extends string, R extends NonNullable<RouteConfig['request']>>(path: P, operationId: string, summary: string, request: R) {
  return createRoute({
    method: 'post',
    path,
    operationId,
    summary,
    description: ERASE_DESCRIPTION,
    security: scopes('privacy:write'),
    request,
    responses: { 200: receiptAnswer('The receipt.'), 404: errors[404] },
  });
}

/** Erases the buyer `who` names, recording the token that asked. */
const erase = (c: Context<AppEnv>, who: BuyerToErase) => eraseBuyer(database(c.env.DB), c.get('sellerId'), who, c.get('tokenId'));

/** The erasure routes. */
export const erasureRoutes = router('Privacy')
  .openapi(erasureRoute('/customers/{id}/erase', 'eraseCustomer', 'Erase one buyer’s personal data on request', { params: idParam }), async (c) =>
    c.json({ receipt: await erase(c, { customerId: c.req.valid('param').id }) }, 200),
  )
  .openapi(
    erasureRoute('/customers/erase', 'eraseCustomerByEmail', 'Erase the personal data of the buyer with an email', { body: jsonBody(eraseByEmailBody, examples.eraseCustomerByEmail.request) }),
    async (c) => c.json({ receipt: await erase(c, { email: c.req.valid('json').email }) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/privacy/erasures/{id}',
      operationId: 'getErasureReceipt',
      summary: 'The receipt of one erasure',
      security: scopes('privacy:read'),
      request: { params: idParam },
      responses: { 200: receiptAnswer('The receipt.'), 404: errors[404] },
    }),
    async (c) => c.json({ receipt: await getErasureReceipt(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id) }, 200),
  );
