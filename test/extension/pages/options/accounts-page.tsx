/**
 * The Options page's Accounts section shown in happy-dom, for the tests of
 * its parts. A test file importing this gets the section unmounted and its
 * spies restored after each test. Its own `vi.hoisted` block must set
 * `chrome` to the fake browser before the section's modules load.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, vi } from 'vitest';
import type { AccountsOverview } from '../../../../extension/messaging/messages.js';
import { AccountsSection } from '../../../../extension/pages/options/accounts-section.js';

/** Lets the section's messages answer and its renders finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Shows the section with the background answering every message with `overview`; gives the message spy. */
export async function showAccounts(overview: AccountsOverview) {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: overview } as never);
  render(<AccountsSection />, document.body);
  await settle();
  return send;
}

afterEach(() => {
  vi.restoreAllMocks();
  render(null, document.body);
});
