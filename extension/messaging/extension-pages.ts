/** The extension's own pages: their addresses, and opening the dashboard from the popup. */
import { browser } from 'wxt/browser';

/**
 * The full address of a file in the extension. (WXT types `getURL` against
 * generated page paths that exist only after a build; this takes any path.)
 */
export function extensionUrl(path: string): string {
  return (browser.runtime as unknown as { getURL(path: string): string }).getURL(path);
}

/** Opens the dashboard in a new tab and closes the popup. */
export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: extensionUrl('/dashboard.html') });
  window.close();
}
