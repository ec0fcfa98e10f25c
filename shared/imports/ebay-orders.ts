/**
 * eBay Seller Hub's Orders report (CSV). The awkward one: junk before the
 * header (the driver skips to the row with Sales Record Number / Order
 * Number), an empty padding row, and footer lines (`3 record(s) downloaded`,
 * `Seller ID : name`) that are not orders. A multi-item order is a summary
 * row (blank Item Number, the order's totals) followed by one row per item;
 * a single-item order is one row. Amounts carry their currency (`$12.34`,
 * `AU $3,000.00`, `EUR 90,00`); dates look like `Sep-18-26` or `26-May-26`.
 * The report has no status column: status follows from paid and shipped dates.
 */

import type { OrderLineInput } from '../schemas/order.js';
import { mapEbayStatus } from '../status.js';
import { draftOf, shipToOf, shipToSources } from './draft.js';
import { type Cells, cellsOf, clip, compact, type Header } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, ImportContext, OrderFormat, SourceRow } from './types.js';

const ORDER_ID = ['Order Number', 'Sales Record Number'];
const ITEM_NUMBER = 'Item Number';

// eBay UK writes sentence-case headers (matched case-insensitively anyway) and says "Post to" for "Ship To".
const SHIP_TO = {
  name: ['Ship To Name', 'Post To Name'],
  phone: ['Ship To Phone', 'Post To Phone'],
  line1: ['Ship To Address 1', 'Post To Address 1'],
  line2: ['Ship To Address 2', 'Post To Address 2'],
  city: ['Ship To City', 'Post To City'],
  region: ['Ship To State', 'Post To County'],
  postalCode: ['Ship To Zip', 'Post To Postcode'],
  country: ['Ship To Country', 'Post To Country'],
} as const;
// UK wordings of the dispatch columns; the US names come first.
const SHIPPED_ON = ['Shipped On Date', 'Dispatched On Date', 'Posted On Date'];
const SHIP_BY = ['Ship By Date', 'Dispatch By Date', 'Post By Date'];
const SERVICE = ['Shipping Service', 'Postage Service', 'Delivery Service'];

/** The seller-facing status word for an order's paid and shipped dates. */
function statusWord(paid: boolean, shippedItems: number, items: number): string {
  if (shippedItems === items) return 'Paid and shipped';
  if (shippedItems > 0) return 'Partially shipped';
  return paid ? 'Awaiting shipment' : 'Awaiting payment';
}

function build(header: Header, rows: SourceRow[], context: ImportContext): BuildResult {
  const cells = cellsOf(header, rows);
  const summary = cells.find((c) => c.text(ITEM_NUMBER) === undefined);
  const items = cells.filter((c) => c !== summary);
  const o = summary ?? cells[0]!;
  const externalId = o.text(ORDER_ID, { required: true });
  const placedAt = o.date('Sale Date', { required: true });
  const paid = o.date('Paid On Date') !== undefined;
  const orderShipped = o.date(SHIPPED_ON) !== undefined;
  const shipBy = o.date(SHIP_BY);
  // eBay's US site prints its dollars bare ("$12.34"; other sites say "AU $", "C $"): a bare "$" here is USD.
  const totalMoney = o.money('Total Price', context.defaultCurrency ?? (o.text('Total Price')?.includes('$') ? 'USD' : undefined), { required: true });
  const currency = totalMoney?.currency;
  if (items.length === 0) o.fail(ITEM_NUMBER, 'the order has no item rows');
  const lines: OrderLineInput[] = [];
  let shippedItems = 0;
  for (const c of items) {
    const quantity = c.int('Quantity', { required: true });
    const price = currency ? c.amount('Sold For', currency, { required: true }) : undefined;
    if (orderShipped || (c !== o && c.date(SHIPPED_ON) !== undefined)) shippedItems++;
    if (quantity === undefined || price === undefined) continue;
    lines.push({ sku: c.text('Custom Label'), channelSku: c.text(ITEM_NUMBER), channelLineId: c.text('Transaction ID'), title: clip(c.text('Item Title'), 500), quantity, unitPrice: price });
  }
  const parcels = readShipments(items, { tracking: 'Tracking Number', shippedAt: SHIPPED_ON, service: SERVICE, carrier: ['Shipping Carrier', 'Carrier'] }, o);
  const word = statusWord(paid, shippedItems, items.length);
  const mapped = word === 'Partially shipped' ? mapEbayStatus('in progress', 'paid')! : mapEbayStatus(word)!;
  return draftOf({ cells, orderRow: o.row, lineRows: items.map((c: Cells) => c.row), parcels }, () => ({
    channelId: context.channelId,
    externalId: externalId!,
    status: mapped.status,
    channelStatus: word,
    placedAt: placedAt!,
    currency: currency!,
    total: totalMoney!.amount,
    buyer: compact({ name: o.text('Buyer Name'), email: o.email('Buyer Email'), externalId: o.text('Buyer Username') }),
    serviceLevel: clip(o.text(SERVICE), 60),
    shipBy,
    paymentStatus: mapped.paymentStatus,
    lines,
    shipTo: shipToOf(o, SHIP_TO),
  }));
}

/** Footer and junk rows have at most a couple of filled cells and no order number. */
function isFooter(row: SourceRow): boolean {
  return row.fields.filter((f) => f.trim() !== '').length <= 2;
}

/** The Seller Hub Orders report. */
export const ebayOrders: OrderFormat = {
  id: 'ebay-orders',
  title: 'eBay Seller Hub orders report',
  marketplace: 'ebay',
  signature: [ORDER_ID, ITEM_NUMBER, 'Quantity'],
  rowsAdjacent: true,
  sources: {
    externalId: ORDER_ID,
    placedAt: 'Sale Date',
    shipBy: SHIP_BY,
    currency: 'Total Price',
    total: 'Total Price',
    'buyer.name': 'Buyer Name',
    'buyer.email': 'Buyer Email',
    'buyer.externalId': 'Buyer Username',
    serviceLevel: SERVICE,
    ...shipToSources(SHIP_TO),
    'lines.*.sku': 'Custom Label',
    'lines.*.channelSku': ITEM_NUMBER,
    'lines.*.channelLineId': 'Transaction ID',
    'lines.*.title': 'Item Title',
    'lines.*.quantity': 'Quantity',
    'lines.*.unitPrice': 'Sold For',
  },
  open: (header, context) => {
    const [byOrder, byRecord] = ORDER_ID.map((col) => header.index(col));
    return {
      orderKey: (row) => {
        if (isFooter(row)) return undefined;
        const key = (row.fields[byOrder ?? byRecord!] ?? '').trim() || (byRecord === undefined ? '' : (row.fields[byRecord] ?? '').trim());
        return key;
      },
      build: (rows) => build(header, rows, context),
    };
  },
};
