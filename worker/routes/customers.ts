/** /v1/customers: buyers recognised across channels, their tags and numbers. */
import { createRoute, z } from '@hono/zod-openapi';
import { createCustomerBody, customer, customerPage, customerTagsBody, listCustomersQuery } from '../../shared/schemas/customers.js';
import { database } from '../db/client.js';
import { findChannel } from '../db/queries/channels.js';
import { insertCustomer, listCustomers, ownersOfKeys, readCustomers, setCustomerTags, syncCustomers } from '../db/queries/customers.js';
import { buyerKey, emailKey } from '../domain/customers.js';
import { ApiError, invalidInput, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { bearerAuth, errors, jsonAnswer, jsonBody, router } from './router.js';

const idParam = z.object({ id: z.string().min(1).max(64) });
const uniqueTags = (tags: readonly string[]) => [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()];

function decodeCursor(text: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(atob(text)) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // fall through
  }
  throw invalidInput([{ path: 'query.cursor', message: 'not a cursor this API returned' }]);
}

/** GET/POST /v1/customers, GET /v1/customers/:id, PUT /v1/customers/:id/tags. */
export const customerRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/customers',
      operationId: 'listCustomers',
      tags: ['Customers'],
      summary: 'Customers, oldest first, optionally by tag or email',
      security: bearerAuth,
      request: { query: listCustomersQuery },
      responses: { 200: jsonAnswer(customerPage, 'A page of customers.'), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const db = database(c.env.DB);
      await syncCustomers(db, c.get('sellerId'));
      const page = await listCustomers(db, c.get('sellerId'), {
        ...(q.tag ? { tag: q.tag } : {}),
        ...(q.email ? { email: q.email } : {}),
        ...(q.cursor ? { after: decodeCursor(q.cursor) } : {}),
      }, q.limit);
      const last = page[page.length - 1];
      const nextCursor = page.length === q.limit && last ? btoa(JSON.stringify([last.createdAt, last.id])) : null;
      return c.json({ customers: page, nextCursor }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/customers',
      operationId: 'createCustomer',
      tags: ['Customers'],
      summary: 'Add a customer before their first order (to tag them VIP, say)',
      security: bearerAuth,
      request: { body: jsonBody(createCustomerBody) },
      responses: { 201: jsonAnswer(z.object({ customer }), 'The customer.'), 400: errors[400], 401: errors[401], 409: errors[409] },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const db = database(c.env.DB);
      const sellerId = c.get('sellerId');
      if (body.buyer && !(await findChannel(db, sellerId, body.buyer.channelId))) {
        throw invalidInput([{ path: 'buyer.channelId', message: `No channel ${body.buyer.channelId} for this seller.` }], 'Unknown channel.');
      }
      await syncCustomers(db, sellerId);
      const keys = [...(body.email ? [emailKey(body.email)] : []), ...(body.buyer ? [buyerKey(body.buyer.channelId, body.buyer.buyerId)] : [])];
      const [taken] = await ownersOfKeys(db, sellerId, keys);
      if (taken) throw new ApiError(409, 'customer_exists', `Customer ${taken.customerId} already has ${taken.key}; tag that one instead.`);
      const id = newId('cus');
      await insertCustomer(db, sellerId, { id, name: body.name ?? null, email: body.email?.toLowerCase() ?? null, tags: uniqueTags(body.tags ?? []), keys });
      const [created] = await readCustomers(db, sellerId, [id]);
      return c.json({ customer: created! }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/customers/{id}',
      operationId: 'getCustomer',
      tags: ['Customers'],
      summary: 'One customer with keys, order count and lifetime value',
      security: bearerAuth,
      request: { params: idParam },
      responses: { 200: jsonAnswer(z.object({ customer }), 'The customer.'), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const db = database(c.env.DB);
      await syncCustomers(db, c.get('sellerId'));
      const [found] = await readCustomers(db, c.get('sellerId'), [c.req.valid('param').id]);
      if (!found) throw notFound('Customer');
      return c.json({ customer: found }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/customers/{id}/tags',
      operationId: 'setCustomerTags',
      tags: ['Customers'],
      summary: 'Replace a customer’s tags (VIP, blocked…)',
      security: bearerAuth,
      request: { params: idParam, body: jsonBody(customerTagsBody) },
      responses: { 200: jsonAnswer(z.object({ customer }), 'The customer.'), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const db = database(c.env.DB);
      const { id } = c.req.valid('param');
      if (!(await setCustomerTags(db, c.get('sellerId'), id, uniqueTags(c.req.valid('json').tags)))) throw notFound('Customer');
      const [found] = await readCustomers(db, c.get('sellerId'), [id]);
      return c.json({ customer: found! }, 200);
    },
  );
