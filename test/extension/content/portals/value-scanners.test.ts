/**
 * The hand-written scanners of a page's dates, times, zones and amounts
 * (written so a 500-row pass allocates no match arrays) held to the pattern
 * each one's comment names: at every position of random texts built from
 * the pieces portals print, a scanner reads what the sticky pattern matches
 * there, and nothing where it matches nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Clock, clockAt, monthDayYearAt, printedZoneAt, type Ymd } from '../../../../extension/content/portals/values.js';
import { ZONES } from '../../../../shared/imports/dates.js';
import { plainHundredths } from '../../../../shared/money.js';

/** Texts of 1–8 pieces, joined as pages join them (a space, nothing, or a comma). */
function textsOf(pieces: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', ', ', '\u00a0', '\n'));
  return fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

const DATE_PIECES = [
  'Sep',
  'sept',
  'Sept.',
  'März',
  'mär',
  'äSep',
  'xSep',
  'September',
  'Septembers',
  '18',
  '1',
  '123',
  '08',
  '18th',
  '1st',
  'nd',
  ',',
  '2026',
  '20261',
  '2026x',
  '2026_',
  'at',
  'um',
  'T',
];
const TIME_PIECES = [
  '2:31',
  '12:05',
  '2:315',
  '02:31:45',
  '2:31:4',
  '2:31.123',
  '0:00',
  '24:00',
  'PM',
  'pm',
  'P.M.',
  'P. M.',
  'p m',
  'AM',
  'am',
  'AMx',
  'PM.x',
  'PM.',
  'at',
  'um',
  'T',
  ',',
  'PDT',
  'Z',
  'Zx',
  'CEST',
  'CESTX',
  'XYZ',
  'pdt',
  '+0530',
  '+05:30',
  '-08:00',
  '+5:30',
  '-0800x',
  'PDT1',
  'GMT',
];
const AMOUNT_PIECES = ['$', '£', '€', '¥', '1', '12', '123', '1234', '0', ',', ',123', ',12', '.', '.5', '.50', '.505', 'USD', '-'];

/** A date or time shaped piece by piece (each piece right or nearly right), amid other text: random pieces alone seldom line up. */
function shapedOf(...slots: readonly (readonly string[])[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('', 'x', 'Fri, ', '_', 'Order '), ...slots.map((slot) => fc.constantFrom(...slot)), fc.constantFrom('', ' ', 'x', '1', ' PM', '_')).map((parts) => parts.join(''));
}
const SPACES = ['', ' ', '  ', '\u00a0', '\n'];
const SHAPED_DATES = shapedOf(
  ['Sep', 'Sept', 'September', 'Septembers', 'Se', 'Okt', 'mär', 'Foo', 'äSep'],
  ['', '.'],
  SPACES,
  ['1', '18', '08', '123', 'x'],
  ['', 'st', 'th', 'nd', 'rd', 'xx'],
  ['', ','],
  SPACES,
  ['2026', '202', '20261', '2026x', '2026_'],
);
const SHAPED_TIMES = shapedOf(
  [' ', ', ', 'T', ' at ', ' um ', 'at', ''],
  ['2', '12', '123', 'x'],
  [':31', ':3', ':315'],
  ['', ':45', ':4', ':456'],
  ['', '.1', '.123', '.'],
  SPACES,
  ['', 'PM', 'pm', 'P.M.', 'P. M.', 'p m', 'P  M', 'AM', 'a.m', 'AMx', 'PM.x', 'PM.', 'Pm1'],
  SPACES,
  ['', 'PDT', 'Z', 'Zx', 'CEST', 'CESTX', 'XYZ', 'pdt', '+0530', '+05:30', '-08:00', '+5:30', '-0800x', 'PDT1', 'UT'],
);

const RUNS = { numRuns: 3000 };

describe('value scanners read what their patterns match', () => {
  it('"Sep 18, 2026" at every position', () => {
    const pattern = /\b([A-Za-zä]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/y;
    fc.assert(
      fc.property(fc.oneof(textsOf(DATE_PIECES), SHAPED_DATES), (s) => {
        for (let at = 0; at < s.length; at++) {
          pattern.lastIndex = at;
          const m = pattern.exec(s);
          const ymd: Ymd = { y: 0, m: 0, d: 0, end: 0 };
          const end = monthDayYearAt(s, at, ymd);
          expect(end).toBe(m ? at + m[0].length : -1);
          if (m) expect({ monthEnd: ymd.end, d: ymd.d, y: ymd.y }).toEqual({ monthEnd: at + m[1]!.length, d: +m[2]!, y: +m[3]! });
        }
      }),
      RUNS,
    );
  });

  it('"2:31 PM" at every position', () => {
    const pattern = /[\s,T]*(?:at\s+|um\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([AaPp])\.?\s?[Mm]\.?(?![A-Za-z]))?/y;
    fc.assert(
      fc.property(fc.oneof(textsOf(TIME_PIECES), SHAPED_TIMES), (s) => {
        for (let at = 0; at < s.length; at++) {
          pattern.lastIndex = at;
          const m = pattern.exec(s);
          const clock: Clock = { hour: -1, minute: -1, second: -1, meridiem: '?' };
          const end = clockAt(s, at, clock);
          expect(end).toBe(m ? at + m[0].length : -1);
          if (m) expect(clock).toEqual({ hour: +m[1]!, minute: +m[2]!, second: m[3] ? +m[3] : 0, meridiem: m[4]?.toLowerCase() ?? '' });
        }
      }),
      RUNS,
    );
  });

  it('a printed zone at every position', () => {
    const pattern = /\s*(?:Z\b|([A-Z]{3,4})\b|([+-])(\d{2}):?(\d{2}))/y;
    fc.assert(
      fc.property(fc.oneof(textsOf(TIME_PIECES), SHAPED_TIMES), (s) => {
        for (let at = 0; at < s.length; at++) {
          pattern.lastIndex = at;
          const m = pattern.exec(s);
          const expected = !m ? undefined : m[1] ? (ZONES[m[1]] ?? Number.NaN) : m[2] ? (m[2] === '-' ? -1 : 1) * (+m[3]! * 60 + +m[4]!) : 0;
          expect(printedZoneAt(s, at)).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it('a plain amount, in hundredths', () => {
    const pattern = /^([$£€])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d\d))?$/;
    const amounts = fc.oneof(
      shapedOf(['$', '£', '€', '¥', ''], ['1', '12', '123', '1234', '0', ''], ['', ',123', ',12', ',1234', ',123,456'], ['', '.50', '.5', '.505', '.']).map((a) => a.trim()),
      fc.array(fc.constantFrom(...AMOUNT_PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(amounts, (s) => {
        const m = pattern.exec(s);
        expect(plainHundredths(s)).toBe(m ? Number(m[2]!.replaceAll(',', '')) * 100 + (m[3] ? +m[3] : 0) : -1);
      }),
      { numRuns: 2000 },
    );
  });
});
