/**
 * How well Orderlens reads each portal, in the seller's words: the popup's
 * "Reading health" lines and the options page's pack list. Pure.
 */
import type { PackPortal, PortalPack } from '../../shared/schemas/portal-pack.js';
import { PORTAL_NAMES } from '../messaging/portal-links.js';
import type { PackChecks, ReadingHealthLine, ServedPack } from '../messaging/storage.js';
import { fieldWords } from '../shared/field-words.js';

/** How long ago `iso` was, as of `now`: "just now", "2 min ago", "3 h ago", "1 day ago". */
export function ago(iso: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(minutes)) return iso;
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/**
 * One portal's reading health line: "Amazon: all 50 orders read · 2 min ago",
 * or "Amazon: 12 of 50 orders not fully read (status, ship-by date) · 2 min ago",
 * then the pack that read it ("pack v3", "experimental reading, pack v3").
 */
export function readingHealthWords(portal: PackPortal, line: ReadingHealthLine, now: Date): string {
  const name = PORTAL_NAMES[portal].short;
  const noun = (n: number) => (line.pageKind === 'listings' ? (n === 1 ? 'listing' : 'listings') : n === 1 ? 'order' : 'orders');
  const unread = Math.min(line.unread, line.shown);
  let what: string;
  if (line.ok || unread === 0) {
    what = line.shown === 0 ? `no ${noun(0)} on the last page` : line.shown === 1 ? `the 1 ${noun(1)} read` : `all ${line.shown} ${noun(line.shown)} read`;
  } else {
    // The portal's status and the unified one come from the same words on the page: one unread, both are.
    const named = line.worstFields.filter((f) => !(f === 'channelStatus' && line.worstFields.includes('status')));
    const fields = named.length ? ` (${named.map(fieldWords).join(', ')})` : '';
    what = `${unread} of ${line.shown} ${noun(line.shown)} not fully read${fields}`;
  }
  const pack = line.experimental ? `experimental reading, pack v${line.packVersion}` : `pack v${line.packVersion}`;
  return `${name}: ${what} · ${ago(line.at, now)} · ${pack}`;
}

/** One portal's pack as the options page lists it. */
export interface PackLine {
  portal: PackPortal;
  /** "Amazon: pack v7 from your worker, fetched …" or "Amazon: pack v1, built in". */
  inUse: string;
  /** Why the last pack served for it was refused, and when; absent when none was. */
  refusal?: string;
}

/**
 * What each portal is read with: the served pack when it is newer than the
 * built-in one (as the content scripts decide), else the built-in one; and
 * the last refusal.
 */
export function packLines(bundled: Readonly<Record<PackPortal, PortalPack>>, served: Partial<Record<PackPortal, ServedPack>>, checks: PackChecks, when: (iso: string) => string): PackLine[] {
  return (Object.keys(PORTAL_NAMES) as PackPortal[]).map((portal) => {
    const name = PORTAL_NAMES[portal].short;
    const kept = served[portal];
    const pack = kept && kept.pack.version > bundled[portal].version ? kept.pack : bundled[portal];
    const experimental = pack.experimental ? ' (experimental)' : '';
    const inUse =
      kept && pack === kept.pack ? `${name}: pack v${pack.version}${experimental} from your worker, fetched ${when(kept.fetchedAt)}` : `${name}: pack v${pack.version}${experimental}, built in`;
    const refused = checks.refusals[portal];
    const refusal = refused ? `Refused ${refused.version === null ? 'a pack' : `v${refused.version}`} on ${when(refused.at)}: ${refused.reason}` : undefined;
    return { portal, inUse, ...(refusal ? { refusal } : {}) };
  });
}
