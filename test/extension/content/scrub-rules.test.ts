/**
 * What a scrub keeps of a text, a line or a link, and what it makes of the rest.
 */
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../extension/content/portals/amazon.js';
import * as ebay from '../../../extension/content/portals/ebay.js';
import * as etsy from '../../../extension/content/portals/etsy.js';
import { packFor, packLabels } from '../../../extension/content/portals/packs.js';
import * as walmart from '../../../extension/content/portals/walmart.js';
import { placeholder, scrubRules } from '../../../extension/content/scrub-rules.js';
import { urlScrubber } from '../../../extension/content/scrub-url.js';

const amazonRules = scrubRules('amazon', { labels: packLabels(packFor(amazon.id)), keep: ['BCB-L-001', 'B07XJ8C8F5'], deny: ['Jane Smith', '62704'] });

describe('placeholders', () => {
  it('keep the shape of a text: letters x or X by case, digits 0, the rest as it is', () => {
    expect(placeholder('Jane Smith, 1200 Elm St. #4B')).toBe('Xxxx Xxxxx, 0000 Xxx Xx. #0X');
    expect(placeholder('josé.müller@example.de')).toBe('xxxx.xxxxxx@xxxxxxx.xx');
    expect(placeholder('+1 (415) 555-0134')).toBe('+0 (000) 000-0000');
  });
});

describe('what stays of a text', () => {
  const cases: Array<[string, 'strong' | 'weak' | undefined]> = [
    ['113-4567890-1234567', 'strong'],
    ['$24.99', 'strong'],
    ['EUR 1.234,56', 'strong'],
    ['Sep 18, 2026', 'strong'],
    ['Fri, Sep 18, 2026, 2:31 PM PDT', 'strong'],
    ['2 hours ago', 'strong'],
    ['Unshipped', 'strong'],
    ['Buyer name', 'strong'],
    ['Item subtotal: $24.99', 'strong'],
    ['SKU: BCB-L-001', 'strong'],
    ['B07XJ8C8F5', 'strong'],
    ['Quantity: 2', 'weak'],
    ['2', 'weak'],
    ['1,204', 'weak'],
    ['24.99', 'weak'],
    ['1-25 of 132 orders', 'weak'],
    ['Jane Smith', undefined],
    ['Buyer name: Jane Smith', undefined],
    ['SKU: Jane Smith', undefined],
    ['1200 Elm Street', undefined],
    ['Springfield, IL 62704', undefined],
    ['62704', undefined],
    ['(415) 555-0134', undefined],
    ['4155550134', undefined],
    ['415.555.0134', undefined],
    ['jane@example.com', undefined],
    ['Please wrap it, it is a gift for May', undefined],
    ['May', undefined],
    ['April 415 555 0134', undefined],
    ['Mai 06 12 34 56 78', undefined],
    ['Thu, Sep 24, 2026 to Mon, Sep 28, 2026', 'strong'],
    ['18. September 2026, 14:31 Uhr', 'strong'],
    ['2026-09-18T14:31:00Z', 'strong'],
    ['Unshipped Jane', undefined],
  ];
  for (const [text, verdict] of cases) {
    it(`“${text}” is ${verdict ?? 'replaced'}`, () => expect(amazonRules.judge(text)).toBe(verdict));
  }

  it('knows each portal’s order numbers by its own pattern only', () => {
    const rules = (adapter: { id: 'ebay' | 'etsy' | 'walmart' }) => scrubRules(adapter.id, { labels: packLabels(packFor(adapter.id)), keep: [], deny: [] });
    expect(rules(ebay).judge('12-34567-89012')).toBe('strong');
    expect(rules(ebay).judge('113-4567890-1234567')).toBeUndefined();
    expect(rules(etsy).judge('#3141592654')).toBe('strong');
    expect(rules(etsy).judge('3141592654')).toBeUndefined();
    expect(rules(walmart).judge('1234567890124')).toBe('weak');
  });

  it('keeps a value printed before its label, and a value with a harmless aside, only as a whole line', () => {
    const etsyRules = scrubRules('etsy', { labels: packLabels(packFor(etsy.id)), keep: [], deny: [] });
    const ebayRules = scrubRules('ebay', { labels: packLabels(packFor(ebay.id)), keep: [], deny: [] });
    expect(etsyRules.judge('12 in stock')).toBe('weak');
    expect(etsyRules.judge('Sold out')).toBe('strong');
    expect(etsyRules.judge('Jane in stock')).toBeUndefined();
    expect(ebayRules.judge('1 (6 available)')).toBe('weak');
    expect(ebayRules.judge('2 (14 verfügbar)')).toBe('weak');
    expect(ebayRules.judge('Jane Smith (6 available)')).toBeUndefined();
    expect(ebayRules.judge('1 (Jane Smith)')).toBeUndefined();
    expect(ebayRules.judge('555 (415)')).toBe('weak');
    expect(ebayRules.scrub('555 (415)', 'strong')).toBe('000 (000)');
  });
});

