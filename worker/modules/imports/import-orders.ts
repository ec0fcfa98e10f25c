/**
 * Capturing an order file into the book as it is read: each batch the
 * parser yields (at most 500 validated orders) is captured before the next
 * is read, so a 100,000-row file never sits in memory and every order is
 * written whole or not at all (one D1 batch per capture). The answer tallies
 * the capture outcomes and lists the file's problems by line.
 */
import type { ImportBatch, ImportError, LayoutRefusal } from '../../../shared/imports/index.js';
import { type ImportErrorItem, type ImportResult, MAX_LISTED_ERRORS } from '../../../shared/schemas/imports.js';
import type { OrderInput, UnknownField } from '../../../shared/schemas/order.js';
import type { Db } from '../../db/client.js';
import { ApiError } from '../../errors.js';
import { captureOrders } from '../orders/capture-orders.js';
import { recordFileShipments } from '../orders/file-shipments.js';

/**
 * Captures every batch of an import for a seller, in file order, as
 * `source: 'import'` by `actor` (the token's name). Re-importing the same file captures every order as
 * `unchanged`. The parcels a file reports become shipments of their
 * orders, once per tracking number. `failed` counts the orders named by an error and not
 * captured; errors past the first {@link MAX_LISTED_ERRORS} are only counted.
 * A file refused whole (no known layout, another marketplace's) is a 422.
 */
export async function captureImport(db: Db, sellerId: string, batches: AsyncIterable<ImportBatch>, actor: string): Promise<ImportResult> {
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, failed: 0, errors: [], moreErrors: 0 };
  const captured = new Set<string>();
  const failed = new Set<string>();

  for await (const batch of batches) {
    if (batch.refused) throw refusal(batch.refused);
    for (const error of batch.errors) addError(result, error, failed);
    if (batch.orders.length === 0) continue;
    const paths = batch.orders.map((o) => `order ${o.externalId}`);
    const { results } = await captureOrders(
      db,
      sellerId,
      batch.orders.map(({ shipments: _, ...order }) => saidOnly(order)),
      'import',
      actor,
      paths,
    );
    for (const r of results) {
      result[r.outcome] += 1;
      captured.add(r.externalId);
    }
    // Results come in input order, so each order's parcels go to the id its capture got.
    await recordFileShipments(
      db,
      sellerId,
      'import',
      results.map((r, i) => ({ orderId: r.id, shipments: batch.orders[i]?.shipments ?? [] })),
    );
  }
  for (const id of failed) if (!captured.has(id)) result.failed += 1;
  return result;
}

/** Fields a file left out that capture would otherwise default: the book keeps its values. */
const DEFAULTED = ['serviceLevel', 'paymentStatus'] as const satisfies ReadonlyArray<UnknownField & keyof OrderInput>;

/**
 * An imported order with the fields its file did not give marked unknown,
 * so a file that says less than the book holds blanks nothing (the capture
 * keeps blank buyer and address parts itself).
 */
export function saidOnly(order: OrderInput): OrderInput {
  const unsaid = DEFAULTED.filter((f) => order[f] === undefined && !order.unknown?.includes(f));
  return unsaid.length ? { ...order, unknown: [...(order.unknown ?? []), ...unsaid] } : order;
}

/**
 * The 422 for a file refused whole. A refusal is the first and only batch
 * of its file, so nothing was captured before it.
 */
export function refusal(refused: LayoutRefusal): ApiError {
  const field = refused.code === 'layout_mismatch' ? 'query.channelId' : refused.file ? `body.${refused.file}` : 'body';
  return new ApiError(422, refused.code, `The file cannot be imported: ${refused.message}.`, [{ path: field, message: refused.message }], undefined, {
    field,
    recognised: refused.recognised ?? null,
  });
}

function addError(result: ImportResult, error: ImportError, failed: Set<string>): void {
  if (error.externalId !== undefined) failed.add(error.externalId);
  if (result.errors.length >= MAX_LISTED_ERRORS) {
    result.moreErrors += 1;
    return;
  }
  const item: ImportErrorItem = {
    line: error.line,
    column: error.column ?? null,
    message: error.message,
    externalId: error.externalId ?? null,
    file: error.file ?? null,
  };
  result.errors.push(item);
}
