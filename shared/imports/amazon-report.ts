/**
 * What every Amazon order flat file reads alike: one row per item, keyed by
 * the order id and kept adjacent, with the items, shipments, service level
 * and ship-to read from the same columns. A report names only what is its
 * own: its order id, quantity and ship-to columns and the fields it reads
 * besides.
 */
import { AMAZON_TRACKING, amazonItemFields, amazonItemSources, readAmazonItems } from './amazon-items.js';
import { draftOf, type ShipToColumns, shipToOf, shipToSources } from './draft.js';
import { type Cells, type Col, cellsOf, type Header, openByOrderKey } from './fields.js';
import { readShipments } from './tracking.js';
import type { BuildResult, FormatId, ImportContext, ImportedOrder, OrderFormat, SourceRow } from './types.js';

/** The order fields a report reads of its own. */
export type AmazonOwnFields = Omit<ImportedOrder, 'shipments' | 'channelId' | 'externalId' | 'currency' | 'total' | 'lines' | 'serviceLevel' | 'shipTo'>;

/** One Amazon order report, by what sets it apart. */
export interface AmazonReport {
  id: FormatId;
  title: string;
  /** The column holding the order id, repeated on every item row. */
  orderId: string;
  /** The column holding each item's quantity. */
  quantity: string;
  /** The columns that tell the report apart; all must be in the header. */
  signature: readonly Col[];
  shipTo: ShipToColumns;
  /** The `sources` entries of the fields the report reads of its own. */
  sources: Record<string, Col>;
  /**
   * Reads the report's own fields from the order's first row, noting any
   * error there, and gives them to the draft, which asks only when no row
   * has an error.
   */
  readOwn(first: Cells): () => AmazonOwnFields;
}

/** The import format of an Amazon order report. */
export function amazonReport(report: AmazonReport): OrderFormat {
  const build = (header: Header, rows: SourceRow[], context: ImportContext): BuildResult => {
    const cells = cellsOf(header, rows);
    const first = cells[0]!;
    const externalId = first.text(report.orderId, { required: true });
    const own = report.readOwn(first);
    const items = readAmazonItems(cells, report.quantity, context);
    const parcels = readShipments(cells, AMAZON_TRACKING, first);
    if (items.errors.length) return { errors: items.errors };
    return draftOf({ cells, orderRow: first.row, lineRows: items.lineRows, parcels }, () => ({
      channelId: context.channelId,
      externalId: externalId!,
      ...own(),
      ...amazonItemFields(items),
      serviceLevel: first.text('ship-service-level'),
      shipTo: shipToOf(first, report.shipTo),
    }));
  };
  return {
    id: report.id,
    title: report.title,
    marketplace: 'amazon',
    signature: report.signature,
    rowsAdjacent: true,
    sources: {
      externalId: report.orderId,
      serviceLevel: 'ship-service-level',
      ...report.sources,
      ...shipToSources(report.shipTo),
      ...amazonItemSources(report.quantity),
    },
    open: openByOrderKey(report.orderId, build),
  };
}
