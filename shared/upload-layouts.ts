/**
 * The marketplaces' own upload files (quantities and shipment
 * confirmations), each one table of data: the lines before the header, the
 * header, and one value function per column. A corrected header or column
 * is a one-line change here; the worker only streams rows through them.
 * Sources and evidence strength: FORMATS.md §4. Imports nothing.
 */

/** A cell of an upload file: text, a number, or empty. */
export type UploadCell = string | number | null;

/** A listing whose quantity is to be sent, with what each layout may need of it. */
export interface QuantityRow {
  /** The key the marketplace stocks by: Amazon seller SKU, eBay custom label, Shopify variant SKU. */
  channelSku: string;
  /** The marketplace's item id: ASIN, eBay item number, Shopify product handle. */
  itemId: string | null;
  title: string | null;
  /** Variation options in order (eBay `Size=9`, Shopify Option1…3). */
  variation: ReadonlyArray<{ name: string; value: string }>;
  /** The quantity the marketplace is to show: available-to-sell. */
  availableToSell: number;
  /** What the portal last showed, when seen. */
  listed: number | null;
  /** Units the marketplace itself holds for its open orders (Shopify's "committed"). */
  committed: number;
  /** The marketplace location the row sets (Shopify). */
  location: string | null;
}

/** One line of one shipment to confirm (Amazon confirms whole orders: one row per shipment). */
export interface ShipmentRow {
  orderNumber: string;
  /** ISO-8601 UTC. */
  shippedAt: string;
  carrier: string | null;
  service: string | null;
  trackingNumber: string | null;
  /** The line, for layouts with one row per line. */
  itemId: string | null;
  title: string | null;
  channelSku: string | null;
}

/** One upload file layout. */
export interface UploadLayout<Row> {
  id: string;
  /** What the seller calls it on the marketplace. */
  title: string;
  /** False while only weak evidence backs the layout: the UI says so. */
  confirmed: boolean;
  /** Rows of cells written before the header. */
  preamble: ReadonlyArray<readonly UploadCell[]>;
  columns: ReadonlyArray<readonly [header: string, value: (row: Row) => UploadCell]>;
  delimiter: '\t' | ',';
  lineEnd: '\r\n' | '\n';
  /** A UTF-8 byte-order mark first. */
  bom: boolean;
  extension: 'txt' | 'csv';
  contentType: string;
  /** Shipment layouts: one row per shipment or per line. */
  per?: 'shipment' | 'line';
  /** eBay variations: a parent row written before the first row of each item. */
  parent?: (row: Row) => { key: string; cells: readonly UploadCell[] } | null;
}

/** How a marketplace wants its upload files written: separator, line ends, BOM, and the name and type they go by. */
type FileShape = Pick<UploadLayout<unknown>, 'delimiter' | 'lineEnd' | 'bom' | 'extension' | 'contentType'>;

/** Amazon's flat files: tab-separated text with CRLF line ends and no BOM. */
const AMAZON_FLAT_FILE: FileShape = { delimiter: '\t', lineEnd: '\r\n', bom: false, extension: 'txt', contentType: 'text/plain; charset=utf-8' };
/** eBay's upload CSVs: CRLF line ends and a UTF-8 BOM. */
const EBAY_UPLOAD_CSV: FileShape = { delimiter: ',', lineEnd: '\r\n', bom: true, extension: 'csv', contentType: 'text/csv; charset=utf-8' };

const blank = () => null;
const option = (n: number, part: 'name' | 'value') => (r: QuantityRow) => r.variation[n]?.[part] ?? null;

/** Amazon's carrier codes that we write as themselves; any other carrier is `Other` with its name. */
const AMAZON_CARRIERS = ['USPS', 'UPS', 'FedEx', 'DHL', 'OnTrac'];
const amazonCarrier = (carrier: string | null) => (carrier ? (AMAZON_CARRIERS.find((c) => c.toLowerCase() === carrier.trim().toLowerCase()) ?? 'Other') : null);

/** Amazon Price & Quantity (inventory loader): blank price columns change nothing. */
export const amazonPriceQuantity: UploadLayout<QuantityRow> = {
  id: 'amazon-price-quantity',
  title: 'Amazon Price & Quantity file',
  confirmed: true,
  preamble: [],
  columns: [
    ['sku', (r) => r.channelSku],
    ['price', blank],
    ['minimum-seller-allowed-price', blank],
    ['maximum-seller-allowed-price', blank],
    ['quantity', (r) => r.availableToSell],
    ['handling-time', blank],
    ['fulfillment-channel', blank],
  ],
  ...AMAZON_FLAT_FILE,
};

