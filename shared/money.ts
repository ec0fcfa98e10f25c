/**
 * Money as integer minor units plus an ISO 4217 currency code: conversion
 * from the decimal strings marketplaces send, parsing of localized amounts as
 * portals and exports print them ("$1,234.56", "1.234,56 €", "AU $3,000.00",
 * "EUR 90,00"), and formatting for display.
 */

/** An amount of money: integer minor units (cents, pence, yen) and its currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** Currencies whose minor unit is not 1/100. Everything else has two decimals. */
const EXPONENTS: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  HUF: 2,
  TWD: 2,
  PYG: 0,
  UGX: 0,
  XAF: 0,
  XOF: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  IQD: 3,
  LYD: 3,
};

/** How many decimals the currency's minor unit has (2 for most). */
export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

/**
 * Currencies printed as a bare "$" in their own country. A bare "$" is read
 * as the fallback currency only when it is one of these: a Canadian Shopify
 * store prints "$12.00" for CAD, so "$" alone names no currency.
 */
const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'TWD', 'CLP', 'COP', 'ARS']);

/** Whether a bare "$" can mean `currency` (USD, CAD, AUD… but not EUR). */
export const isDollarCurrency = (currency: string): boolean => DOLLAR_CURRENCIES.has(currency);

/** Symbols and prefixes that name a currency, longest first so "AU $" wins over "$". */
const SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['AU $', 'AUD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C $', 'CAD'],
  ['CA $', 'CAD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  // Any dollar: which one is the site's or store's to say (see DOLLAR_CURRENCIES).
  ['$', ''],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['₹', 'INR'],
  ['zł', 'PLN'],
  ['kr', 'SEK'],
];

/**
 * Converts a plain decimal string ("12.34", "-0.5", "1200") into minor units
 * of `currency`, exactly (no floating point). Returns undefined for anything
 * that is not a plain decimal, or that has more decimals than the currency.
 */
