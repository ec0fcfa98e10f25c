/**
 * What the background does with a page's health: keeps the last reading of
 * each portal for the popup's health line, and marks the toolbar badge of a
 * tab whose page was not fully read (amber "?", the words in its tooltip),
 * until a pass on that tab reads fully again. Background only.
 */
import { browser } from 'wxt/browser';
import { healthWords, type PageHealth } from '../core/page-health.js';
import type { PortalId } from '../portals/types.js';
import { readingHealthItem, type ReadingHealthLine } from './storage.js';

/** The badge colour of a tab whose page was not fully read. */
export const UNSURE_COLOUR = '#B54708';

/** The popup's line for one reading: no page content, counts and field names only. */
export function healthLine(health: PageHealth, at: string): ReadingHealthLine {
  const worstFields = Object.entries(health.fieldsMissing)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 3)
    .map(([field]) => field);
  const shown = Math.max(health.idsSeen, health.countPrinted ?? 0, health.rowsRead + health.rowsSkipped);
  return { at, pageKind: health.pageKind, ok: health.ok, shown, unread: health.unread, worstFields, packVersion: health.packVersion, experimental: health.experimental };
}

/** Records a page's health from `tabId` (when the message came from a tab). */
export async function recordPageHealth(portal: PortalId, health: PageHealth, tabId: number | undefined, now = new Date()): Promise<void> {
  const lines = await readingHealthItem.getValue();
  await readingHealthItem.setValue({ ...lines, [portal]: healthLine(health, now.toISOString()) });
  if (tabId === undefined) return;
  const words = healthWords(health);
  if (words) {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: '?' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: UNSURE_COLOUR }),
      browser.action.setTitle({ tabId, title: `${words}. Open Orderlens for details.` }),
    ]);
  } else {
    // Null takes the tab back to the badge every tab shows (the outbox count).
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: null as unknown as string }),
      browser.action.setBadgeBackgroundColor({ tabId, color: null as unknown as string }),
      browser.action.setTitle({ tabId, title: null as unknown as string }),
    ]);
  }
}
