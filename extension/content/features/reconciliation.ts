/**
 * Reconciliation: each pass holds what the page shows against what the
 * book answered that pass (the status and risk chips' answers, asked once)
 * and keeps the counts, which the popup asks the tab for. Marks nothing on
 * the page: the chips beside each row already say what differs.
 */
import { browser } from 'wxt/browser';
import { isReconciliationAsk } from '../../messaging/message-checks.js';
import type { PageReconciliation } from '../../messaging/messages.js';
import type { PortalFeature } from '../core/features.js';
import { ordersFound, reconcileListings, reconcileOrders } from './reconciliation-rules.js';

export const reconciliation: PortalFeature = {
  id: 'reconciliation',
  include: ['orders', 'order', 'listings'],
  start({ signal }) {
    let latest: PageReconciliation | null = null;
    let found = ordersFound();
    let foundOn = '';
    const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: PageReconciliation | null) => void) => {
      if (sender.id !== browser.runtime.id || !isReconciliationAsk(message)) return false;
      sendResponse(latest);
      return false;
    };
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
    return (page) => {
      // What earlier passes found belongs to the page they read: another page (an SPA move) starts afresh.
      const at = page.url.origin + page.url.pathname + page.url.search;
      if (at !== foundOn) {
        found = ordersFound();
        foundOn = at;
      }
      latest = page.kind === 'listings' ? reconcileListings(page.listings, page.book.risks) : reconcileOrders(page.kind, page.orders, page.book.statuses, found);
    };
  },
};
