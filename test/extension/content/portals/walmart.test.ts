// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { healthWords } from '../../../../extension/content/core/page-health.js';
import { BUNDLED_PACKS } from '../../../../extension/content/portals/bundled-packs.js';
import { useServedPacks } from '../../../../extension/content/portals/packs.js';
import { viaOf } from '../../../../extension/content/portals/strategies.js';
import * as walmart from '../../../../extension/content/portals/walmart.js';
import type { PortalPack } from '../../../../shared/schemas/portal-pack.js';
import { loadPage, newerPack, pageHealth, pageOf, savedReading } from './fixtures.js';

const seller = (path: string) => new URL(`https://seller.walmart.com${path}`);
const ok = { partial: false, missing: [] };
/** The POs of the saved orders.html, each with its number of lines. */
const ORDERS_PAGE_LINES: Array<[string, number]> = [
  ['1234567890123', 1],
  ['1234567890124', 2],
  ['1234567890125', 1],
  ['1234567890126', 1],
  ['1234567890127', 1],
];

describe('Walmart Manage Orders', () => {
  it('puts a chip anchor on each PO number, not on the rows of further lines', () => {
    const anchors = walmart.rowAnchors(loadPage('walmart', 'orders.html'));
    expect(anchors.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual(['1234567890123', '1234567890124', '1234567890125', '1234567890126', '1234567890127']);
    expect(anchors.every((a) => a.anchor.localName === 'a')).toBe(true);
  });
});

describe('Walmart pages that are broken or not what was expected', () => {
  const url = seller('/orders/manage-orders');

  it('finds columns by header text even when Seller Center reorders them', () => {
    const doc = loadPage('walmart', 'orders.html');
    const rows = Array.from(doc.querySelectorAll('[role="row"]'));
    rows.at(-1)!.remove(); // the short row would no longer line up with the moved headers
    for (const row of rows.slice(0, -1)) {
      row.append(row.children[0]!); // "PO #" moves to the end…
      row.append(row.children[0]!); // …and "Order #" after it
    }
    expect(doc.querySelector('[role="columnheader"]')?.textContent).toBe('Order Date');
    expect(walmart.parseOrders(doc, url).items).toEqual(walmart.parseOrders(loadPage('walmart', 'orders.html'), url).items.slice(0, -1));
  });

  it('keeps a line status it does not know as the channel status, without a unified status', () => {
    const doc = loadPage('walmart', 'orders.html');
    const created = Array.from(doc.querySelectorAll('[role="cell"]')).find((c) => c.textContent === 'Created')!;
    created.textContent = 'Refund pending';
    const [first] = walmart.parseOrders(doc, url).items;
    expect(first).toMatchObject({ channelStatus: 'Refund pending', status: undefined, partial: true, missing: ['status'] });
  });

  it('warns about a row whose PO number is unreadable and reads the rest', () => {
    const doc = loadPage('walmart', 'orders.html');
    doc.querySelector('[role="cell"] a')!.textContent = 'PO pending';
    const { items, warnings } = walmart.parseOrders(doc, url);
    expect(warnings).toEqual(['order row 1 skipped: no PO number']);
    expect(items.map((o) => o.externalId)).toEqual(['1234567890124', '1234567890125', '1234567890126', '1234567890127']);
  });

  it('reports empty and unrelated pages with warnings and nothing read', () => {
    const empty = pageOf('<div role="table"><div role="row"><div role="columnheader">PO #</div></div></div>');
    expect(walmart.parseOrders(empty, url)).toEqual({ items: [], warnings: ['no order rows on the page'], page: {} });
    expect(walmart.parseOrders(loadPage('walmart', 'orders.html'), seller('/orders/manage-orders?poNumber=9999999999999')).warnings).toEqual(['PO 9999999999999 is not on the page']);
    const unrelated = pageOf('<h1>Growth opportunities</h1>');
    expect(walmart.parseOrders(unrelated, seller('/growth'))).toEqual({ items: [], warnings: ['not a Walmart orders page: /growth'] });
    expect(walmart.parseListings(unrelated, seller('/items-and-inventory/manage-items'))).toEqual({ items: [], warnings: ['no item rows on the page'] });
    expect(walmart.rowAnchors(unrelated)).toEqual([]);
  });
});

describe('Walmart pages as live Seller Center draws them (experimental)', () => {
  const grid = (path = '/orders/manage-orders?orderGroups=Unshipped') => walmart.parseOrders(loadPage('walmart', 'orders-grid.html'), seller(path));
  const maria = {
    externalId: '1234567890201',
    channelStatus: 'Acknowledged',
    status: 'ready',
    paymentStatus: 'paid',
    placedAt: '2026-09-18T00:00:00.000Z',
    placedAtPrecision: 'day',
    shipBy: '2026-09-21T00:00:00.000Z',
    serviceLevel: 'Standard',
    buyer: { name: 'Maria Garcia' },
    lines: [{ sku: 'WB-32-SS', quantity: 1, unitPrice: 2499 }],
    partial: true,
    missing: ['currency', 'total', 'lines.channelSku'],
  };
  const davidGrid = {
    externalId: '1234567890202',
    channelStatus: 'Acknowledged, Shipped',
    status: 'partially_shipped',
    paymentStatus: 'paid',
    placedAt: '2026-09-17T00:00:00.000Z',
    placedAtPrecision: 'day',
    shipBy: '2026-09-19T00:00:00.000Z',
    serviceLevel: 'Standard',
    buyer: { name: 'David Okafor' },
    lines: [
      { sku: 'LB-INS-BLU', quantity: 2 },
      { sku: 'IP-SET-4', quantity: 1, unitPrice: 850 },
    ],
    partial: true,
    missing: ['currency', 'total', 'lines.channelSku', 'lines.unitPrice'],
  };

  it('says its reading is experimental until a real page confirms it', () => {
    expect(walmart.experimental).toBe(true);
  });

  it('knows the one-PO deep link and the legacy details page by their URLs', () => {
    expect(walmart.pageKind(seller('/orders/manage-orders?orderGroups=All&poNumber=1234567890202'))).toBe('order');
    expect(walmart.pageKind(seller('/order-management/details?orderId=200012345670002&poNumber=1234567890202'))).toBe('order');
    expect(walmart.pageKind(seller('/order-management/details?orderId=200012345670002'))).toBeUndefined();
    expect(walmart.pageKind(seller('/order-management/returns?poNumber=1234567890202'))).toBeUndefined();
  });

  it('reads an ARIA grid of hashed class names by its own column headers, one PO from its repeated rows', () => {
    const { items, warnings, page } = grid();
    expect(warnings).toEqual([]);
    expect(page).toEqual({ totalItems: 3 });
    expect(items).toEqual([
      maria,
      davidGrid,
      {
        externalId: '1234567890203',
        channelStatus: 'Ready to ship',
        placedAt: '2026-09-16T00:00:00.000Z',
        placedAtPrecision: 'day',
        shipBy: '2026-09-17T00:00:00.000Z',
        serviceLevel: 'Two-Day',
        buyer: { name: 'Kevin Wright' },
        lines: [{ sku: 'MUG-SET-6', quantity: 1, unitPrice: 3200 }],
        partial: true,
        missing: ['status', 'currency', 'total', 'lines.channelSku'],
      },
    ]);
  });

  it('takes "Item Cost" as the unit price only for a line of one unit, and never reads "Item Cost" as the item', () => {
    const [, david] = grid().items;
    expect(david?.lines).toEqual([
      { sku: 'LB-INS-BLU', quantity: 2 },
      { sku: 'IP-SET-4', quantity: 1, unitPrice: 850 },
    ]);
    expect(david?.lines.every((l) => l.title === undefined)).toBe(true);
  });

  it('reads only the PO the deep link names', () => {
    expect(grid('/orders/manage-orders?orderGroups=All&poNumber=1234567890202')).toEqual({ items: [davidGrid], warnings: [], page: { totalItems: 3 } });
  });

  it('reads a native table with its columns in another order, ignoring other tables on the page, with the ship-to address; its status unknown while its lines cannot be known to be all', () => {
    // No total to add its lines up to, no row count: a third line may not be drawn yet, so its status is not told.
    expect(walmart.parseOrders(loadPage('walmart', 'orders-table.html'), seller('/orders/manage-orders?orderGroups=All&poNumber=1234567890202'))).toEqual(savedReading('walmart', 'orders-table'));
  });

  it('does not take the ship-to address of a drawer that still shows another PO', () => {
    const doc = loadPage('walmart', 'orders-table.html');
    doc.querySelector('[role="dialog"]')!.setAttribute('aria-label', 'PO 1234567890201');
    const [po] = walmart.parseOrders(doc, seller('/orders/manage-orders?orderGroups=All&poNumber=1234567890202')).items;
    expect(po?.externalId).toBe('1234567890202');
    expect(po?.shipTo).toBeUndefined();
  });

  it('reads the legacy details page: fields by their labels, lines from its table, the time of day without a zone dropped', () => {
    const { items, warnings } = walmart.parseOrders(loadPage('walmart', 'details-legacy.html'), seller('/order-management/details?orderId=200012345670002&poNumber=1234567890202'));
    expect(warnings).toEqual([]);
    const lunchBag = { sku: 'LB-INS-BLU', channelSku: '987654321', title: 'Insulated Lunch Bag, Blue', quantity: 1, unitPrice: 1500 };
    expect(items).toEqual([
      {
        // The PO the grid shows, with what only the details page prints.
        ...davidGrid,
        currency: 'USD',
        total: 3850,
        lines: [lunchBag, lunchBag, { sku: 'IP-SET-4', channelSku: '876543210', title: 'Reusable Ice Pack Set, 4 pack', quantity: 1, unitPrice: 850 }],
        shipTo: { name: 'David Okafor', line1: '455 Peachtree Street NE', line2: 'Suite 1200', city: 'Atlanta', region: 'GA', postalCode: '30308', country: 'US', phone: '(404) 555-0187' },
        ...ok,
      },
    ]);
  });

  it('reads a sparse details page, leaving its status, a dash quantity and a multi-unit cost unread, its lines not known to be all', () => {
    expect(walmart.parseOrders(loadPage('walmart', 'details-legacy-partial.html'), seller('/order-management/details?poNumber=1234567890203'))).toEqual(
      savedReading('walmart', 'details-legacy-partial'),
    );
  });

  it("leaves the last PO's status unknown when a row of it is not drawn yet, and reads it once all are", () => {
    const doc = loadPage('walmart', 'orders-grid.html');
    const rows = doc.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] [role="row"]');
    rows[3]!.remove(); // Kevin's PO is not drawn yet…
    const hidden = rows[2]!;
    hidden.remove(); // …nor David's second line
    const url = seller('/orders/manage-orders');
    const [, david] = walmart.parseOrders(doc, url).items;
    expect(david).toMatchObject({ externalId: '1234567890202', lines: [{ sku: 'LB-INS-BLU', quantity: 2 }] });
    expect(david?.status).toBeUndefined();
    expect(david?.missing).toEqual(['channelStatus', 'status', 'currency', 'total', 'lines.channelSku', 'lines.unitPrice', 'lines']);
    doc.querySelector('[role="rowgroup"] + [role="rowgroup"]')!.append(hidden, rows[3]!);
    expect(walmart.parseOrders(doc, url).items[1]).toEqual(davidGrid);
  });

  it("knows a details page's lines are all there when they add up to its order total, and not when one is missing", () => {
    const doc = loadPage('walmart', 'details-legacy.html');
    const details = seller('/order-management/details?poNumber=1234567890202');
    expect(walmart.parseOrders(doc, details).items[0]).toMatchObject({ status: 'partially_shipped', partial: false });
    doc.querySelectorAll('[role="row"]')[3]!.remove(); // the shipped line not drawn yet
    expect(walmart.parseOrders(doc, details).items[0]).toMatchObject({ partial: true, missing: ['channelStatus', 'status', 'lines'] });
  });

  it('reads nothing from a details page that shows another PO than its URL, or none', () => {
    const url = seller('/order-management/details?poNumber=1234567890299');
    expect(walmart.parseOrders(loadPage('walmart', 'details-legacy.html'), url)).toEqual({ items: [], warnings: ['the page shows PO 1234567890202, not PO 1234567890299'], page: {} });
    expect(walmart.parseOrders(pageOf('<main><h1>Order details</h1></main>'), url)).toEqual({ items: [], warnings: ['PO 1234567890299 is not on the page'], page: {} });
  });

  it.each([
    {
      says: 'with more cells than the table has headers, whose cells cannot be told apart',
      spoil: (doc: Document) => doc.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] [role="row"]')[0]!.insertAdjacentHTML('afterbegin', '<div role="cell">!</div>'),
      warning: 'order row 1 skipped: its cells do not line up with the column headers',
    },
    {
      says: 'whose PO number and PO link disagree',
      spoil: (doc: Document) => doc.querySelector('a[href*="poNumber=1234567890201"]')!.setAttribute('href', '/orders/manage-orders?orderGroups=All&poNumber=1234567890299'),
      warning: 'order row 1 skipped: PO number 1234567890201 and its link to 1234567890299 disagree',
    },
  ])('skips a grid row $says and reads the rest', ({ spoil, warning }) => {
    const doc = loadPage('walmart', 'orders-grid.html');
    spoil(doc);
    const { items, warnings } = walmart.parseOrders(doc, seller('/orders/manage-orders'));
    expect(warnings).toEqual([warning]);
    expect(items.map((o) => o.externalId)).toEqual(['1234567890202', '1234567890203']);
  });

  it('does not fold the further lines of a PO row it skipped into the PO above', () => {
    const doc = loadPage('walmart', 'orders.html');
    const rows = doc.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] [role="row"]');
    rows[1]!.insertAdjacentHTML('afterbegin', '<div role="cell">!</div>'); // PO …124's first row no longer lines up
    const { items, warnings } = walmart.parseOrders(doc, seller('/orders/manage-orders'));
    expect(warnings).toEqual(['order row 2 skipped: its cells do not line up with the column headers', 'order row 3 skipped: a further line of a PO row that could not be read']);
    expect(items.map((o) => [o.externalId, o.lines.length])).toEqual(ORDERS_PAGE_LINES.filter(([po]) => po !== '1234567890124'));
  });

  it("does not take a line at the top of a second table for the first table's last PO", () => {
    const doc = loadPage('walmart', 'orders.html');
    const table = doc.querySelector('[role="table"]')!;
    const second = table.cloneNode(true) as Element;
    const bodyRows = second.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] [role="row"]');
    // only a further line of PO …124, its PO cell empty
    for (const [i, row] of bodyRows.entries()) if (i !== 2) row.remove();
    table.after(second);
    const { items, warnings } = walmart.parseOrders(doc, seller('/orders/manage-orders'));
    expect(warnings).toEqual(['order row 7 skipped: a further line with no PO above it in its table']);
    expect(items.map((o) => [o.externalId, o.lines.length])).toEqual(ORDERS_PAGE_LINES);
  });

  it('reads no lines from a details page with two tables of quantities, and says so', () => {
    const doc = loadPage('walmart', 'details-legacy.html');
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', '<table><thead><tr><th>Return reason</th><th>Qty</th></tr></thead><tbody><tr><td>Damaged</td><td>1</td></tr></tbody></table>');
    const { items, warnings } = walmart.parseOrders(doc, seller('/order-management/details?poNumber=1234567890202'));
    expect(warnings).toEqual(['more than one table of lines on the page']);
    expect(items[0]).toMatchObject({ externalId: '1234567890202', lines: [], total: 3850, partial: true });
    expect(items[0]?.missing).toEqual(['channelStatus', 'status', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice']);
  });

  it("says a PO lacks lines when one of its rows sits apart, among another PO's rows", () => {
    const doc = loadPage('walmart', 'orders-grid.html');
    const rows = doc.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] [role="row"]');
    rows[3]!.after(rows[2]!); // David's second line moves below Kevin's PO
    const { items, warnings } = walmart.parseOrders(doc, seller('/orders/manage-orders'));
    expect(warnings).toEqual(["order row 4 skipped: PO 1234567890202 is split by other POs' rows"]);
    expect(items[1]).toMatchObject({ externalId: '1234567890202', lines: [{ sku: 'LB-INS-BLU', quantity: 2 }], partial: true });
    expect(items[1]?.missing).toContain('lines');
  });

  it('puts one chip anchor on each PO: its link in the grid, its printed number on the details page', () => {
    const onGrid = walmart.rowAnchors(loadPage('walmart', 'orders-grid.html'));
    expect(onGrid.map((a) => (a.kind === 'order' ? a.externalId : a.channelSku))).toEqual(['1234567890201', '1234567890202', '1234567890203']);
    expect(onGrid.every((a) => a.anchor.localName === 'a')).toBe(true);
    const onTable = walmart.rowAnchors(loadPage('walmart', 'orders-table.html'));
    expect(onTable.map((a) => [a.kind === 'order' && a.externalId, a.anchor.localName])).toEqual([['1234567890202', 'a']]);
    const onDetails = walmart.rowAnchors(loadPage('walmart', 'details-legacy.html'));
    expect(onDetails.map((a) => [a.kind === 'order' && a.externalId, a.anchor.textContent])).toEqual([['1234567890202', '1234567890202']]);
    expect(walmart.rowAnchors(loadPage('walmart', 'details-legacy-partial.html')).map((a) => a.anchor.localName)).toEqual(['dd']);
  });
});

