/**
 * Exports: GET /v1/exports/orders.csv streams the seller's orders as CSV,
 * one row per order line, filtered like GET /v1/orders. Pages of orders are
 * read as the client takes the stream, so a large book never sits in memory.
 * Money is a plain decimal in the order's currency.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { toDecimalString } from '../../../shared/money.js';
import type { AddressInput } from '../../../shared/schemas/order.js';
import { exportOrdersQuery } from '../../../shared/schemas/reports.js';
import { database } from '../../db/client.js';
import { csvRow } from '../../http/csv-out.js';
import { queryRead, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import type { OrderCursor, OrderFilter } from './queries.js';
import { type ExportRow, exportPage } from './queries-exports.js';

/** Orders read per page. */
const PAGE_ORDERS = 500;

/** The columns of the orders CSV, in order. */
export const ORDER_CSV_COLUMNS = [
  'order_id',
  'channel_id',
  'channel_kind',
  'order_number',
  'status',
  'channel_status',
  'placed_at',
  'updated_at',
  'currency',
  'order_total',
  'payment_status',
  'service_level',
  'ship_by',
  'buyer_name',
  'buyer_email',
  'ship_name',
  'ship_line1',
  'ship_line2',
  'ship_city',
  'ship_region',
  'ship_postal_code',
  'ship_country',
  'line_no',
  'sku',
  'channel_sku',
  'title',
  'quantity',
  'unit_price',
  'shipped_quantity',
] as const;

function rowCells(r: ExportRow) {
  const to = ((r.ship_to ? JSON.parse(r.ship_to) : null) ?? {}) as AddressInput;
  const money = (n: number | null) => (n === null ? null : toDecimalString(n, r.currency));
  return [
    r.id,
    r.channel_id,
    r.channel_kind,
    r.external_id,
    r.status,
    r.channel_status,
    r.placed_at,
    r.updated_at,
    r.currency,
    money(r.total),
    r.payment_status,
    r.service_level,
    r.ship_by,
    r.buyer_name,
    r.buyer_email,
    to.name,
    to.line1,
    to.line2,
    to.city,
    to.region,
    to.postalCode,
    to.country,
    r.line_no,
    r.sku,
    r.channel_sku,
    r.title,
    r.quantity,
    money(r.unit_price),
    r.shipped_quantity,
  ];
}

/** GET /v1/exports/orders.csv */
export const exportRoutes = router('Reports').openapi(
  createRoute({
    path: '/exports/orders.csv',
    operationId: 'exportOrdersCsv',
    summary: 'Orders as CSV, one row per line, filtered like the order list',
    description:
      `Columns: ${ORDER_CSV_COLUMNS.join(', ')}. UTF-8 with a byte-order mark, CRLF line ends, newest placed first. ` +
      'Text cells that a spreadsheet would run as a formula start with an apostrophe.',
    security: scopes('reports:read'),
    ...queryRead(exportOrdersQuery, { description: 'The CSV file.', content: { 'text/csv': { schema: z.string() } } }),
  }),
  async (c) => {
    const q = c.req.valid('query');
    const filter: OrderFilter = {
      ...(q.status ? { status: q.status } : {}),
      ...(q.channelId ? { channelId: q.channelId } : {}),
      ...(q.placedFrom ? { placedFrom: new Date(q.placedFrom).toISOString() } : {}),
      ...(q.placedTo ? { placedTo: new Date(q.placedTo).toISOString() } : {}),
    };
    const db = database(c.env.DB);
    const sellerId = c.get('sellerId');
    const encoder = new TextEncoder();
    let cursor: OrderCursor | undefined;
    let started = false;
    let done = false;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(`\uFEFF${csvRow(ORDER_CSV_COLUMNS)}`));
          return;
        }
        if (done) return controller.close();
        const page = await exportPage(db, sellerId, filter, PAGE_ORDERS, cursor);
        cursor = page.next;
        done = !page.next;
        if (page.rows.length) controller.enqueue(encoder.encode(page.rows.map((r) => csvRow(rowCells(r))).join('')));
        if (done) controller.close();
      },
    });
    return new Response(stream, {
      status: 200,
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="orders.csv"' },
    });
  },
);
