/**
 * Reading cells of export rows by header name, never by position: a header
 * index that matches names case-insensitively with aliases, and a per-row
 * reader that parses text, whole numbers, money, dates, countries and
 * emails, collecting an error (line + column) for every cell it rejects.
 * Every format parser reads its rows through this, so the rules live once.
 */
import { z } from 'zod';
import { type Money, parseMoney } from '../money.js';
import { toCountryCode } from './countries.js';
import { type DateOptions, parseDateTime } from './dates.js';
import type { BuildResult, ImportContext, ImportError, OrderFormat, SourceRow } from './types.js';

/** A column named by its header, or by several spellings of it ("Cancelled at" / "Canceled at"). */
export type Col = string | readonly string[];

const normName = (name: string) =>
  name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
const aliases = (col: Col): readonly string[] => (typeof col === 'string' ? [col] : col);

/** A file's header row, looked up by column name. */
export class Header {
  private readonly byName = new Map<string, number>();

  constructor(
    /** Header names as the file spells them, trimmed. */
    readonly names: readonly string[],
  ) {
    names.forEach((name, i) => {
      const key = normName(name);
      if (key !== '' && !this.byName.has(key)) this.byName.set(key, i);
    });
  }

  /** Position of the first spelling of `col` present in the header. */
  index(col: Col): number | undefined {
    for (const name of aliases(col)) {
      const i = this.byName.get(normName(name));
      if (i !== undefined) return i;
    }
    return undefined;
  }

  /** True when some spelling of `col` is in the header. */
  has(col: Col): boolean {
    return this.index(col) !== undefined;
  }

  /** The file's own spelling of `col`, or its first spelling when absent. */
  name(col: Col): string {
    const i = this.index(col);
    return i === undefined ? (aliases(col)[0] ?? '') : (this.names[i] ?? '').replace(/^\uFEFF/, '').trim();
  }

  /** The columns of `cols` the header lacks. */
  missing(cols: readonly Col[]): string[] {
    return cols.filter((c) => !this.has(c)).map((c) => aliases(c)[0] ?? '');
  }
}

const emailSchema = z.email().max(320);

/** Options for a cell that must hold a value. */
export interface Required {
  required?: boolean;
}

/**
 * One row read through its header. Each parse method returns undefined for
 * an empty cell (an error too when `required`) and records an error for a
 * cell it cannot read; `errors` then tells whether the row may be used.
 */
export class Cells {
  readonly errors: ImportError[] = [];

  constructor(
    readonly header: Header,
    readonly row: SourceRow,
  ) {}

  /** The trimmed text of a cell; undefined when absent or empty. */
  text(col: Col, options: Required = {}): string | undefined {
    const i = this.header.index(col);
    const value = i === undefined ? '' : (this.row.fields[i] ?? '').trim();
    if (value !== '') return value;
    if (options.required) this.fail(col, 'is empty');
    return undefined;
  }

  /** Records an error against a column of this row. */
  fail(col: Col, message: string): void {
    this.errors.push(at(this.row, { column: this.header.name(col), message }));
  }

  /** A whole number such as "3" or "1,000" (at least `min`, default 1). */
  int(col: Col, options: Required & { min?: number } = {}): number | undefined {
    const text = this.text(col, options);
    if (text === undefined) return undefined;
    const digits = text.replace(/^(\d{1,3}(?:,\d{3})+)$/, (m) => m.replace(/,/g, '')).replace(/\.0+$/, '');
    const n = /^-?\d+$/.test(digits) ? Number(digits) : NaN;
    const min = options.min ?? 1;
    if (!Number.isSafeInteger(n) || n < min) {
      this.fail(col, `"${text}" is not a whole number of at least ${min}`);
      return undefined;
    }
    return n;
  }

  /** An amount with its currency: from a symbol or code in the cell, else `fallbackCurrency`. */
  money(col: Col, fallbackCurrency: string | undefined, options: Required = {}): Money | undefined {
    const text = this.text(col, options);
    if (text === undefined) return undefined;
    const money = parseMoney(text, fallbackCurrency);
    if (money) return money;
    const noCurrency = !fallbackCurrency && parseMoney(text, 'XXX')?.currency === 'XXX';
    this.fail(col, noCurrency ? `"${text}" names no currency and no default currency was given` : `"${text}" is not an amount of money`);
    return undefined;
  }

