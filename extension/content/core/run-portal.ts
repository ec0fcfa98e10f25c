/**
 * A portal content script's whole life: while the seller has the portal
 * switched on (Options, watched live), watch the page and, on every change,
 * read it once and let each feature do its part (and fill a confirm-shipment
 * page the seller reached from a chip); when switched off, take
 * everything away.
 * Started by each `<portal>.content` entrypoint with its adapter.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import { askBackground } from '../../messaging/messages.js';
import { ALL_PORTALS_ON, type PortalSwitches, portalSwitchesItem, servedPacksItem } from '../../messaging/storage.js';
import { startConfirmPage } from '../features/confirm-page.js';
import { packsServed, useServedPacks } from '../portals/packs.js';
import type { PortalAdapter } from '../portals/types.js';
import { type PortalFeature, runFeatures, startFeatures } from './features.js';
import { observePage, type PageWatch } from './observe.js';
import { pageReadings, readPage } from './page-read.js';
import { newTiming, publishTiming } from './timing.js';

/** Runs `features` on the pages of `adapter`'s portal for as long as the content script lives. */
export function runPortal(ctx: ContentScriptContext, adapter: PortalAdapter, features: readonly PortalFeature[]): void {
  let session: { stop: AbortController; packsChanged: () => void } | undefined;
  let packsLoaded = false;

  const switchTo = (switches: PortalSwitches | null) => {
    const on = (switches ?? ALL_PORTALS_ON)[adapter.id] !== false;
    // The first pass waits for the served packs: a page is never read with a pack about to be replaced.
    if (on && !session && ctx.isValid && packsLoaded) {
      const stop = new AbortController();
      session = { stop, packsChanged: watchPortalPage(adapter, features, AbortSignal.any([ctx.signal, stop.signal])) };
    } else if (!on && session) {
      session.stop.abort();
      session = undefined;
    }
  };

  ctx.onInvalidated(portalSwitchesItem.watch(switchTo));
  // The background took a newer pack: read the page again with it.
  ctx.onInvalidated(
    servedPacksItem.watch((served) => {
      useServedPacks(packsServed(served));
      session?.packsChanged();
    }),
  );
  void servedPacksItem
    .getValue()
    .then(
      (served) => useServedPacks(packsServed(served)),
      (error: unknown) => console.error('Orderlens: cannot read the served portal packs; the bundled ones serve', error),
    )
    .then(() => {
      packsLoaded = true;
      return portalSwitchesItem.getValue();
    })
    .then(switchTo, (error: unknown) => console.error('Orderlens: cannot read the portal switches', error));
}

/**
 * One switched-on stretch: features started, the page watched, until
 * `signal` aborts. Returns what to call when the packs changed: readings
 * made with the old pack are forgotten and a pass is scheduled.
 */
function watchPortalPage(adapter: PortalAdapter, features: readonly PortalFeature[], signal: AbortSignal): () => void {
  let watch: PageWatch | undefined;
  let passes = 0;
  const askedSoFar: Record<string, number> = {};
  const running = startFeatures(features, { portal: adapter.id, signal, schedule: () => watch?.schedule() });
  const confirmPage = startConfirmPage(adapter.id, signal);
  let readings = pageReadings();
  // The channel's currency and zone, asked once per account the page shows; a pass after the answer reads again with them.
  let locale: ChannelLocale | undefined;
  let localeAsked: string | undefined;
  const askLocale = (accountKey: string | undefined) => {
    const asked = accountKey ?? '';
    if (localeAsked === asked) return;
    localeAsked = asked;
    // Another account's setting is not this one's: read without one until the answer.
    locale = undefined;
    void askBackground({ type: 'channelLocale', channelKind: adapter.id, ...(accountKey === undefined ? {} : { accountKey }) }).then(
      (answer) => {
        if (signal.aborted || localeAsked !== asked || answer.locale === null) return;
        locale = answer.locale;
        readings = pageReadings();
        watch?.schedule();
      },
      (error: unknown) => console.warn('Orderlens: the channel’s currency and zone are not known; amounts and times read without them', error),
    );
  };
  watch = observePage({
    signal,
    changed: (records) => readings.changed(records),
    async pass() {
      passes += 1;
      const timing = newTiming(passes, null);
      const url = new URL(location.href);
      // Not awaited: the form it fills may take seconds to draw, and the pass must not wait for it.
      void confirmPage(url).catch((error: unknown) => console.error('Orderlens: the confirm page was not filled', error));
      const page = readPage(adapter, url, timing, readings, locale);
      if (page && page.kind !== 'listings') askLocale(page.account?.key);
      if (page) await runFeatures(running, page, signal);
      for (const [type, n] of Object.entries(timing.asked)) askedSoFar[type] = (askedSoFar[type] ?? 0) + n;
      if (!signal.aborted) publishTiming(timing, askedSoFar);
    },
  });
  return () => {
    readings = pageReadings();
    watch?.schedule();
  };
}
