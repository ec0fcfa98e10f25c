// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { healthWords } from '../../../../extension/content/core/page-health.js';
import { readDocument } from '../../../../extension/content/core/page-read.js';
import { adapters } from '../../../../extension/content/portals/index.js';
import { packFor } from '../../../../extension/content/portals/packs.js';
import type { PageKind, PortalAdapter } from '../../../../extension/content/portals/types.js';
import { loadPage } from '../portals/fixtures.js';

/** The fixture pages of every portal, with the URL each is read at. */
const PAGES: ReadonlyArray<[portal: string, file: string, url: string]> = [
  ['amazon', 'orders.html', 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=2'],
  ['amazon', 'orders-de.html', 'https://sellercentral.amazon.de/orders-v3'],
  ['amazon', 'orders-live.html', 'https://sellercentral.amazon.com/orders-v3'],
  ['amazon', 'orders-live-de.html', 'https://sellercentral.amazon.de/orders-v3'],
  ['amazon', 'order.html', 'https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567'],
  ['amazon', 'order-live.html', 'https://sellercentral.amazon.com/orders-v3/order/113-1000001-2000001'],
  ['amazon', 'inventory.html', 'https://sellercentral.amazon.com/myinventory/inventory'],
];

function healthOf(portal: string, file: string, url: string) {
  const adapter = adapters.find((a) => a.id === portal) as PortalAdapter;
  const doc = loadPage(portal, file);
  const at = new URL(url);
  return { doc, health: readDocument(adapter, doc, at, adapter.pageKind(at) as PageKind).health };
}

/** The health of `doc` read as Amazon's Manage Orders page. */
const amazonOrdersHealth = (doc: Document) => readDocument(adapters.find((a) => a.id === 'amazon')!, doc, new URL('https://sellercentral.amazon.com/orders-v3'), 'orders').health;

describe('page health', () => {
  it.each(PAGES)('finds %s %s fully read, or says exactly what was not', (portal, file, url) => {
    const { health } = healthOf(portal, file, url);
    expect(health.rowsSkipped).toBe(0);
    expect(health.idsSeen).toBe(health.rowsRead);
    if (file === 'orders-live.html') {
      // One order prints a status word the model does not know: its status is unknown, and the page says so.
      expect(health).toMatchObject({ ok: false, unread: 1, fieldsMissing: { status: 1 } });
      expect(healthWords(health)).toBe("Orderlens can't fully read this page (4 of 5 orders)");
    } else {
      expect(health.ok, JSON.stringify(health)).toBe(true);
      expect(healthWords(health)).toBeUndefined();
    }
  });

  it('counts the order ids a page shows that no row was read for, and the rows skipped', () => {
    const { doc } = healthOf('amazon', 'orders.html', 'https://sellercentral.amazon.com/orders-v3');
    // The table is renamed: no row is found, but the page still shows its six orders' links.
    doc.querySelector('#orders-table')!.removeAttribute('id');
    const health = amazonOrdersHealth(doc);
    expect(health).toMatchObject({ idsSeen: 6, rowsRead: 0, unread: 6, ok: false });
    // The portal's printed count is over many pages (page 2 of 5): it is not held against this page.
    expect(health.countPrinted).toBeUndefined();
    expect(healthWords(health)).toBe("Orderlens can't fully read this page (0 of 6 orders)");
  });

  it('records which strategy read each field, summed over the page', () => {
    const { health } = healthOf('amazon', 'orders-live.html', 'https://sellercentral.amazon.com/orders-v3');
    expect(health.strategies['list.status']).toEqual({ '1': 5 });
    expect(health.strategies['list.orderId']).toEqual({ '0': 5 });
    expect(health.packVersion).toBe(packFor('amazon').version);
  });

  it('does not count an order id that only a script on the page carries', () => {
    const { doc } = healthOf('amazon', 'orders.html', 'https://sellercentral.amazon.com/orders-v3');
    const script = doc.createElement('script');
    script.textContent = 'window.state = {"recent":"119-1111111-2222222"}';
    doc.body.append(script);
    expect(amazonOrdersHealth(doc).idsSeen).toBe(6);
  });
});