const EBAY_REVISE_HEADER = [
  'Action',
  'Category name',
  'Item number',
  'Title',
  'Listing site',
  'Currency',
  'Start price',
  'Buy It Now price',
  'Available quantity',
  'Relationship',
  'Relationship details',
  'Custom label (SKU)',
] as const;

/** eBay Seller Hub Reports "edit price and quantity": a variation's rows follow a parent row naming the item. */
export const ebayRevisePriceQuantity: UploadLayout<QuantityRow> = {
  id: 'ebay-revise-price-quantity',
  title: 'eBay Seller Hub revise price and quantity file',
  confirmed: true,
  preamble: [['#INFO', 'Version=1.0.0', 'Template= eBay-active-revise-price-quantity-download_US', null, null, null, null, null, null, null, null, null]],
  columns: [
    [EBAY_REVISE_HEADER[0], (r) => (r.variation.length ? null : 'Revise')],
    [EBAY_REVISE_HEADER[1], blank],
    [EBAY_REVISE_HEADER[2], (r) => (r.variation.length ? null : r.itemId)],
    [EBAY_REVISE_HEADER[3], (r) => (r.variation.length ? null : r.title)],
    [EBAY_REVISE_HEADER[4], blank],
    [EBAY_REVISE_HEADER[5], blank],
    [EBAY_REVISE_HEADER[6], blank],
    [EBAY_REVISE_HEADER[7], blank],
    [EBAY_REVISE_HEADER[8], (r) => r.availableToSell],
    [EBAY_REVISE_HEADER[9], (r) => (r.variation.length ? 'Variation' : null)],
    [EBAY_REVISE_HEADER[10], (r) => (r.variation.length ? r.variation.map((o) => `${o.name}=${o.value}`).join('|') : null)],
    [EBAY_REVISE_HEADER[11], (r) => r.channelSku],
  ],
  parent: (r) => (r.variation.length && r.itemId ? { key: r.itemId, cells: ['Revise', null, r.itemId, r.title, null, null, null, null, null, null, null, null] } : null),
  ...EBAY_UPLOAD_CSV,
};

/**
 * Shopify inventory CSV. Shopify applies `On hand (new)` and keeps its own
 * committed units apart, so on hand = available-to-sell + committed leaves
 * Shopify's available at available-to-sell. `On hand (current)` is only
 * written when the page showed the listing (Shopify skips a row whose
 * current figure is stale, which is safer than a guessed one).
 */
export const shopifyInventory: UploadLayout<QuantityRow> = {
  id: 'shopify-inventory',
  title: 'Shopify inventory CSV',
  confirmed: true,
  preamble: [],
  columns: [
    ['Handle', (r) => r.itemId],
    ['Title', (r) => r.title],
    ['Option1 Name', option(0, 'name')],
    ['Option1 Value', option(0, 'value')],
    ['Option2 Name', option(1, 'name')],
    ['Option2 Value', option(1, 'value')],
    ['Option3 Name', option(2, 'name')],
    ['Option3 Value', option(2, 'value')],
    ['SKU', (r) => r.channelSku],
    ['HS Code', blank],
    ['COO', blank],
    ['Location', (r) => r.location],
    ['Bin name', blank],
    ['Incoming (not editable)', blank],
    ['Unavailable (not editable)', blank],
    ['Committed (not editable)', blank],
    ['Available (not editable)', blank],
    ['On hand (current)', (r) => (r.listed === null ? null : r.listed + r.committed)],
    ['On hand (new)', (r) => r.availableToSell + r.committed],
  ],
  delimiter: ',',
  lineEnd: '\n',
  bom: false,
  extension: 'csv',
  contentType: 'text/csv; charset=utf-8',
};

/** Amazon Shipping Confirmation: a blank order-item-id confirms the whole order. */
export const amazonShippingConfirmation: UploadLayout<ShipmentRow> = {
  id: 'amazon-shipping-confirmation',
  title: 'Amazon Shipping Confirmation file',
  confirmed: true,
  preamble: [],
  columns: [
    ['order-id', (r) => r.orderNumber],
    ['order-item-id', blank],
    ['quantity', blank],
    ['ship-date', (r) => r.shippedAt.slice(0, 10)],
    ['carrier-code', (r) => amazonCarrier(r.carrier)],
    ['carrier-name', (r) => (amazonCarrier(r.carrier) === 'Other' ? (r.carrier?.trim().slice(0, 50) ?? null) : null)],
    ['tracking-number', (r) => r.trackingNumber],
    ['ship-method', (r) => r.service],
  ],
  per: 'shipment',
  ...AMAZON_FLAT_FILE,
};

