/**
 * Etsy's two sold-order downloads: Sold Orders (`EtsySoldOrders….csv`, one
 * row per order: status, totals, address, no item breakdown) and Sold Order
 * Items (`EtsySoldOrderItems….csv`, one row per transaction, order fields
 * repeated). Either file imports alone, and the two join on Order ID (see
 * `importEtsyOrders` in index.ts): the orders file then gives the order and
 * the items file its lines. Dates are MM/DD/YY.
 *
 * Each file says only what it holds, so importing them in either order, or
 * again, settles on one book: alone, the orders file gives no lines (it
 * lists none: `lines` is unknown, the book keeps what the items file gave);
 * the items file gives no status word, and its total (summed from items)
 * and an unpaid-looking payment yield to the orders file's. The items
 * file's rows of one order need not be adjacent, so it is grouped in memory.
 */

import type { OrderLineInput, UnknownField } from '../schemas/order.js';
import { mapEtsyStatus } from '../status.js';
import { draftOf, shipToOf, shipToSources } from './draft.js';
import { type Cells, type Col, cellsOf, clip, compact, openByOrderKey, orderKeyBy } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, ImportContext, OrderFormat } from './types.js';

const ORDER_ID = 'Order ID';
/** The Sold Orders file's order total after refunds; empty when nothing was adjusted. */
const ADJUSTED_TOTAL = 'Adjusted Order Total';
/** The ship-to address: the orders file's names first, the items file's after. */
const SHIP_TO = {
  name: ['Full Name', 'Ship Name'],
  line1: ['Street 1', 'Ship Address1'],
  line2: ['Street 2', 'Ship Address2'],
  city: 'Ship City',
  region: 'Ship State',
  postalCode: 'Ship Zipcode',
  country: 'Ship Country',
};

/** Where each order field comes from, in either file (the first spelling present wins). */
const SOURCES: Readonly<Record<string, Col>> = {
  externalId: ORDER_ID,
  status: 'Status',
  placedAt: 'Sale Date',
  currency: 'Currency',
  total: ['Order Total', 'Item Total'],
  refundedTotal: ADJUSTED_TOTAL,
  'buyer.name': 'Full Name',
  'buyer.externalId': ['Buyer', 'Buyer User ID'],
  ...shipToSources(SHIP_TO),
  'lines.*.sku': 'SKU',
  'lines.*.channelSku': 'Listing ID',
  'lines.*.channelLineId': 'Transaction ID',
  'lines.*.title': 'Item Name',
  'lines.*.quantity': ['Quantity', 'Number of Items'],
  'lines.*.unitPrice': ['Price', 'Order Value'],
};

/** One line per transaction row of the items file. */
function itemLines(items: readonly Cells[], currency: string): OrderLineInput[] {
  const lines: OrderLineInput[] = [];
  for (const c of items) {
    const quantity = c.int('Quantity', { required: true });
    const price = c.amount('Price', currency, { required: true });
    if (quantity === undefined || price === undefined) continue;
    lines.push({ sku: c.text('SKU'), channelSku: c.text('Listing ID'), channelLineId: c.text('Transaction ID'), title: clip(c.text('Item Name'), 500), quantity, unitPrice: price });
  }
  return lines;
}

/** The items-file total: item totals plus the order's shipping and tax, less its discounts (order values repeat on each row, so they count once). */
function itemsTotal(items: readonly Cells[], currency: string): number {
  const first = items[0]!;
  const once = (col: string) => first.amount(col, currency) ?? 0;
  const sum = items.reduce((acc, c) => acc + (c.amount('Item Total', currency, { required: true }) ?? 0), 0);
  return sum + once('Order Shipping') + once('Order Sales Tax') - Math.abs(once('Discount Amount')) - Math.abs(once('Shipping Discount'));
}

/**
 * What was refunded, from the adjusted total: the order total less it. An
 * empty cell, or an adjusted total above the order's, says nothing known.
 */
function refundedFrom(adjusted: number | undefined, total: number): number | undefined {
  return adjusted !== undefined && adjusted <= total ? total - adjusted : undefined;
}

