/**
 * Dates as marketplace exports print them, turned into ISO-8601 UTC:
 * ISO with an offset (Amazon `2026-09-23T14:18:23-07:00`), ISO-ish with a
 * compact offset (Shopify `2026-10-07 09:50:26 +0200`), slashed US dates
 * (Etsy `09/18/26`), and month names (eBay `Sep-18-26`, `26-May-26`).
 * A time without a zone, or a date without a time, is read as UTC.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Zone abbreviations exports and portal pages print after times, in minutes east of UTC. */
export const ZONES: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  AEST: 600,
  AEDT: 660,
  JST: 540,
};

const TIME = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([AaPp][Mm])?)?`;
const ZONE = String.raw`\s*(Z|[A-Za-z]{3,4}|[+-]\d{2}:?\d{2}|[+-]\d{2})?`;

const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}${ZONE}$`);
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})${TIME}${ZONE}$`);
const MONTH_FIRST = new RegExp(String.raw`^([A-Za-z]{3,9})\.?[- ](\d{1,2}),?[- ](\d{4}|\d{2})${TIME}${ZONE}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[- ]([A-Za-z]{3,9})\.?,?[- ](\d{4}|\d{2})${TIME}${ZONE}$`);

/** How to read a date whose day and month are both numbers. */
export interface DateOptions {
  /** Read `05/09/26` as 5 September rather than May 9 (US order is the default). */
  dayFirst?: boolean;
}

function zoneMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  return m[1] === '-' ? -minutes : minutes;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()] ?? MONTHS[name.slice(0, 3).toLowerCase()];
}

function build(year: string, month: number | undefined, day: number, time: readonly (string | undefined)[]): string | undefined {
  const [hh, mm, ss, frac, ampm, zone] = time;
  let y = Number(year);
  if (year.length === 2) y += 2000;
  let hour = Number(hh ?? '0');
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  const minute = Number(mm ?? '0');
  const second = Number(ss ?? '0');
  const offset = zoneMinutes(zone);
  if (month === undefined || offset === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Number(`${frac ?? ''}000`.slice(0, 3));
  const local = Date.UTC(y, month - 1, day, hour, minute, second, ms);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return new Date(local - offset * 60_000).toISOString();
}

/**
 * Parses a date or date-time from an export into an ISO-8601 UTC string
 * (`2026-09-23T21:18:23.000Z`), or undefined when it is not a date we read.
 */
export function parseDateTime(text: string, options: DateOptions = {}): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(s);
  if (m) return build(m[1]!, Number(m[2]), Number(m[3]), m.slice(4));
  m = SLASHED.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Dotted dates are European; a first number above 12 cannot be a month, whatever the file's habit.
    const dayFirst = s[m[1]!.length] === '.' || (options.dayFirst ? b <= 12 : a > 12);
    return build(m[3]!, dayFirst ? b : a, dayFirst ? a : b, m.slice(4));
  }
  m = MONTH_FIRST.exec(s);
  if (m) return build(m[3]!, monthNumber(m[1]!), Number(m[2]), m.slice(4));
  m = DAY_FIRST.exec(s);
  if (m) return build(m[3]!, monthNumber(m[2]!), Number(m[1]), m.slice(4));
  return undefined;
}
