// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOf, text, valueAfterLabel, valueInLines } from '../../../../extension/content/portals/dom.js';
import { collapse, isWhitespace, needsCollapsing, renderedLines } from '../../../../extension/content/portals/page-text.js';
import { matchesPattern } from '../../../../extension/content/portals/urls.js';
import { addressFromLines, moneyIn, parsePageInfo, parsePortalDate, quantityIn, rememberingByText } from '../../../../extension/content/portals/values.js';
import { pageOf } from './fixtures.js';

describe('dates as portals print them', () => {
  it('reads month-name, day-first, dotted, slashed and ISO dates to ISO UTC', () => {
    expect(parsePortalDate('Sep 18, 2026')).toBe('2026-09-18T00:00:00.000Z');
    expect(parsePortalDate('Fri, September 18, 2026, 2:31 PM PDT')).toBe('2026-09-18T21:31:00.000Z');
    expect(parsePortalDate('18 Sep 2026 at 14:02 BST')).toBe('2026-09-18T13:02:00.000Z');
    expect(parsePortalDate('18. Okt. 2026 um 08:15 MESZ')).toBe('2026-10-18T06:15:00.000Z');
    expect(parsePortalDate('18.09.2026 14:31', undefined, 'Europe/Berlin')).toBe('2026-09-18T12:31:00.000Z');
    expect(parsePortalDate('09/18/2026 12:05 AM', undefined, 'America/Los_Angeles')).toBe('2026-09-18T07:05:00.000Z');
    expect(parsePortalDate('18/09/2026')).toBe('2026-09-18T00:00:00.000Z');
    expect(parsePortalDate('2026-09-18T14:31:00-07:00')).toBe('2026-09-18T21:31:00.000Z');
    // Read as printed: line breaks, runs of spaces and no-break spaces separate as a single space does.
    expect(parsePortalDate('2 hours ago\nSep 18, 2026\n2:31  PM\u00a0PDT ')).toBe('2026-09-18T21:31:00.000Z');
    expect(parsePortalDate(' 18.\u00a0Okt.\n2026   um 08:15\tMESZ')).toBe('2026-10-18T06:15:00.000Z');
  });

  it("keeps only the day of a time printed without a zone when the account's zone is not known, never a time guessed as UTC", () => {
    expect(parsePortalDate('18.09.2026 14:31')).toBe('2026-09-18T00:00:00.000Z');
    expect(parsePortalDate('Sep 18, 2026 at 2:31 pm')).toBe('2026-09-18T00:00:00.000Z');
    expect(parsePortalDate('Sep 18, 2026 at 2:31 pm', undefined, 'America/Toronto')).toBe('2026-09-18T18:31:00.000Z');
    expect(parsePortalDate('Sep 18, 2026 at 2:31 pm', undefined, 'Not/AZone')).toBeUndefined();
  });

  it('reads all-numeric dates whose order is unclear only when told the portal’s convention', () => {
    expect(parsePortalDate('03/04/2026')).toBeUndefined();
    expect(parsePortalDate('03/04/2026', 'mdy')).toBe('2026-03-04T00:00:00.000Z');
    expect(parsePortalDate('03/04/2026', 'dmy')).toBe('2026-04-03T00:00:00.000Z');
  });

  it('gives nothing for relative, impossible or unknown-zone dates', () => {
    for (const t of [
      'Today 2:31 PM',
      'Yesterday',
      '3 days ago',
      'Sep 12 at 4:15 pm',
      'Feb 30, 2026',
      'Feb 29, 2026',
      'Apr 31, 2026',
      '13/13/2026',
      '00/10/2026',
      'Sep 18, 2026 2:31 PM XYZT',
      '',
      undefined,
    ]) {
      expect(parsePortalDate(t), String(t)).toBeUndefined();
    }
  });
});

