// @vitest-environment happy-dom
/**
 * The eBay pack: which strategy read each field, and a newer pack (as the
 * worker serves one) mending a reading when eBay changes its pages, with no
 * change to the adapter's code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../../extension/content/portals/bundled-packs.js';
import * as ebay from '../../../../extension/content/portals/ebay.js';
import { useServedPacks } from '../../../../extension/content/portals/packs.js';
import { viaOf } from '../../../../extension/content/portals/strategies.js';
import type { PortalPack, Strategy } from '../../../../shared/schemas/portal-pack.js';
import { portalPack } from '../../../../shared/schemas/portal-pack.js';
import { loadPage } from './fixtures.js';

const ukGrid = new URL('https://www.ebay.co.uk/sh/ord/?filter=status:ALL_ORDERS');
const deOrder = new URL('https://www.ebay.de/mesh/ord/details?orderid=21-09876-54321');
const deGrid = new URL('https://www.ebay.de/sh/ord/?filter=status:AWAITING_SHIPMENT');

/** The bundled pack with `fields` (and `extra`) changed, one version newer, checked as the worker checks served packs. */
function newerPack(fields: Record<string, Strategy[]>, extra: Partial<PortalPack> = {}): PortalPack {
  const bundled = BUNDLED_PACKS.ebay;
  const pack = portalPack.parse({ ...bundled, ...extra, version: bundled.version + 1, fields: { ...bundled.fields, ...fields } });
  return pack;
}

afterEach(() => useServedPacks({}));

describe('the eBay pack', () => {
  it('notes which strategy read each field: the stable anchor on live pages, later ones on older pages', () => {
    const live = ebay.parseOrders(loadPage('ebay', 'orders-grid.html'), ukGrid).items;
    expect(viaOf(live[0]!)).toEqual({
      'grid.orderId': 0,
      'grid.status': 0,
      'grid.placedAt': 0,
      'grid.total': 0,
      'grid.buyerName': 0,
      'grid.buyerId': 0,
      'line.channelSku': 0,
      'line.title': 0,
      'line.quantity': 0,
      'line.price': 0,
      'line.sku': 0,
    });
    // A checkbox with only an id: the third order-number strategy.
    expect(viaOf(live[2]!)?.['grid.orderId']).toBe(2);
    // The old grid: its details link, its status cell's class, a bare number in its quantity column.
    const old = ebay.parseOrders(loadPage('ebay', 'orders.html'), new URL('https://www.ebay.co.uk/sh/ord/')).items;
    expect(viaOf(old[0]!)).toMatchObject({ 'grid.orderId': 5, 'grid.status': 1, 'grid.total': 1, 'grid.buyerName': 1, 'grid.buyerId': 2, 'line.quantity': 1 });
    const page = ebay.parseOrders(loadPage('ebay', 'order-mesh.html'), new URL('https://www.ebay.co.uk/mesh/ord/details?orderid=07-11223-44556')).items;
    expect(viaOf(page[0]!)).toEqual({
      'order.placedAt': 0,
      'order.shipBy': 0,
      'order.serviceLevel': 0,
      'order.total': 0,
      'order.buyerName': 0,
      'order.buyerId': 0,
      'card.quantity': 0,
      'card.sku': 0,
      'card.channelSku': 0,
      'card.title': 0,
      'card.soldPrice': 0,
      'card.total': 0,
    });
  });
});

