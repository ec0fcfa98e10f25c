/**
 * The inventory CSV: reading an upload (columns sku, location, onHand,
 * matched by header name in any order and case; location optional, meaning
 * the default one) into rows or per-row errors naming line and column, and
 * writing the export. Pure; the reader is the shared delimited-text reader.
 */
import { type CsvRecord, CsvSyntaxError, DelimitedTextReader } from '../../../shared/imports/csv.js';
import { DEFAULT_LOCATION } from './allocation.js';

/** One row to apply: its physical line in the file, and what it sets. */
export interface InventoryCsvRow {
  line: number;
  sku: string;
  location: string;
  onHand: number;
}

/** A problem with one cell (or the header, line 1). */
export interface CsvIssue {
  line: number;
  column: string;
  message: string;
}

/** Most data rows one file may carry. */
export const MAX_CSV_ROWS = 20_000;

const COLUMNS = { sku: 'sku', location: 'location', onhand: 'onHand' } as const;
const normalize = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const LOCATION = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** Reads an inventory CSV: every row, or every problem (then nothing is applied). */
export function parseInventoryCsv(text: string): { rows: InventoryCsvRow[]; issues: CsvIssue[] } {
  const reader = new DelimitedTextReader();
  let records: CsvRecord[];
  try {
    records = [...reader.push(text), ...reader.end()];
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], issues: [{ line: error.line, column: '(row)', message: error.message }] };
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], issues: [{ line: 1, column: '(header)', message: 'the file is empty; expected a header: sku,location,onHand' }] };

  const index: Partial<Record<(typeof COLUMNS)[keyof typeof COLUMNS], number>> = {};
  header.fields.forEach((name, i) => {
    const col = COLUMNS[normalize(name) as keyof typeof COLUMNS];
    if (col && index[col] === undefined) index[col] = i;
  });
  const missing = (['sku', 'onHand'] as const).filter((c) => index[c] === undefined);
  if (missing.length) {
    return { rows: [], issues: missing.map((column) => ({ line: header.line, column, message: `no "${column}" column in the header` })) };
  }
  if (data.length === 0) return { rows: [], issues: [{ line: header.line, column: '(file)', message: 'no rows after the header' }] };
  if (data.length > MAX_CSV_ROWS) return { rows: [], issues: [{ line: header.line, column: '(file)', message: `more than ${MAX_CSV_ROWS} rows; split the file` }] };

  const rows: InventoryCsvRow[] = [];
  const issues: CsvIssue[] = [];
  const seen = new Map<string, number>();
  for (const r of data) {
    const cell = (i: number | undefined) => (i === undefined ? '' : (r.fields[i] ?? '').trim());
    const sku = cell(index.sku);
    const location = cell(index.location) || DEFAULT_LOCATION;
    const rawOnHand = cell(index.onHand);
    const before = issues.length;
    if (!sku) issues.push({ line: r.line, column: 'sku', message: 'missing SKU' });
    else if (sku.length > 200) issues.push({ line: r.line, column: 'sku', message: 'longer than 200 characters' });
    if (!LOCATION.test(location)) issues.push({ line: r.line, column: 'location', message: `"${location}" is not a location code (lowercase letters, digits, - and _)` });
    if (!/^\d{1,10}$/.test(rawOnHand) || Number(rawOnHand) > 1_000_000_000) {
      issues.push({ line: r.line, column: 'onHand', message: rawOnHand ? `"${rawOnHand}" is not a whole number of units from 0` : 'missing onHand' });
    }
    const key = `${sku}\u0000${location}`;
    if (issues.length === before && seen.has(key)) {
      issues.push({ line: r.line, column: 'sku', message: `${sku} at ${location} is already on line ${seen.get(key)}` });
    }
    if (issues.length === before) {
      seen.set(key, r.line);
      rows.push({ line: r.line, sku, location, onHand: Number(rawOnHand) });
    }
  }
  return issues.length ? { rows: [], issues } : { rows, issues };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Writes the export: the import's columns first (so it reads back in), then reserved and available. */
export function writeInventoryCsv(levels: ReadonlyArray<{ sku: string; location: string; onHand: number; reserved: number }>): string {
  const lines = ['sku,location,onHand,reserved,available'];
  for (const l of levels) lines.push([l.sku, l.location, l.onHand, l.reserved, Math.max(0, l.onHand - l.reserved)].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
