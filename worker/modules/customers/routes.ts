/** /v1/customers: buyers recognised across channels, their tags and numbers. */
import { createRoute, z } from '@hono/zod-openapi';
import { createCustomerBody, customer, customerPage, customerTagsBody, listCustomersQuery } from '../../../shared/schemas/customers.js';
import { database } from '../../db/client.js';
import { decodeNamedCursor, encodeKeyCursor } from '../../db/cursor.js';
import { notFound, orNotFound } from '../../errors.js';
import { bodyWrite, errors, idParam, jsonAnswer, jsonBody, pageRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { listCustomers, readCustomers, setCustomerTags } from './queries.js';
import { createCustomer, syncCustomers, uniqueTags } from './service.js';

/** GET/POST /v1/customers, GET /v1/customers/:id, PUT /v1/customers/:id/tags. */
export const customerRoutes = router('Customers')
  .openapi(
    createRoute({
      path: '/customers',
      operationId: 'listCustomers',
      summary: 'Customers, oldest first, optionally by tag or email',
      security: scopes('customers:read'),
      ...pageRead(listCustomersQuery, customerPage, 'A page of customers.'),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const db = database(c.env.DB);
      await syncCustomers(db, c.get('sellerId'));
      const page = await listCustomers(
        db,
        c.get('sellerId'),
        {
          ...(q.tag ? { tag: q.tag } : {}),
          ...(q.email ? { email: q.email } : {}),
          ...(q.cursor ? { after: decodeNamedCursor(q.cursor, ['createdAt', 'id']) } : {}),
        },
        q.limit,
      );
      const last = page[page.length - 1];
      const nextCursor = page.length === q.limit && last ? encodeKeyCursor(last.createdAt, last.id) : null;
      return c.json({ customers: page, nextCursor }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/customers',
      operationId: 'createCustomer',
      summary: 'Add a customer before their first order (to tag them VIP, say)',
      security: scopes('customers:write'),
      ...bodyWrite('post', jsonBody(createCustomerBody), { 201: jsonAnswer(z.object({ customer }), 'The customer.'), 409: errors[409] }),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const created = await createCustomer(database(c.env.DB), c.get('sellerId'), body);
      return c.json({ customer: created }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/customers/{id}',
      operationId: 'getCustomer',
      summary: 'One customer with keys, order count and lifetime value',
      security: scopes('customers:read'),
      request: { params: idParam },
      responses: { 200: jsonAnswer(z.object({ customer }), 'The customer.'), 404: errors[404] },
    }),
    async (c) => {
      const db = database(c.env.DB);
      await syncCustomers(db, c.get('sellerId'));
      const [found] = await readCustomers(db, c.get('sellerId'), [c.req.valid('param').id]);
      return c.json({ customer: orNotFound(found, 'Customer') }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/customers/{id}/tags',
      operationId: 'setCustomerTags',
      summary: 'Replace a customer’s tags (VIP, blocked…)',
      security: scopes('customers:write'),
      request: { params: idParam, body: jsonBody(customerTagsBody) },
      responses: { 200: jsonAnswer(z.object({ customer }), 'The customer.'), 404: errors[404] },
    }),
    async (c) => {
      const db = database(c.env.DB);
      const { id } = c.req.valid('param');
      if (!(await setCustomerTags(db, c.get('sellerId'), id, uniqueTags(c.req.valid('json').tags)))) throw notFound('Customer');
      const [found] = await readCustomers(db, c.get('sellerId'), [id]);
      return c.json({ customer: found! }, 200);
    },
  );