describe('a newer eBay pack served by the worker', () => {
  it('reads a status whose class eBay hashed, once the pack matches the class by its prefix', () => {
    const hashed = () => {
      const doc = loadPage('ebay', 'orders-grid.html');
      for (const el of Array.from(doc.querySelectorAll('.order-status'))) el.className = 'OrderStatus_status__3fk9a';
      return doc;
    };
    const before = ebay.parseOrders(hashed(), ukGrid).items;
    expect(before.map((o) => o.status)).toEqual([undefined, undefined, undefined]);
    expect(before[0]!.missing).toEqual(['channelStatus', 'status', 'lines.unitPrice']);

    const bundled = BUNDLED_PACKS.ebay.fields['grid.status']!;
    useServedPacks({ ebay: newerPack({ 'grid.status': [...bundled, { by: 'css', css: "[class*='OrderStatus_status'] .sh-bold" }] }) });
    const after = ebay.parseOrders(hashed(), ukGrid).items;
    expect(after.map((o) => o.status)).toEqual(['ready', undefined, 'shipped']);
    expect(after[0]).toMatchObject({ channelStatus: 'Dispatch by 21 Sep', missing: ['lines.unitPrice'] });
    expect(viaOf(after[0]!)?.['grid.status']).toBe(bundled.length);
  });

  it('reads a column eBay renamed, once the pack knows the new header', () => {
    const renamed = () => {
      const doc = loadPage('ebay', 'orders-grid.html');
      const title = Array.from(doc.querySelectorAll('.orders-table .th-title')).find((t) => t.textContent === 'Date sold')!;
      title.textContent = 'Sale date';
      return doc;
    };
    expect(ebay.parseOrders(renamed(), ukGrid).items[0]).toMatchObject({ placedAt: undefined, missing: ['placedAt', 'lines.unitPrice'] });
    useServedPacks({ ebay: newerPack({ 'grid.placedAt': [{ by: 'column', headers: ['Date sold', 'Sale date'] }] }) });
    expect(ebay.parseOrders(renamed(), ukGrid).items[0]).toMatchObject({ placedAt: '2026-09-18T00:00:00.000Z', missing: ['lines.unitPrice'] });
  });

  it('reads an order page whose German label changed, once the pack lists the new word', () => {
    const relabelled = () => {
      const doc = loadPage('ebay', 'order-mesh-de.html');
      Array.from(doc.querySelectorAll('dt')).find((dt) => dt.textContent === 'Verkaufsdatum:')!.textContent = 'Kaufdatum:';
      return doc;
    };
    expect(ebay.parseOrders(relabelled(), deOrder).items[0]).toMatchObject({ placedAt: undefined, missing: ['placedAt', 'channelStatus', 'status', 'shipBy'] });
    useServedPacks({ ebay: newerPack({ 'order.placedAt': [{ by: 'label', labels: ['Date sold', 'Verkaufsdatum', 'Verkauft am', 'Kaufdatum'] }] }) });
    expect(ebay.parseOrders(relabelled(), deOrder).items[0]).toMatchObject({ placedAt: '2026-10-03T00:00:00.000Z', missing: ['channelStatus', 'status', 'shipBy'] });
  });

  it('knows the orders grid at a new address within the pages the extension runs on', () => {
    const moved = new URL('https://www.ebay.co.uk/mesh/ord/?filter=status:ALL_ORDERS');
    expect(ebay.pageKind(moved)).toBeUndefined();
    expect(ebay.parseOrders(loadPage('ebay', 'orders-grid.html'), moved).items).toEqual([]);
    const routes = [...BUNDLED_PACKS.ebay.routes, { kind: 'orders' as const, path: '^/mesh/ord/?$' }];
    useServedPacks({ ebay: newerPack({}, { routes }) });
    expect(ebay.pageKind(moved)).toBe('orders');
    expect(ebay.parseOrders(loadPage('ebay', 'orders-grid.html'), moved).items.map((o) => o.externalId)).toEqual(['07-11223-44556', '08-22334-55667', '09-33445-66778']);
  });

  it('finds the orders table by a checkbox eBay renamed, once the pack names it', () => {
    const renamed = () => {
      const doc = loadPage('ebay', 'orders-grid-de.html');
      for (const box of Array.from(doc.querySelectorAll('tbody input[data-testid="order-checkbox"]'))) {
        box.setAttribute('data-testid', 'order-select');
        box.removeAttribute('name');
      }
      return doc;
    };
    // The details links still name each order, and the buyer button the buyer: later strategies.
    const before = ebay.parseOrders(renamed(), deGrid).items;
    expect(before.map((o) => o.externalId)).toEqual(['21-09876-54321', '22-11111-22222']);
    expect(viaOf(before[0]!)).toMatchObject({ 'grid.orderId': 4, 'grid.buyerId': 1 });
    const bundled = BUNDLED_PACKS.ebay;
    const checkbox = "input[data-testid='order-select']";
    useServedPacks({
      ebay: newerPack(
        { 'grid.buyerId': [{ by: 'css', css: checkbox, attr: 'data-buyer-id' }, ...bundled.fields['grid.buyerId']!] },
        { selectors: { ...bundled.selectors, orderCheckbox: [checkbox, ...(bundled.selectors.orderCheckbox as string[])] } },
      ),
    });
    const after = ebay.parseOrders(renamed(), deGrid).items;
    expect(after.map((o) => o.buyer?.externalId)).toEqual(['annavogel', 'maxh_77']);
    expect(viaOf(after[0]!)).toMatchObject({ 'grid.orderId': 4, 'grid.buyerId': 0 });
  });
});

describe('eBay listings by the pack', () => {
  it('take each listing’s item number from its item link first, its printed number next', () => {
    const doc = loadPage('ebay', 'listings.html');
    const url = new URL('https://www.ebay.com/sh/lst/active');
    expect(ebay.parseListings(doc, url).items.map((l) => viaOf(l)?.['listing.channelSku'])).toEqual([0, 0, 0, 0]);
    for (const link of Array.from(doc.querySelectorAll('a.item-title'))) link.removeAttribute('href');
    const { items } = ebay.parseListings(doc, url);
    expect(items.map((l) => l.channelSku)).toEqual(['256789012345', '256789012346', '256789012350', '256789012351']);
    expect(items.map((l) => viaOf(l)?.['listing.channelSku'])).toEqual([1, 1, 1, 1]);
  });
});
