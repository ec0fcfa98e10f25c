/**
 * Turning what portal pages print into typed values: dates in the many
 * styles portals use (to ISO UTC), amounts of money (to minor units),
 * quantities, country names (to ISO codes), "Page 2 of 5" counters, and the
 * bookkeeping of which fields a parsed item lacks.
 */

import { type ChannelLocale, storeDollarCurrency } from '../../../shared/channel-locale.js';
import { countryByName } from '../../../shared/imports/countries.js';
import { ZONES } from '../../../shared/imports/dates.js';
import { currencyExponent, type Money, parseMoney } from '../../../shared/money.js';
import type { AddressInput } from '../../../shared/schemas/order.js';
import { type ChannelKind, mapNativeStatus } from '../../../shared/status.js';
import { isWhitespace } from './page-text.js';
import type { CapturedOrder, PageInfo } from './types.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  januar: 1,
  feb: 2,
  february: 2,
  februar: 2,
  mar: 3,
  march: 3,
  mär: 3,
  märz: 3,
  mrz: 3,
  apr: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  jul: 7,
  july: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  dez: 12,
  dezember: 12,
};

/** How a portal writes all-numeric dates: 09/18/2026 (US) or 18/09/2026 (most elsewhere). */
export type NumericDateOrder = 'mdy' | 'dmy';

export type Ymd = { y: number; m: number; d: number; end: number };

// Compiled once: a page pass reads two dates per row.
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})/;
const DAY_MONTH_YEAR = /\b(\d{1,2})\.?\s+([A-Za-zä]{3,9})\.?,?\s+(\d{4})\b/g;
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/*
 * "Sep 18, 2026" and "2:31 PM" are scanned by hand, not matched: a match
 * builds an array and a string per group, twice per order row of a page.
 * Each scanner reads exactly what its pattern (in its comment) matches;
 * test/extension/content/portals/value-scanners.test.ts holds them to it.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** What `\b` counts as a word character. */
const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 95;
const isMonthLetter = (c: number) => isAsciiLetter(c) || c === 0xe4;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** The end of a run of `\s` from `i`. */
function spacesEnd(s: string, i: number): number {
  while (i < s.length && isWhitespace(s.charCodeAt(i))) i++;
  return i;
}

/** The end of `/\b[A-Za-zä]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/` matched at `at`, or -1; its month word ends at `monthEnd`. */
export function monthDayYearAt(s: string, at: number, ymd: Ymd): number {
  const first = s.charCodeAt(at);
  if (!isMonthLetter(first) || (at > 0 && isWordChar(s.charCodeAt(at - 1))) === isWordChar(first)) return -1;
  let i = at;
  while (i < s.length && isMonthLetter(s.charCodeAt(i))) i++;
  if (i - at < 3 || i - at > 9) return -1;
  ymd.end = i; // the month word's end, until the whole date is read
  if (s.charCodeAt(i) === 46) i++;
  const dayAt = spacesEnd(s, i);
  if (dayAt === i || !isDigit(s.charCodeAt(dayAt))) return -1;
  i = isDigit(s.charCodeAt(dayAt + 1)) ? dayAt + 2 : dayAt + 1;
  if (isDigit(s.charCodeAt(i))) return -1;
  ymd.d = i - dayAt === 2 ? (s.charCodeAt(dayAt) - 48) * 10 + s.charCodeAt(dayAt + 1) - 48 : s.charCodeAt(dayAt) - 48;
  if (s.startsWith('st', i) || s.startsWith('nd', i) || s.startsWith('rd', i) || s.startsWith('th', i)) i += 2;
  if (s.charCodeAt(i) === 44) i++;
  const yearAt = spacesEnd(s, i);
  if (yearAt === i) return -1;
  let y = 0;
  for (let k = yearAt; k < yearAt + 4; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return -1;
    y = y * 10 + c - 48;
  }
  if (yearAt + 4 < s.length && isWordChar(s.charCodeAt(yearAt + 4))) return -1;
  ymd.y = y;
  return yearAt + 4;
}

/** MONTHS' names by their first letter (lowercase) and length (see monthNamed). */
const MONTHS_BY_START = new Map<number, string[]>();
for (const name of Object.keys(MONTHS)) {
  const key = name.charCodeAt(0) * 16 + name.length;
  const names = MONTHS_BY_START.get(key);
  if (names) names.push(name);
  else MONTHS_BY_START.set(key, [name]);
}

