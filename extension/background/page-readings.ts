/**
 * What the background does with a page's health: keeps the last reading of
 * each portal for the popup's health line, and marks the toolbar badge of a
 * tab whose page was not fully read (amber "?", the words in its tooltip),
 * until a pass on that tab reads fully again. Background only.
 */
import { browser } from 'wxt/browser';
import { healthWords, itemsShown, type PageHealth } from '../content/core/page-health.js';
import type { PortalId } from '../content/portals/types.js';
import { type ReadingHealthLine, readingHealthItem } from '../messaging/storage.js';

/** The badge colour of a tab whose page was not fully read. */
export const UNSURE_COLOUR = '#B54708';

/** The popup's line for one reading: no page content, counts and field names only. */
export function healthLine(health: PageHealth, at: string): ReadingHealthLine {
  const worstFields = Object.entries(health.fieldsMissing)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 3)
    .map(([field]) => field);
  return { at, pageKind: health.pageKind, ok: health.ok, shown: itemsShown(health), unread: health.unread, worstFields, packVersion: health.packVersion, experimental: health.experimental };
}

/** How long a reading the popup already shows is not written again: every write is broadcast to every portal tab. */
export const LINE_FRESH_MS = 60_000;
/** How long an identical reading of a portal's pages is not reported again. */
export const SAME_READING_MS = 10 * 60_000;

/** What each tab's badge says now, as far as this background run has set it. */
const badgeOfTab = new Map<number, string>();
/** When each portal's and page kind's last reading was reported, by what it counted. */
const reported = new Map<string, { counts: string; at: number }>();

const sameLine = (a: ReadingHealthLine | undefined, b: ReadingHealthLine) => a !== undefined && JSON.stringify({ ...a, at: '' }) === JSON.stringify({ ...b, at: '' });

/**
 * Records a page's health from `tabId` (when the message came from a tab),
 * doing only what changes something the seller sees: the popup's line is
 * written when it changes or has gone a minute without, and a tab's badge is
 * set when its words change.
 */
export async function recordPageHealth(portal: PortalId, health: PageHealth, tabId: number | undefined, now = new Date()): Promise<void> {
  const lines = await readingHealthItem.getValue();
  const line = healthLine(health, now.toISOString());
  const before = lines[portal];
  if (!sameLine(before, line) || now.getTime() - Date.parse(before!.at) >= LINE_FRESH_MS) {
    await readingHealthItem.setValue({ ...lines, [portal]: line });
  }
  if (tabId === undefined) return;
  const words = healthWords(health);
  const badge = words ?? '';
  if (badgeOfTab.get(tabId) === badge) return;
  badgeOfTab.set(tabId, badge);
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

/**
 * Whether a reading is worth a report: not when the same portal's pages of
 * the same kind read exactly the same within the last ten minutes (a seller
 * reloading a page reports it once; a change of any count reports at once).
 */
export function isNewReading(portal: PortalId, health: PageHealth, now = new Date()): boolean {
  const key = `${portal} ${health.pageKind}`;
  const counts = JSON.stringify([health.packVersion, health.idsSeen, health.countPrinted, health.rowsRead, health.rowsSkipped, health.fieldsMissing, health.strategies]);
  const last = reported.get(key);
  if (last && last.counts === counts && now.getTime() - last.at < SAME_READING_MS) return false;
  reported.set(key, { counts, at: now.getTime() });
  return true;
}
