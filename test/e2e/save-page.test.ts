/**
 * "Save this page for support" in real Chromium: on a routed Amazon orders
 * page, the popup's button downloads one HTML file that still holds the
 * page's order numbers, SKUs and amounts and none of its buyers.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildExtensionIfStale, type ExtensionBrowser, launchWithExtension, routePortal, screenshot } from './harness.js';

let ext: ExtensionBrowser | undefined;

beforeAll(() => buildExtensionIfStale());
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('saving a portal page for support', () => {
  test('the popup downloads the page scrubbed of its buyers', async () => {
    ext = await launchWithExtension();
    await routePortal(ext.context, 'https://sellercentral.amazon.com/orders-v3**', 'amazon/orders.html');
    const portal = await ext.context.newPage();
    await portal.goto('https://sellercentral.amazon.com/orders-v3/mfn/unshipped');
    const popup = await ext.open('popup', { width: 420, height: 640 });
    // The popup works on the active tab: the portal's, as when the toolbar button is pressed over it.
    await portal.bringToFront();
    await popup.reload();

    const save = popup.getByRole('button', { name: 'Save this page for support' });
    await save.waitFor();
    const [download] = await Promise.all([popup.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/^orderlens-amazon-orders-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toMatch(
      /^<!DOCTYPE html>\n<!--\n {2}scrubbed by Orderlens: names, addresses, emails, phones and free text replaced\n {2}portal: amazon\n {2}page: orders\n {2}url: \/orders-v3\/mfn\/unshipped\n/,
    );
    expect(html).toContain('113-4567890-1234567');
    expect(html).toContain('SKU: BCB-L-001');
    expect(html).toContain('Item subtotal: $24.99');
    expect(html).not.toMatch(/Jane Smith|Carlos|Priya/);
    // The page itself is as it was: the copy was made beside it.
    expect(await portal.locator('[data-test-id="buyer-name-with-link"]').first().textContent()).toBe('Jane Smith');
    await expect.poll(() => popup.getByRole('status').last().textContent()).toMatch(/^Saved orderlens-amazon-orders-.*\.html: names, addresses, emails, phones and free text are replaced\.$/);
    await screenshot(popup, 'popup-page-saved');
  });

  test('the popup says so when the page has no Orderlens to answer', async () => {
    ext = await launchWithExtension();
    // A portal address whose page did not load: the tab is the portal's, but no content script runs in it.
    await ext.context.route('https://sellercentral.amazon.com/**', (route) => route.abort());
    const portal = await ext.context.newPage();
    await portal.goto('https://sellercentral.amazon.com/orders-v3').catch(() => undefined);
    const popup = await ext.open('popup', { width: 420, height: 640 });
    await portal.bringToFront();
    await popup.reload();
    await popup.getByRole('button', { name: 'Save this page for support' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toBe('Orderlens is not running on this Amazon Seller Central page yet: reload the page and try again.');
  });
});