/**
 * The month the word from `from` to `to` in `s` names, ignoring case, or
 * undefined: compared where it is printed, not cut out and lowercased (a
 * page reads two dates per order row). The word holds only month letters
 * (see monthDayYearAt), which `| 32` lowercases.
 */
function monthNamed(s: string, from: number, to: number): number | undefined {
  const names = MONTHS_BY_START.get((s.charCodeAt(from) | 32) * 16 + (to - from));
  if (!names) return undefined;
  for (let n = 0; n < names.length; n++) {
    const name = names[n]!;
    let i = 1;
    while (i < name.length && (s.charCodeAt(from + i) | 32) === name.charCodeAt(i)) i++;
    if (i === name.length) return MONTHS[name];
  }
  return undefined;
}

/** Where monthDayYear reads into: one object for every date read, read before the next one is scanned. */
const scanned: Ymd = { y: 0, m: 0, d: 0, end: 0 };

/** The first "Sep 18, 2026" in `s` whose word names a month, read as the global search of monthDayYearAt's pattern would find it. */
function monthDayYear(s: string): Ymd | undefined {
  const ymd = scanned;
  for (let at = 0; at < s.length; ) {
    const end = monthDayYearAt(s, at, ymd);
    if (end < 0) {
      at++;
      continue;
    }
    const month = monthNamed(s, at, ymd.end);
    if (month) {
      ymd.m = month;
      ymd.end = end;
      return ymd;
    }
    // A global search goes on after the whole match.
    at = end;
  }
  return undefined;
}

/** A time of day as read by clockAt. */
export interface Clock {
  hour: number;
  minute: number;
  second: number;
  /** 'a' or 'p' when printed with AM/PM, else ''. */
  meridiem: string;
}

/** The zone abbreviation printedZoneAt read last, and its minutes. */
let lastZone = '';
let lastZoneMinutes = Number.NaN;

/**
 * Minutes ahead of UTC of the zone printed at `at` as `/\s*(?:Z\b|([A-Z]{3,4})\b|([+-])(\d{2}):?(\d{2}))/y`
 * matches it: undefined when none is, NaN for an abbreviation ZONES does not know.
 */
export function printedZoneAt(s: string, at: number): number | undefined {
  const i = spacesEnd(s, at);
  const first = s.charCodeAt(i);
  if (first === 90 && !isWordChar(s.charCodeAt(i + 1))) return 0;
  if (isUpper(first)) {
    let end = i + 1;
    while (isUpper(s.charCodeAt(end))) end++;
    if (end - i < 3 || end - i > 4 || isWordChar(s.charCodeAt(end))) return undefined;
    // A page prints one zone on row after row: the last one is compared in place before one is cut out.
    if (end - i === lastZone.length && s.startsWith(lastZone, i)) return lastZoneMinutes;
    lastZone = s.slice(i, end);
    lastZoneMinutes = ZONES[lastZone] ?? Number.NaN;
    return lastZoneMinutes;
  }
  if (first !== 43 && first !== 45) return undefined;
  const minutesAt = s.charCodeAt(i + 3) === 58 ? i + 4 : i + 3;
  if (!isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2)) || !isDigit(s.charCodeAt(minutesAt)) || !isDigit(s.charCodeAt(minutesAt + 1))) return undefined;
  return (first === 45 ? -1 : 1) * (twoDigits(s, i + 1) * 60 + twoDigits(s, minutesAt));
}

/** Where clockAt reads into: one object for every time read. */
const clock: Clock = { hour: 0, minute: 0, second: 0, meridiem: '' };

/** One Date for writing every moment read as ISO: a Date is about a hundred bytes, and a page reads two per order row. */
const isoDate = new Date(0);

const twoDigits = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

/**
 * The end of `/[\s,T]*(?:at\s+|um\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([AaPp])\.?\s?[Mm]\.?(?![A-Za-z]))?/y`
 * matched at `at`, or -1; what it read goes into `clock`.
 */
