/**
 * Writing CSV for spreadsheets (RFC 4180: commas, CRLF, quotes doubled)
 * that is safe to open: a text cell a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe,
 * as OWASP advises. Plain numbers ("-12.50") are left alone.
 */

/** A cell: text from the book (guarded), a number, or empty. */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row as CSV text, ending in CRLF. */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
