// @vitest-environment happy-dom
/**
 * What the page-health count makes of each Shopify page: every order the
 * page links to is read, and an order whose status could not be read is
 * counted as not fully read, so the seller sees the page is only partly
 * understood instead of trusting a guess.
 */
import { describe, expect, it } from 'vitest';
import { healthWords } from '../../../../extension/content/core/page-health.js';
import { readDocument } from '../../../../extension/content/core/page-read.js';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import type { PageKind } from '../../../../extension/content/portals/types.js';
import { loadPage } from './fixtures.js';

function healthOf(file: string, url: string) {
  const at = new URL(url);
  return readDocument(shopify, loadPage('shopify', file), at, shopify.pageKind(at) as PageKind).health;
}

const ACME = 'https://admin.shopify.com/store/acme-goods';

describe('Shopify page health', () => {
  it.each([
    ['orders.html', `${ACME}/orders`, 5, 0],
    ['orders-aria.html', `${ACME}/orders`, 4, 1],
    ['orders-aria-de.html', 'https://admin.shopify.com/store/kaffee-koenig/orders', 3, 2],
    ['orders-condensed.html', `${ACME}/orders`, 3, 0],
    ['orders-condensed-de.html', 'https://kaffee-koenig.myshopify.com/admin/orders', 3, 1],
    ['orders-selectable.html', 'https://admin.shopify.com/store/tea-and-tin/orders', 3, 0],
    ['orders-selectable-headless.html', 'https://admin.shopify.com/store/tea-and-tin/orders', 3, 1],
    ['order.html', `${ACME}/orders/6012345678901`, 1, 0],
    ['order-live.html', `${ACME}/orders/6012345678931`, 1, 0],
    ['order-live-de.html', 'https://kaffee-koenig.myshopify.com/admin/orders/5512345678941', 1, 0],
  ])('reads every order %s links to, and counts those without a status', (file, url, orders, statusUnknown) => {
    const health = healthOf(file, url);
    expect(health).toMatchObject({ idsSeen: orders, rowsRead: orders, rowsSkipped: 0, unread: statusUnknown, ok: statusUnknown === 0 });
  });

  it('tells the seller how much of a page was understood', () => {
    expect(healthWords(healthOf('orders-aria-de.html', 'https://admin.shopify.com/store/kaffee-koenig/orders'))).toBe("Orderlens can't fully read this page (1 of 3 orders)");
  });

  it('counts orders the page links to when no layout it knows holds them', () => {
    const doc = loadPage('shopify', 'orders-condensed.html');
    for (const li of doc.querySelectorAll('li')) li.className = 'Polaris-ResourceItem_3k9a1';
    doc.querySelector('ul[class*="CondensedList"]')!.className = 'Polaris-ResourceList_r7o2x';
    const url = new URL(`${ACME}/orders`);
    const parsed = shopify.parseOrders(doc, url);
    expect(parsed).toEqual({ items: [], warnings: ['no order rows on the page'] });
    const health = readDocument(shopify, doc, url, 'orders').health;
    expect(health).toMatchObject({ idsSeen: 3, rowsRead: 0, unread: 3, ok: false });
  });
});
