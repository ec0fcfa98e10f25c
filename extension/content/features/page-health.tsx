/**
 * Page health (`data-orderlens="page-health"`): when a pass could not read
 * everything the page shows (order ids it could not make into orders,
 * orders whose status it could not read), a small marker in the page's
 * corner says so, in the chips' style; the background is told the counts
 * (badge, popup, reading reports). A page that reads fully shows nothing.
 */

import { askBackground } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { fieldWords } from '../../shared/field-words.js';
import type { PortalFeature } from '../core/features.js';
import { chipLayer } from '../core/mount.js';
import { healthWords, type PageHealth } from '../core/page-health.js';
import { PILL_CSS, pillView } from '../core/pill.js';
import { annotated } from '../core/timing.js';

/** The marker sits in the page's corner, above the portal's own layers, wide enough for its sentence. */
const MARKER_CSS = `.pill{position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:min(44em,90vw);
padding:2px 10px;font-size:12px;line-height:20px;box-shadow:0 1px 4px rgba(16,24,40,.18);}`;

/** The marker's hover text: which fields were not read on how many items, and what Orderlens does about it. */
export function healthDetails(health: PageHealth, portalName: string): string {
  const noun = health.pageKind === 'listings' ? 'listings' : 'orders';
  const missing = Object.entries(health.fieldsMissing)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 4)
    .map(([field, n]) => `${fieldWords(field)} not read on ${n}`);
  const unreadRows = Math.max(health.idsSeen, health.countPrinted ?? 0) - health.rowsRead;
  return [
    unreadRows > 0 ? `${unreadRows} ${noun} shown could not be read at all.` : '',
    missing.length ? `${missing.join('; ')}.` : '',
    'What could not be read is kept as unknown, never guessed.',
    health.experimental ? `Reading ${portalName} pages is experimental until a real page confirms it.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export const pageHealthMarker: PortalFeature = {
  id: 'page-health',
  include: ['orders', 'order', 'listings'],
  start({ portal, signal }) {
    const marker = chipLayer('page-health', PILL_CSS + MARKER_CSS, signal);
    let told: string | undefined;
    return (page) => {
      const { health } = page;
      annotated(page.timing, () => {
        const words = healthWords(health);
        if (words && document.body) {
          const experimental = health.experimental ? ' · experimental' : '';
          marker.show(document.body, 'page', 'unread', pillView({ tone: 'warn', words: words + experimental, details: healthDetails(health, PORTAL_NAMES[portal].short) }));
          marker.keepOnly(new Set([document.body]));
        } else marker.keepOnly(new Set());
      });
      // Told only when the counts change; not awaited: the badge and reports never hold up a pass.
      const counts = JSON.stringify([page.url.pathname, health.pageKind, health.idsSeen, health.rowsRead, health.rowsSkipped, health.unread, health.fieldsMissing, health.packVersion]);
      if (counts === told) return;
      told = counts;
      askBackground({ type: 'pageHealth', channelKind: portal, health }).catch(() => {
        told = undefined;
      });
    };
  },
};
