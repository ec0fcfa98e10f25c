// @vitest-environment happy-dom
/**
 * Readings kept from pass to pass: a page read again after changes gives
 * exactly what reading it afresh gives, whatever changed (text in place,
 * elements replaced, rows added, chips put beside order numbers).
 */
import { describe, expect, it } from 'vitest';
import { pageReadings } from '../../../../extension/content/core/page-read.js';
import * as amazon from '../../../../extension/content/portals/amazon.js';
import { readingOnce } from '../../../../extension/content/portals/dom.js';
import { loadPage } from '../portals/fixtures.js';

const url = new URL('https://sellercentral.amazon.com/orders-v3');

/** A saved orders page watched as the content script watches it: every change passed on to the readings. */
function watchedPage() {
  const doc = loadPage('amazon', 'orders.html');
  const readings = pageReadings();
  const observer = new MutationObserver((records) => readings.changed(records));
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const pass = () => {
    readings.changed(observer.takeRecords());
    return readingOnce(() => ({ orders: amazon.parseOrders(doc, url), anchors: amazon.rowAnchors(doc).map((a) => (a.kind === 'order' ? a.externalId : a.channelSku)) }), readings.memory);
  };
  const afresh = () => readingOnce(() => ({ orders: amazon.parseOrders(doc, url), anchors: amazon.rowAnchors(doc).map((a) => (a.kind === 'order' ? a.externalId : a.channelSku)) }));
  return { doc, pass, afresh };
}

describe('readings kept across passes', () => {
  it('an unchanged page reads the same from memory as afresh', () => {
    const page = watchedPage();
    const first = page.pass();
    expect(page.pass()).toEqual(first);
    expect(first).toEqual(page.afresh());
  });

  it('a pass after text changed in place reads the new text', () => {
    const page = watchedPage();
    page.pass();
    const quantity = Array.from(page.doc.querySelectorAll('.myo-list-orders-product-name-cell div')).find((d) => d.textContent === 'Quantity: 1')!;
    (quantity.firstChild as Text).data = 'Quantity: 4';
    const again = page.pass();
    expect(again.orders.items[0]?.lines[0]).toEqual({
      sku: 'BCB-L-001',
      channelSku: 'BCB-L-001',
      channelItemId: 'B07XJ8C8F5',
      title: 'Bamboo Cutting Board, Large',
      quantity: 4,
      unitPrice: undefined,
    });
    expect(again).toEqual(page.afresh());
  });

  it('a pass after elements were replaced, rows added and chips put beside order numbers reads what the page now shows', () => {
    const page = watchedPage();
    page.pass();
    const option = page.doc.querySelector('[data-test-id="oth-customer-option"]')!;
    option.innerHTML = '<div>Shipping service: Expedited</div><div>Ship by date: Sep 30, 2026</div>';
    const body = page.doc.querySelector('#orders-table > tbody')!;
    const copy = body.firstElementChild!.cloneNode(true) as Element;
    copy.querySelector('.cell-body-title a')!.textContent = '113-0000000-0000001';
    body.append(copy);
    for (const link of Array.from(page.doc.querySelectorAll('.cell-body-title a'))) {
      const chip = page.doc.createElement('orderlens-status');
      chip.setAttribute('data-orderlens', 'status');
      link.after(chip);
    }
    const again = page.pass();
    expect(again.orders.items[0]).toMatchObject({ serviceLevel: 'Expedited', shipBy: '2026-09-30T00:00:00.000Z' });
    expect(again.anchors.at(-1)).toBe('113-0000000-0000001');
    expect(again).toEqual(page.afresh());
  });
});
