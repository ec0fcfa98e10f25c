/**
 * The page's side of "Save this page for support": the page scrubbed of
 * personal data (see scrub-page.ts) and the name to save it under. The popup
 * injects it (entrypoints/scrub-page.ts) only when asked, so the portals'
 * content scripts do not carry the scrubber. Whatever goes wrong becomes an
 * `{error}` answer: nothing is thrown into the portal's page.
 */
import { browser } from 'wxt/browser';
import { MAX_SCRUBBED_PAGE } from '../messaging/message-checks.js';
import type { ScrubbedPageAnswer } from '../messaging/messages.js';
import { servedPacksItem } from '../messaging/storage.js';
import { adapterForUrl } from './portals/index.js';
import { packsServed, useServedPacks } from './portals/packs.js';
import { type ScrubbingAdapter, scrubPage } from './scrub-page.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The extension's version, when the browser says. */
function extensionVersion(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}

/** The file a saved page is named: portal, page kind and when, e.g. `orderlens-amazon-orders-2026-12-07T04-10-00Z.html`. */
export function savedPageName(adapter: ScrubbingAdapter, url: URL, now: Date): string {
  let kind: string | undefined;
  try {
    kind = adapter.pageKind(url);
  } catch {
    kind = undefined;
  }
  const when = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return `orderlens-${adapter.id}-${kind ?? 'page'}-${when}.html`;
}

/** The page scrubbed and named, or why it could not be. Never throws. */
export function savedPage(doc: Document, adapter: ScrubbingAdapter, url: URL, now = new Date()): ScrubbedPageAnswer {
  try {
    const html = scrubPage(doc, { portal: adapter, url, now, version: extensionVersion() });
    if (html.length > MAX_SCRUBBED_PAGE) return { error: `This page is too large to save (${Math.round(html.length / 1e6)} MB).` };
    return { html, fileName: savedPageName(adapter, url, now) };
  } catch (error) {
    console.error('Orderlens: cannot save this page', error);
    return { error: `This page could not be scrubbed: ${messageOf(error)}` };
  }
}

/**
 * The scrubbed page of the tab this runs in, as the popup's injected
 * scrub-page script answers it: the portal's adapter by the page's address,
 * read with the packs the background keeps, as the content script reads it.
 */
export async function scrubThisPage(): Promise<ScrubbedPageAnswer> {
  const url = new URL(location.href);
  const adapter = adapterForUrl(url);
  if (!adapter) return { error: 'This is not a seller portal page: open an Amazon, eBay, Etsy, Shopify or Walmart seller page and try again.' };
  try {
    useServedPacks(packsServed(await servedPacksItem.getValue()));
  } catch (error) {
    console.error('Orderlens: cannot read the served portal packs; the bundled ones serve', error);
  }
  return savedPage(document, adapter, url);
}
