/** GET /v1/export: everything the seller owns, as NDJSON pages resumable by cursor. */
import { createRoute, z } from '@hono/zod-openapi';
import { exportQuery } from '../../../shared/schemas/privacy.js';
import { database } from '../../db/client.js';
import { queryRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { exportPage, readExportCursor } from './export-book.js';

const EXAMPLE = [
  { type: 'channel', data: { id: 'chn_01J9Z3AMAZON', kind: 'amazon', name: 'Amazon US', accountKey: null, createdAt: '2026-11-01T08:00:00.000Z' } },
  { type: 'next', cursor: 'WyJjaGFubmVsIiwiMSIsIjBhMWIyYzNkNGU1ZjZhN2IiXQ' },
]
  .map((l) => JSON.stringify(l))
  .join('\n');

/** The export route. */
export const exportBookRoutes = router('Privacy').openapi(
  createRoute({
    path: '/export',
    operationId: 'exportEverything',
    summary: 'Everything the seller owns, as NDJSON, one resource type after another',
    description:
      'One JSON record a line, `{"type", "data"}`: channels, orders (with lines, history, shipments, holds and returns), SKUs, locations, stock levels, the stock ledger, listings and their components, safety buffers, rule sets, pick lists, customers and their keys, webhooks (without secrets), retention settings and erasure receipts. A page ends with `{"type":"next","cursor"}` — call again with that cursor — or `{"type":"end"}`.',
    security: scopes('privacy:export'),
    ...queryRead(exportQuery, { description: 'A page of the export.', content: { 'application/x-ndjson': { schema: z.string().meta({ example: EXAMPLE }) } } }),
  }),
  async (c) => {
    const q = c.req.valid('query');
    const sellerId = c.get('sellerId');
    const from = await readExportCursor(sellerId, q.cursor);
    const lines = exportPage(database(c.env.DB), sellerId, from, q.limit);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    // zod-openapi types any media type naming "json" as a JSON body; an NDJSON stream is a plain Response.
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } }) as never;
  },
);
