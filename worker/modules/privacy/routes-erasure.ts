/** Erasing one buyer on request: POST /v1/customers/:id/erase, POST /v1/customers/erase (by email), and the receipts. */
import { createRoute, z } from '@hono/zod-openapi';
import { eraseByEmailBody, erasureReceipt } from '../../../shared/schemas/privacy.js';
import { database } from '../../db/client.js';
import { examples } from '../../http/examples.js';
import { errors, idParam, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { eraseBuyer, getErasureReceipt } from './erase-buyer.js';

const receiptAnswer = (description: string) => jsonAnswer(z.object({ receipt: erasureReceipt }), description, examples.eraseCustomer.response);
const ERASE_DESCRIPTION =
  'Removes the buyer’s name, email, phone and street from every order, its history, the search index, the customer record and stored answers, whatever their age. An order still open keeps only its shipping address until it ships; the cron erases it then. The receipt says what was erased, when and by whom, without the data.';

/** The erasure routes. */
export const erasureRoutes = router('Privacy')
  .openapi(
    createRoute({
      method: 'post',
      path: '/customers/{id}/erase',
      operationId: 'eraseCustomer',
      summary: 'Erase one buyer’s personal data on request',
      description: ERASE_DESCRIPTION,
      security: scopes('privacy:write'),
      request: { params: idParam },
      responses: { 200: receiptAnswer('The receipt.'), 404: errors[404] },
    }),
    async (c) => {
      const receipt = await eraseBuyer(database(c.env.DB), c.get('sellerId'), { customerId: c.req.valid('param').id }, c.get('tokenId'));
      return c.json({ receipt }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/customers/erase',
      operationId: 'eraseCustomerByEmail',
      summary: 'Erase the personal data of the buyer with an email',
      description: ERASE_DESCRIPTION,
      security: scopes('privacy:write'),
      request: { body: jsonBody(eraseByEmailBody, examples.eraseCustomerByEmail.request) },
      responses: { 200: receiptAnswer('The receipt.'), 404: errors[404] },
    }),
    async (c) => {
      const receipt = await eraseBuyer(database(c.env.DB), c.get('sellerId'), { email: c.req.valid('json').email }, c.get('tokenId'));
      return c.json({ receipt }, 200);
    },
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