export function clockAt(s: string, at: number, clock: Clock): number {
  let i = at;
  while (isWhitespace(s.charCodeAt(i)) || s.charCodeAt(i) === 44 || s.charCodeAt(i) === 84) i++;
  if ((s.startsWith('at', i) || s.startsWith('um', i)) && isWhitespace(s.charCodeAt(i + 2))) i = spacesEnd(s, i + 2);
  if (!isDigit(s.charCodeAt(i))) return -1;
  const long = isDigit(s.charCodeAt(i + 1));
  const colon = long ? i + 2 : i + 1;
  if (s.charCodeAt(colon) !== 58 || !isDigit(s.charCodeAt(colon + 1)) || !isDigit(s.charCodeAt(colon + 2))) return -1;
  clock.hour = long ? twoDigits(s, i) : s.charCodeAt(i) - 48;
  clock.minute = twoDigits(s, colon + 1);
  clock.second = 0;
  clock.meridiem = '';
  i = colon + 3;
  if (s.charCodeAt(i) === 58 && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2))) {
    clock.second = twoDigits(s, i + 1);
    i += 3;
  }
  if (s.charCodeAt(i) === 46 && isDigit(s.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(s.charCodeAt(i))) i++;
  }
  let j = spacesEnd(s, i);
  const letter = s.charCodeAt(j) | 32;
  if (letter !== 97 && letter !== 112) return i;
  j++;
  if (s.charCodeAt(j) === 46) j++;
  if (isWhitespace(s.charCodeAt(j))) j++;
  if ((s.charCodeAt(j) | 32) !== 109) return i;
  j++;
  // "PM." takes its dot unless a letter follows it; "PM" may not be followed by a letter.
  if (s.charCodeAt(j) === 46) j = isAsciiLetter(s.charCodeAt(j + 1)) ? j : j + 1;
  else if (isAsciiLetter(s.charCodeAt(j))) return i;
  clock.meridiem = letter === 97 ? 'a' : 'p';
  return j;
}

/** The first match of `pattern` (global) in `s` whose month group names a month, as a date. */
function namedMonthDate(pattern: RegExp, s: string, monthAt: 1 | 2): Ymd | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
    const month = MONTHS[m[monthAt]!.toLowerCase()];
    if (month) return { y: +m[3]!, m: month, d: +m[monthAt === 1 ? 2 : 1]!, end: m.index + m[0].length };
  }
  return undefined;
}

/** Where a match ends. */
const endOf = (m: RegExpExecArray) => m.index + m[0].length;

function findDate(s: string, order: NumericDateOrder | undefined): Ymd | undefined {
  // Each pattern is tried only where its separator is printed: most texts rule out most patterns at once.
  const iso = s.includes('-') ? ISO_DATE.exec(s) : null;
  if (iso) return { y: +iso[1]!, m: +iso[2]!, d: +iso[3]!, end: endOf(iso) };
  const named = monthDayYear(s) ?? namedMonthDate(DAY_MONTH_YEAR, s, 2);
  if (named) return named;
  const dotted = s.includes('.') ? DOTTED_DATE.exec(s) : null;
  if (dotted) return { y: +dotted[3]!, m: +dotted[2]!, d: +dotted[1]!, end: endOf(dotted) };
  const slashed = s.includes('/') ? SLASHED_DATE.exec(s) : null;
  if (slashed) {
    const a = +slashed[1]!;
    const b = +slashed[2]!;
    const resolved: NumericDateOrder | undefined = a > 12 ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'mdy' : order;
    if (!resolved) return undefined;
    return resolved === 'mdy' ? { y: +slashed[3]!, m: a, d: b, end: endOf(slashed) } : { y: +slashed[3]!, m: b, d: a, end: endOf(slashed) };
  }
  return undefined;
}

/** Days in month `m` (1–12) of year `y`, Gregorian. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Reads a date (and time, when printed) such as "Sep 18, 2026 2:31 PM PDT",
 * "18 Sep 2026", "18.09.2026", "09/18/2026" or "2026-09-18T14:31:00Z" and
 * returns it as ISO-8601 UTC. All-numeric dates whose order is unclear
 * ("03/04/2026") need `numericOrder`. A date without a time is midnight UTC
 * of that calendar day (day precision). A time without a zone is in the
 * account's zone: read in `timeZone` (IANA) when the caller knows it, else
 * only its date is kept, never a time guessed as UTC. Relative dates
 * ("Today 2:31 PM", "3 days ago") and anything else unclear give undefined.
 */
