/**
 * The shapes every order-file format shares: what an import yields (orders
 * in the capture contract, errors by line and column) and what a format
 * module provides to the one driver in `index.ts`.
 */
import type { OrderInput } from '../schemas/order.js';
import type { Col, Header } from './fields.js';

/** A parcel a file reports for an order. */
export interface FileShipment {
  trackingNumber: string;
  /** When it left, ISO-8601 UTC; a parcel without a date in the file is not a shipment. */
  shippedAt: string;
  carrier?: string;
  service?: string;
}

/** An imported order: what a capture accepts, plus the parcels the file reports. */
export type ImportedOrder = OrderInput & { shipments?: FileShipment[] };

/** A problem with the file, a row or an order, pointing at where it is. */
export interface ImportError {
  /** 1-based physical line in the file. */
  line: number;
  /** The column's header name as the file spells it, when one column is at fault. */
  column?: string;
  message: string;
  /** The order the problem belongs to, when known; that order was not imported. */
  externalId?: string;
  /** Which upload the line is in, when an import reads two files (Etsy: "orders" or "items"). */
  file?: string;
}

/**
 * Why a whole file is refused before anything is read from it: no known
 * layout, or a layout of another marketplace than the channel's.
 */
export interface LayoutRefusal {
  code: 'unknown_layout' | 'layout_mismatch';
  message: string;
  /** The layout the header was recognised as, when it was. */
  recognised?: FormatId;
  /** Which upload, when an import reads two files (Etsy: "orders" or "items"). */
  file?: string;
}

/** One batch from an import: at most 500 orders, with the errors found since the last batch. */
export interface ImportBatch {
  orders: ImportedOrder[];
  errors: ImportError[];
  /** Set only on the first and only batch of a file that is refused whole. */
  refused?: LayoutRefusal;
}

/** One data row of a file. */
export interface SourceRow {
  line: number;
  fields: string[];
  /** Which upload the row is from, when an import reads two files. */
  file?: string;
}

/** Where the orders are captured and how to fill what a file leaves out. */
export interface ImportContext {
  channelId: string;
  /** Currency for files whose amounts carry none (Amazon unshipped, Walmart, bare eBay amounts). */
  defaultCurrency?: string;
  /** The channel's kind; a file of another marketplace's layout is refused. Unset: any layout. */
  channelKind?: string;
}

/** The marketplaces whose files Orderlens reads. */
export type Marketplace = 'amazon' | 'ebay' | 'etsy' | 'shopify' | 'walmart';

/** The formats Orderlens imports. */
export const FORMAT_IDS = ['amazon-all-orders', 'amazon-unshipped', 'shopify-orders', 'ebay-orders', 'etsy-sold-orders', 'etsy-sold-order-items', 'walmart-orders'] as const;
/** A format id. */
export type FormatId = (typeof FORMAT_IDS)[number];

/** An order assembled from its rows, not yet checked against the capture schema. */
export interface OrderDraft {
  order: ImportedOrder;
  /** The row holding the order-level fields. */
  orderRow: SourceRow;
  /** The row each of `order.lines` came from, in the same order. */
  lineRows: SourceRow[];
  /** Problems that do not keep the order out (a tracking number without a ship date). */
  notes?: ImportError[];
}

/** An order assembled, or the reasons it could not be. */
export type BuildResult = { draft: OrderDraft } | { errors: ImportError[] };

/** A format opened on a file's header: groups rows into orders and builds them. */
export interface FormatReader {
  /** The order a data row belongs to, or undefined for rows that are not orders (footers). */
  orderKey(row: SourceRow): string | undefined;
  /** Builds one order from all its rows, in file order. */
  build(rows: SourceRow[]): BuildResult;
}

/** One export format: how to recognise it and how to read it. */
export interface OrderFormat {
  id: FormatId;
  /** What the seller calls the file. */
  title: string;
  /** Whose report this is: it imports only into a channel of this kind (or a manual/api one). */
  marketplace: Marketplace;
  /** Columns that identify the format; all must be in the header. */
  signature: readonly Col[];
  /** True when all rows of an order are next to each other, so orders can be built as the file streams. */
  rowsAdjacent: boolean;
  /** Which column each order field comes from, to point schema problems at a column ("lines.*.quantity"). */
  sources: Readonly<Record<string, Col>>;
  /** Starts reading a file with this header; a string is a reason the file cannot be read. */
  open(header: Header, context: ImportContext): FormatReader | string;
}
