/**
 * What text may survive a page scrub, and what everything else becomes.
 * Safe by default: a text stays only when the whole of it is something a
 * portal page prints about orders rather than people (an order number by the
 * portal's own pattern, money, a date, a small number, a status word, a label
 * the adapters read by, or an id the adapter itself read off this page);
 * anything else keeps its shape (letters x/X, digits 0) and loses its content.
 */
import { parseMoney } from '../../shared/money.js';
import { mapNativeStatus } from '../../shared/status.js';
import type { PortalId } from './portals/types.js';

/**
 * How strongly a text is known to be harmless. `strong` stays wherever it
 * stands; `weak` (a bare number, a digits-only id) stays only when it is the
 * whole of a printed line or attribute, so a phone number split over inline
 * elements ("555" "-" "0134") does not survive piece by piece.
 */
export type Verdict = 'strong' | 'weak' | undefined;

/** The text with every letter made x or X and every digit 0; punctuation and whitespace stay. */
export function placeholder(text: string): string {
  return text.replace(/\p{M}+/gu, '').replace(/[\p{L}\p{N}]/gu, (c) => (/\p{N}/u.test(c) ? '0' : c !== c.toLowerCase() ? 'X' : 'x'));
}

/**
 * Order numbers as each portal prints them (see the adapters' patterns):
 * `strong` ones carry their own punctuation; `weak` ones are bare digits, kept
 * only as a whole line; `url` ones are kept in a link's path or parameters.
 * A bare run of 9–12 digits could as well be a phone number, so Etsy's and
 * Shopify's bare ids are kept in links alone.
 */
