/** A seller's channels: the marketplace accounts and other sources of orders. */
import { createRoute, z } from '@hono/zod-openapi';
import { channel, createChannelBody, updateChannelBody } from '../../../shared/schemas/account.js';
import { database } from '../../db/client.js';
import { secretBox } from '../../db/secret-box.js';
import { orNotFound } from '../../errors.js';
import { everyRecord } from '../../http/answers.js';
import { bodyWrite, errors, idParam, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { newId } from '../../ids.js';
import { insertChannel, listChannels, updateChannel } from './queries-channels.js';
import { unknownLocale } from './rules.js';

const unknownLocaleAnswer = { ...errors[422], description: '`currency` or `timeZone` names no known currency or IANA zone; `issues` names the field.' };

/** POST, GET and PATCH /v1/channels. */
export const channelRoutes = router('Channels')
  .openapi(
    createRoute({
      path: '/channels',
      operationId: 'createChannel',
      summary: 'Add a channel',
      security: scopes('channels:write'),
      ...bodyWrite('post', jsonBody(createChannelBody, { kind: 'shopify', name: 'Maple store', accountKey: 'maple-goods', currency: 'CAD', timeZone: 'America/Toronto' }), {
        201: jsonAnswer(z.object({ channel }), 'The new channel.'),
        409: errors[409],
        422: unknownLocaleAnswer,
      }),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const refusal = unknownLocale(body);
      if (refusal) throw refusal;
      const id = newId('chn');
      const webhookSecret = body.webhookSecret === undefined ? undefined : await secretBox(c.env).seal(body.webhookSecret, `channels/${id}`);
      const created = await insertChannel(database(c.env.DB), c.get('sellerId'), { id, ...body, webhookSecret });
      return c.json({ channel: created }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/channels/{id}',
      operationId: 'updateChannel',
      summary: 'Rename a channel or set its account key, currency or time zone',
      security: scopes('channels:write'),
      request: { params: idParam, body: jsonBody(updateChannelBody, { currency: 'CAD', timeZone: 'America/Toronto' }) },
      responses: {
        200: jsonAnswer(z.object({ channel }), 'The channel as changed.'),
        404: errors[404],
        409: errors[409],
        422: unknownLocaleAnswer,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const change = c.req.valid('json');
      const refusal = unknownLocale(change);
      if (refusal) throw refusal;
      return c.json({ channel: orNotFound(await updateChannel(database(c.env.DB), c.get('sellerId'), id, change), 'Channel') }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/channels',
      operationId: 'listChannels',
      summary: 'List channels',
      security: scopes('channels:read'),
      responses: { 200: jsonAnswer(z.object({ channels: z.array(channel) }), 'Channels, oldest first.') },
    }),
    everyRecord('channels', listChannels),
  );
