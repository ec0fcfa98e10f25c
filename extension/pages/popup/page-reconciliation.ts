/**
 * "This page against your book" in the popup: asks the active portal tab's
 * content script for the counts of its last pass (see the reconciliation
 * feature) and words them. The counts live with the page that made them,
 * so a closed or reloaded tab never leaves stale ones behind.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { adapterForUrl } from '../../content/portals/index.js';
import type { PortalId } from '../../content/portals/types.js';
import { reconciliationAnswerOf } from '../../messaging/message-checks.js';
import type { PageReconciliation, TabMessage } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';

/** The active portal tab's counts, or null when there are none to show. */
export const pageCounts = signal<{ portal: PortalId; counts: PageReconciliation } | null>(null);

/** Asks the active tab, when it shows a portal page, for its counts. Never throws. */
export async function refreshPageCounts(): Promise<void> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const portal = tab?.url ? adapterForUrl(tab.url)?.id : undefined;
    if (tab?.id === undefined || !portal) {
      pageCounts.value = null;
      return;
    }
    const ask: TabMessage<'reconciliation'> = { type: 'reconciliation' };
    const counts = reconciliationAnswerOf(await browser.tabs.sendMessage(tab.id, ask));
    pageCounts.value = counts ? { portal, counts } : null;
  } catch {
    // No Orderlens on the page (switched off, not loaded yet): nothing to count.
    pageCounts.value = null;
  }
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The popup's lines for a page's counts, each with its code for tests and support. */
export function reconciliationLines(portal: PortalId, c: PageReconciliation): Array<{ code: string; words: string }> {
  const name = PORTAL_NAMES[portal].short;
  if (c.pageKind === 'listings') {
    const lines = [{ code: 'listings', words: `${n(c.listingsShown, 'listing', 'listings')} on this page` }];
    if (!c.known) return [...lines, { code: 'unknown', words: 'Your book could not be asked: nothing compared.' }];
    return [
      ...lines,
      { code: 'quantities-differ', words: `${n(c.quantitiesDiffer, 'quantity differs', 'quantities differ')} from what you can sell` },
      { code: 'not-linked', words: `${n(c.notLinked, 'listing', 'listings')} not linked to a SKU` },
    ];
  }
  const lines = [{ code: 'orders', words: `${n(c.ordersShown, 'order', 'orders')} on this page` }];
  if (!c.known) return [...lines, { code: 'unknown', words: 'Your book could not be asked: nothing compared.' }];
  return [
    ...lines,
    { code: 'new-to-book', words: `${n(c.newToBook, 'order', 'orders')} new to your book, captured now` },
    { code: 'shipped-in-book', words: `${n(c.shippedInBook, 'order', 'orders')} shipped in your book, not on ${name}` },
    { code: 'cancelled-on-portal', words: `${n(c.cancelledOnPortal, 'order', 'orders')} cancelled on ${name}, stock freed in your book` },
  ];
}
