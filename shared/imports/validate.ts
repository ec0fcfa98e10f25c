/**
 * The last gate before an imported order leaves the parser: the capture
 * schema itself. Whatever it rejects is reported against the row and column
 * the value came from (the order's row, or a line's own row), so the seller
 * can fix the file.
 */
import { orderInput } from '../schemas/order.js';
import { at, type Col, type Header } from './fields.js';
import type { ImportError, ImportedOrder, OrderDraft, SourceRow } from './types.js';

/** A file's header with the format's map of order fields to columns. */
export interface Provenance {
  header: Header;
  sources: Readonly<Record<string, Col>>;
}

/** Where a schema issue points: a line's row for `lines.N.…`, else the order's row. */
function locate(path: readonly PropertyKey[], draft: OrderDraft, orderSide: Provenance, lineSide: Provenance): { row: SourceRow; column?: string } {
  const [top, index, field] = path;
  if (top === 'lines' && typeof index === 'number') {
    const row = draft.lineRows[index] ?? draft.orderRow;
    const col = lineSide.sources[`lines.*.${String(field)}`];
    return { row, column: col === undefined ? undefined : lineSide.header.name(col) };
  }
  const { header, sources } = orderSide;
  const col = sources[path.slice(0, 2).join('.')] ?? sources[String(top)];
  return { row: draft.orderRow, column: col === undefined ? undefined : header.name(col) };
}

/** A copy without properties set to undefined, so orders compare and serialise cleanly. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  ) as T;
}

/**
 * Checks a drafted order against the capture schema. Returns the parsed
 * order, or one error per issue naming the line and column.
 */
export function checkOrder(draft: OrderDraft, orderSide: Provenance, lineSide: Provenance = orderSide): { order: ImportedOrder } | { errors: ImportError[] } {
  // Parcels are not part of the capture contract: checked apart and carried beside it.
  const { shipments, ...order } = draft.order;
  const parsed = orderInput.safeParse(order);
  if (parsed.success) return { order: { ...withoutUndefined(parsed.data), ...(shipments?.length ? { shipments } : {}) } };
  const externalId = draft.order.externalId;
  return {
    errors: parsed.error.issues.map((issue) => {
      const { row, column } = locate(issue.path, draft, orderSide, lineSide);
      const field = issue.path.join('.');
      const message = field ? `${field}: ${issue.message}` : issue.message;
      return at(row, column === undefined ? { message, externalId } : { column, message, externalId });
    }),
  };
}
