/**
 * Importing Etsy's Sold Orders and Sold Order Items files together, joined
 * on Order ID: the orders file gives each order's status, totals and
 * address, the items file its lines. Neither file promises an order's rows
 * are adjacent, so both are grouped in memory (Etsy shops' monthly files
 * are small). Errors name the file ("orders" or "items") and its line.
 */
import { CsvSyntaxError, readDelimited } from './csv.js';
import { layoutMismatch, unknownLayout } from './detect.js';
import { Batcher, findHeader, isBlankRow } from './driver.js';
import { buildEtsyOrder, etsySoldOrderItems, etsySoldOrders } from './etsy-sold-orders.js';
import { at, Cells, cellsOf, Header } from './fields.js';
import type { ImportBatch, ImportContext, ImportError, LayoutRefusal, OrderFormat, SourceRow } from './types.js';

/** Text chunks of one uploaded file. */
type TextChunks = AsyncIterable<string> | Iterable<string>;

interface GroupedFile {
  header: Header;
  groups: Map<string, SourceRow[]>;
}

/** Reads one file whole, grouping its rows by Order ID; an error or a refusal when it cannot be read. */
async function readGrouped(chunks: TextChunks, format: OrderFormat, file: string): Promise<GroupedFile | ImportError | LayoutRefusal> {
  const records = readDelimited(chunks)[Symbol.asyncIterator]();
  try {
    const found = await findHeader(records, (fields) => (new Header(fields).missing(format.signature).length ? undefined : format));
    if (!('header' in found)) return unknownLayout(format, found, file);
    const column = found.header.index('Order ID')!;
    const groups = new Map<string, SourceRow[]>();
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const row: SourceRow = { ...next.value, file };
      if (isBlankRow(row.fields)) continue;
      const key = (row.fields[column] ?? '').trim();
      const rows = groups.get(key);
      if (rows) rows.push(row);
      else groups.set(key, [row]);
    }
    return { header: found.header, groups };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { line: error.line, message: `the file cannot be read: ${error.message}`, file };
    throw error;
  }
}

/**
 * Imports Etsy orders from the Sold Orders file, the Sold Order Items file,
 * or both joined on Order ID. Yields batches of at most 500 orders. An order
 * in only one of the two files is imported from that file alone.
 */
export async function* importEtsyOrders(files: { orders?: TextChunks; items?: TextChunks }, context: ImportContext): AsyncGenerator<ImportBatch> {
  const mismatch = layoutMismatch(etsySoldOrders, context, 'Etsy sold-order files');
  if (mismatch) {
    yield { orders: [], errors: [], refused: mismatch };
    return;
  }
  const orders = files.orders && (await readGrouped(files.orders, etsySoldOrders, 'orders'));
  const items = files.items && (await readGrouped(files.items, etsySoldOrderItems, 'items'));
  const refused = [orders, items].find((f): f is LayoutRefusal => f !== undefined && 'code' in f);
  if (refused) {
    yield { orders: [], errors: [], refused };
    return;
  }
  const failed = [orders, items].filter((f): f is ImportError => f !== undefined && 'message' in f);
  if (failed.length || (!orders && !items)) {
    yield { orders: [], errors: failed.length ? failed : [{ line: 1, message: 'no Etsy file was given' }] };
    return;
  }
  const ordersFile = orders as GroupedFile | undefined;
  const itemsFile = items as GroupedFile | undefined;
  const batcher = new Batcher();
  const keys = new Set([...(ordersFile?.groups.keys() ?? []), ...(itemsFile?.groups.keys() ?? [])]);
  for (const key of keys) {
    const orderRows = ordersFile?.groups.get(key) ?? [];
    const itemRows = itemsFile?.groups.get(key) ?? [];
    let full: ImportBatch | undefined;
    if (orderRows.length > 1) {
      full = batcher.error(at(orderRows[1]!, { column: ordersFile!.header.name('Order ID'), message: 'the order is listed twice in the Sold Orders file', externalId: key }));
    } else {
      const order = orderRows[0] && new Cells(ordersFile!.header, orderRows[0]);
      const itemCells = itemsFile ? cellsOf(itemsFile.header, itemRows) : [];
      const orderSide = { header: (order ? ordersFile : itemsFile)!.header, sources: etsySoldOrders.sources };
      const lineSide = { header: (itemRows.length ? itemsFile : ordersFile)!.header, sources: etsySoldOrders.sources };
      full = batcher.add(buildEtsyOrder(order, itemCells, context), key, orderSide, lineSide);
    }
    if (full) yield full;
  }
  const last = batcher.take();
  if (last) yield last;
}
