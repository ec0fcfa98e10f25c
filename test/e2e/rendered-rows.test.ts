/**
 * Amazon's order rows are read from the browser's rendering of them where
 * the page is laid out (one `innerText` per row, see renderedRow), and from
 * their elements where it is not (the unit tests' DOM lays nothing out).
 * Both must read the same: for each Amazon orders page (the saved pages, a
 * broken one, a generated 500-row page), the orders the content script
 * captured in Chromium are exactly those the adapter reads from the same
 * markup in happy-dom.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generatedOrdersPage } from '../../bench/lib/amazon-orders-page.js';
import { ROOT } from '../../bench/lib/local-worker.js';
import * as amazon from '../../extension/content/portals/amazon.js';
import type { CapturedOrder } from '../../extension/content/portals/types.js';
import { buildExtensionIfStale, type ExtensionBrowser, eventually, launchWithExtension } from './harness.js';

let ext: ExtensionBrowser | undefined;

beforeAll(() => buildExtensionIfStale());
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const fixture = (file: string) => readFileSync(path.join(ROOT, 'test/fixtures/portals/amazon', file), 'utf8');

/** The markup as a Document of the tests' DOM (no layout). */
function unrendered(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The saved page with the first row's product and status cells gone (a row drawn with missing columns). */
function withMissingCells(): string {
  const doc = unrendered(fixture('orders.html'));
  const row = doc.querySelector('#orders-table > tbody > tr')!;
  row.querySelector('[data-test-id="oth-product-info"]')!.remove();
  row.querySelector('[data-test-id="oth-order-status"]')!.remove();
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
}

/**
 * The saved page with a line the page's styles hide in the first row's product cell, before its SKU: what
 * the seller sees reads as the saved page does (and shows that the rendering was read, not the elements).
 */
function withHiddenLine(): string {
  const html = fixture('orders.html');
  const sku = '<div>SKU: BCB-L-001</div>';
  if (!html.includes(sku)) throw new Error('the Amazon fixture no longer prints the first SKU line');
  return html.replace(sku, `<div style="display:none">SKU: NOT-SHOWN</div>${sku}`);
}

interface StoredCaptures {
  outbox?: { waiting: Array<{ order: CapturedOrder }> };
  rejected?: Array<{ order: CapturedOrder }>;
}

/** Every order the extension captured, from its outbox and its set-aside orders, by order number. */
async function capturedBy(browser: ExtensionBrowser, expected: number): Promise<CapturedOrder[]> {
  return eventually(
    async () => {
      const { outbox, rejected } = await browser.records<StoredCaptures>(['outbox', 'rejected']);
      const orders = [...(outbox?.waiting ?? []), ...(rejected ?? [])].map((w) => w.order);
      return orders.length >= expected ? byNumber(orders) : undefined;
    },
    60_000,
    `${expected} captured orders`,
  );
}

const byNumber = (orders: readonly CapturedOrder[]) => [...orders].sort((a, b) => a.externalId.localeCompare(b.externalId));

/** A page, and the markup whose elements read as the page is shown (itself unless it hides text). */
const CASES: Array<{ name: string; url: string; html: () => string; shown?: () => string }> = [
  { name: 'the saved Manage Orders page', url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=2', html: () => fixture('orders.html') },
  { name: 'the Amazon.de page (euro amounts, German labels)', url: 'https://sellercentral.amazon.de/orders-v3', html: () => fixture('orders-de.html') },
  { name: 'a row drawn with missing cells', url: 'https://sellercentral.amazon.com/orders-v3', html: withMissingCells },
  { name: 'a generated 500-row page', url: 'https://sellercentral.amazon.com/orders-v3', html: () => generatedOrdersPage(500).html },
  { name: 'a line the page hides, left out', url: 'https://sellercentral.amazon.com/orders-v3', html: withHiddenLine, shown: () => fixture('orders.html') },
];

describe('Amazon order rows read from the rendering', () => {
  for (const { name, url, html, shown = html } of CASES) {
    test(`read as from their elements: ${name}`, async () => {
      const markup = html();
      const expected = byNumber(amazon.parseOrders(unrendered(shown()), new URL(url)).items);
      expect(expected.length).toBeGreaterThan(0);

      ext = await launchWithExtension();
      await ext.context.route(url, (route) => route.fulfill({ body: markup, contentType: 'text/html; charset=utf-8' }));
      const page = await ext.context.newPage();
      await page.goto(url);
      // JSON drops undefined fields, as the message to the background did.
      expect(await capturedBy(ext, expected.length)).toEqual(JSON.parse(JSON.stringify(expected)));
    });
  }
});
