/**
 * The content script's side of "Save this page for support": answers the
 * popup's `scrubbed-page` ask with the page scrubbed of personal data (see
 * scrub-page.ts) and the name to save it under. Whatever goes wrong becomes
 * an `{error}` answer: nothing is thrown into the portal's page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isScrubbedPageAsk, MAX_SCRUBBED_PAGE } from '../messaging/message-checks.js';
import type { ScrubbedPageAnswer } from '../messaging/messages.js';
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

/** Answers `scrubbed-page` from the extension's own pages for as long as the content script lives. */
export function answerPageSaves(ctx: ContentScriptContext, adapter: ScrubbingAdapter): void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: ScrubbedPageAnswer) => void) => {
    try {
      if (sender.id !== browser.runtime.id || !isScrubbedPageAsk(message)) return false;
      sendResponse(savedPage(document, adapter, new URL(location.href)));
    } catch (error) {
      console.error('Orderlens: cannot answer a page save', error);
    }
    return false;
  };
  try {
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  } catch (error) {
    // Saving pages is a side door: the overlay starts whether or not it opens.
    console.error('Orderlens: cannot offer page saves', error);
  }
}
