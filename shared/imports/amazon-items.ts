/**
 * What Amazon's order flat files share: one row per order item, the order
 * id repeated on each, `item-price` holding the line total (quantity × unit
 * price, empty while a merchant order is Pending), and order money spread
 * over price, tax, shipping, gift-wrap and promotion columns.
 */

import type { OrderLineInput } from '../schemas/order.js';
import { at, type Cells, type Col, clip, unitPrice } from './fields.js';
import type { TrackingColumns } from './tracking.js';
import type { ImportContext, ImportError, SourceRow } from './types.js';

/** Money columns that add to what the buyer pays. */
const CHARGES = ['item-price', 'item-tax', 'shipping-price', 'shipping-tax', 'gift-wrap-price', 'gift-wrap-tax'] as const;
/** Promotion columns; Amazon prints them with either sign, so their size is subtracted. */
const PROMOTIONS = ['item-promotion-discount', 'ship-promotion-discount'] as const;

/** Currencies of Amazon storefronts, for orders whose currency cell is empty (Pending orders have no prices yet). */
const MARKETPLACE_CURRENCIES: Readonly<Record<string, string>> = {
  'amazon.com': 'USD',
  'amazon.ca': 'CAD',
  'amazon.com.mx': 'MXN',
  'amazon.com.br': 'BRL',
  'amazon.co.uk': 'GBP',
  'amazon.de': 'EUR',
  'amazon.fr': 'EUR',
  'amazon.it': 'EUR',
  'amazon.es': 'EUR',
  'amazon.nl': 'EUR',
  'amazon.com.be': 'EUR',
  'amazon.ie': 'EUR',
  'amazon.se': 'SEK',
  'amazon.pl': 'PLN',
  'amazon.com.tr': 'TRY',
  'amazon.co.jp': 'JPY',
  'amazon.com.au': 'AUD',
  'amazon.in': 'INR',
  'amazon.ae': 'AED',
  'amazon.sa': 'SAR',
  'amazon.sg': 'SGD',
  'amazon.eg': 'EGP',
};

/** The currency of the storefront named in a sales-channel cell ("Amazon.co.uk"). */
export function marketplaceCurrency(salesChannel: string | undefined): string | undefined {
  return salesChannel === undefined ? undefined : MARKETPLACE_CURRENCIES[salesChannel.toLowerCase()];
}

/** The items of one Amazon order, read from its rows. */
export interface AmazonItems {
  currency: string | undefined;
  lines: OrderLineInput[];
  lineRows: SourceRow[];
  /** Item prices + taxes + shipping + gift wrap − promotions, in minor units. */
  total: number;
  /**
   * What the rows cannot tell: prices and total when some item row has no
   * item-price (the Unshipped report has none; Pending orders leave it
   * empty), so the book keeps the amounts a fuller report gave.
   */
  unknown: Array<'total' | 'unitPrices'>;
  errors: ImportError[];
}

/**
 * Parcels in Amazon reports that carry them (shipment reports, files the
 * seller merged with a shipping-confirmation upload): the upload's column
 * names, read only when present.
 */
export const AMAZON_TRACKING: TrackingColumns = {
  tracking: 'tracking-number',
  shippedAt: ['ship-date', 'shipment-date'],
  carrier: ['carrier-name', 'carrier-code', 'carrier'],
  service: 'ship-method',
};

/**
 * The order fields the items give, for `draftOf` (which runs only without
 * errors, so the currency is known); `unknown` only when some price was missing.
 */
export function amazonItemFields(items: AmazonItems) {
  return { currency: items.currency!, total: items.total, lines: items.lines, ...(items.unknown.length ? { unknown: items.unknown } : {}) };
}

/** The `sources` entries of what `readAmazonItems` reads, for a report whose quantity is in `quantityCol`. */
export function amazonItemSources(quantityCol: string): Record<string, Col> {
  return {
    currency: 'currency',
    total: 'item-price',
    'lines.*.sku': 'sku',
    'lines.*.channelSku': 'sku',
    'lines.*.channelItemId': 'asin',
    'lines.*.channelLineId': 'order-item-id',
    'lines.*.title': 'product-name',
    'lines.*.quantity': quantityCol,
    'lines.*.unitPrice': 'item-price',
  };
}

/**
 * Reads the item rows of one order: the currency (its column, else the
 * storefront's, else the default), one line per row with a quantity above zero (cancelled items
 * show 0 and are left out), and the order total.
 */
export function readAmazonItems(cells: readonly Cells[], quantityCol: string, context: ImportContext): AmazonItems {
  const first = cells[0]!;
  const hasCurrencyColumn = first.header.has('currency');
  const currency = cells.map((c) => c.currency('currency')).find((c) => c !== undefined) ?? marketplaceCurrency(first.text('sales-channel')) ?? context.defaultCurrency;
  const errors: ImportError[] = [];
  if (!currency) {
    errors.push(
      at(first.row, {
        column: first.header.name('currency'),
        message: hasCurrencyColumn ? 'is empty and no default currency was given' : 'the file has no currency column and no default currency was given',
      }),
    );
  }
  const lines: OrderLineInput[] = [];
  const lineRows: SourceRow[] = [];
  let total = 0;
  let unpriced = false;
  for (const c of cells) {
    const quantity = c.int(quantityCol, { required: true, min: 0 });
    if (!currency) continue;
    const amounts = CHARGES.map((col) => c.amount(col, currency) ?? 0);
    const promotions = PROMOTIONS.map((col) => Math.abs(c.amount(col, currency) ?? 0));
    total += amounts.reduce((a, b) => a + b, 0) - promotions.reduce((a, b) => a + b, 0);
    if (quantity === undefined || quantity === 0) continue;
    if (c.text('item-price') === undefined) unpriced = true;
    lines.push({
      // Amazon stocks by seller SKU (one ASIN may carry several offers); the ASIN goes beside it.
      sku: c.text('sku'),
      channelSku: c.text('sku'),
      channelItemId: c.text('asin'),
      channelLineId: c.text('order-item-id'),
      title: clip(c.text('product-name'), 500),
      quantity,
      unitPrice: unitPrice(amounts[0] ?? 0, quantity),
    });
    lineRows.push(c.row);
  }
  errors.push(...cells.flatMap((c) => c.errors));
  if (errors.length === 0 && lines.length === 0) {
    errors.push(at(first.row, { column: first.header.name(quantityCol), message: 'no item has a quantity above 0 (Amazon lists cancelled items with 0), and an order needs at least one line' }));
  }
  return { currency, lines, lineRows, total, errors, unknown: unpriced ? ['total', 'unitPrices'] : [] };
}