/** eBay tracking upload: one source only, so the UI marks it unconfirmed. */
export const ebayTracking: UploadLayout<ShipmentRow> = {
  id: 'ebay-tracking',
  title: 'eBay tracking upload (unconfirmed layout)',
  confirmed: false,
  preamble: [['#INFO', 'Version=1.0.0', null, null, null, null, null, null]],
  columns: [
    ['Shipping Status', () => 'Shipped'],
    ['Order Number', (r) => r.orderNumber],
    ['Item Number', (r) => r.itemId],
    ['Item Title', (r) => r.title],
    ['Custom Label', (r) => r.channelSku],
    ['Transaction ID', blank],
    ['Shipping Carrier Used', (r) => r.carrier],
    ['Tracking Number', (r) => r.trackingNumber],
  ],
  per: 'line',
  ...EBAY_UPLOAD_CSV,
};

/** What to do instead where a marketplace has no (confirmed) bulk layout. */
export interface NoLayout {
  reason: string;
  alternative: string;
}

/** Quantity layouts by channel kind; a string explains why there is none. */
export const QUANTITY_LAYOUTS: Readonly<Record<string, UploadLayout<QuantityRow> | NoLayout>> = {
  amazon: amazonPriceQuantity,
  ebay: ebayRevisePriceQuantity,
  shopify: shopifyInventory,
  etsy: { reason: 'Etsy has no bulk upload file for quantities.', alternative: 'Use "Set to N" on the Etsy listings page (or the listing editor).' },
  walmart: { reason: 'No Walmart inventory spreadsheet layout is confirmed.', alternative: 'Use "Set to N" on the Walmart items page.' },
};

/** Shipment-confirmation layouts by channel kind. */
export const SHIPMENT_LAYOUTS: Readonly<Record<string, UploadLayout<ShipmentRow> | NoLayout>> = {
  amazon: amazonShippingConfirmation,
  ebay: ebayTracking,
  shopify: { reason: 'Shopify has no tracking upload file.', alternative: 'Use "Confirm shipment" on the Shopify order page.' },
  etsy: { reason: 'Etsy has no bulk upload file for tracking.', alternative: 'Use "Confirm shipment" on the Etsy order page.' },
  walmart: { reason: 'No Walmart shipping spreadsheet layout is confirmed.', alternative: 'Use "Confirm shipment" on the Walmart order page.' },
};

/** The layout for a channel kind, or why there is none. */
export function layoutFor<Row>(table: Readonly<Record<string, UploadLayout<Row> | NoLayout>>, kind: string): UploadLayout<Row> | NoLayout {
  return table[kind] ?? { reason: `A ${kind} channel has no marketplace upload file.`, alternative: 'Update the marketplace by hand or through its API.' };
}

/** True for a layout (not the reason there is none). */
export const isLayout = <Row>(l: UploadLayout<Row> | NoLayout): l is UploadLayout<Row> => 'columns' in l;

/** One cell as the layout's text: tab files drop tabs and line breaks, CSV quotes per RFC 4180. */
export function uploadCell(value: UploadCell, delimiter: '\t' | ','): string {
  if (value === null) return '';
  const text = String(value);
  if (delimiter === '\t') return text.replace(/[\t\r\n]+/g, ' ');
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of the file, ending in the layout's line end. */
export function uploadLine<Row>(layout: UploadLayout<Row>, cells: readonly UploadCell[]): string {
  return `${cells.map((c) => uploadCell(c, layout.delimiter)).join(layout.delimiter)}${layout.lineEnd}`;
}

/** The file's start: byte-order mark, preamble lines and the header. */
export function uploadHead<Row>(layout: UploadLayout<Row>): string {
  return `${layout.bom ? '\uFEFF' : ''}${layout.preamble.map((p) => uploadLine(layout, p)).join('')}${uploadLine(
    layout,
    layout.columns.map(([h]) => h),
  )}`;
}

/**
 * The lines of some rows; `lastParent` is the parent key written last (a
 * page may continue an item the previous page began). Returns the text and
 * the parent key to carry on.
 */
export function uploadRows<Row>(layout: UploadLayout<Row>, rows: readonly Row[], lastParent: string | null): { text: string; lastParent: string | null } {
  let text = '';
  let parentKey = lastParent;
  for (const row of rows) {
    const parent = layout.parent?.(row) ?? null;
    if (parent && parent.key !== parentKey) text += uploadLine(layout, parent.cells);
    parentKey = parent?.key ?? null;
    text += uploadLine(
      layout,
      layout.columns.map(([, value]) => value(row)),
    );
  }
  return { text, lastParent: parentKey };
}
