/** A seller's channels: the marketplace accounts and other sources of orders. */
import { createRoute, z } from '@hono/zod-openapi';
import { channel, createChannelBody } from '../../shared/schemas/account.js';
import { database } from '../db/client.js';
import { insertChannel, listChannels } from '../db/queries/channels.js';
import { newId } from '../ids.js';
import { bearerAuth, errors, jsonAnswer, jsonBody, router } from './router.js';

/** POST and GET /v1/channels. */
export const channelRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/channels',
      operationId: 'createChannel',
      tags: ['Channels'],
      summary: 'Add a channel',
      security: bearerAuth,
      request: { body: jsonBody(createChannelBody) },
      responses: { 201: jsonAnswer(z.object({ channel }), 'The new channel.'), 400: errors[400], 401: errors[401] },
    }),
    async (c) => {
      const created = await insertChannel(database(c.env.DB), c.get('sellerId'), { id: newId('chn'), ...c.req.valid('json') });
      return c.json({ channel: created }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/channels',
      operationId: 'listChannels',
      tags: ['Channels'],
      summary: 'List channels',
      security: bearerAuth,
      responses: { 200: jsonAnswer(z.object({ channels: z.array(channel) }), 'Channels, oldest first.'), 401: errors[401] },
    }),
    async (c) => c.json({ channels: await listChannels(database(c.env.DB), c.get('sellerId')) }, 200),
  );
