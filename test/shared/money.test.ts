/**
 * Amounts as pages and files print them, read to integer minor units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../shared/money.js';

/** Cents printed as a page prints them: "$1,234.56", "£24.99", "€1,200" (no decimals when `round`). */
function printed(symbol: string, cents: number, round: boolean): string {
  const whole = Math.floor(cents / 100).toLocaleString('en-US');
  return round ? `${symbol}${whole}` : `${symbol}${whole}.${String(cents % 100).padStart(2, '0')}`;
}

describe('amounts of money', () => {
  it('reads a leading symbol, grouped thousands and two decimals to exact minor units', () => {
    expect(parseMoney('$24.99', 'USD')).toEqual({ amount: 2499, currency: 'USD' });
    expect(parseMoney('£1,234.56')).toEqual({ amount: 123456, currency: 'GBP' });
    expect(parseMoney('€1,200')).toEqual({ amount: 120000, currency: 'EUR' });
    expect(parseMoney('$1,234,567.89', 'CAD')).toEqual({ amount: 123456789, currency: 'CAD' });
  });

  it('reads a bare "$" only in the dollar currency the site or store names, never as USD by default', () => {
    expect(parseMoney('$24.99')).toBeUndefined();
    expect(parseMoney(' $24.99 ')).toBeUndefined();
    expect(parseMoney('$24.99', 'AUD')).toEqual({ amount: 2499, currency: 'AUD' });
    expect(parseMoney('$24.99', 'EUR')).toBeUndefined();
    expect(parseMoney('$12.00 CAD')).toEqual({ amount: 1200, currency: 'CAD' });
    expect(parseMoney('US$12.00')).toEqual({ amount: 1200, currency: 'USD' });
    expect(parseMoney('C $12.00', 'USD')).toEqual({ amount: 1200, currency: 'CAD' });
    expect(parseMoney('$12.990', 'CLP')).toEqual({ amount: 12990, currency: 'CLP' });
  });

  it('reads the common shape to the same result as the general path, for any amount', () => {
    fc.assert(
      fc.property(fc.constantFrom('$', '£', '€'), fc.integer({ min: 0, max: 99_999_999_999 }), fc.boolean(), (symbol, cents, round) => {
        const text = printed(symbol, round ? cents - (cents % 100) : cents, round);
        const direct = parseMoney(text, 'USD');
        // Spaces around the text keep it off the direct path: the general one reads it.
        expect(direct).toEqual(parseMoney(` ${text} `, 'USD'));
        expect(direct?.amount).toBe(round ? cents - (cents % 100) : cents);
      }),
      { numRuns: 5_000 },
    );
  });

  it('leaves other shapes to the general path: decimal commas, codes, prefixes, signs', () => {
    expect(parseMoney('€24,99')).toEqual({ amount: 2499, currency: 'EUR' });
    expect(parseMoney('1.234,56 €')).toEqual({ amount: 123456, currency: 'EUR' });
    expect(parseMoney('AU $3,000.00')).toEqual({ amount: 300000, currency: 'AUD' });
    expect(parseMoney('-$5.00', 'USD')).toEqual({ amount: -500, currency: 'USD' });
    expect(parseMoney('$1234.5', 'NZD')).toEqual({ amount: 123450, currency: 'NZD' });
    expect(parseMoney('¥1,200')).toEqual({ amount: 1200, currency: 'JPY' });
    expect(parseMoney('$')).toBeUndefined();
    expect(parseMoney('24.99')).toBeUndefined();
  });
});
