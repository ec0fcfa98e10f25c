/**
 * The machinery every format shares: finding the header row (past junk
 * lines), grouping data rows into orders, building and checking each order,
 * and handing out batches. A format whose order rows sit together is read
 * one order at a time, so memory stays flat however long the file is.
 */
import { type CsvRecord, CsvSyntaxError } from './csv.js';
import { formatOfHeader } from './detect.js';
import { Header } from './fields.js';
import type { BuildResult, ImportBatch, ImportError, OrderFormat, SourceRow } from './types.js';
import { checkOrder, type Provenance } from './validate.js';

/** Most orders (and most errors) in one batch; matches the capture limit. */
export const BATCH_SIZE = 500;

/** Non-blank records looked at before giving up on finding the header. */
const HEADER_SEARCH = 10;

/** True for rows whose cells are all empty (eBay padding rows, trailing `,,,` lines). */
export function isBlankRow(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

/** A header found in a file, with the format it belongs to. */
export interface FoundHeader {
  format: OrderFormat;
  header: Header;
  line: number;
}

/** No header row was found: where the search started, and the first row it saw. */
export interface HeaderNotFound {
  line: number;
  /** The first non-blank row, trimmed, to say what the file looks like. */
  firstRow?: string[];
  /** A header row of some other known layout seen on the way, when the search was for one layout. */
  other?: OrderFormat;
}

/**
 * Reads records until the header row: the first non-blank record that
 * `recognise` accepts, within the first few. Otherwise says what was seen.
 */
export async function findHeader(records: AsyncIterator<CsvRecord>, recognise: (fields: string[]) => OrderFormat | undefined): Promise<FoundHeader | HeaderNotFound> {
  let seen = 0;
  let first: CsvRecord | undefined;
  let other: OrderFormat | undefined;
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const { fields, line } = next.value;
    if (isBlankRow(fields)) continue;
    first ??= next.value;
    const format = recognise(fields);
    if (format) return { format, header: new Header(fields.map((f) => f.trim())), line };
    other ??= formatOfHeader(new Header(fields.map((f) => f.trim())));
    if (++seen >= HEADER_SEARCH) break;
  }
  return { line: first?.line ?? 1, ...(first ? { firstRow: first.fields.map((f) => f.trim()) } : {}), ...(other ? { other } : {}) };
}

/** Collects orders and errors and hands them out in batches of at most {@link BATCH_SIZE}. */
export class Batcher {
  private batch: ImportBatch = { orders: [], errors: [] };

  /** Adds a built order (checked against the capture schema) or its errors; returns a full batch when one is ready. */
  add(result: BuildResult, key: string, orderSide: Provenance, lineSide?: Provenance): ImportBatch | undefined {
    const checked = 'draft' in result ? checkOrder(result.draft, orderSide, lineSide) : result;
    if ('order' in checked) {
      this.batch.orders.push(checked.order);
      if ('draft' in result && result.draft.notes) this.batch.errors.push(...result.draft.notes);
    } else this.batch.errors.push(...checked.errors.map((e) => ({ ...e, externalId: e.externalId ?? key })));
    return this.full() ? this.take() : undefined;
  }

  /** Adds an error not tied to one built order. */
  error(error: ImportError): ImportBatch | undefined {
    this.batch.errors.push(error);
    return this.full() ? this.take() : undefined;
  }

  /** The batch so far, if it holds anything. */
  take(): ImportBatch | undefined {
    const batch = this.batch;
    this.batch = { orders: [], errors: [] };
    return batch.orders.length || batch.errors.length ? batch : undefined;
  }

  private full(): boolean {
    return this.batch.orders.length >= BATCH_SIZE || this.batch.errors.length >= BATCH_SIZE;
  }
}

/**
 * Reads the data rows after the header, groups them into orders with the
 * format's reader, and yields batches. Orders of a format whose rows are
 * adjacent are built as soon as their last row is read; a file that breaks
 * that promise gets an error for each order whose rows come back later.
 */
export async function* readOrderRows(records: AsyncIterator<CsvRecord>, found: FoundHeader, context: Parameters<OrderFormat['open']>[1]): AsyncGenerator<ImportBatch> {
  const { format, header } = found;
  const side: Provenance = { header, sources: format.sources };
  const batcher = new Batcher();
  const reader = format.open(header, context);
  if (typeof reader === 'string') {
    yield { orders: [], errors: [{ line: found.line, message: reader }] };
    return;
  }
  const done = new Set<string>();
  const groups = new Map<string, SourceRow[]>();
  let current: { key: string; rows: SourceRow[] } | undefined;

  const flush = (key: string, rows: SourceRow[]): ImportBatch | undefined => {
    if (format.rowsAdjacent && key !== '' && done.has(key)) {
      return batcher.error({ line: rows[0]?.line ?? 0, message: `rows of order ${key} are not next to its earlier rows; these rows were not imported`, externalId: key });
    }
    done.add(key);
    return batcher.add(reader.build(rows), key, side);
  };

  try {
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const row = next.value;
      if (isBlankRow(row.fields)) continue;
      const key = reader.orderKey(row);
      if (key === undefined) continue;
      if (!format.rowsAdjacent) {
        const rows = groups.get(key);
        if (rows) rows.push(row);
        else groups.set(key, [row]);
        continue;
      }
      if (current?.key === key) {
        current.rows.push(row);
        continue;
      }
      const full = current && flush(current.key, current.rows);
      if (full) yield full;
      current = { key, rows: [row] };
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    batcher.error({ line: error.line, message: `the file cannot be read from here on: ${error.message}` });
    if (current) batcher.error({ line: current.rows[0]?.line ?? error.line, message: `order ${current.key} was cut off by the unreadable rows; not imported`, externalId: current.key });
    current = undefined;
    groups.clear();
  }
  if (current) {
    const full = flush(current.key, current.rows);
    if (full) yield full;
  }
  for (const [key, rows] of groups) {
    const full = flush(key, rows);
    if (full) yield full;
  }
  const last = batcher.take();
  if (last) yield last;
}
