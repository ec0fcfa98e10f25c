/**
 * The popup's first line: connected or not (and what to do about it), how
 * many captured orders wait to be sent (and how many of those wait for the
 * seller to choose their account's channel), and the orders that could not be.
 */
import { browser } from 'wxt/browser';
import { connection, dismissRejected, sendNow } from './popup-state.js';

const orders = (n: number) => (n === 1 ? '1 order' : `${n} orders`);

/** Connection state and outbox count. */
export function ConnectionLine() {
  const state = connection.value;
  if (!state) return <p class="connection muted">Checking the connection…</p>;
  const waiting = state.waiting > 0 ? `${orders(state.waiting)} waiting to be sent` : 'Nothing waiting to be sent';
  return (
    <section aria-label="Connection">
      {!state.configured ? (
        <p class="connection warn" role="status">
          Connect Orderlens to your worker in Options.{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Open Options
          </button>
        </p>
      ) : state.delivery === 'ok' ? (
        <p class="connection muted" role="status">
          Connected to {hostOf(state.workerUrl)} · {waiting}
        </p>
      ) : (
        <p class="connection bad" role="status">
          {state.problem} · {waiting}{' '}
          {state.delivery === 'unauthorized' ? (
            <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
              Open Options
            </button>
          ) : (
            <button type="button" class="link" onClick={() => void sendNow()}>
              Try now
            </button>
          )}
        </p>
      )}
      {state.awaitingChoice > 0 && (
        <p class="connection warn" role="status" data-awaiting-choice={state.awaitingChoice}>
          {orders(state.awaitingChoice)} {state.awaitingChoice === 1 ? 'waits' : 'wait'} until you say which channel their account is (asked on its page).{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Choose in Options
          </button>
        </p>
      )}
      {state.rejected.length > 0 && (
        <details>
          <summary class="bad">{orders(state.rejected.length)} could not be sent</summary>
          <ul>
            {state.rejected.map((r) => (
              <li key={`${r.channelKind}:${r.externalId}`}>
                <strong>{r.externalId}</strong> ({r.channelKind}): {r.reason}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void dismissRejected()}>
            Dismiss
          </button>
        </details>
      )}
    </section>
  );
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return url ?? '';
  }
}
