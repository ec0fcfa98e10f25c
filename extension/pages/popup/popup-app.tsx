/**
 * The popup: connection line, `Find an order` with results as you type
 * (arrow keys move, Enter opens), an order's detail, how well each portal
 * was last read, the portal page's counts against the book and "Save this
 * page for support" on portal pages, and links to
 * the dashboard and options.
 */
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openDashboard } from '../../messaging/extension-pages.js';
import { isPortal, PORTAL_NAMES } from '../../messaging/portal-links.js';
import { deliveryItem, outboxSummaryItem, readingHealthItem } from '../../messaging/storage.js';
import { money, moneyOrUnknown, paymentWords, placedWhen, shipsAsWords, statusWords } from '../../shared/words.js';
import { ConnectionLine } from './connection-line.js';
import { OrderDetailView } from './order-detail.js';
import { PageReconciliationView } from './page-reconciliation-view.js';
import {
  active,
  closeOrder,
  moveHighlight,
  opened,
  openOrder,
  openProblem,
  openState,
  query,
  refreshConnection,
  refreshReadingHealth,
  results,
  searchProblem,
  searchState,
  typeQuery,
} from './popup-state.js';
import { PortalAccess } from './portal-access.js';
import { ReadingHealth } from './reading-health.js';
import { SavePageButton } from './save-page-button.js';

const channelName = (kind: string) => (isPortal(kind) ? PORTAL_NAMES[kind].short : kind);

/** "Partly refunded $12.99" once money went back; nothing for an order without refunds. */
const refundedWords = (order: { refunded: number; paymentStatus: string; currency: string }) =>
  order.refunded > 0 ? `${paymentWords(order.paymentStatus)} ${money(order.refunded, order.currency)}` : undefined;

function onSearchKey(event: KeyboardEvent): void {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    moveHighlight(event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const chosen = results.value[active.value];
    if (chosen) void openOrder(chosen.order.id);
  }
}

function SearchResults() {
  if (searchState.value === 'failed')
    return (
      <p class="message bad" role="alert">
        {searchProblem.value}
      </p>
    );
  if (searchState.value === 'done' && results.value.length === 0)
    return (
      <p class="message muted" role="status">
        No order matches “{query.value.trim()}”.
      </p>
    );
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern; the search field keeps focus and names the active option.
    <ul id="lookup-results" class="results" role="listbox" aria-label="Orders found" aria-busy={searchState.value === 'searching'}>
      {results.value.map(({ order }, i) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: arrow keys and Enter are handled on the search field (aria-activedescendant).
        // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox listbox are not focused themselves.
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: each result is an option of the listbox above.
        <li id={`result-${i}`} key={order.id} role="option" aria-selected={i === active.value} onMouseEnter={() => (active.value = i)} onClick={() => void openOrder(order.id)}>
          <div class="number">{order.externalId}</div>
          <div class="meta">
            {[
              channelName(order.channelKind),
              statusWords(order.status),
              shipsAsWords(order),
              order.buyer.name,
              order.currencyUnknown ? 'total unknown: no currency shown' : moneyOrUnknown(order.total, order.currency, 'total unknown'),
              refundedWords(order),
              placedWhen(order),
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The popup. */
export function PopupApp() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void refreshConnection();
    void refreshReadingHealth();
    const unwatch = [outboxSummaryItem, deliveryItem].map((item) => item.watch(() => void refreshConnection()));
    unwatch.push(readingHealthItem.watch(() => void refreshReadingHealth()));
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);
  useEffect(() => {
    if (!opened.value) input.current?.focus();
  }, [opened.value]);

  const detail = opened.value;
  return (
    <>
      <ConnectionLine />
      <PortalAccess />
      {detail ? (
        <OrderDetailView answer={detail} onBack={closeOrder} />
      ) : (
        <>
          <label for="find-order">Find an order</label>
          <input
            ref={input}
            id="find-order"
            type="text"
            // biome-ignore lint/a11y/noAutofocus: the popup exists to find an order; its one field takes the typing at once.
            autoFocus
            autoComplete="off"
            spellcheck={false}
            placeholder="Order number, buyer, SKU or tracking"
            role="combobox"
            aria-autocomplete="list"
            aria-controls="lookup-results"
            aria-expanded={results.value.length > 0}
            aria-activedescendant={active.value >= 0 ? `result-${active.value}` : undefined}
            value={query.value}
            onInput={(e) => typeQuery(e.currentTarget.value)}
            onKeyDown={onSearchKey}
          />
          <SearchResults />
          {openState.value === 'loading' && (
            <p class="message muted" role="status">
              Opening…
            </p>
          )}
          {openState.value === 'failed' && (
            <p class="message bad" role="alert">
              {openProblem.value}
            </p>
          )}
          <PageReconciliationView />
          <ReadingHealth />
        </>
      )}
      <SavePageButton />
      <footer>
        <button type="button" class="link" onClick={() => void openDashboard()}>
          Open dashboard
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </footer>
    </>
  );
}