export function parsePortalDate(text: string | undefined, numericOrder?: NumericDateOrder, timeZone?: string): string | undefined {
  return portalTimeIn(text, numericOrder, timeZone)?.at;
}

/** A moment read off a page, and whether the page gave its time ('time') or only its day ('day', at midnight UTC). */
export interface PortalTime {
  at: string;
  precision: 'day' | 'time';
}

/** An order's placedAt as read, saying so when the page gave only its day, so the book never trades a known time for midnight. */
export function placedFrom(time: PortalTime | undefined): Pick<CapturedOrder, 'placedAt' | 'placedAtPrecision'> {
  if (!time) return { placedAt: undefined };
  return time.precision === 'day' ? { placedAt: time.at, placedAtPrecision: 'day' } : { placedAt: time.at };
}

/**
 * parsePortalDate, saying too whether the time is known: a printed time with
 * a printed zone, or in `timeZone`, is; a bare date, or a zoneless time with
 * no zone to read it in, gives the day only.
 */
export function portalTimeIn(text: string | undefined, numericOrder?: NumericDateOrder, timeZone?: string): PortalTime | undefined {
  if (!text) return undefined;
  let precision: PortalTime['precision'] = 'day';
  // Every pattern takes any run of whitespace as a separator: the text is read as printed, uncollapsed.
  const date = findDate(text, numericOrder);
  if (!date || date.m < 1 || date.m > 12 || date.d < 1 || date.d > daysInMonth(date.y, date.m)) return undefined;
  // Plain variables, not destructured arrays: on a page's first pass this runs uncompiled, where each destructuring allocates an iterator.
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset = 0;
  const timeEnd = date.end === text.length ? -1 : clockAt(text, date.end, clock);
  if (timeEnd >= 0) {
    hour = clock.hour;
    minute = clock.minute;
    second = clock.second;
    const meridiem = clock.meridiem;
    if (meridiem && (hour < 1 || hour > 12)) return undefined;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    const zone = timeEnd === text.length ? undefined : printedZoneAt(text, timeEnd);
    precision = 'time';
    if (zone === undefined) {
      if (timeZone === undefined) {
        hour = 0;
        minute = 0;
        second = 0;
        precision = 'day';
      } else offset = zoneOffset(timeZone, date, hour, minute);
      if (Number.isNaN(offset)) return undefined;
    } else if (Number.isNaN(zone)) return undefined;
    else offset = zone;
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  isoDate.setTime(Date.UTC(date.y, date.m - 1, date.d, hour, minute, second) - offset * 60_000);
  return { at: isoDate.toISOString(), precision };
}

/** Minutes `timeZone` is ahead of UTC at that wall time (NaN for a zone Intl does not know). */
function zoneOffset(timeZone: string, date: Ymd, hour: number, minute: number): number {
  const guess = Date.UTC(date.y, date.m - 1, date.d, hour, minute);
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(guess);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return (Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) - guess) / 60_000;
  } catch {
    return Number.NaN;
  }
}

const MONEY_TOKEN = /(?:[A-Z]{1,3} ?)?[$£€¥₹] ?\d[\d.,]*|\d[\d.,]*(?: ?(?:€|£|zł|kr|[A-Z]{3}\b))|[A-Z]{3} ?\d[\d.,]*/;

/**
 * An amount of money printed in `text`, possibly after a label ("Item
 * subtotal: $24.99"). The currency comes from the text, else `fallbackCurrency`.
 */
export function moneyIn(text: string | undefined, fallbackCurrency?: string): Money | undefined {
  if (!text) return undefined;
  const whole = readMoney(text, fallbackCurrency);
  if (whole) return whole;
  const token = MONEY_TOKEN.exec(text.replace(/[\u00a0\u202f]/g, ' '))?.[0];
  return token ? readMoney(token.replace(/[.,]$/, ''), fallbackCurrency) : undefined;
}

/** `text` read whole as an amount (a plain function: a closure made per call is an allocation per amount read). */
function readMoney(text: string, fallbackCurrency: string | undefined): Money | undefined {
  return parseMoney(text, fallbackCurrency) ?? storeDollars(text, fallbackCurrency);
}

