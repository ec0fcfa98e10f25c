/**
 * Shopify admin's Export orders CSV: one row per line item, grouped by Name
 * (`#1001`); order-level fields (statuses, totals, addresses) only on the
 * order's first row. Columns are matched by name, with the spelling
 * variants Shopify has shipped ("Cancelled at" / "Canceled at").
 */

import type { OrderLineInput } from '../schemas/order.js';
import { mapShopifyStatus } from '../status.js';
import { draftOf, shipToOf, shipToSources } from './draft.js';
import { cellsOf, clip, compact, type Header, openByOrderKey } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, ImportContext, OrderFormat, SourceRow } from './types.js';

const NAME = 'Name';
const CANCELLED_AT = ['Cancelled at', 'Canceled at'];
const SHIP_TO = {
  name: 'Shipping Name',
  line1: ['Shipping Address1', 'Shipping Address 1', 'Shipping Street'],
  line2: ['Shipping Address2', 'Shipping Address 2'],
  city: 'Shipping City',
  region: ['Shipping Province', 'Shipping Province Name'],
  postalCode: 'Shipping Zip',
  country: 'Shipping Country',
  phone: ['Shipping Phone', 'Phone'],
};
const REFUNDED = 'Refunded Amount';

function build(header: Header, rows: SourceRow[], context: ImportContext): BuildResult {
  const cells = cellsOf(header, rows);
  const first = cells[0]!;
  const externalId = first.text(NAME, { required: true });
  const financial = first.text('Financial Status');
  const fulfillment = first.text('Fulfillment Status');
  const cancelled = first.text(CANCELLED_AT) !== undefined;
  const mapped = mapShopifyStatus(financial ?? '', fulfillment, cancelled);
  if (!mapped) first.fail(financial && !mapShopifyStatus(financial, null) ? 'Financial Status' : 'Fulfillment Status', `"${financial ?? ''} / ${fulfillment ?? ''}" is not a Shopify order status`);
  const placedAt = first.date('Created at', { required: true });
  const currency = first.currency('Currency') ?? context.defaultCurrency;
  if (!currency) first.fail('Currency', 'is empty and no default currency was given');
  const total = currency ? first.amount('Total', currency, { required: true }) : undefined;
  // Shopify gives only the sum refunded so far: an empty or missing cell says nothing about refunds.
  const refundedTotal = currency ? first.amount(REFUNDED, currency) : undefined;
  const lines: OrderLineInput[] = [];
  for (const c of cells) {
    const quantity = c.int('Lineitem quantity', { required: true });
    const price = currency ? c.amount('Lineitem price', currency, { required: true }) : undefined;
    if (quantity === undefined || price === undefined) continue;
    lines.push({ sku: c.text('Lineitem sku'), title: clip(c.text('Lineitem name'), 500), quantity, unitPrice: price });
  }
  const parcels = readShipments(cells, { tracking: ['Tracking Number', 'Lineitem tracking number', 'Tracking Numbers'], shippedAt: 'Fulfilled at', carrier: ['Tracking Company', 'Carrier'] }, first);
  const channelStatus = [financial, fulfillment, cancelled ? 'cancelled' : undefined].filter(Boolean).join(' / ');
  return draftOf({ cells, orderRow: first.row, lineRows: rows, parcels }, () => ({
    channelId: context.channelId,
    externalId: externalId!,
    status: mapped!.status,
    channelStatus: channelStatus || undefined,
    placedAt: placedAt!,
    currency: currency!,
    total: total!,
    buyer: compact({ name: first.text('Billing Name'), email: first.email('Email') }),
    serviceLevel: clip(first.text('Shipping Method'), 60),
    paymentStatus: mapped!.paymentStatus,
    ...(refundedTotal !== undefined ? { refundedTotal } : {}),
    lines,
    shipTo: shipToOf(first, SHIP_TO),
  }));
}

/** The Export orders CSV. */
export const shopifyOrders: OrderFormat = {
  id: 'shopify-orders',
  title: 'Shopify orders export',
  marketplace: 'shopify',
  signature: [NAME, 'Created at', 'Lineitem quantity', 'Lineitem price'],
  rowsAdjacent: true,
  sources: {
    externalId: NAME,
    status: 'Financial Status',
    paymentStatus: 'Financial Status',
    placedAt: 'Created at',
    currency: 'Currency',
    total: 'Total',
    refundedTotal: REFUNDED,
    'buyer.name': 'Billing Name',
    'buyer.email': 'Email',
    serviceLevel: 'Shipping Method',
    ...shipToSources(SHIP_TO),
    'lines.*.sku': 'Lineitem sku',
    'lines.*.title': 'Lineitem name',
    'lines.*.quantity': 'Lineitem quantity',
    'lines.*.unitPrice': 'Lineitem price',
  },
  open: openByOrderKey(NAME, build),
};
