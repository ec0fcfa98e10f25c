/**
 * Importing orders from marketplace export files: the entry points the
 * upload route streams into, and the public names of this folder.
 *
 * Pure code (no Node, Hono or drizzle): runs in the Worker and the browser.
 * A route decodes the upload (`decodeText`) and feeds the text to
 * `importOrders`, capturing each batch as it comes.
 */
import { CsvSyntaxError, readDelimited } from './csv.js';
import { formatOfHeader, layoutMismatch, unknownLayout } from './detect.js';
import { findHeader, readOrderRows } from './driver.js';
import { Header } from './fields.js';
import { FORMATS } from './formats.js';
import type { FormatId, ImportBatch, ImportContext, OrderFormat } from './types.js';

export { charsetFromContentType, decodeText, pickEncoding, sniffEncoding } from './decode.js';
export { detectFormat, layoutMismatch, unknownLayout } from './detect.js';
export { BATCH_SIZE } from './driver.js';
export { importEtsyOrders } from './etsy-join.js';
export { FORMATS } from './formats.js';
export type { FileShipment, FormatId, ImportBatch, ImportContext, ImportError, ImportedOrder, LayoutRefusal, OrderFormat } from './types.js';
export { FORMAT_IDS } from './types.js';

/** What to import and where. */
export interface ImportOptions extends ImportContext {
  /** The file's format, or `'auto'` to recognise it from its header row. */
  format: FormatId | 'auto';
}

/**
 * Imports orders from one export file, given as decoded text chunks.
 *
 * Yields batches of at most 500 orders, each validated against the capture
 * schema, with the errors found along the way (by line and column). An
 * order any of whose rows is bad is left out whole. Formats that keep an
 * order's rows together (Amazon, Shopify, eBay, Walmart, Etsy Sold Orders)
 * are read one order at a time; the Etsy items file is grouped in memory.
 * A file of no known layout, or of another marketplace's layout than the
 * channel's, yields one batch that only says why it is refused (`refused`).
 */
export async function* importOrders(chunks: AsyncIterable<string> | Iterable<string>, options: ImportOptions): AsyncGenerator<ImportBatch, void, undefined> {
  const fixed: OrderFormat | undefined = options.format === 'auto' ? undefined : FORMATS[options.format];
  if (options.format !== 'auto' && !fixed) {
    yield { orders: [], errors: [{ line: 1, message: `unknown format "${options.format}"` }] };
    return;
  }
  const context: ImportContext = { channelId: options.channelId, defaultCurrency: options.defaultCurrency, channelKind: options.channelKind };
  const records = readDelimited(chunks)[Symbol.asyncIterator]();
  try {
    const found = await findHeader(records, (fields) => {
      const header = new Header(fields);
      return fixed ? (header.missing(fixed.signature).length ? undefined : fixed) : formatOfHeader(header);
    });
    const refused = 'header' in found ? layoutMismatch(found.format, context) : unknownLayout(fixed, found);
    if (refused) {
      yield { orders: [], errors: [], refused };
      return;
    }
    if (!('header' in found)) return;
    yield* readOrderRows(records, found, context);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    yield { orders: [], errors: [{ line: error.line, message: `the file cannot be read: ${error.message}` }] };
  }
}
