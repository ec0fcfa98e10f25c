/**
 * Parcels an order file reports: tracking numbers with their carrier,
 * service and ship date, read per row (eBay puts them on item rows, Amazon
 * and Walmart on every row of the order) and kept once per tracking number.
 * A tracking number whose ship date the file does not give is not made a
 * shipment (the book would then hold a made-up date); it is reported.
 */
import { at, type Cells, type Col } from './fields.js';
import type { FileShipment, ImportError } from './types.js';

/** Where a layout keeps its parcels; a layout lacking the tracking column reports none. */
export interface TrackingColumns {
  tracking: Col;
  shippedAt: Col;
  carrier?: Col;
  service?: Col;
}

/** Several numbers in one cell are separated by commas or semicolons (spaces can be part of a number). */
const splitNumbers = (text: string) =>
  text
    .split(/[,;|]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');

/**
 * The shipments in `cells`, first seen first, and notes for tracking
 * numbers without a ship date. A row without its own ship date, carrier or
 * service takes the order row's (`order`), when given.
 */
export function readShipments(cells: readonly Cells[], cols: TrackingColumns, order?: Cells): { shipments: FileShipment[]; notes: ImportError[] } {
  const byNumber = new Map<string, FileShipment>();
  const notes: ImportError[] = [];
  // Most layouts have no tracking column: look the column up once per header, not per row.
  const hasTracking = new Map<Cells['header'], boolean>();
  for (const c of order && !cells.includes(order) ? [order, ...cells] : cells) {
    let has = hasTracking.get(c.header);
    if (has === undefined) hasTracking.set(c.header, (has = c.header.has(cols.tracking)));
    const text = has ? c.text(cols.tracking) : undefined;
    if (text === undefined) continue;
    const shippedAt = c.date(cols.shippedAt) ?? order?.date(cols.shippedAt);
    const carrier = cols.carrier === undefined ? undefined : (c.text(cols.carrier) ?? order?.text(cols.carrier));
    const service = cols.service === undefined ? undefined : (c.text(cols.service) ?? order?.text(cols.service));
    for (const trackingNumber of splitNumbers(text)) {
      if (byNumber.has(trackingNumber)) continue;
      if (shippedAt === undefined) {
        notes.push(at(c.row, { column: c.header.name(cols.shippedAt), message: `tracking number ${trackingNumber} has no ship date; it was not recorded as a shipment` }));
        continue;
      }
      byNumber.set(trackingNumber, {
        trackingNumber: trackingNumber.slice(0, 100),
        shippedAt,
        ...(carrier ? { carrier: carrier.slice(0, 60) } : {}),
        ...(service ? { service: service.slice(0, 60) } : {}),
      });
    }
  }
  return { shipments: [...byNumber.values()], notes };
}