export function toMinorUnits(decimal: string | number, currency: string): number | undefined {
  const text = typeof decimal === 'number' ? decimalString(decimal) : decimal.trim();
  const m = /^([+-])?(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return undefined;
  const exp = currencyExponent(currency);
  let frac = m[3] ?? '';
  // Trailing zeros beyond the exponent are harmless ("12.340" USD); other digits are not.
  if (frac.length > exp) {
    if (!/^0*$/.test(frac.slice(exp))) return undefined;
    frac = frac.slice(0, exp);
  }
  const units = Number(m[2]) * 10 ** exp + Number(frac.padEnd(exp, '0') || '0');
  if (!Number.isSafeInteger(units)) return undefined;
  return m[1] === '-' ? -units : units;
}

function decimalString(n: number): string {
  // Numbers like 12.34 arrive from JSON; toFixed(6) then trimming avoids 1e-7 notation.
  return Number.isFinite(n) ? n.toFixed(6).replace(/\.?0+$/, '') : 'NaN';
}

/** Formats minor units as a plain decimal string ("1234.50"). */
export function toDecimalString(amount: number, currency: string): string {
  const exp = currencyExponent(currency);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (exp === 0) return `${sign}${abs}`;
  const whole = Math.floor(abs / 10 ** exp);
  const frac = String(abs % 10 ** exp).padStart(exp, '0');
  return `${sign}${whole}.${frac}`;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * The shape most amounts on a page take ("$1,234.56", "£24.99", "€1,200"):
 * a leading symbol, commas between groups of three, two decimals or none, as
 * `/^([$£€])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d\d))?$/` matches it. Read
 * directly, to the same result the general path below gives; a 500-row page
 * prints hundreds of them. Scanned by hand: a match would build an array and a
 * string per group for each. The amount in hundredths, or -1 for another shape.
 */
export function plainHundredths(text: string): number {
  const first = text.charCodeAt(0);
  if (first !== 36 && first !== 163 && first !== 8364) return -1;
  let i = 1;
  let whole = 0;
  while (isDigitCode(text.charCodeAt(i))) whole = whole * 10 + text.charCodeAt(i++) - 48;
  if (i === 1) return -1;
  if (text.charCodeAt(i) === 44) {
    // Grouped: one to three digits, then each comma followed by exactly three.
    if (i > 4) return -1;
    do {
      const a = text.charCodeAt(i + 1);
      const b = text.charCodeAt(i + 2);
      const c = text.charCodeAt(i + 3);
      if (!isDigitCode(a) || !isDigitCode(b) || !isDigitCode(c)) return -1;
      whole = whole * 1000 + (a - 48) * 100 + (b - 48) * 10 + c - 48;
      i += 4;
    } while (text.charCodeAt(i) === 44);
    if (isDigitCode(text.charCodeAt(i))) return -1;
  }
  if (i === text.length) return whole * 100;
  if (text.charCodeAt(i) !== 46 || i + 3 !== text.length || !isDigitCode(text.charCodeAt(i + 1)) || !isDigitCode(text.charCodeAt(i + 2))) return -1;
  return whole * 100 + (text.charCodeAt(i + 1) - 48) * 10 + text.charCodeAt(i + 2) - 48;
}

/** What those three symbols name, as SYMBOLS says ("" for "$": the fallback decides). */
const PLAIN_SYMBOLS: ReadonlyMap<string, string> = new Map(SYMBOLS.filter(([symbol]) => symbol === '$' || symbol === '£' || symbol === '€'));

/** What a bare "$" is in, given the site's or store's currency: that currency when it is a dollar, else unknown. */
const dollarIn = (fallbackCurrency: string | undefined) => (fallbackCurrency && DOLLAR_CURRENCIES.has(fallbackCurrency) ? fallbackCurrency : undefined);

/**
 * Parses an amount as a portal or export prints it. The currency comes from
 * a symbol or code in the text, else from `fallbackCurrency` (the site's or
 * store's currency). A bare "$" is any dollar: it is read in
 * `fallbackCurrency` when that is a dollar currency, else the amount is
 * unknown (undefined), never assumed to be USD. Both decimal
 * conventions are understood: "1,234.56" and "1.234,56"; a lone separator
 * followed by exactly three digits is read as thousands ("1,234" = 1234).
 */
export function parseMoney(text: string | null | undefined, fallbackCurrency?: string): Money | undefined {
  if (text == null) return undefined;
  const plain = plainHundredths(text);
  if (plain >= 0) {
    const first = text.charCodeAt(0);
    const currency = PLAIN_SYMBOLS.get(first === 36 ? '$' : first === 163 ? '£' : '€') || dollarIn(fallbackCurrency);
    if (currency === undefined) return undefined;
    if (Number.isSafeInteger(plain) && currencyExponent(currency) === 2) return { amount: plain, currency };
  }
  let s = text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  if (s === '') return undefined;
  let currency: string | undefined;
  const code = /(?:^|[^A-Za-z])([A-Z]{3})(?![A-Za-z])/.exec(s);
  if (code?.[1] && /^[A-Z]{3}$/.test(code[1]) && !/^\d/.test(code[1])) {
    currency = code[1];
    s = s.replace(code[1], ' ');
  }
  for (const [symbol, iso] of SYMBOLS) {
    const at = s.indexOf(symbol);
    if (at >= 0) {
      currency ??= iso === '' ? dollarIn(fallbackCurrency) : iso;
      // "$" alone with no dollar currency to read it in: the amount is unknown.
      if (currency === undefined) return undefined;
      s = `${s.slice(0, at)} ${s.slice(at + symbol.length)}`;
      break;
    }
  }
  currency ??= fallbackCurrency;
  if (!currency) return undefined;
  let negative = false;
  s = s.trim();
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-') || s.endsWith('-')) {
    negative = true;
    s = s.replace(/^-|-$/g, '').trim();
  }
  s = s.replace(/['’ ]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const normalized = normalizeSeparators(s, currencyExponent(currency));
  if (normalized === undefined) return undefined;
  const amount = toMinorUnits(normalized, currency);
  if (amount === undefined) return undefined;
  return { amount: negative ? -amount : amount, currency };
}

function normalizeSeparators(s: string, exponent: number): string | undefined {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalSep = lastDot > lastComma ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const [whole, frac] = [s.slice(0, s.lastIndexOf(decimalSep)), s.slice(s.lastIndexOf(decimalSep) + 1)];
    if (whole.includes(decimalSep) || frac.includes(groupSep)) return undefined;
    return `${whole.split(groupSep).join('')}.${frac}`;
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (!sep) return s;
  const parts = s.split(sep);
  // "1,234,567" or "1.234 €": a separator followed by groups of three digits is grouping
  // when there are several groups, or when three decimals would not fit the currency.
  const grouped = parts.slice(1).every((p) => p.length === 3) && (parts.length > 2 || exponent < 3);
  if (grouped) return parts.join('');
  if (parts.length !== 2) return undefined;
  return `${parts[0]}.${parts[1]}`;
}

/** Formats money for people, in the given locale ("$1,234.56", "1.234,56 €"). */
export function formatMoney(money: Money, locale = 'en-US'): string {
  const exp = currencyExponent(money.currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, minimumFractionDigits: exp, maximumFractionDigits: exp }).format(money.amount / 10 ** exp);
  } catch {
    return `${toDecimalString(money.amount, money.currency)} ${money.currency}`;
  }
}
