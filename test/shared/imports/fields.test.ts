import { describe, expect, test } from 'vitest';
import { toCountryCode } from '../../../shared/imports/countries.js';
import { parseDateTime } from '../../../shared/imports/dates.js';
import { Cells, Header } from '../../../shared/imports/fields.js';

describe('dates as exports print them', () => {
  test.each([
    ['2026-09-23T14:18:23-07:00', '2026-09-23T21:18:23.000Z'],
    ['2026-10-07 09:50:26 +0200', '2026-10-07T07:50:26.000Z'],
    ['2026-10-07T09:50:26Z', '2026-10-07T09:50:26.000Z'],
    ['2026-10-07', '2026-10-07T00:00:00.000Z'],
    ['09/18/26', '2026-09-18T00:00:00.000Z'],
    ['9/8/2026 3:05 PM', '2026-09-08T15:05:00.000Z'],
    ['25/12/2026', '2026-12-25T00:00:00.000Z'],
    ['18.09.2026', '2026-09-18T00:00:00.000Z'],
    ['Sep-18-26', '2026-09-18T00:00:00.000Z'],
    ['26-May-26', '2026-05-26T00:00:00.000Z'],
    ['Sep-18-26 10:15:00 PDT', '2026-09-18T17:15:00.000Z'],
    ['Sep 18, 2026', '2026-09-18T00:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseDateTime(text)).toBe(iso);
  });

  test('day-first files read 05/09/26 as 5 September', () => {
    expect(parseDateTime('05/09/26', { dayFirst: true })).toBe('2026-09-05T00:00:00.000Z');
  });

  test.each(['yesterday', '2026-02-30', '13/13/2026', 'Foo-18-26', '2026-09-23T25:00:00Z', ''])('%s is not a date', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });
});

describe('countries', () => {
  test('codes pass, common names map, unknown names are left out', () => {
    expect(['us', 'GB', 'UK', 'United States', 'united  kingdom', 'Deutschland', 'Australia', 'Narnia', ''].map(toCountryCode)).toEqual([
      'US',
      'GB',
      'GB',
      'US',
      'GB',
      'DE',
      'AU',
      undefined,
      undefined,
    ]);
  });
});

describe('reading cells by header name', () => {
  const header = new Header(['Name', 'Lineitem Quantity', 'Total', 'Cancelled at', 'Email', 'Shipping Zip']);
  const cells = (fields: string[]) => new Cells(header, { line: 7, fields });

  test('headers match case-insensitively and by any spelling', () => {
    const c = cells(['#1', ' 3 ', '$1,234.56', '2026-01-01', 'x', "'75008"]);
    expect(c.int('lineitem quantity')).toBe(3);
    expect(c.text(['Canceled at', 'Cancelled at'])).toBe('2026-01-01');
    expect(c.money('Total', 'USD')).toEqual({ amount: 123456, currency: 'USD' });
    expect(c.postalCode('Shipping Zip')).toBe('75008');
    expect(c.email('Email')).toBeUndefined();
    expect(c.text('Not There')).toBeUndefined();
    expect(c.errors).toEqual([]);
  });

  test('money in either decimal convention, in the order currency', () => {
    expect(cells(['', '', '1.234,56 €']).amount('Total', 'EUR')).toBe(123456);
    expect(cells(['', '', 'EUR 90,00']).amount('Total', 'EUR')).toBe(9000);
    expect(cells(['', '', '$5.00']).amount('Total', 'CAD')).toBe(500);
  });

  test('bad cells are errors naming the line and the column as the file spells it', () => {
    const c = cells(['', 'two', '£8.00', 'soon']);
    expect(c.text('Name', { required: true })).toBeUndefined();
    expect(c.int('Lineitem quantity')).toBeUndefined();
    expect(c.amount('Total', 'USD')).toBeUndefined();
    expect(c.date('Cancelled at')).toBeUndefined();
    expect(c.errors).toEqual([
      { line: 7, column: 'Name', message: 'is empty' },
      { line: 7, column: 'Lineitem Quantity', message: '"two" is not a whole number of at least 1' },
      { line: 7, column: 'Total', message: 'is in GBP but the order is in USD' },
      { line: 7, column: 'Cancelled at', message: '"soon" is not a date' },
    ]);
  });

  test('an amount without currency and no default is reported as such', () => {
    const c = cells(['', '', '12.00']);
    expect(c.money('Total', undefined)).toBeUndefined();
    expect(c.errors).toEqual([{ line: 7, column: 'Total', message: '"12.00" names no currency and no default currency was given' }]);
  });
});