/**
 * What a store that sets its own currency (Shopify, Etsy) prints as a bare
 * "$": dollars of a currency the page does not name. Kept with the currency
 * `STORE_DOLLAR`, which the order body resolves by the channel's currency or
 * sends as unknown, never as USD.
 */
export const STORE_DOLLAR = '$';

/**
 * The order in its channel's currency: a store's bare "$" (STORE_DOLLAR)
 * becomes the channel's currency when that is a dollar currency read with
 * the same two decimals; otherwise the order is left as the page showed it.
 * A currency the page named itself is never replaced.
 */
export function inStoreCurrency<T extends Pick<CapturedOrder, 'currency'>>(order: T, locale: ChannelLocale | undefined): T {
  const currency = storeDollarCurrency(locale);
  if (order.currency !== STORE_DOLLAR || currency === undefined || currencyExponent(currency) !== 2) return order;
  order.currency = currency;
  return order;
}

function storeDollars(text: string, fallbackCurrency: string | undefined): Money | undefined {
  if (fallbackCurrency !== undefined || !text.includes('$')) return undefined;
  const read = parseMoney(text, 'USD');
  return read && read.currency === 'USD' ? { amount: read.amount, currency: STORE_DOLLAR } : undefined;
}

const DIGITS = /^\d+$/;

/**
 * The first whole number in `text` ("Quantity: 2", "1,204 available"), or
 * undefined. A leading minus counts: oversold stock shows as "-2".
 */
export function quantityIn(text: string | undefined): number | undefined {
  // Most quantities are printed as bare digits.
  if (text !== undefined && text.length < 16 && DIGITS.test(text)) return Number(text);
  const m = /([-\u2212])?(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+)/.exec(text ?? '');
  if (!m) return undefined;
  const n = Number(m[2]!.replace(/\D/g, ''));
  if (!Number.isSafeInteger(n)) return undefined;
  return m[1] ? -n : n;
}