/**
 * Builds one Etsy order from its Sold Orders row, its Sold Order Items
 * rows, or both. Order-level fields come from the orders row when there is
 * one, else from the first item row.
 */
export function buildEtsyOrder(order: Cells | undefined, items: readonly Cells[], context: ImportContext): BuildResult {
  const o = order ?? items[0]!;
  const all = order ? [order, ...items] : [...items];
  const externalId = o.text(ORDER_ID, { required: true });
  const placedAt = o.date('Sale Date', { required: true });
  const currency = o.currency('Currency') ?? items[0]?.currency('Currency') ?? context.defaultCurrency;
  if (!currency) o.fail('Currency', 'is empty and no default currency was given');
  const shipped = o.date('Date Shipped') !== undefined || (items.length > 0 && items.every((c) => c.date('Date Shipped') !== undefined));
  const paid = order !== undefined || items.some((c) => c.date('Date Paid') !== undefined);
  const said = order?.text('Status');
  const native = said ?? (shipped ? 'Shipped' : paid ? 'Paid' : 'Unpaid');
  const mapped = mapEtsyStatus(native, { isPaid: paid, isShipped: shipped });
  if (!mapped) o.fail('Status', `"${native}" is not an Etsy order status`);
  const lines = currency && items.length ? itemLines(items, currency) : [];
  // What this file cannot know: the other file (or the book) has it.
  const unknown: UnknownField[] = [];
  if (items.length === 0) unknown.push('lines');
  if (!order) unknown.push('total', ...(paid ? [] : (['paymentStatus'] as const)));
  const total = currency ? (order ? order.amount('Order Total', currency, { required: true }) : itemsTotal(items, currency)) : undefined;
  const parcels = readShipments(items, { tracking: ['Tracking Number', 'Tracking'], shippedAt: 'Date Shipped', carrier: ['Carrier', 'Shipping Carrier'] }, order);
  const refundedTotal = order && currency && total !== undefined ? refundedFrom(order.amount(ADJUSTED_TOTAL, currency), total) : undefined;
  return draftOf({ cells: all, orderRow: o.row, lineRows: items.length ? items.map((c) => c.row) : [o.row], parcels }, () => ({
    channelId: context.channelId,
    externalId: externalId!,
    status: mapped!.status,
    channelStatus: said,
    placedAt: placedAt!,
    currency: currency!,
    total: total!,
    // The username (Buyer) is in both files; the orders file's numeric Buyer User ID only when it lacks one.
    buyer: compact({ name: order?.text('Full Name'), externalId: o.text(['Buyer', 'Buyer User ID']) }),
    paymentStatus: mapped!.paymentStatus,
    ...(refundedTotal !== undefined ? { refundedTotal } : {}),
    lines,
    ...(unknown.length ? { unknown } : {}),
    shipTo: shipToOf(o, SHIP_TO),
  }));
}

/** The Sold Orders file alone. */
export const etsySoldOrders: OrderFormat = {
  id: 'etsy-sold-orders',
  title: 'Etsy Sold Orders',
  marketplace: 'etsy',
  signature: ['Sale Date', ORDER_ID, 'Number of Items', 'Order Total'],
  rowsAdjacent: true,
  sources: SOURCES,
  open: (header, context) => ({
    orderKey: orderKeyBy(header, ORDER_ID),
    build: (rows) =>
      rows.length > 1
        ? { errors: [{ line: rows[1]!.line, column: header.name(ORDER_ID), message: 'the order is listed twice in the Sold Orders file' }] }
        : buildEtsyOrder(cellsOf(header, rows)[0], [], context),
  }),
};

/** The Sold Order Items file alone. */
export const etsySoldOrderItems: OrderFormat = {
  id: 'etsy-sold-order-items',
  title: 'Etsy Sold Order Items',
  marketplace: 'etsy',
  signature: ['Sale Date', ORDER_ID, 'Transaction ID', 'Quantity', 'Price'],
  rowsAdjacent: false,
  sources: SOURCES,
  open: openByOrderKey(ORDER_ID, (header, rows, context) => buildEtsyOrder(undefined, cellsOf(header, rows), context)),
};
