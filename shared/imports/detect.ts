/**
 * Recognising an export file by its header row, for `format=auto`: each
 * format names the columns that identify it, matched by name
 * case-insensitively, so column order and extra columns do not matter.
 */
import { Header } from './fields.js';
import { FORMATS } from './formats.js';
import type { FormatId, OrderFormat } from './types.js';

/** The format whose signature columns are all in `header`, if any. */
export function formatOfHeader(header: Header): OrderFormat | undefined {
  return Object.values(FORMATS).find((format) => header.missing(format.signature).length === 0);
}

/**
 * The format id of a file whose header row has these fields, or undefined
 * when it is none we know. For eBay, pass the header row found after the
 * junk lines (the import driver does this itself).
 */
export function detectFormat(headerFields: readonly string[]): FormatId | undefined {
  return formatOfHeader(new Header(headerFields.map((f) => f.trim())))?.id;
}
