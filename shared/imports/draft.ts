/**
 * What every order format does once its cells are read: the ship-to
 * address by the layout's own columns, and the draft (or the errors that
 * keep the order out) with the shipments and notes the file reported.
 */
import { type Cells, type Col, compact, joinParts } from './fields.js';
import type { BuildResult, FileShipment, ImportError, ImportedOrder, SourceRow } from './types.js';

/** Where a layout keeps the ship-to address; a part it has no column for is left out. */
export interface ShipToColumns {
  name?: Col;
  line1?: Col;
  line2?: Col;
  /** A third address line (Amazon's), joined onto line 2. */
  line3?: Col;
  city?: Col;
  region?: Col;
  postalCode?: Col;
  country?: Col;
  phone?: Col;
}

/**
 * The ship-to address in `c`, read through `cols`; undefined when the row
 * gives none of it. `country` stands when the row names none (a layout of a
 * one-country marketplace).
 */
export function shipToOf(c: Cells, cols: ShipToColumns, country?: string) {
  const text = (col: Col | undefined) => (col === undefined ? undefined : c.text(col));
  return compact({
    name: text(cols.name),
    line1: text(cols.line1),
    line2: joinParts(text(cols.line2), text(cols.line3)),
    city: text(cols.city),
    region: text(cols.region),
    postalCode: cols.postalCode === undefined ? undefined : c.postalCode(cols.postalCode),
    country: (cols.country === undefined ? undefined : c.country(cols.country)) ?? country,
    phone: text(cols.phone),
  });
}

/**
 * The `shipTo.*` entries of a format's `sources`, from the same columns
 * `shipToOf` reads, so a schema problem names the column the value came from.
 */
export function shipToSources(cols: ShipToColumns): Record<string, Col> {
  const sources: Record<string, Col> = {};
  for (const part of ['name', 'line1', 'line2', 'city', 'region', 'postalCode', 'country', 'phone'] as const) {
    const col = cols[part];
    if (col !== undefined) sources[`shipTo.${part}`] = col;
  }
  return sources;
}

/** What a format hands over with its order: the rows it read and the parcels they reported. */
export interface DraftRows {
  /** Every row of the order, read: an error in any keeps the order out. */
  cells: readonly Cells[];
  /** The row holding the order-level fields. */
  orderRow: SourceRow;
  /** The row each line came from, in the order of the lines. */
  lineRows: SourceRow[];
  parcels: { shipments: FileShipment[]; notes: ImportError[] };
}

/**
 * The order's draft, with the file's shipments and notes, or every error its
 * rows collected. `order` runs only when there are none, so it may count on
 * the required cells having been read.
 */
export function draftOf(rows: DraftRows, order: () => Omit<ImportedOrder, 'shipments'>): BuildResult {
  const errors = rows.cells.flatMap((c) => c.errors);
  if (errors.length) return { errors };
  return { draft: { order: { ...order(), shipments: rows.parcels.shipments }, orderRow: rows.orderRow, lineRows: rows.lineRows, notes: rows.parcels.notes } };
}
