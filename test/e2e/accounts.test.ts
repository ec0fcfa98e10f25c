/**
 * Pages know their account, in real Chromium with the built extension: a
 * seller with Amazon US (account amazon.com) and Amazon UK (no account
 * yet) opens Seller Central on amazon.com, whose orders go to Amazon US by
 * its key, then on amazon.de, which matches neither: the page asks which
 * channel it is and holds its orders until the seller answers; then they
 * arrive in the chosen channel, and Options › Accounts shows the mapping.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { api, createSeller, type ExtensionBrowser, eventually, routePortal, screenshot, workerAndBrowsers } from './harness.js';

const local = workerAndBrowsers();
let ext: ExtensionBrowser;
let book: ReturnType<typeof api>;
let us: string;
let uk: string;

beforeAll(async () => {
  const seller = await createSeller(local.worker, 'Two Marketplaces Goods');
  book = api(local.worker, seller.token);
  us = (await book.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon US', accountKey: 'amazon.com' })).body.channel.id;
  uk = (await book.call('POST', '/v1/channels', { kind: 'amazon', name: 'Amazon UK' })).body.channel.id;
  ext = await local.launch();
  await routePortal(ext.context, 'https://sellercentral.amazon.com/orders-v3', 'amazon/orders.html');
  await routePortal(ext.context, 'https://sellercentral.amazon.de/orders-v3', 'amazon/orders-de.html');
  await ext.configure({ url: local.worker.url, token: seller.token });
});

describe('pages know their account', () => {
  test('amazon.com goes to the channel with its key; amazon.de asks once, holds its orders, and files them where the seller says', async () => {
    const comPage = await ext.context.newPage();
    await comPage.goto('https://sellercentral.amazon.com/orders-v3');
    const toUs = await eventually(
      async () => {
        const orders = await book.ordersOf(us);
        return orders.length > 0 ? orders : undefined;
      },
      30_000,
      'amazon.com orders in Amazon US',
    );
    expect(toUs.length).toBeGreaterThan(0);
    await comPage.waitForTimeout(500);
    expect(await comPage.locator('[data-orderlens="account-choice"]').count()).toBe(0);
    await comPage.close();

    const dePage = await ext.context.newPage();
    await dePage.goto('https://sellercentral.amazon.de/orders-v3');
    const prompt = dePage.locator('[data-orderlens="account-choice"] .prompt');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.locator('.question').textContent()).toBe('Which Orderlens channel is Amazon (amazon.de)?');
    expect(await prompt.locator('button').allTextContents()).toEqual(['Amazon US', 'Amazon UK', 'A new channel', 'Later']);
    await screenshot(dePage, 'account-choice');

    // Held: nothing of the page went to either channel, and the popup's state says why they wait.
    const held = await ext.ask({ type: 'state' });
    expect(held.awaitingChoice).toBeGreaterThan(0);
    expect(held.waiting).toBe(held.awaitingChoice);
    expect((await book.ordersOf(uk)).length).toBe(0);
    expect((await book.ordersOf(us)).length).toBe(toUs.length);

    await prompt.locator('button', { hasText: 'Amazon UK' }).click();
    await eventually(async () => ((await prompt.textContent()) === 'Orders from amazon.de now go to Amazon UK.' ? true : undefined), 10_000, 'the confirmation');
    const toUk = await eventually(
      async () => {
        const orders = await book.ordersOf(uk);
        return orders.length === held.awaitingChoice ? orders : undefined;
      },
      30_000,
      'the held amazon.de orders in Amazon UK',
    );
    expect(toUk).toHaveLength(held.awaitingChoice);
    expect((await book.ordersOf(us)).length).toBe(toUs.length);
    expect((await ext.ask({ type: 'state' })).awaitingChoice).toBe(0);
    await dePage.close();

    await ext.page.reload();
    const row = ext.page.locator('tr[data-account="amazon:amazon.de"]');
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('td').first().textContent()).toBe('Amazon');
    expect(await row.locator('select').inputValue()).toBe(uk);
    expect(await ext.page.locator('tr[data-account="amazon:amazon.com"] select').inputValue()).toBe(us);
  });
});
