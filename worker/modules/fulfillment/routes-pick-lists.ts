/** /v1/picklists: make a pick list; read it as JSON, printable HTML (`.html`) or CSV (`.csv`). */
import { createRoute, z } from '@hono/zod-openapi';
import { pickList, pickListBody } from '../../../shared/schemas/fulfillment.js';
import { database } from '../../db/client.js';
import { orNotFound } from '../../errors.js';
import { answerHeaders, bodyWrite, errors, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { pickListCsv, pickListHtml } from './pick-list.js';
import { createPickList } from './pick-lists.js';
import { findPickList } from './queries-pick-lists.js';

/** POST /v1/picklists, GET /v1/picklists/:id[.html|.csv]. */
export const pickListRoutes = router('Fulfillment')
  .openapi(
    createRoute({
      path: '/picklists',
      operationId: 'createPickList',
      summary: 'Make a pick list from orders or from the top of the queue; its orders move to in_progress',
      security: scopes('fulfillment:write'),
      ...bodyWrite('post', jsonBody(pickListBody), { 201: jsonAnswer(z.object({ pickList }), 'The pick list.'), 409: errors[409] }),
    }),
    async (c) => c.json({ pickList: await createPickList(database(c.env.DB), c.get('sellerId'), c.req.valid('json'), c.get('tokenName')) }, 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/picklists/{id}',
      operationId: 'getPickList',
      summary: 'A pick list: JSON, or add .html for a printable page or .csv for a spreadsheet',
      security: scopes('fulfillment:read'),
      request: { params: z.object({ id: z.string().min(1).max(80) }) },
      responses: {
        200: {
          description: 'The pick list.',
          headers: answerHeaders,
          content: { 'application/json': { schema: z.object({ pickList }) }, 'text/html': { schema: z.string() }, 'text/csv': { schema: z.string() } },
        },
        404: errors[404],
      },
    }),
    async (c) => {
      const raw = c.req.valid('param').id;
      const format = /\.(html|csv)$/.exec(raw)?.[1];
      const found = orNotFound(await findPickList(database(c.env.DB), c.get('sellerId'), format ? raw.slice(0, -format.length - 1) : raw), 'Pick list');
      if (format === 'html') return c.html(pickListHtml(found));
      if (format === 'csv') return c.body(pickListCsv(found), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${found.id}.csv"` });
      return c.json({ pickList: found }, 200);
    },
  );
