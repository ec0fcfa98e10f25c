/**
 * "Save this page for support" in the popup: which portal the active tab
 * shows, injecting the scrubber (entrypoints/scrub-page.ts) into that tab for
 * its scrubbed page, and
 * downloading it as one HTML file (a Blob URL and `<a download>`: no
 * downloads permission). Every failure becomes a line the seller can read.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { adapterForUrl } from '../../content/portals/index.js';
import type { PortalId } from '../../content/portals/types.js';
import { scrubbedPageAnswerOf } from '../../messaging/message-checks.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';

/** The active tab, when it shows a portal page. */
export const portalTab = signal<{ id: number; portal: PortalId } | null>(null);
export const saveState = signal<'idle' | 'saving' | 'saved' | 'failed'>('idle');
/** The saved file's name, or why the page could not be saved. */
export const saveLine = signal('');

/** The active tab and the portal it shows (tab URLs are visible only on the portals' hosts, which is all we need). */
async function activePortalTab(): Promise<{ id: number; portal: PortalId } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const portal = tab?.url ? adapterForUrl(tab.url)?.id : undefined;
  return tab?.id !== undefined && portal ? { id: tab.id, portal } : null;
}

/** Finds whether the active tab is a portal page, for the button to show. */
export async function findPortalTab(): Promise<void> {
  try {
    portalTab.value = await activePortalTab();
  } catch {
    portalTab.value = null;
  }
}

/** The unlisted script that scrubs a page, as built beside the popup. */
const SCRUB_SCRIPT = '/scrub-page.js';

/** What a failed injection means to the seller: a tab showing an error page or not yet allowed is one to reload. */
function unreachable(error: unknown, portal: PortalId): string {
  const message = error instanceof Error ? error.message : String(error);
  return /error page|cannot access|missing host permission|receiving end does not exist|could not establish connection/i.test(message)
    ? `Orderlens is not running on this ${PORTAL_NAMES[portal].full} page yet: reload the page and try again.`
    : `The page could not be asked for a copy: ${message}`;
}

/** Downloads `html` as `fileName`. */
export function downloadHtml(html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own hold on the file; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Asks the active portal tab for its scrubbed page and downloads it; says why not when it cannot. */
export async function savePageForSupport(download = downloadHtml): Promise<void> {
  saveState.value = 'saving';
  saveLine.value = '';
  const fail = (line: string) => {
    saveState.value = 'failed';
    saveLine.value = line;
  };
  let tab: { id: number; portal: PortalId } | null;
  try {
    tab = await activePortalTab();
  } catch (error) {
    return fail(`The active tab could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  portalTab.value = tab;
  if (!tab) return fail('This is not a seller portal page: open an Amazon, eBay, Etsy, Shopify or Walmart seller page and try again.');
  let raw: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRUB_SCRIPT] });
    raw = injection?.result;
  } catch (error) {
    return fail(unreachable(error, tab.portal));
  }
  const answer = scrubbedPageAnswerOf(raw);
  if ('error' in answer) return fail(answer.error);
  try {
    download(answer.html, answer.fileName);
  } catch (error) {
    return fail(`The file could not be saved: ${error instanceof Error ? error.message : String(error)}`);
  }
  saveState.value = 'saved';
  saveLine.value = `Saved ${answer.fileName}: names, addresses, emails, phones and free text are replaced.`;
}