const ORDER_IDS: Readonly<Record<PortalId, { strong: readonly RegExp[]; weak: readonly RegExp[]; url: readonly RegExp[] }>> = {
  amazon: { strong: [/^\d{3}-\d{7}-\d{7}$/], weak: [], url: [/^\d{3}-\d{7}-\d{7}$/] },
  ebay: { strong: [/^\d{2}-\d{5}-\d{5}$/], weak: [/^\d{12}$/], url: [/^\d{2}-\d{5}-\d{5}$/, /^\d{12}$/] },
  etsy: { strong: [/^#\d{9,12}$/], weak: [], url: [/^\d{9,12}$/] },
  shopify: { strong: [/^#\d{1,10}$/], weak: [], url: [] },
  walmart: { strong: [], weak: [/^\d{13,16}$/], url: [/^\d{13,16}$/] },
};

/** Every label string and label pattern in an adapter's `labels` object, however nested. */
function collectLabels(value: unknown, words: Set<string>, patterns: RegExp[]): void {
  if (typeof value === 'string') words.add(fold(value));
  else if (value instanceof RegExp) patterns.push(new RegExp(value.source, value.flags.replace('g', '')));
  else if (Array.isArray(value)) for (const v of value) collectLabels(v, words, patterns);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      // A record of words (Shopify's payment badges) prints its keys.
      if (typeof v === 'string') words.add(fold(key));
      collectLabels(v, words, patterns);
    }
  }
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const MONTHS =
  'jan january januar feb february februar mar march mär märz mrz apr april may mai jun june juni jul july juli aug august sep sept september oct october okt oktober nov november dec december dez dezember';
const DAYS = 'mon monday montag mo tue tues tuesday dienstag di wed wednesday mittwoch mi thu thur thurs thursday donnerstag do fri friday freitag fr sat saturday samstag sa sun sunday sonntag so';
const ZONES = 'utc gmt pst pdt mst mdt cst cdt est edt bst cet cest mez mesz aest aedt';
const MONTH_WORDS = new Set(MONTHS.split(' '));
const DATE_WORDS = new Set([...MONTH_WORDS, ...DAYS.split(' '), ...ZONES.split(' '), 'am', 'pm', 'a.m', 'p.m', 'at', 'um', 'on', 'to', 'bis', 'uhr', '-', '–']);
const DAY_NUMBER = /^(?:\d{1,2}|\d{4})(?:st|nd|rd|th)?\.?$/i;
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$/i;
const NUMERIC_DATE = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)$/i;
const OFFSET = /^[+-]\d{2}:?\d{2}$/;
const RELATIVE = /^(?:\d{1,3}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|today|yesterday|heute|gestern|vor\s+\d{1,3}\s+(?:minuten|stunden?|tagen?))$/i;

/**
 * True when every word of the text is a word of dates and times and it names
 * a month, a numeric date or a clock time; its bare numbers are days (at most
 * two for each month named) and years, so "May 06 12 34 56" (a name and a
 * phone number) is not a date.
 */
function isDate(text: string): boolean {
  if (RELATIVE.test(text)) return true;
  if (!/\d/.test(text)) return false;
  let anchors = 0;
  let days = 0;
  for (const raw of text.split(/[\s,]+/)) {
    if (raw === '') continue;
    const token = raw.toLowerCase().replace(/\.$/, '');
    if (NUMERIC_DATE.test(raw) || CLOCK.test(raw) || MONTH_WORDS.has(token)) anchors += 1;
    else if (DAY_NUMBER.test(raw)) {
      const n = parseInt(raw, 10);
      if (/^\d{4}/.test(raw) ? n < 1990 || n > 2099 : n < 1 || n > 31) return false;
      if (!/^\d{4}/.test(raw)) days += 1;
    } else if (!DATE_WORDS.has(token) && !OFFSET.test(raw)) return false;
  }
  return anchors > 0 && days <= 2 * anchors;
}

/** A quantity or a plain price ("42", "1,204", "24.99"): at most six digits before the decimals. */
const BARE_NUMBER = /^[-\u2212]?(?:\d{1,6}|\d{1,3}(?:[,.\u00a0\u202f]\d{3}){1,2})(?:[.,]\d{1,2})?$/;
const NUM = String.raw`\d{1,3}(?:[,.]\d{3})*`;
const UNITS = '(?:orders?|results?|items?|listings?|products?|units?|bestellungen|artikel)';
/** "Page 2 of 5", "1-25 of 132 orders", "132 results": page counters, made of small numbers and these words only. */
const COUNTER = new RegExp(String.raw`^(?:page\s+${NUM}(?:\s+(?:of|/|von)\s+${NUM})?|${NUM}(?:\s*[-–]\s*${NUM})?\s+(?:of|von)\s+${NUM}(?:\s+${UNITS})?|${NUM}\s+${UNITS})$`, 'i');
/** Separators printed between values on one line ("$22.00 × 2", "Paid · Unfulfilled"). */
const JOINERS = /\s*[×·•|]\s*/;
/** A value followed by a parenthesised aside. */
const ASIDE = /^(.*?)\s*\(([^()]+)\)$/s;
const LABELLED = /^([^:：]{1,60})[:：]\s*(.+)$/s;

/** What the scrub of one page may keep and must not. */
export interface ScrubRules {
  /** How strongly a text (an element's text, a line or an attribute value) is known to be harmless. */
  judge(text: string): Verdict;
  /** The text as it may appear in the copy: itself when `judge` allows it at this `need`, else its placeholder. */
  scrub(text: string, need: 'strong' | 'weak'): string;
  /** True when the text holds a personal datum the adapter read off the page. */
  denied(text: string): boolean;
  /** Whether a link's path segment or parameter value is one of the portal's order numbers or an id the adapter read. */
  isOrderNumber(text: string): boolean;
}

/**
 * What is known of the page: the portal's adapter's `labels` (the words it
 * reads values by), the ids the adapter read (kept), and the personal data it
 * read (removed even where the rules would keep it).
 */
export interface ScrubKnowledge {
  labels: unknown;
  keep: Iterable<string>;
  deny: Iterable<string>;
}

/** The rules for one portal's page. */
export function scrubRules(portal: PortalId, knowledge: ScrubKnowledge): ScrubRules {
  const words = new Set<string>();
  const patterns: RegExp[] = [];
  collectLabels(knowledge.labels, words, patterns);
  const keep = new Set([...knowledge.keep].map((s) => s.trim()).filter((s) => s !== ''));
  const deny = [...new Set([...knowledge.deny].map(fold).filter((s) => s.length >= 3))];
  const ids = ORDER_IDS[portal];

  const isLabel = (t: string) => words.has(fold(t.replace(/[:：]\s*$/, '')));
  const isStatus = (t: string) => /\p{L}/u.test(t) && t.length <= 40 && mapNativeStatus(portal, t) !== undefined;
  const wholeMatch = (t: string) => patterns.some((p) => p.exec(t)?.[0].length === t.length);

  function single(t: string): Verdict {
    if (keep.has(t)) return 'strong';
    if (ids.strong.some((re) => re.test(t))) return 'strong';
    if (BARE_NUMBER.test(t)) return 'weak';
    if (ids.weak.some((re) => re.test(t))) return 'weak';
    if (isLabel(t) || isStatus(t)) return 'strong';
    // Any dollar counts as an amount here: which dollar it is does not matter to the scrub.
    if (/[$£€¥₹]|\b[A-Z]{3}\b/.test(t) && /\d/.test(t) && parseMoney(t, t.includes('$') ? 'USD' : undefined) !== undefined) return 'strong';
    if (isDate(t)) return 'strong';
    if (COUNTER.test(t)) return 'weak';
    if (wholeMatch(t)) return /\d/.test(t) ? 'weak' : 'strong';
    return undefined;
  }

  const weakest = (a: Verdict, b: Verdict): Verdict => (a === undefined || b === undefined ? undefined : a === 'weak' || b === 'weak' ? 'weak' : 'strong');

  function judgeTrimmed(t: string, depth: number): Verdict {
    if (t === '') return 'strong';
    if (!/[\p{L}\p{N}]/u.test(t)) return 'strong';
    const alone = single(t);
    if (alone || depth > 1) return alone;
    const labelled = LABELLED.exec(t);
    if (labelled && isLabel(labelled[1]!)) return judgeTrimmed(labelled[2]!.trim(), depth + 1);
    // A label printed before its value without a colon ("Quantity 2", "Ordered Sep 17, 2026").
    const lower = t.toLowerCase();
    for (const label of words) {
      if (label.length < lower.length && lower.startsWith(label) && /\s/.test(lower[label.length]!)) {
        const verdict = judgeTrimmed(t.slice(label.length).trim(), depth + 1);
        if (verdict) return verdict;
      }
    }
    // A value printed before its label ("12 in stock").
    for (const label of words) {
      if (label.length < lower.length && lower.endsWith(label) && /\s/.test(lower[lower.length - label.length - 1]!)) {
        const verdict = judgeTrimmed(t.slice(0, t.length - label.length).trim(), depth + 1);
        if (verdict) return verdict;
      }
    }
    // A value with an aside after it ("1 (6 available)"): both must be harmless.
    const aside = ASIDE.exec(t);
    if (aside && aside[1]!.trim() !== '') return weakest(judgeTrimmed(aside[1]!.trim(), depth + 1), judgeTrimmed(aside[2]!.trim(), depth + 1));
    if (JOINERS.test(t)) {
      const parts = t.split(JOINERS);
      return parts.reduce<Verdict>((verdict, part) => weakest(verdict, judgeTrimmed(part.trim(), depth + 1)), 'strong');
    }
    return undefined;
  }

  const denied = (text: string) => {
    if (deny.length === 0) return false;
    const folded = fold(text);
    return deny.some((d) => folded.includes(d));
  };

  const judge = (text: string): Verdict => {
    const t = text.replace(/\s+/g, ' ').trim();
    const verdict = judgeTrimmed(t, 0);
    return verdict && t !== '' && denied(t) ? undefined : verdict;
  };

  const allowed = (text: string, need: 'strong' | 'weak') => {
    const verdict = judge(text);
    return verdict === 'strong' || (verdict === 'weak' && need === 'weak');
  };

  /** The label a text starts with ("Buyer name: …", "Quantity …"), as printed with what follows it up to the value. */
  const leadingLabel = (text: string): string | undefined => {
    const colon = /^\s*([^:：]{1,60})[:：]\s*/.exec(text);
    if (colon && isLabel(colon[1]!)) return colon[0];
    const lower = text.toLowerCase();
    const start = lower.length - lower.trimStart().length;
    let longest: string | undefined;
    for (const label of words) {
      if (lower.startsWith(label, start) && /\s/.test(lower[start + label.length] ?? '') && (!longest || label.length > longest.length)) longest = label;
    }
    if (longest === undefined) return undefined;
    const end = start + longest.length;
    return text.slice(0, end) + /^\s*/.exec(text.slice(end))![0];
  };

  return {
    judge,
    denied,
    scrub(text, need) {
      if (allowed(text, need)) return text;
      // "Label: value" in one text keeps its label; the value is judged on its own.
      const label = leadingLabel(text);
      if (label === undefined || label.length >= text.length) return placeholder(text);
      const value = text.slice(label.length);
      return label + (allowed(value, need) ? value : placeholder(value));
    },
    isOrderNumber: (t) => !denied(t) && (keep.has(t) || ids.url.some((re) => re.test(t))),
  };
}
