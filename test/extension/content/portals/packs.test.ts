// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as amazon from '../../../../extension/content/portals/amazon.js';
import { BUNDLED_PACKS } from '../../../../extension/content/portals/bundled-packs.js';
import { orderIdPatterns, orderLinkSelector, packFor, useServedPacks } from '../../../../extension/content/portals/packs.js';
import { readField, type Scope } from '../../../../extension/content/portals/strategies.js';
import { PACK_PORTALS, type PortalPack, portalPack } from '../../../../shared/schemas/portal-pack.js';
import { loadPage, pageOf } from './fixtures.js';

const orders = new URL('https://sellercentral.amazon.com/orders-v3');
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/portals');

/** The live page with its status classes renamed, as a portal release might. */
function renamedStatusPage(): Document {
  const doc = loadPage('amazon', 'orders-live.html');
  for (const el of doc.querySelectorAll('.main-status')) el.className = 'order-state-primary';
  for (const el of doc.querySelectorAll('.order-status-column')) el.className = 'status-col';
  return doc;
}

afterEach(() => useServedPacks({}));

describe('bundled portal packs', () => {
  it('are valid packs, one per portal, each naming its own portal', () => {
    for (const portal of PACK_PORTALS) {
      const parsed = portalPack.safeParse(BUNDLED_PACKS[portal]);
      expect(parsed.success, `${portal}: ${parsed.error?.message}`).toBe(true);
      expect(BUNDLED_PACKS[portal].portal).toBe(portal);
    }
  });

  it('mark Walmart experimental until a real page confirms its reading', () => {
    expect(BUNDLED_PACKS.walmart.experimental).toBe(true);
    expect(BUNDLED_PACKS.amazon.experimental).toBeUndefined();
  });
});

describe('the links page health looks for order ids in', () => {
  it('are those holding the plain text every address the pack matches holds', () => {
    const selectors = Object.fromEntries(PACK_PORTALS.map((portal) => [portal, orderIdPatterns(BUNDLED_PACKS[portal]).links]));
    expect(selectors).toEqual({
      amazon: 'a[href*="/orders-v3/order/"]',
      ebay: 'a[href*="orderid="]',
      etsy: 'a[href*="order_id="]',
      shopify: 'a[href*="/orders/"]',
      walmart: 'a[href*="poNumber="]',
    });
  });

  it('leave out what a pattern may match without: optional characters, alternatives, classes and groups', () => {
    expect(orderLinkSelector('orders?/(\\d+)')).toBe('a[href*="order"]');
    expect(orderLinkSelector('\\/order\\.php\\?id=(\\d+)')).toBe('a[href*="/order.php?id="]');
    expect(orderLinkSelector('(?:sale|order)s/id=(\\d+)')).toBe('a[href*="s/id="]');
    expect(orderLinkSelector('[?&]o=(\\d+)')).toBe('a[href]');
    expect(orderLinkSelector('/orders/(\\d+)|/sales/(\\d+)')).toBe('a[href]');
    expect(orderLinkSelector('say"hi\\\\(\\d+)')).toBe('a[href*="say\\"hi\\\\"]');
  });

  it('hold every link of every saved portal page that the pattern finds an id in', () => {
    let found = 0;
    for (const portal of PACK_PORTALS) {
      for (const file of readdirSync(path.join(FIXTURES, portal)).filter((f) => f.endsWith('.html'))) {
        const doc = loadPage(portal, file);
        const { href, links } = orderIdPatterns(BUNDLED_PACKS[portal]);
        const matching = (list: NodeListOf<Element>) =>
          Array.from(list).filter((a) => {
            href.lastIndex = 0;
            return href.test(a.getAttribute('href')!);
          });
        const everyLink = matching(doc.querySelectorAll('a[href]'));
        found += everyLink.length;
        expect(matching(doc.querySelectorAll(links)), `${portal}/${file}`).toEqual(everyLink);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('a newer pack served by the worker', () => {
  it('fixes a reading without a new build: a renamed status class is unknown, then read', () => {
    const before = amazon.parseOrders(renamedStatusPage(), orders);
    expect(before.items.map((o) => o.status)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(before.items[0]?.missing).toEqual(['channelStatus', 'status']);

    const bundled = BUNDLED_PACKS.amazon;
    const newer: PortalPack = {
      ...bundled,
      version: bundled.version + 1,
      fields: { 'list.status': [...bundled.fields['list.status']!, { by: 'css', css: '.order-state-primary' }] },
    };
    useServedPacks({ amazon: newer });
    const after = amazon.parseOrders(renamedStatusPage(), orders);
    expect(after.items.map((o) => o.status)).toEqual(['shipped', 'cancelled', 'ready', 'pending', undefined]);
    // What the served pack leaves out is taken from the bundled one.
    expect(after.items[0]?.buyer).toEqual({ name: 'Ava Thompson' });
  });

  it('is ignored when it is not newer than the bundled pack, or is for another portal', () => {
    const bundled = BUNDLED_PACKS.amazon;
    useServedPacks({ amazon: { ...bundled, version: bundled.version, selectors: { orderRows: 'nothing' } } });
    expect(packFor('amazon')).toBe(bundled);
    useServedPacks({ amazon: { ...BUNDLED_PACKS.ebay, version: 99 } });
    expect(packFor('amazon')).toBe(bundled);
  });

  it('is read again, not recalled, when rows were remembered under the old pack', () => {
    const doc = renamedStatusPage();
    expect(amazon.parseOrders(doc, orders).items[0]?.status).toBeUndefined();
    const bundled = BUNDLED_PACKS.amazon;
    useServedPacks({ amazon: { ...bundled, version: 2, fields: { 'list.status': [{ by: 'css', css: '.order-state-primary' }] } } });
    expect(amazon.parseOrders(doc, orders).items[0]?.status).toBe('shipped');
  });
});

describe('reading a field by its strategies', () => {
  const scopeOf = (html: string): Scope => {
    const el = pageOf(html).body;
    return { element: el, lines: () => el.textContent ?? '', part: (name) => el.querySelector(`[data-cell="${name}"]`)?.textContent ?? '' };
  };

  it('takes the first strategy that gives a value the field accepts, and says which', () => {
    const scope = scopeOf('<div data-cell="a"></div><b class="x">not a number</b><i>Qty 7</i>');
    const number = (t: string) => (/^\d+$/.test(t) ? Number(t) : undefined);
    expect(
      readField(
        [
          { by: 'cell', name: 'a' },
          { by: 'css', css: '.x' },
          { by: 'pattern', pattern: 'Qty (\\d+)' },
        ],
        scope,
        number,
      ),
    ).toEqual({ value: 7, via: 2 });
    expect(readField([{ by: 'css', css: '.x' }], scope, number)).toBeUndefined();
    expect(readField(undefined, scope, number)).toBeUndefined();
  });

  it('gives nothing for a pattern that does not compile, rather than failing the read', () => {
    const scope = scopeOf('<p>x</p>');
    expect(readField([{ by: 'pattern', pattern: '(' }], scope, (t) => t)).toBeUndefined();
  });
});
