/**
 * Walmart Seller Center's "PO Data" download in its CSV form: one row per
 * PO line (PO#, Line#, SKU, Qty, Item Cost, …, Status), grouped by PO#.
 * Each line has its own status; the order's follows from all of them
 * (mapWalmartStatus). Amounts carry no currency (default: USD, Walmart US).
 * The evidence for this layout is weak (one public parser), so columns are
 * matched by name with a few likely spellings.
 */

import type { OrderLineInput } from '../schemas/order.js';
import { mapWalmartStatus } from '../status.js';
import { draftOf, shipToOf, shipToSources } from './draft.js';
import { cellsOf, clip, compact, type Header, openByOrderKey } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, ImportContext, OrderFormat, SourceRow } from './types.js';

const PO = ['PO#', 'PO Number', 'Purchase Order Number'];
const QTY = ['Qty', 'Quantity'];
/** The PO line's number: the line's identity within its PO. */
const LINE_NO = ['Line#', 'Line Number'];
const ITEM_COST = ['Item Cost', 'Item Price', 'Unit Price'];
const SHIP_BY = ['Ship By', 'Ship By Date', 'Estimated Ship Date'];
const SHIP_TO = {
  name: 'Customer Name',
  line1: ['Address 1', 'Ship To Address 1', 'Address'],
  line2: ['Address 2', 'Ship To Address 2'],
  city: 'City',
  region: 'State',
  postalCode: ['Zip', 'Zip Code', 'Postal Code'],
  country: 'Country',
  phone: ['Customer Phone Number', 'Phone'],
};

function build(header: Header, rows: SourceRow[], context: ImportContext): BuildResult {
  const cells = cellsOf(header, rows);
  const first = cells[0]!;
  const currency = context.defaultCurrency ?? 'USD';
  const externalId = first.text(PO, { required: true });
  const placedAt = first.date('Order Date', { required: true });
  const shipBy = first.date(SHIP_BY);
  const lines: OrderLineInput[] = [];
  const statuses: string[] = [];
  let total = 0;
  for (const c of cells) {
    const quantity = c.int(QTY, { required: true });
    const cost = c.amount(ITEM_COST, currency, { required: true });
    const charges = (c.amount('Shipping Cost', currency) ?? 0) + (c.amount('Tax', currency) ?? 0) - Math.abs(c.amount('Discount', currency) ?? 0);
    const status = c.text('Status', { required: true });
    if (status !== undefined) statuses.push(status);
    if (quantity === undefined || cost === undefined) continue;
    total += cost * quantity + charges;
    lines.push({ sku: c.text('SKU'), channelSku: c.text('Item ID'), channelLineId: c.text(LINE_NO), title: clip(c.text('Item Description'), 500), quantity, unitPrice: cost });
  }
  const mapped = mapWalmartStatus(statuses);
  if (statuses.length === cells.length && !mapped) first.fail('Status', `"${[...new Set(statuses)].join(', ')}" is not a Walmart line status`);
  const parcels = readShipments(
    cells,
    {
      tracking: ['Tracking Number', 'Tracking #', 'Tracking No'],
      shippedAt: ['Ship Date', 'Shipped Date', 'Ship Date Time'],
      carrier: ['Carrier', 'Carrier Name'],
      service: ['Ship Method', 'Shipping Method'],
    },
    first,
  );
  return draftOf({ cells, orderRow: first.row, lineRows: rows, parcels }, () => ({
    channelId: context.channelId,
    externalId: externalId!,
    status: mapped!.status,
    channelStatus: [...new Set(statuses)].join(', '),
    placedAt: placedAt!,
    currency,
    total,
    buyer: compact({ name: first.text('Customer Name') }),
    serviceLevel: first.text(['Ship Method', 'Shipping Method', 'Carrier Method']),
    shipBy,
    paymentStatus: mapped!.paymentStatus,
    lines,
    // Seller Center is Walmart US: a row naming no country ships in the US.
    shipTo: shipToOf(first, SHIP_TO, 'US'),
  }));
}

/** The PO Data download, CSV form. */
export const walmartOrders: OrderFormat = {
  id: 'walmart-orders',
  title: 'Walmart PO Data',
  marketplace: 'walmart',
  signature: [PO, 'Order Date', LINE_NO, QTY],
  rowsAdjacent: true,
  sources: {
    externalId: PO,
    status: 'Status',
    channelStatus: 'Status',
    placedAt: 'Order Date',
    shipBy: SHIP_BY,
    total: ITEM_COST,
    'buyer.name': 'Customer Name',
    ...shipToSources(SHIP_TO),
    'lines.*.sku': 'SKU',
    'lines.*.channelSku': 'Item ID',
    'lines.*.channelLineId': LINE_NO,
    'lines.*.title': 'Item Description',
    'lines.*.quantity': QTY,
    'lines.*.unitPrice': ITEM_COST,
  },
  open: openByOrderKey(PO, build),
};