/** The ISO 3166-1 alpha-2 code for a country as portals print it ("United States", "Deutschland", "US"). */
export function countryCode(text: string | undefined): string | undefined {
  const t = (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  return countryByName(t) ?? (/^[A-Z]{2}$/.test(t) ? t : undefined);
}

/**
 * Page numbering from text such as "Page 2 of 5", "1-25 of 132 orders",
 * "132 orders" or "Showing 51 - 100 of 1,204 results".
 */
export function parsePageInfo(text: string | undefined): PageInfo | undefined {
  if (!text) return undefined;
  const info: PageInfo = {};
  const page = /page\s+(\d+)\s+(?:of|\/)\s+(\d+)/i.exec(text);
  if (page) [info.current, info.total] = [+page[1]!, +page[2]!];
  const range = /\d[\d,.]*\s*[-–]\s*\d[\d,.]*\s+of\s+(\d[\d,.]*)/i.exec(text);
  const count = /(\d[\d,.]*)\s+(?:orders?|results?|items?|listings?|products?)\b/i.exec(text);
  const items = range?.[1] ?? count?.[1];
  if (items) info.totalItems = quantityIn(items);
  return Object.keys(info).length > 0 ? info : undefined;
}

function absent(value: unknown, path: readonly string[], from: number): boolean {
  // Down the path by a loop, calling itself only for each element of an array: most paths hold none.
  for (let at = from; ; at++) {
    if (value === undefined || value === null || value === '') return true;
    if (Array.isArray(value)) {
      if (value.length === 0) return true;
      if (at === path.length) return false;
      for (let i = 0; i < value.length; i++) if (absent(value[i], path, at)) return true;
      return false;
    }
    if (at === path.length) return false;
    value = (value as Record<string, unknown>)[path[at]!];
  }
}

/** Expected-field lists are constants: each is split into paths once, not once per item it checks. */
const splitPaths = new WeakMap<readonly string[], ReadonlyArray<readonly string[]>>();

function pathsOf(expected: readonly string[]): ReadonlyArray<readonly string[]> {
  let paths = splitPaths.get(expected);
  if (!paths) splitPaths.set(expected, (paths = expected.map((p) => p.split('.'))));
  return paths;
}

/**
 * Marks which of the `expected` fields (dotted paths; "lines.unitPrice" is
 * missing when any line lacks it) the item lacks, and whether it is partial.
 * The item is marked in place and returned (adapters pass the object they
 * just built: copying it again for each of a page's orders is waste).
 */
export function withMissing<T extends object>(item: T, expected: readonly string[], alsoMissing: readonly string[] = []): T & { partial: boolean; missing: string[] } {
  const paths = pathsOf(expected);
  const missing: string[] = [];
  for (let i = 0; i < paths.length; i++) if (absent(item, paths[i]!, 0)) missing.push(expected[i]!);
  for (let i = 0; i < alsoMissing.length; i++) if (!missing.includes(alsoMissing[i]!)) missing.push(alsoMissing[i]!);
  const marked = item as T & { partial: boolean; missing: string[] };
  marked.partial = missing.length > 0;
  marked.missing = missing;
  return marked;
}

/** An object without its undefined properties, or undefined when nothing is left. */
export function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

const POSTAL = String.raw`(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4})`;
/** "Springfield, IL 62704", "Toronto, ON M5V 2T6", "San Francisco CA 94103" (no comma: the region is a code). */
const POSTAL_LAST = [new RegExp(String.raw`^(.+?),\s*(.+?)\s+${POSTAL}$`), new RegExp(String.raw`^(.+)\s+([A-Z]{2,3})\s+${POSTAL}$`)];
const POSTAL_FIRST = /^(\d{4,5})\s+(.+)$/;
const UK_POSTCODE = /^(?:(.+?),?\s+)?([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/;

/**
 * A postal address from its printed lines: name first, then street lines,
 * then the town line ("Springfield, IL 62704", "10115 Berlin", "London SW1A
 * 1AA" or a postcode on its own line), then the country. Phone lines are
 * recognised anywhere.
 */
export function addressFromLines(printed: readonly string[]): AddressInput | undefined {
  const rest = printed.map((l) => l.trim()).filter((l) => l !== '');
  if (rest.length === 0) return undefined;
  const address: AddressInput = {};
  const phoneAt = rest.findIndex((l) => /^(?:phone|tel)?[:.]?\s*\+?[\d\s().-]{7,}$/i.test(l) && /\d{3}/.test(l));
  if (phoneAt > 0) address.phone = rest.splice(phoneAt, 1)[0]!.replace(/^(?:phone|tel)[:.]?\s*/i, '');
  const country = countryCode(rest.at(-1));
  if (country && rest.length > 1) {
    address.country = country;
    rest.pop();
  }
  address.name = rest.shift();
  let town = rest.pop();
  const uk = town ? UK_POSTCODE.exec(town) : null;
  if (town && uk) {
    address.postalCode = uk[2];
    town = uk[1] ?? rest.pop();
    address.city = town;
  } else if (town) {
    const last = POSTAL_LAST.map((re) => re.exec(town!)).find((m) => m !== null);
    const first = POSTAL_FIRST.exec(town);
    if (last) [address.city, address.region, address.postalCode] = [last[1], last[2], last[3]];
    else if (first) [address.postalCode, address.city] = [first[1], first[2]];
    else address.city = town;
  }
  address.line1 = rest.shift();
  if (rest.length > 0) address.line2 = rest.join(', ');
  return compact(address);
}

/** The native status word with its unified status and payment status, as far as the channel's mapping knows it. */
/**
 * `read` remembering its answer for each text it was given: a page prints the
 * same status, and the same ship-by date, on row after row. For one read of a
 * page: what it keeps grows with the distinct texts of that page.
 */
export function rememberingByText<R>(read: (text: string) => R): (text: string | undefined) => R | undefined {
  const known = new Map<string, R>();
  return (text) => {
    if (text === undefined) return undefined;
    let answer = known.get(text);
    if (answer === undefined && !known.has(text)) known.set(text, (answer = read(text)));
    return answer;
  };
}

export function statusFields(kind: ChannelKind, native: string | undefined): Pick<CapturedOrder, 'channelStatus' | 'status' | 'paymentStatus'> {
  if (!native) return {};
  const mapped = mapNativeStatus(kind, native);
  return { channelStatus: native, status: mapped?.status, paymentStatus: mapped?.paymentStatus };
}
