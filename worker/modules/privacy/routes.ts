/** /v1/privacy/retention: how long the seller keeps buyer data after an order closes. */
import { createRoute } from '@hono/zod-openapi';
import { retentionBody, retentionSettings } from '../../../shared/schemas/privacy.js';
import { database } from '../../db/client.js';
import { examples } from '../../http/examples.js';
import { bodyWrite, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { getRetention, setRetention } from './retention-settings.js';

/** GET/PUT /v1/privacy/retention. */
export const retentionRoutes = router('Privacy')
  .openapi(
    createRoute({
      method: 'get',
      path: '/privacy/retention',
      operationId: 'getRetention',
      summary: 'How long buyer data is kept after an order is delivered, cancelled or returned',
      security: scopes('privacy:read'),
      responses: { 200: jsonAnswer(retentionSettings, 'The settings and the period each channel kind gets.', examples.getRetention.response) },
    }),
    async (c) => c.json(await getRetention(database(c.env.DB), c.get('sellerId')), 200),
  )
  .openapi(
    createRoute({
      path: '/privacy/retention',
      operationId: 'setRetention',
      summary: 'Set how long buyer data is kept, by default and per channel kind',
      description: 'After the period, the cron redacts the buyer’s name, email, phone and street lines of closed orders; a marketplace’s own limit (Amazon: 30 days) is never exceeded.',
      security: scopes('privacy:write'),
      ...bodyWrite('put', jsonBody(retentionBody, examples.setRetention.request), { 200: jsonAnswer(retentionSettings, 'The settings now in force.', examples.getRetention.response) }),
    }),
    async (c) => c.json(await setRetention(database(c.env.DB), c.get('sellerId'), c.req.valid('json')), 200),
  );