describe('Which Walmart seller account a page belongs to', () => {
  it("is the partner id Seller Center's header prints, with the seller's name when printed", () => {
    expect(walmart.account(loadPage('walmart', 'orders-grid.html'), seller('/orders/manage-orders'))).toEqual({ key: '10001234567', name: 'Blue Ridge Goods' });
    expect(walmart.account(loadPage('walmart', 'details-legacy.html'), seller('/order-management/details?poNumber=1234567890202'))).toEqual({ key: '10001234567' });
  });

  it("is the seller's name, lowercased as the key, when no partner id is printed; else unknown", () => {
    const named = pageOf('<header><span>Seller Name</span> <span>Blue Ridge Goods</span></header>');
    expect(walmart.account(named, seller('/orders/manage-orders'))).toEqual({ key: 'blue ridge goods', name: 'Blue Ridge Goods' });
    expect(walmart.account(loadPage('walmart', 'orders-table.html'), seller('/orders/manage-orders'))).toBeUndefined();
    expect(walmart.account(loadPage('walmart', 'orders-grid.html'), new URL('https://www.walmart.com/orders/manage-orders'))).toBeUndefined();
  });
});

describe('Walmart reading by the pack', () => {
  const bundled = BUNDLED_PACKS.walmart;
  const serve = (change: Partial<PortalPack>) => useServedPacks({ walmart: newerPack('walmart', change) });
  const url = seller('/orders/manage-orders');
  afterEach(() => useServedPacks({}));

  it('is marked experimental in the pack as in the adapter', () => {
    expect(bundled.experimental).toBe(true);
  });

  it('notes which strategy read each field of a PO and its lines', () => {
    const [first] = walmart.parseOrders(loadPage('walmart', 'orders-grid.html'), url).items;
    expect(viaOf(first!)).toEqual({
      'row.po': 0,
      'row.customer': 0,
      'row.placedAt': 0,
      'row.shipBy': 0,
      'row.serviceLevel': 0,
      'line.status': 0,
      'line.quantity': 0,
      'line.sku': 0,
      'line.cost': 0,
    });
    const [details] = walmart.parseOrders(loadPage('walmart', 'details-legacy.html'), seller('/order-management/details?poNumber=1234567890202')).items;
    expect(viaOf(details!)).toMatchObject({ 'details.po': 0, 'details.total': 0, 'details.placedAt': 0, 'line.cost': 0 });
    expect(Object.keys(viaOf(details!)!)).not.toContain('line.unitPrice'); // no "Unit Price" column: the one-unit cost read it
  });

  it('reads a renamed quantity column once a newer pack knows its header, without a new build', () => {
    const renamed = () => {
      const doc = loadPage('walmart', 'orders-grid.html');
      for (const el of doc.querySelectorAll('[role="columnheader"] span')) if (el.textContent === 'Qty') el.textContent = 'Units';
      return doc;
    };
    const before = walmart.parseOrders(renamed(), url).items;
    expect(before.map((o) => o.lines.length)).toEqual([0, 0, 0]);
    expect(before[0]?.missing).toEqual(['currency', 'total', 'lines', 'lines.sku', 'lines.channelSku', 'lines.unitPrice', 'lines.quantity']);
    serve({ fields: { 'line.quantity': [{ by: 'column', headers: ['Qty', 'Quantity', 'Units'] }] } });
    expect(walmart.parseOrders(renamed(), url).items).toEqual(walmart.parseOrders(loadPage('walmart', 'orders-grid.html'), url).items);
  });

  it('finds a grid drawn with another role once a newer pack selects it', () => {
    const treegrid = () => {
      const doc = loadPage('walmart', 'orders-grid.html');
      doc.querySelector('[role="table"]')!.setAttribute('role', 'treegrid');
      return doc;
    };
    expect(walmart.parseOrders(treegrid(), url)).toEqual({ items: [], warnings: ['no order rows on the page'], page: { totalItems: 3 } });
    serve({ selectors: { tableRoots: "[role='table'], [role='grid'], [role='treegrid'], table" } });
    expect(walmart.parseOrders(treegrid(), url).items.map((o) => o.externalId)).toEqual(['1234567890201', '1234567890202', '1234567890203']);
  });

  it('reads a details page whose PO label changed once a newer pack adds the label', () => {
    const relabelled = () => {
      const doc = loadPage('walmart', 'details-legacy.html');
      for (const el of doc.querySelectorAll('span')) if (el.textContent === 'PO #') el.textContent = 'Purchase Order Number';
      return doc;
    };
    const details = seller('/order-management/details?poNumber=1234567890202');
    expect(walmart.parseOrders(relabelled(), details)).toEqual({ items: [], warnings: ['PO 1234567890202 is not on the page'], page: {} });
    serve({ fields: { 'details.po': [{ by: 'label', labels: ['PO #', 'Purchase Order Number'] }] } });
    expect(walmart.parseOrders(relabelled(), details).items.map((o) => [o.externalId, o.total, o.partial])).toEqual([['1234567890202', 3850, false]]);
    expect(walmart.rowAnchors(relabelled()).map((a) => a.anchor.textContent)).toEqual(['1234567890202']);
  });
});

describe('How much of a Walmart page was read', () => {
  const healthOf = (file: string, url: string) => pageHealth(walmart, file, url);

  it('marks every Walmart page experimental, and says which POs it could not fully read', () => {
    const grid = healthOf('orders-grid.html', 'https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped');
    expect(grid).toMatchObject({ experimental: true, countPrinted: 3, unread: 1, ok: false, fieldsMissing: { status: 1 } });
    expect(healthWords(grid)).toBe("Orderlens can't fully read this page (2 of 3 orders)");
    expect(healthOf('details-legacy.html', 'https://seller.walmart.com/order-management/details?poNumber=1234567890202')).toMatchObject({ experimental: true, ok: true });
  });
});
