/**
 * Recognising an export file by its header row, for `format=auto`: each
 * format names the columns that identify it, matched by name
 * case-insensitively, so column order and extra columns do not matter.
 * Also the refusals of a whole file: no known layout, or another
 * marketplace's layout than the channel's.
 */
import type { HeaderNotFound } from './driver.js';
import { Header } from './fields.js';
import { FORMATS } from './formats.js';
import type { FormatId, ImportContext, LayoutRefusal, OrderFormat } from './types.js';

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

const MARKETPLACE_NAMES: Readonly<Record<string, string>> = { amazon: 'Amazon', ebay: 'eBay', etsy: 'Etsy', shopify: 'Shopify', walmart: 'Walmart', manual: 'a manual channel', api: 'an API channel' };

/** Channel kinds that take a file of any marketplace: they have no marketplace of their own. */
const ANY_LAYOUT: ReadonlySet<string> = new Set(['manual', 'api']);

const anA = (title: string) => `${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}`;

/**
 * The refusal for a file of `format` going into the context's channel when
 * that channel belongs to another marketplace ("recognised an eBay Seller
 * Hub orders report; channel ch_1 is Amazon"); undefined when it fits.
 * `recognised` says what was seen, when not the format's own title.
 */
export function layoutMismatch(format: OrderFormat, context: ImportContext, recognised = anA(format.title)): LayoutRefusal | undefined {
  const kind = context.channelKind;
  if (kind === undefined || ANY_LAYOUT.has(kind) || kind === format.marketplace) return undefined;
  return { code: 'layout_mismatch', message: `recognised ${recognised}; channel ${context.channelId} is ${MARKETPLACE_NAMES[kind] ?? kind}`, recognised: format.id };
}

/** Most header names quoted back when a file is of no known layout. */
const QUOTED_COLUMNS = 8;

/**
 * The refusal for a file whose header row was not found: what was looked
 * for, and what was recognised instead (another known layout, or the first
 * row's first columns).
 */
export function unknownLayout(expected: OrderFormat | undefined, seen: HeaderNotFound, file?: string): LayoutRefusal {
  const wanted = expected
    ? `no header row of ${anA(expected.title)} (columns ${expected.signature.map((c) => (typeof c === 'string' ? c : c[0])).join(', ')})`
    : 'no header row of a known order export';
  const first = seen.firstRow?.filter((f) => f !== '');
  const found = seen.other
    ? `recognised ${anA(seen.other.title)} instead`
    : first?.length
      ? `the first row at line ${seen.line} reads ${first
          .slice(0, QUOTED_COLUMNS)
          .map((f) => JSON.stringify(f.slice(0, 40)))
          .join(', ')}${first.length > QUOTED_COLUMNS ? ', …' : ''}`
      : 'the file is empty';
  return { code: 'unknown_layout', message: `${wanted} found in the first rows; ${found}`, ...(seen.other ? { recognised: seen.other.id } : {}), ...(file ? { file } : {}) };
}
