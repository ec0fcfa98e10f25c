/**
 * The popup in real Chromium: plain words when not connected; `Find an
 * order` finds the right order as the seller types; arrow keys and Enter
 * open its detail with lines, history, tracking, refunds and the link back
 * to the portal; split and merged orders say how they ship.
 */
import { describe, expect, test } from 'vitest';
import { api, createSeller, type ExtensionBrowser, screenshot, workerAndBrowsers } from './harness.js';

const local = workerAndBrowsers();
let ext: ExtensionBrowser | undefined;
const POPUP = { width: 420, height: 640 };

/** A seller with an Amazon channel and three orders, one shipped with tracking and half refunded. */
async function sellerWithOrders() {
  const seller = await createSeller(local.worker, 'Lookup Goods');
  const book = api(local.worker, seller.token);
  const channel = (await book.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon US' })).body.channel;
  const order = (externalId: string, buyer: string, sku: string, service: { serviceLevel: string; deliveryPromise?: 'prime' } = { serviceLevel: 'Standard' }) => ({
    channelId: channel.id,
    externalId,
    status: 'ready',
    channelStatus: 'Unshipped',
    placedAt: '2026-11-20T10:00:00Z',
    currency: 'USD',
    total: 2598,
    buyer: { name: buyer },
    ...service,
    paymentStatus: 'paid',
    lines: [{ sku, title: 'Blue mug', quantity: 2, unitPrice: 1299 }],
  });
  const captured = await book.call('POST', '/v1/orders', {
    orders: [
      order('113-1111111-0000001', 'Ada Lovelace', 'MUG-BLUE'),
      order('113-1111111-0000002', 'Grace Hopper', 'MUG-RED', { serviceLevel: 'SecondDay', deliveryPromise: 'prime' }),
      order('114-2222222-0000003', 'Alan Turing', 'CUP-1'),
    ],
  });
  if (captured.status !== 200) throw new Error(`seed failed: ${JSON.stringify(captured.body)}`);
  const [, second] = captured.body.results as Array<{ id: string }>;
  const shipped = await book.call('POST', `/v1/orders/${second!.id}/transitions`, { to: 'shipped', tracking: { number: '1Z999AA10123456784', carrier: 'UPS' } });
  if (shipped.status !== 200) throw new Error(`transition failed: ${JSON.stringify(shipped.body)}`);
  const refunded = await book.call('POST', `/v1/orders/${second!.id}/refunds`, { amount: 1299, reason: 'One mug arrived chipped' });
  if (refunded.status !== 200) throw new Error(`refund failed: ${JSON.stringify(refunded.body)}`);
  return { seller, secondId: second!.id };
}

describe('the popup', () => {
  test('without a worker it says plainly what to do', async () => {
    ext = await local.launch();
    const popup = await ext.open('popup', POPUP);
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe('Connect Orderlens to your worker in Options. Open Options');
    expect(await popup.getByLabel('Find an order').evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(popup, 'popup-not-connected');
  });

  test('typing an order number finds that order, and arrow keys and Enter open it', async () => {
    const { seller, secondId } = await sellerWithOrders();
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    const popup = await ext.open('popup', POPUP);
    // Just after launch the background's first managed-storage read waits for Chrome's policy service (seconds).
    await expect.poll(() => popup.locator('.connection').textContent(), { timeout: 15_000 }).toBe(`Connected to ${new URL(local.worker.url).host} · Nothing waiting to be sent`);

    const search = popup.getByLabel('Find an order');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.pressSequentially('113-1111111-000000', { delay: 20 });
    const options = popup.getByRole('option');
    await expect.poll(() => options.count()).toBe(2);
    await search.pressSequentially('2', { delay: 20 });
    await expect
      .poll(() => options.allTextContents())
      .toEqual([
        '113-1111111-0000002Amazon · Shipped · Grace Hopper · $25.98 · Partly refunded $12.99 · ' +
          (await popup.evaluate(() => new Date('2026-11-20T10:00:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }))),
      ]);
    await screenshot(popup, 'popup-lookup');

    await search.press('ArrowDown');
    await search.press('Enter');
    const heading = popup.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe('Order 113-1111111-0000002');
    const article = popup.getByRole('article');
    expect(await article.locator('dl').innerText()).toContain('Shipped');
    // The unified speed and the promise, with Amazon's own words beside them.
    expect(await article.locator('[data-field="ship-speed"]').innerText()).toBe('Two-day · Prime (SecondDay)');
    expect(await article.locator('dd.payment').innerText()).toBe('Partly refunded · $12.99 refunded');
    expect(await article.locator('tbody tr').allInnerTexts()).toEqual(['MUG-RED\tBlue mug\t2\t$12.99']);
    expect(await article.locator('.history').first().innerText()).toContain('UPS 1Z999AA10123456784');
    expect(await article.locator('ol.history li').count()).toBe(3);
    expect(await article.locator('ol.history li').last().innerText()).toContain('Refunded 12.99 USD: One mug arrived chipped');
    // Who: the seeding token is the seller's first, the owner's.
    expect(await article.locator('ol.history li').first().innerText()).toContain('(api, by owner)');
    const link = popup.getByRole('link', { name: 'Open in Amazon Seller Central' });
    expect(await link.getAttribute('href')).toBe('https://sellercentral.amazon.com/orders-v3/order/113-1111111-0000002');
    await screenshot(popup, 'popup-order-detail');
    expect(secondId).toMatch(/\S/);

    await popup.keyboard.press('Escape');
    await expect.poll(() => search.inputValue()).toBe('113-1111111-0000002');
  });

  test('split and merged orders say how they ship, in the results and the detail', async () => {
    const seller = await createSeller(local.worker, 'Parcel Goods');
    const book = api(local.worker, seller.token);
    const channel = (await book.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon US' })).body.channel;
    const shipTo = { name: 'Ada Lovelace', line1: '12 St James Sq', city: 'London', postalCode: 'SW1Y 4JH', country: 'GB' };
    const order = (externalId: string, lines: Array<{ sku: string; quantity: number; unitPrice: number }>) => ({
      channelId: channel.id,
      externalId,
      status: 'ready',
      placedAt: '2026-11-20T10:00:00Z',
      currency: 'USD',
      total: lines.reduce((n, l) => n + l.quantity * l.unitPrice, 0),
      buyer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      paymentStatus: 'paid',
      shipTo,
      lines,
    });
    const captured = await book.call('POST', '/v1/orders', {
      orders: [
        order('115-3333333-0000001', [
          { sku: 'MUG-BLUE', quantity: 2, unitPrice: 1299 },
          { sku: 'LAMP', quantity: 1, unitPrice: 4000 },
        ]),
        order('116-4444444-0000001', [{ sku: 'MUG-RED', quantity: 1, unitPrice: 1299 }]),
        order('116-4444444-0000002', [{ sku: 'CUP-1', quantity: 1, unitPrice: 500 }]),
      ],
    });
    const [whole, first, second] = (captured.body.results as Array<{ id: string }>).map((r) => r.id);
    const lamp = (await book.call('GET', `/v1/orders/${whole}`)).body.order.lines[1].id;
    expect((await book.call('POST', `/v1/orders/${whole}/split`, { lines: [{ lineId: lamp, quantity: 1 }] })).status).toBe(200);
    expect((await book.call('POST', '/v1/orders/merge', { orderIds: [first, second] })).status).toBe(201);

    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    const popup = await ext.open('popup', POPUP);
    await expect.poll(() => popup.locator('.connection').textContent(), { timeout: 15_000 }).toContain('Connected to');
    const search = popup.getByLabel('Find an order');
    const placed = await popup.evaluate(() => new Date('2026-11-20T10:00:00Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
    await search.fill('115-3333333-0000001');
    await expect
      .poll(async () => (await popup.getByRole('option').allTextContents()).sort())
      .toEqual([
        `115-3333333-0000001-2Amazon · Ready to pick · split part · Ada Lovelace · $40.00 · ${placed}`,
        `115-3333333-0000001Amazon · Ready to pick · split into 2 · Ada Lovelace · $25.98 · ${placed}`,
      ]);
    await search.fill('116-4444444');
    await expect
      .poll(async () => (await popup.getByRole('option').allTextContents()).sort())
      .toEqual([
        `116-4444444-0000001Amazon · Ready to pick · merged with 1 other order · Ada Lovelace · $12.99 · ${placed}`,
        `116-4444444-0000002Amazon · Ready to pick · merged with 1 other order · Ada Lovelace · $5.00 · ${placed}`,
      ]);
    await search.fill('115-3333333-0000001');
    // The exact number comes first, before the parts its prefix finds.
    await expect.poll(async () => (await popup.getByRole('option').allTextContents()).map((t) => t.slice(0, 21))).toEqual(['115-3333333-0000001Am', '115-3333333-0000001-2']);
    await search.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Order 115-3333333-0000001');
    expect(await popup.locator('[data-orderlens="ships-as"]').textContent()).toBe('split into 2');
    await screenshot(popup, 'popup-split-order');
  });

  test('a search with no match says so', async () => {
    const { seller } = await sellerWithOrders();
    ext = await local.launch();
    await ext.configure({ url: local.worker.url, token: seller.token });
    const popup = await ext.open('popup', POPUP);
    await popup.getByLabel('Find an order').fill('999-nothing');
    await expect.poll(() => popup.getByRole('status').last().textContent()).toBe('No order matches “999-nothing”.');
  });
});
