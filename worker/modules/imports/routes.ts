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
 */
import { createRoute } from '@hono/zod-openapi';
import { decodeText, type ImportBatch, importEtsyOrders, importOrders } from '../../../shared/imports/index.js';
import { importQuery, importResult, MAX_IMPORT_BYTES } from '../../../shared/schemas/imports.js';
import { database } from '../../db/client.js';
import { ApiError, invalidInput } from '../../errors.js';
import { errors, jsonAnswer, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { findChannel } from '../accounts/service.js';
import { captureImport } from './import-orders.js';

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

/** POST /v1/imports. */
export const importRoutes = router().openapi(
  createRoute({
    method: 'post',
    path: '/imports',
    operationId: 'importOrders',
    tags: ['Imports'],
    summary: 'Import orders from a marketplace export file',
    description:
      'Send the file as the body (charset from Content-Type, else detected), or as `multipart/form-data` with a part `file`. ' +
      'For `format=etsy`, send the Sold Orders and Sold Order Items files as parts `orders` and `items` (either or both). ' +
      `Up to ${MAX_IMPORT_BYTES} bytes. Each order is captured whole or not at all; re-importing a file changes nothing. ` +
      'Errors name the line (and column) of the file. A file of no known layout, or of another marketplace than the channel (an eBay report into an Amazon channel), is refused whole with 422.',
    security: scopes('imports:write'),
    request: {
      query: importQuery,
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
      400: errors[400],
      401: errors[401],
      413: errors[413],
      422: { ...errors[422], description: 'The file is of no known layout, or of another marketplace than the channel; `error.recognised` names the layout seen. Nothing is stored.' },
      429: errors[429],
    },
  }),
  async (c) => {
    const { format, channelId, defaultCurrency } = c.req.valid('query');
    const db = database(c.env.DB);
    const sellerId = c.get('sellerId');
    const channel = await findChannel(db, sellerId, channelId);
    if (!channel) throw invalidInput([{ path: 'query.channelId', message: `no channel ${channelId} for this seller` }], 'Unknown channel.');
    const length = Number(c.req.header('Content-Length'));
    if (Number.isFinite(length) && length > MAX_IMPORT_BYTES) throw tooLarge();

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
);
