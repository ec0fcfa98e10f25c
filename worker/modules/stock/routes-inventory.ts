/** Stock: counts, adjustments, reads, the ledger, and the CSV import and export. */
import { createRoute, z } from '@hono/zod-openapi';
import { adjustmentsBody, importResult, inventoryPage, inventoryQuery, ledgerPage, ledgerQuery, setStockBody, skuCode, stockRecord } from '../../../shared/schemas/inventory.js';
import { database } from '../../db/client.js';
import { decodeKeyCursor, decodeNamedCursor } from '../../db/cursor.js';
import { ApiError, notFound, orNotFound } from '../../errors.js';
import { keyPageAnswer } from '../../http/answers.js';
import { examples } from '../../http/examples.js';
import { batchItems, bodyWrite, conditionalWrite, errors, jsonAnswer, jsonBody, notModified, pageRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { stockRepresentation } from '../../http/versions.js';
import { changeStock } from './adjust-stock.js';
import { DEFAULT_LOCATION } from './allocation.js';
import { type CsvIssue, parseInventoryCsv, writeInventoryCsv } from './inventory-csv.js';
import { findSkus, readAllLevels, readLedger, readStockRecords } from './queries-inventory.js';

const skuParam = z.object({ sku: skuCode });

/** 400 listing every problem of a CSV file by line and column. */
function csvError(issues: readonly CsvIssue[], message: string): ApiError {
  return new ApiError(
    400,
    'invalid_csv',
    message,
    issues.map((i) => ({ path: `line.${i.line}.${i.column}`, message: i.message, line: i.line, column: i.column })),
  );
}

/** /v1/inventory and below. */
export const inventoryRoutes = router('Inventory')
  .openapi(
    createRoute({
      path: '/inventory',
      operationId: 'listStockLevels',
      summary: 'Stock of every SKU: on hand, reserved, available, per location and in total',
      security: scopes('stock:read'),
      ...pageRead(inventoryQuery, inventoryPage, 'A page of stock records, by SKU.'),
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await readStockRecords(database(c.env.DB), c.get('sellerId'), { limit: limit + 1, ...(cursor ? { after: decodeKeyCursor(cursor) } : {}) });
      return c.json(keyPageAnswer('items', rows, limit, ['sku']), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inventory/export',
      operationId: 'exportStockCsv',
      summary: 'Every stock level as CSV (sku, location, onHand, reserved, available); reads back in with the import',
      security: scopes('stock:read'),
      responses: { 200: { description: 'The CSV file.', content: { 'text/csv': { schema: z.string() } } } },
    }),
    async (c) => {
      const csv = writeInventoryCsv(await readAllLevels(database(c.env.DB), c.get('sellerId')));
      return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="inventory.csv"' });
    },
  )
  .openapi(
    createRoute({
      path: '/inventory/import',
      operationId: 'importStockCsv',
      summary: 'Set on-hand units from a CSV file (sku, location, onHand), all rows or none',
      description: 'Columns are matched by header name; `location` may be left out (the default location). Any bad row refuses the whole file, with every problem listed by `line` and `column`.',
      security: scopes('stock:write'),
      ...bodyWrite('post', { required: true, content: { 'text/csv': { schema: z.string() } } }, { 200: jsonAnswer(importResult, 'Rows read and levels changed.'), 413: errors[413] }),
    }),
    async (c) => {
      const { rows, issues } = parseInventoryCsv(await c.req.text());
      if (issues.length) throw csvError(issues, 'The file has problems; nothing was changed.');
      try {
        await changeStock(
          database(c.env.DB),
          c.get('sellerId'),
          rows.map((r) => ({ sku: r.sku, location: r.location, onHand: r.onHand, reason: 'import', note: null, path: `line.${r.line}` })),
          { at: new Date().toISOString(), source: 'import', actor: c.get('tokenName') },
        );
      } catch (error) {
        if (!(error instanceof ApiError) || !error.issues) throw error;
        throw csvError(
          error.issues.map((i) => {
            const [, line, column] = /^line\.(\d+)\.(\w+)$/.exec(i.path) ?? [];
            return { line: Number(line), column: column === 'delta' ? 'onHand' : (column ?? '(row)'), message: i.message };
          }),
          'The file has problems; nothing was changed.',
        );
      }
      return c.json({ rows: rows.length, changed: rows.length }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/inventory/adjustments',
      operationId: 'adjustStock',
      summary: 'Adjust on-hand units by deltas, with a reason each; all or nothing',
      security: scopes('stock:write'),
      ...bodyWrite('post', jsonBody(adjustmentsBody), { 200: jsonAnswer(z.object({ items: z.array(stockRecord) }), 'Stock of the adjusted SKUs.') }),
    }),
    async (c) => {
      const { list, prefix } = batchItems(c.req.valid('json'), 'adjustments');
      const db = database(c.env.DB);
      await changeStock(
        db,
        c.get('sellerId'),
        list.map((a, i) => ({ sku: a.sku, location: a.location ?? DEFAULT_LOCATION, delta: a.delta, reason: 'adjustment', note: a.reason, path: `${prefix}${i}` })),
        { at: new Date().toISOString(), source: 'api', actor: c.get('tokenName') },
      );
      return c.json({ items: await readStockRecords(db, c.get('sellerId'), { skus: [...new Set(list.map((a) => a.sku))] }) }, 200);
    },
  )
  .openapi(
    createRoute({
      path: '/inventory/{sku}',
      operationId: 'setStockLevel',
      summary: 'Set on-hand units of a SKU at a location (a count)',
      security: scopes('stock:write'),
      ...conditionalWrite('put', { params: skuParam, body: jsonBody(setStockBody, examples.setStockLevel.request) }, { 200: jsonAnswer(z.object({ item: stockRecord }), 'Stock of the SKU.') }),
    }),
    async (c) => {
      const { sku } = c.req.valid('param');
      const { location, onHand, note } = c.req.valid('json');
      const db = database(c.env.DB);
      const change = { sku, location: location ?? DEFAULT_LOCATION, onHand, reason: 'set' as const, note: note ?? null, path: '(body)' };
      await changeStock(db, c.get('sellerId'), [change], { at: new Date().toISOString(), source: 'api', actor: c.get('tokenName') }).catch((error: unknown) => {
        // A single count names its own fields: the SKU is the path parameter, the units are onHand.
        if (!(error instanceof ApiError) || !error.issues) throw error;
        const rename = (path: string) => ({ '(body).sku': 'param.sku', '(body).delta': 'onHand', '(body).location': 'location' })[path] ?? path;
        throw new ApiError(
          error.status,
          error.code,
          error.message,
          error.issues.map((i) => ({ ...i, path: rename(i.path) })),
        );
      });
      return c.json({ item: (await readStockRecords(db, c.get('sellerId'), { skus: [sku] }))[0]! }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inventory/{sku}',
      operationId: 'getStockLevel',
      summary: 'Stock of one SKU',
      security: scopes('stock:read'),
      request: { params: skuParam },
      responses: { 200: jsonAnswer(z.object({ item: stockRecord }), 'Stock of the SKU.'), 304: notModified, 404: errors[404] },
    }),
    async (c) => c.json(orNotFound(await stockRepresentation(database(c.env.DB), c.get('sellerId'), c.req.valid('param').sku), 'SKU'), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inventory/{sku}/ledger',
      operationId: 'listStockLedger',
      summary: 'Every change to a SKU’s on-hand and reserved units, newest first',
      security: scopes('stock:read'),
      request: { params: skuParam, query: ledgerQuery },
      responses: { 200: jsonAnswer(ledgerPage, 'A page of ledger entries.'), 404: errors[404] },
    }),
    async (c) => {
      const db = database(c.env.DB);
      const { sku } = c.req.valid('param');
      const { location, limit, cursor } = c.req.valid('query');
      if (!(await findSkus(db, c.get('sellerId'), [sku])).has(sku)) throw notFound('SKU');
      const rows = await readLedger(db, c.get('sellerId'), sku, { limit: limit + 1, ...(location ? { location } : {}), ...(cursor ? { after: decodeNamedCursor(cursor, ['at', 'id']) } : {}) });
      return c.json(keyPageAnswer('entries', rows, limit, ['at', 'id']), 200);
    },
  );
