/**
 * Order file imports: POST /v1/imports streams an uploaded export file
 * through the decoder and the format's parser into capture, batch by batch.
 *
 * Two ways to send a file:
 * - the file itself as the body (`text/csv`, `text/tab-separated-values`,
 *   `application/octet-stream`…), its charset from the Content-Type or else
 *   sniffed. Streamed: a 100 MiB file never sits in memory.
 * - `multipart/form-data`: a part `file`, or for `format=etsy` the parts
 *   `orders` (Sold Orders) and/or `items` (Sold Order Items), joined on
 *   Order ID. Multipart bodies are read whole (Etsy files are small).
 *
 * This route is exempt from the 10 MiB /v1 body limit and from
 * Idempotency-Key (app.ts): it applies its own limit, and an import is
 * idempotent by itself (the same file again changes nothing). A declared
 * Content-Length over the limit is refused before anything is read; a
 * chunked body that grows past it stops there with 413, the orders before
 * that point captured (sending the file again is safe).
 *
 * With `?async=true` a raw-body file goes through the imports queue instead
 * (import-queue.ts): stored in R2, answered 202 with its import id, followed
 * at GET /v1/imports/{importId}. Small files keep the one-request path, whose
 * answer is the result itself; the caller chooses, as only it knows whether
 * it can follow an import.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { decodeText, type ImportBatch, importEtsyOrders, importOrders } from '../../../shared/imports/index.js';
import { importAccepted, importResult, importRun, importStartQuery, MAX_IMPORT_BYTES, MAX_LISTED_ERRORS } from '../../../shared/schemas/imports.js';
import { database } from '../../db/client.js';
import { ApiError, invalidInput, orNotFound } from '../../errors.js';
import { answerHeaders, errors, jsonAnswer, recordId, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { findChannel } from '../accounts/service.js';
import { captureImport } from './import-orders.js';
import { importRunView, queueImport } from './import-queue.js';
import { findImportRun } from './queries.js';

const tooLarge = () => new ApiError(413, 'body_too_large', `An import file may be at most ${MAX_IMPORT_BYTES} bytes.`);

/** Passes a byte stream through, failing it with 413 once it grows past `max` bytes. */
function capped(body: ReadableStream<Uint8Array>, max: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > max) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** The text of one multipart part, or undefined when the part is absent or empty. */
function partText(value: FormDataEntryValue | null): AsyncIterable<string> | Iterable<string> | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : [value];
  return value.size === 0 ? undefined : decodeText(value.stream(), value.type);
}

const rawFile = { schema: { type: 'string', format: 'binary' } } as const;