  /** An amount in minor units of `currency`; an error when the cell names another currency. */
  amount(col: Col, currency: string, options: Required = {}): number | undefined {
    let money = this.money(col, currency, options);
    const text = this.text(col) ?? '';
    // A bare "$" is any dollar (Etsy prints "$5.00" for CAD shops): read it in the order's currency.
    if (money && money.currency !== currency && /^[^A-Za-z$]*\$[^A-Za-z$]*$/.test(text)) money = parseMoney(text.replace('$', ''), currency);
    if (money && money.currency !== currency) {
      this.fail(col, `is in ${money.currency} but the order is in ${currency}`);
      return undefined;
    }
    return money?.amount;
  }

  /** A date or date-time as ISO-8601 UTC. */
  date(col: Col, options: Required & DateOptions = {}): string | undefined {
    const text = this.text(col, options);
    if (text === undefined) return undefined;
    const iso = parseDateTime(text, options);
    if (!iso) this.fail(col, `"${text}" is not a date`);
    return iso;
  }

  /** An ISO 4217 code from a currency column. */
  currency(col: Col, options: Required = {}): string | undefined {
    const text = this.text(col, options)?.toUpperCase();
    if (text === undefined) return undefined;
    if (/^[A-Z]{3}$/.test(text)) return text;
    this.fail(col, `"${text}" is not a currency code`);
    return undefined;
  }

  /** A country as an alpha-2 code; an unknown name is left out, not an error. */
  country(col: Col): string | undefined {
    return toCountryCode(this.text(col));
  }

  /** An email address; anything that is not one (blanked, "N/A") is left out. */
  email(col: Col): string | undefined {
    const text = this.text(col);
    return text !== undefined && emailSchema.safeParse(text).success ? text : undefined;
  }

  /** A postal code, without the apostrophe spreadsheets use to keep leading zeros. */
  postalCode(col: Col): string | undefined {
    const text = this.text(col)?.replace(/^'/, '').trim();
    return text === '' ? undefined : text;
  }
}

/** An error on a row: its line, and its file when the import reads two. */
export function at(row: SourceRow, error: Omit<ImportError, 'line'>): ImportError {
  return row.file === undefined ? { line: row.line, ...error } : { line: row.line, ...error, file: row.file };
}

/**
 * The order a row belongs to: the trimmed text of the order-number column
 * (found once per file), empty when the row has none.
 */
export function orderKeyBy(header: Header, col: Col): (row: SourceRow) => string {
  const i = header.index(col);
  return (row) => (i === undefined ? '' : (row.fields[i] ?? '')).trim();
}

/**
 * Opens a format whose orders are keyed by one column (`col`) and built
 * from all of their rows by `build`: the reader most formats share.
 */
export function openByOrderKey(col: Col, build: (header: Header, rows: SourceRow[], context: ImportContext) => BuildResult): OrderFormat['open'] {
  return (header, context) => ({
    orderKey: orderKeyBy(header, col),
    build: (rows) => build(header, rows, context),
  });
}

/** Reads every row of an order through the header. */
export function cellsOf(header: Header, rows: readonly SourceRow[]): Cells[] {
  return rows.map((row) => new Cells(header, row));
}

/** Drops undefined properties; undefined when nothing is left. */
export function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/** Joins the non-empty parts with ", " (address lines 2 and 3); undefined when all are empty. */
export function joinParts(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => p !== undefined && p !== '');
  return kept.length ? kept.join(', ') : undefined;
}

/** Cuts text to the schema's limit (product names run long); undefined stays undefined. */
export function clip(text: string | undefined, max: number): string | undefined {
  return text !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The unit price of a line whose cell holds the line total. */
export function unitPrice(lineTotal: number, quantity: number): number {
  return Math.round(lineTotal / quantity);
}
