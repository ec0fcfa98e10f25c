// @vitest-environment happy-dom
/**
 * The Shopify adapter reads through its pack: a newer pack served by the
 * worker mends a reading the admin broke, with no new build, and each
 * order says which strategy read each of its fields.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../../extension/content/portals/bundled-packs.js';
import { useServedPacks } from '../../../../extension/content/portals/packs.js';
import * as shopify from '../../../../extension/content/portals/shopify.js';
import { viaOf } from '../../../../extension/content/portals/strategies.js';
import type { PortalPack } from '../../../../shared/schemas/portal-pack.js';
import { portalPack } from '../../../../shared/schemas/portal-pack.js';
import { loadPage, newerPack, pageSaying } from './fixtures.js';

const store = (handle: string, path: string) => new URL(`https://admin.shopify.com/store/${handle}${path}`);
const bundled = BUNDLED_PACKS.shopify;
const served = (change: Partial<PortalPack>): PortalPack => newerPack('shopify', change);

afterEach(() => useServedPacks({}));

describe('a newer Shopify pack', () => {
  it('reads a renamed fulfillment column once the pack knows its header', () => {
    const page = () => pageSaying('shopify', 'orders-aria.html', '[role="columnheader"] span', 'Fulfillment status', 'Fulfillment');
    const before = shopify.parseOrders(page(), store('acme-goods', '/orders')).items;
    expect(before.map((o) => o.status)).toEqual([undefined, undefined, undefined, undefined]);
    expect(before[0]).toMatchObject({ channelStatus: 'Paid', paymentStatus: 'paid', missing: ['status'] });

    useServedPacks({ shopify: served({ fields: { 'list.fulfillment': [{ by: 'column', headers: ['Fulfillment status', 'Fulfillment'] }] } }) });
    const after = shopify.parseOrders(page(), store('acme-goods', '/orders')).items;
    expect(after.map((o) => o.status)).toEqual(['shipped', 'pending', 'returned', undefined]);
    // What the served pack leaves out comes from the bundled one.
    expect(after[0]).toMatchObject({ externalId: '#1011', total: 5650, buyer: { name: 'Jane Smith' }, ...{ partial: false, missing: [] } });
  });

  it('maps a status word it learns, without a build', () => {
    const page = () => pageSaying('shopify', 'orders-condensed-de.html', '[class*="Polaris-Badge"] span:last-child', 'Ausgeführt', 'Versendet');
    const url = new URL('https://kaffee-koenig.myshopify.com/admin/orders');
    expect(shopify.parseOrders(page(), url).items[1]).toMatchObject({ channelStatus: 'Bezahlt, Versendet, Archiviert', status: undefined, missing: ['status'] });

    useServedPacks({ shopify: served({ labels: { 'fulfillment.fulfilled': [...bundled.labels['fulfillment.fulfilled']!, 'Versendet'] } }) });
    expect(shopify.parseOrders(page(), url).items[1]).toMatchObject({ channelStatus: 'Bezahlt, Versendet, Archiviert', status: 'shipped', missing: [] });
  });

  it('finds line items again after the admin renames their rows', () => {
    const page = () => {
      const doc = loadPage('shopify', 'order-live.html');
      for (const row of doc.querySelectorAll('[class*="_MainRow"]')) row.className = row.className.replace('_MainRow', '_PrimaryRow');
      return doc;
    };
    const url = store('acme-goods', '/orders/6012345678931');
    const [before] = shopify.parseOrders(page(), url).items;
    // Its variant links are still seen, but not where a quantity can be read beside them.
    expect(before).toMatchObject({ lines: [], partial: true, missing: ['lines', 'lines.channelSku', 'lines.unitPrice', 'lines.quantity'] });

    useServedPacks({ shopify: served({ selectors: { lineRow: "[class*='_MainRow'], [class*='_PrimaryRow']" } }) });
    const [after] = shopify.parseOrders(page(), url).items;
    expect(after!.lines.map((l) => [l.channelSku, l.quantity, l.unitPrice])).toEqual([
      ['45123456789012', 2, 2200],
      ['45123456789020', 1, 1200],
    ]);
    expect(after).toMatchObject({ partial: false, missing: [] });
  });

  it('is checked by the pack schema before it is used: the bundled one is valid', () => {
    expect(portalPack.safeParse(bundled).success).toBe(true);
    expect(() => served({ fields: { 'list.total': [{ by: 'pattern', pattern: '(' }] } })).toThrow();
  });
});

describe('which strategy read each Shopify field', () => {
  it('is the column on the table list, and the one printed date and amount on the condensed list', () => {
    const [grid] = shopify.parseOrders(loadPage('shopify', 'orders-aria.html'), store('acme-goods', '/orders')).items;
    expect(viaOf(grid!)).toEqual({
      'list.orderName': 0,
      'list.total': 0,
      'list.customer': 0,
      'list.payment': 0,
      'list.fulfillment': 0,
      'list.placedAt': 0,
      'list.serviceLevel': 0,
    });
    const [condensed] = shopify.parseOrders(loadPage('shopify', 'orders-condensed.html'), store('acme-goods', '/orders')).items;
    expect(viaOf(condensed!)).toEqual({ 'list.orderName': 0, 'list.total': 1, 'list.badges': 0, 'list.placedAt': 1 });
  });

  it("is the label on the first-written order page, and the live page's own hooks on the live one", () => {
    const [old] = shopify.parseOrders(loadPage('shopify', 'order.html'), store('acme-goods', '/orders/6012345678901')).items;
    expect(viaOf(old!)).toMatchObject({ 'order.total': 0, 'order.serviceLevel': 1, 'order.customer': 1, 'order.email': 0, 'order.placedAt': 1 });
    const [live] = shopify.parseOrders(loadPage('shopify', 'order-live.html'), store('acme-goods', '/orders/6012345678931')).items;
    expect(viaOf(live!)).toMatchObject({
      'order.name': 0,
      'order.total': 1,
      'order.serviceLevel': 0,
      'order.customer': 0,
      'order.email': 1,
      'order.placedAt': 0,
      'line.quantity': 0,
      'line.channelSku': 0,
      'line.sku': 0,
    });
  });
});