/** POST /v1/imports and GET /v1/imports/{importId}. */
export const importRoutes = router('Imports')
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports',
      operationId: 'importOrders',
      summary: 'Import orders from a marketplace export file',
      description:
        'Send the file as the body (charset from Content-Type, else detected), or as `multipart/form-data` with a part `file`. ' +
        'For `format=etsy`, send the Sold Orders and Sold Order Items files as parts `orders` and `items` (either or both). ' +
        `Up to ${MAX_IMPORT_BYTES} bytes. Each order is captured whole or not at all; re-importing a file changes nothing. ` +
        'Errors name the line (and column) of the file. A file of no known layout, or of another marketplace than the channel (an eBay report into an Amazon channel), is refused whole with 422. ' +
        'With `async=true` (a raw body with Content-Length, not multipart) the file is queued: the answer is 202 with its `importId` and a Location to follow at GET /v1/imports/{importId}; ' +
        'the same file for the same channel while its first import is queued or running is 409 naming that import.',
      security: scopes('imports:write'),
      request: {
        query: importStartQuery,
        body: {
          required: true,
          content: {
            'text/csv': rawFile,
            'text/tab-separated-values': rawFile,
            'application/octet-stream': rawFile,
            'multipart/form-data': { schema: { type: 'object', properties: { file: rawFile.schema, orders: rawFile.schema, items: rawFile.schema } } },
          },
        },
      },
      responses: {
        200: jsonAnswer(importResult, 'What the import did, with the problems found by line.'),
        202: {
          ...jsonAnswer(importAccepted, 'The file is stored and queued (`async=true`); follow it at the Location.', { importId: 'imp_5f0c2a9e41d7b3c86a1e0f24', status: 'queued' }),
          headers: { ...answerHeaders, Location: { description: 'GET /v1/imports/{importId}', schema: { type: 'string' } } },
        },
        409: { ...errors[409], description: 'The same file is already being imported for this channel; `error.importId` names that import.' },
        413: errors[413],
        422: { ...errors[422], description: 'The file is of no known layout, or of another marketplace than the channel; `error.recognised` names the layout seen. Nothing is stored.' },
        429: errors[429],
      },
    }),
    async (c) => {
      const { format, channelId, defaultCurrency, async: queued } = c.req.valid('query');
      const db = database(c.env.DB);
      const sellerId = c.get('sellerId');
      const channel = await findChannel(db, sellerId, channelId);
      if (!channel) throw invalidInput([{ path: 'query.channelId', message: `no channel ${channelId} for this seller` }], 'Unknown channel.');
      const length = Number(c.req.header('Content-Length'));
      if (Number.isFinite(length) && length > MAX_IMPORT_BYTES) throw tooLarge();

      if (queued) {
        const { UPLOADS, IMPORTS } = c.env;
        if (!UPLOADS || !IMPORTS) throw invalidInput([{ path: 'query.async', message: 'this deployment has no imports queue: import without async' }]);
        if (format === 'etsy' || /^multipart\/form-data/i.test(c.req.header('Content-Type') ?? '')) {
          throw invalidInput([{ path: 'query.async', message: 'a queued import takes one file as the raw body, not multipart or format etsy' }]);
        }
        const body = c.req.raw.body;
        if (!Number.isFinite(length) || length <= 0 || !body) throw invalidInput([{ path: 'header.Content-Length', message: 'a queued import needs the file as a body of known length' }]);
        const job = { sellerId, channelId, format, defaultCurrency: defaultCurrency ?? null, contentType: c.req.header('Content-Type') ?? null, actor: c.get('tokenName') };
        const { importId } = await queueImport(db, UPLOADS, IMPORTS, job, body, length);
        c.header('Location', `/v1/imports/${importId}`);
        return c.json({ importId, status: 'queued' as const }, 202);
      }

      const context = { channelId, channelKind: channel.kind, ...(defaultCurrency ? { defaultCurrency } : {}) };
      const contentType = c.req.header('Content-Type') ?? null;
      let batches: AsyncIterable<ImportBatch>;
      if (/^multipart\/form-data/i.test(contentType ?? '')) {
        const form = await c.req.raw.formData();
        if (format === 'etsy') {
          const orders = partText(form.get('orders'));
          const items = partText(form.get('items'));
          if (!orders && !items) throw invalidInput([{ path: 'body.orders', message: 'send the Sold Orders file as part "orders", the Sold Order Items file as part "items", or both' }]);
          batches = importEtsyOrders({ ...(orders ? { orders } : {}), ...(items ? { items } : {}) }, context);
        } else {
          const file = partText(form.get('file'));
          if (!file) throw invalidInput([{ path: 'body.file', message: 'send the export file as part "file"' }]);
          batches = importOrders(file, { ...context, format });
        }
      } else {
        if (format === 'etsy') {
          throw invalidInput([{ path: 'query.format', message: 'format etsy reads two files: send them as multipart/form-data parts "orders" and "items", or import one file with its own format' }]);
        }
        const body = c.req.raw.body;
        batches = importOrders(body ? decodeText(capped(body, MAX_IMPORT_BYTES), contentType) : [], { ...context, format });
      }
      return c.json(await captureImport(db, sellerId, batches, c.get('tokenName')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/imports/{importId}',
      operationId: 'getImport',
      summary: 'Follow a queued import',
      description:
        'Where an import sent with `async=true` stands: `queued`, `running`, `done` or `failed`, the orders read and captured so far, the problems found by line ' +
        `(the first ${MAX_LISTED_ERRORS} listed, the rest counted in \`moreErrors\`), and for a failed import the reason.`,
      security: scopes('imports:write'),
      request: { params: z.object({ importId: recordId }) },
      responses: {
        200: jsonAnswer(importRun, 'The import and its progress.', {
          id: 'imp_5f0c2a9e41d7b3c86a1e0f24',
          channelId: 'ch_amazon_us',
          format: 'amazon-all-orders',
          status: 'running',
          bytes: 41943040,
          ordersRead: 20000,
          created: 19990,
          updated: 0,
          unchanged: 0,
          failed: 10,
          errors: [{ line: 118, column: 'purchase-date', message: 'not a date', externalId: '113-1111111-1111111', file: null }],
          moreErrors: 0,
          failureReason: null,
          createdAt: '2026-12-07T10:00:00.000Z',
          updatedAt: '2026-12-07T10:00:04.000Z',
        }),
        400: errors[400],
        404: errors[404],
        429: errors[429],
      },
    }),
    async (c) => {
      const run = orNotFound(await findImportRun(database(c.env.DB), c.get('sellerId'), c.req.valid('param').importId), 'Import');
      return c.json(importRunView(run), 200);
    },
  );