describe('amounts and counts as portals print them', () => {
  it('reads money after a label, in either decimal convention, in minor units', () => {
    expect(moneyIn('Item subtotal: $1,234.56', 'USD')).toEqual({ amount: 123456, currency: 'USD' });
    // A store that sets its own currency: "$" alone is a dollar the page does not name.
    expect(moneyIn('Item subtotal: $1,234.56')).toEqual({ amount: 123456, currency: '$' });
    expect(moneyIn('Artikelzwischensumme: 1.234,56 €')).toEqual({ amount: 123456, currency: 'EUR' });
    expect(moneyIn('US $1,249.00')).toEqual({ amount: 124900, currency: 'USD' });
    expect(moneyIn('24.99', 'GBP')).toEqual({ amount: 2499, currency: 'GBP' });
    expect(moneyIn('—')).toBeUndefined();
  });

  it('reads whole quantities, grouped or oversold', () => {
    expect(quantityIn('Quantity: 2')).toBe(2);
    expect(quantityIn('1,204 in stock')).toBe(1204);
    expect(quantityIn('-2')).toBe(-2);
    expect(quantityIn('Sold out')).toBeUndefined();
  });

  it('reads page numbering and result counts', () => {
    expect(parsePageInfo('Page 2 of 5')).toEqual({ current: 2, total: 5 });
    expect(parsePageInfo('Showing 51 - 100 of 1,204 results')).toEqual({ totalItems: 1204 });
    expect(parsePageInfo('132 orders')).toEqual({ totalItems: 132 });
    expect(parsePageInfo('Orders')).toBeUndefined();
  });
});

describe('addresses as portals print them', () => {
  it('splits US, Canadian, UK and German town lines', () => {
    expect(addressFromLines(['A B', '1 Main St', 'Springfield, IL 62704', 'United States'])).toEqual({
      name: 'A B',
      line1: '1 Main St',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62704',
      country: 'US',
    });
    expect(addressFromLines(['A B', '1 Main St', 'New York NY 10001-1234'])).toEqual({ name: 'A B', line1: '1 Main St', city: 'New York', region: 'NY', postalCode: '10001-1234' });
    expect(addressFromLines(['A B', '1 King St', 'Toronto, ON M5V 2T6', 'Canada'])).toEqual({ name: 'A B', line1: '1 King St', city: 'Toronto', region: 'ON', postalCode: 'M5V 2T6', country: 'CA' });
    expect(addressFromLines(['A B', '2 High St', 'London SW1A 1AA', 'UK'])).toEqual({ name: 'A B', line1: '2 High St', city: 'London', postalCode: 'SW1A 1AA', country: 'GB' });
    expect(addressFromLines(['Lena Müller', 'Hauptstr. 5', '10115 Berlin', 'Deutschland'])).toEqual({ name: 'Lena Müller', line1: 'Hauptstr. 5', city: 'Berlin', postalCode: '10115', country: 'DE' });
    expect(addressFromLines([])).toBeUndefined();
  });
});

