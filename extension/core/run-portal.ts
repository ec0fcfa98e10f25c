/**
 * A portal content script's whole life: while the seller has the portal
 * switched on (Options, watched live), watch the page and, on every change,
 * read it once and let each feature do its part; when switched off, take
 * everything away; and answer the popup's "save this page" at any time.
 * Started by each `<portal>.content` entrypoint with its adapter.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerPageSaves } from '../content/save-page.js';
import type { PortalAdapter } from '../portals/types.js';
import { ALL_PORTALS_ON, portalSwitchesItem, type PortalSwitches } from '../services/storage.js';
import { runFeatures, startFeatures, type PortalFeature } from './features.js';
import { observePage, type PageWatch } from './observe.js';
import { pageReadings, readPage } from './page-read.js';
import { newTiming, publishTiming } from './timing.js';

/** Runs `features` on the pages of `adapter`'s portal for as long as the content script lives. */
export function runPortal(ctx: ContentScriptContext, adapter: PortalAdapter, features: readonly PortalFeature[]): void {
  let session: AbortController | undefined;
  // The seller may save a page for support whether or not the portal is switched on.
  answerPageSaves(ctx, adapter);

  const switchTo = (switches: PortalSwitches | null) => {
    const on = (switches ?? ALL_PORTALS_ON)[adapter.id] !== false;
    if (on && !session && ctx.isValid) {
      session = new AbortController();
      watchPortalPage(adapter, features, AbortSignal.any([ctx.signal, session.signal]));
    } else if (!on && session) {
      session.abort();
      session = undefined;
    }
  };

  ctx.onInvalidated(portalSwitchesItem.watch(switchTo));
  void portalSwitchesItem.getValue().then(switchTo, (error: unknown) => console.error('Orderlens: cannot read the portal switches', error));
}

/** One switched-on stretch: features started, the page watched, until `signal` aborts. */
function watchPortalPage(adapter: PortalAdapter, features: readonly PortalFeature[], signal: AbortSignal): void {
  let watch: PageWatch | undefined;
  let passes = 0;
  const askedSoFar: Record<string, number> = {};
  const running = startFeatures(features, { portal: adapter.id, signal, schedule: () => watch?.schedule() });
  const readings = pageReadings();
  watch = observePage({
    signal,
    changed: readings.changed,
    async pass() {
      passes += 1;
      const timing = newTiming(passes, null);
      const page = readPage(adapter, new URL(location.href), timing, readings);
      if (page) await runFeatures(running, page, signal);
      for (const [type, n] of Object.entries(timing.asked)) askedSoFar[type] = (askedSoFar[type] ?? 0) + n;
      if (!signal.aborted) publishTiming(timing, askedSoFar);
    },
  });
}
