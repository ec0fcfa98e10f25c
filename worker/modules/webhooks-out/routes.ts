/**
 * /v1/webhooks: endpoints a seller registers for outgoing events (the
 * signing secret is shown once), each endpoint's delivery log, test events
 * and retries of one delivery. Plus the admin-only drain, which runs the
 * same delivery pass as the cron trigger on demand (for tests and operations).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { webhookTestResult } from '../../../shared/schemas/events.js';
import { createdWebhook, createWebhookBody, deliveriesQuery, webhookDelivery, webhookEndpoint, webhookRetryResult } from '../../../shared/schemas/webhooks.js';
import { everyBook } from '../../db/books.js';
import { database } from '../../db/client.js';
import { secretBox } from '../../db/secret-box.js';
import { orNotFound } from '../../errors.js';
import { everyRecord } from '../../http/answers.js';
import { examples } from '../../http/examples.js';
import { bodyWrite, errors, idParam, jsonAnswer, jsonBody, recordId, removal, removedOr404, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { newId } from '../../ids.js';
import { deliverWebhooks, deliverySettings, retryDelivery, sendTestEvent } from './deliver-webhooks.js';
import { deleteEndpoint, endpointForTest, insertEndpoint, listDeliveries, listEndpoints } from './queries.js';

/** A new signing secret: `whsec_` and 32 random bytes in hex. */
function newWebhookSecret(): string {
  return `whsec_${Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** POST/GET /v1/webhooks, DELETE /v1/webhooks/:id, GET /v1/webhooks/:id/deliveries. */
export const webhookRoutes = router('Webhooks')
  .openapi(
    createRoute({
      path: '/webhooks',
      operationId: 'createWebhook',
      summary: 'Register an endpoint for events; the signing secret is in this answer only',
      description:
        'Each delivery is a POST with the event as JSON and headers `X-Orderlens-Delivery` (unique per delivery; drop repeats), `X-Orderlens-Event` and `X-Orderlens-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Failures are retried with exponential backoff; an order’s events arrive in order.',
      security: scopes('webhooks:write'),
      ...bodyWrite('post', jsonBody(createWebhookBody, examples.createWebhook.request), { 201: jsonAnswer(createdWebhook, 'The endpoint and its secret.') }),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const secret = newWebhookSecret();
      const id = newId('whk');
      const sealed = await secretBox(c.env).seal(secret, `webhook_endpoints/${id}`);
      const endpoint = await insertEndpoint(database(c.env.DB), c.get('sellerId'), { id, url: body.url, events: body.events, secret: sealed, description: body.description ?? null });
      return c.json({ endpoint, secret }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhooks',
      operationId: 'listWebhooks',
      summary: 'The seller’s endpoints (without secrets)',
      security: scopes('webhooks:read'),
      responses: { 200: jsonAnswer(z.object({ endpoints: z.array(webhookEndpoint) }), 'The endpoints.') },
    }),
    everyRecord('endpoints', listEndpoints),
  )
  .openapi(
    createRoute({
      path: '/webhooks/{id}',
      operationId: 'deleteWebhook',
      summary: 'Delete an endpoint; its pending deliveries are dropped',
      security: scopes('webhooks:write'),
      ...removal({ params: idParam }, 'Deleted.'),
    }),
    async (c) => removedOr404(c, await deleteEndpoint(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id), 'Webhook endpoint'),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/{id}/deliveries',
      operationId: 'listWebhookDeliveries',
      summary: 'The delivery log of an endpoint, oldest event first',
      security: scopes('webhooks:read'),
      request: { params: idParam, query: deliveriesQuery },
      responses: { 200: jsonAnswer(z.object({ deliveries: z.array(webhookDelivery) }), 'The deliveries.'), 404: errors[404] },
    }),
    async (c) => {
      const { state, limit } = c.req.valid('query');
      const deliveries = orNotFound(await listDeliveries(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id, state, limit), 'Webhook endpoint');
      return c.json({ deliveries }, 200);
    },
  );

const deliveryParams = z.object({ id: recordId, deliveryId: recordId });

/** POST /v1/webhooks/:id/test: one signed test event, sent now; POST …/deliveries/:deliveryId/retry: one delivery, sent again now. */
export const webhookTestRoutes = router('Webhooks')
  .openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/{id}/test',
      operationId: 'testWebhook',
      summary: 'Send the endpoint a signed `webhook.test` event now and show what it answered',
      description: 'Signed and sent like any delivery (same headers), but not stored, not retried and not in the event feed.',
      security: scopes('webhooks:write'),
      request: { params: idParam },
      responses: { 200: jsonAnswer(webhookTestResult, 'What the endpoint answered; `delivered` is true for any 2xx within 10 s.'), 404: errors[404] },
    }),
    async (c) => {
      const endpoint = orNotFound(await endpointForTest(database(c.env.DB), c.get('sellerId'), c.req.valid('param').id), 'Webhook endpoint');
      const secret = await secretBox(c.env).open(endpoint.secret, `webhook_endpoints/${endpoint.id}`);
      return c.json(await sendTestEvent({ ...endpoint, secret }, deliverySettings(c.env)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/{id}/deliveries/{deliveryId}/retry',
      operationId: 'retryWebhookDelivery',
      summary: 'Send one delivery again now and show what the endpoint answered',
      description:
        'Sent as the cron sends it: the same `X-Orderlens-Delivery` id (receivers drop repeats), event headers and a fresh signature, now and out of its turn. The attempt is recorded in the delivery log; a 2xx marks the delivery delivered, a failure leaves a delivered or dead delivery as it was and retries a pending one later as usual.',
      security: scopes('webhooks:write'),
      request: { params: deliveryParams },
      responses: {
        200: jsonAnswer(webhookRetryResult, 'What the endpoint answered (`delivered` is true for any 2xx within 10 s) and the delivery as it now stands.', examples.retryWebhookDelivery.response),
        404: errors[404],
      },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid('param');
      return c.json(await retryDelivery(database(c.env.DB), secretBox(c.env), c.get('sellerId'), id, deliveryId, deliverySettings(c.env)), 200);
    },
  );

/** POST /v1/admin/webhooks/drain (admin token): one delivery pass now, as the cron does. */
export const webhookAdminRoutes = router('Webhooks').openapi(
  createRoute({
    method: 'post',
    path: '/webhooks/drain',
    operationId: 'drainWebhooks',
    summary: 'Deliver what is due now (admin); the cron trigger does the same every minute',
    security: [{ adminAuth: [] }],
    responses: {
      200: jsonAnswer(z.object({ attempted: z.number().int(), delivered: z.number().int(), failed: z.number().int() }), 'What the pass did.'),
    },
  }),
  async (c) => {
    const outcomes = [];
    for (const book of everyBook(c.env)) outcomes.push(...(await deliverWebhooks(database(book.db), secretBox(c.env), deliverySettings(c.env))));
    const delivered = outcomes.filter((o) => o.state === 'delivered').length;
    return c.json({ attempted: outcomes.length, delivered, failed: outcomes.length - delivered }, 200);
  },
);