describe('reading page text', () => {
  it('keeps block elements apart and finds values after labels', () => {
    const doc = pageOf('<div id="c"><div>2 hours ago</div><div>Sep 18, 2026</div><div><span>SKU:</span><span>AB-1</span></div><div>SKUs: 3</div>Line<br>two</div>');
    const cell = doc.getElementById('c')!;
    expect(text(cell)).toBe('2 hours ago Sep 18, 2026 SKU:AB-1 SKUs: 3 Line two');
    expect(linesOf(cell)).toEqual(['2 hours ago', 'Sep 18, 2026', 'SKU:AB-1', 'SKUs: 3', 'Line', 'two']);
    expect(valueAfterLabel(cell, ['SKU'])).toBe('AB-1');
    expect(valueAfterLabel(cell, ['ASIN'])).toBeUndefined();
  });

  it('reads a cell of "Label: value" lines as valueAfterLabel reads it', () => {
    const doc = pageOf(`<div id="c"><div><a href="/x">Quantity Discount Pack (3)</a></div><div>SKUs: 3</div><div>SKU : AB-1</div>
      <div>Price + Shipping: $2.00</div><div>item SUBTOTAL:</div><div>$24.99</div><div>Ship by date: Sep 21, 2026</div><div>ASIN</div></div>`);
    const cell = doc.getElementById('c')!;
    const lines = linesOf(cell).join('\n');
    const asked = [['SKU'], ['Item subtotal'], ['Price + Shipping'], ['Ship by date', 'Ship by'], ['Ship by', 'Ship by date'], ['Quantity'], ['ASIN'], ['Menge']];
    for (const labels of asked) expect(valueInLines(lines, labels), labels.join()).toBe(valueAfterLabel(cell, labels));
    expect(valueInLines(lines, ['SKU'])).toBe('AB-1');
    expect(valueInLines(lines, ['Item subtotal'])).toBe('$24.99');
    expect(valueInLines(lines, ['Price + Shipping'])).toBe('$2.00');
    expect(valueInLines(lines, ['Ship by date', 'Ship by'])).toBe('Sep 21, 2026');
    // The first line starting with a label counts, as with valueAfterLabel: a title may start with one.
    expect(valueInLines(lines, ['Quantity'])).toBe('Discount Pack (3)');
    expect(valueInLines(lines, ['ASIN'])).toBeUndefined();
    expect(valueInLines('', ['SKU'])).toBeUndefined();
  });

  it('matches URLs against manifest patterns the way the browser does', () => {
    expect(matchesPattern('https://*.myshopify.com/admin/*', new URL('https://acme.myshopify.com/admin/orders'))).toBe(true);
    expect(matchesPattern('https://*.myshopify.com/admin/*', new URL('https://myshopify.com/admin/orders'))).toBe(true);
    expect(matchesPattern('https://*.myshopify.com/admin/*', new URL('https://acme.myshopify.com.evil.example/admin/x'))).toBe(false);
    expect(matchesPattern('https://www.ebay.com/sh/*', new URL('https://www.ebay.com/itm/1'))).toBe(false);
    expect(matchesPattern('https://www.ebay.com/sh/*', new URL('http://www.ebay.com/sh/ord/'))).toBe(false);
  });
});

describe('collapsing whitespace', () => {
  const spaces = [' ', '  ', '\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const texty = fc.array(fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 4 }), fc.constantFrom('€', 'ä', '\u200b')), { maxLength: 12 }).map((parts) => parts.join(''));

  it('counts as whitespace exactly the characters \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('is asked for exactly when collapsing would change the text', () => {
    fc.assert(
      fc.property(texty, (s) => {
        expect(needsCollapsing(s)).toBe(s.replace(/\s+/g, ' ').trim() !== s);
        expect(collapse(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the lines of a rendered cell as collapsing each line and dropping the empty ones does', () => {
    const rendered = fc.array(fc.oneof(texty, fc.constantFrom('\n', '\n\n', ' \n', '\n ')), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(rendered, (s) => {
        expect(renderedLines(s)).toBe(
          s
            .split('\n')
            .map(collapse)
            .filter((line) => line !== '')
            .join('\n'),
        );
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('reading each text once', () => {
  it('reads a text the first time it is given, then answers from memory, unreadable texts included', () => {
    const read: string[] = [];
    const dateOf = rememberingByText((t) => {
      read.push(t);
      return parsePortalDate(t);
    });
    expect(dateOf('Sep 21, 2026')).toBe('2026-09-21T00:00:00.000Z');
    expect(dateOf('Sep 21, 2026')).toBe('2026-09-21T00:00:00.000Z');
    expect(dateOf('3 days ago')).toBeUndefined();
    expect(dateOf('3 days ago')).toBeUndefined();
    expect(dateOf(undefined)).toBeUndefined();
    expect(read).toEqual(['Sep 21, 2026', '3 days ago']);
  });
});