describe('what stays of a link', () => {
  const scrub = urlScrubber(amazonRules, '/orders-v3/mfn/unshipped', (id) => id === 'top');
  const cases: Array<[string, string]> = [
    ['/orders-v3/order/113-4567890-1234567', '/orders-v3/order/113-4567890-1234567'],
    ['/messaging/contact?orderID=113-4567890-1234567&buyerName=Jane%20Smith', '/messaging/contact?orderID=113-4567890-1234567&buyerName=Xxxx%20Xxxxx'],
    ['/orders-v3/mfn/unshipped?page=2&sort=ORDER_DATE_DESC', '/orders-v3/mfn/unshipped?page=2&sort=ORDER_DATE_DESC'],
    ['https://www.etsy.com/people/janesmith?ref=hdr', 'https://www.etsy.com/people/xxxxxxxxx?ref=xxx'],
    ['https://maps.example.com/place/1200+Elm+Street', 'https://xxxx.xxxxxxx.xxx/xxxxx/0000%2BXxx%2BXxxxxx'],
    ['/store/acme/orders/5500000000001', '/store/xxxx/orders/5500000000001'],
    ['mailto:jane@example.com', 'mailto:someone@example.invalid'],
    ['tel:+14155550134', 'tel:+00000000000'],
    ['javascript:alert(document.cookie)', 'javascript:void(0)'],
    ['#top', '#top'],
    ['#jane-smith', '#xxxx-xxxxx'],
  ];
  for (const [href, scrubbed] of cases) {
    it(`${href} → ${scrubbed}`, () => expect(scrub(href)).toBe(scrubbed));
  }

  it('keeps the path words the adapter finds its links by, and no more', () => {
    const withItems = urlScrubber(amazonRules, '/sh/ord/', () => false, new Set(['itm', 'usr']));
    expect(withItems('https://www.ebay.co.uk/itm/256789012345?var=0')).toBe('https://www.ebay.co.uk/itm/256789012345?var=0');
    expect(withItems('https://www.ebay.co.uk/usr/hikerjoe_42')).toBe('https://www.ebay.co.uk/usr/xxxxxxxx_00');
    expect(scrub('https://www.ebay.co.uk/itm/256789012345')).toBe('https://www.ebay.co.uk/xxx/256789012345');
  });
});

describe('a label and its value in one text', () => {
  it('keeps the label and judges the value alone', () => {
    expect(amazonRules.scrub('Buyer name: Jane Doe', 'strong')).toBe('Buyer name: Xxxx Xxx');
    expect(amazonRules.scrub('  Purchase date:  Jane ', 'strong')).toBe('  Purchase date:  Xxxx ');
    expect(amazonRules.scrub('Quantity Jane Doe', 'strong')).toBe('Quantity Xxxx Xxx');
    expect(amazonRules.scrub('Ship by date Sep 21, 2026', 'strong')).toBe('Ship by date Sep 21, 2026');
    expect(amazonRules.scrub('Ship by date  Jane Doe', 'strong')).toBe('Ship by date  Xxxx Xxx');
    expect(amazonRules.scrub('Quantity: 2', 'strong')).toBe('Quantity: 0');
    expect(amazonRules.scrub('Quantity: 2', 'weak')).toBe('Quantity: 2');
    expect(amazonRules.scrub('Contact: Jane Doe', 'strong')).toBe('Xxxxxxx: Xxxx Xxx');
  });
});
