/** The popup's "Save this page for support" button, shown on portal pages, with what became of the last save. */
import { useEffect } from 'preact/hooks';
import { findPortalTab, portalTab, saveLine, savePageForSupport, saveState } from './page-save.js';

/** The button and its result line; nothing on pages that are not a portal's, unless a save just failed there. */
export function SavePageButton() {
  useEffect(() => void findPortalTab(), []);
  const state = saveState.value;
  if (!portalTab.value && state !== 'failed') return null;
  return (
    <section class="save-page" aria-label="Support">
      {portalTab.value && (
        <button type="button" disabled={state === 'saving'} onClick={() => void savePageForSupport()}>
          {state === 'saving' ? 'Saving…' : 'Save this page for support'}
        </button>
      )}
      {state === 'saved' && (
        <p class="message muted" role="status">
          {saveLine.value}
        </p>
      )}
      {state === 'failed' && (
        <p class="message bad" role="alert">
          {saveLine.value}
        </p>
      )}
    </section>
  );
}
