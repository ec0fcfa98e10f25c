/**
 * Status chip (`data-orderlens="status"`): beside every order number on a
 * portal page, the order's unified status as the central book has it;
 * "Queued" while the order waits in the outbox and the book does not have
 * it yet; "Not in book" when the book has never heard of it. All of a page's
 * orders are asked about in one message (one worker request per pass). While
 * a chip says "Queued", the chips are refreshed each time the outbox
 * delivers.
 */

import type { OrderStatus } from '../../../shared/status.js';
import { askBackground, type StatusesAnswer } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { deliveryItem } from '../../messaging/storage.js';
import { STATUS_WORDS } from '../../shared/words.js';
import type { PortalFeature } from '../core/features.js';
import { chipLayer } from '../core/mount.js';
import { PILL_CSS, type PillTone, pillView } from '../core/pill.js';
import { annotated, waitedFor } from '../core/timing.js';
import { cancelledOnPortalOnly } from './reconciliation-rules.js';

/** What a status chip can say, as the code on its `data-orderlens-state`. */
export type StatusChipState = OrderStatus | 'queued' | 'not_in_book';

const TONES: Readonly<Record<OrderStatus, PillTone>> = {
  // The book holds the order but not its status: worth a look on the portal.
  unknown: 'warn',
  pending: 'muted',
  on_hold: 'warn',
  ready: 'info',
  in_progress: 'info',
  partially_shipped: 'info',
  shipped: 'good',
  delivered: 'good',
  cancelled: 'muted',
  returned: 'warn',
};

/** Each answer's queued order numbers as a set: a page's chips look up every one of its orders in it. */
const queuedSets = new WeakMap<StatusesAnswer, ReadonlySet<string>>();

function queuedIn(answer: StatusesAnswer): ReadonlySet<string> {
  let queued = queuedSets.get(answer);
  if (!queued) queuedSets.set(answer, (queued = new Set(answer.queued)));
  return queued;
}

/** What the chip of one order shows. */
export function statusChipView(externalId: string, answer: StatusesAnswer, portalName: string, shown?: OrderStatus): { state: StatusChipState; tone: PillTone; words: string; details: string } {
  const known = answer.statuses[externalId];
  const waiting = queuedIn(answer).has(externalId);
  if (known) {
    const native = known.channelStatus ? ` ${portalName} says “${known.channelStatus}”.` : '';
    const stale = answer.fresh ? '' : ' (last known; the worker could not be asked)';
    const update = waiting ? ' A newer reading waits to be sent.' : '';
    // The portal still shows one order; the book ships it in parts.
    const split = known.splitInto ? ` · split into ${known.splitInto}` : '';
    const parts = known.splitInto ? ` Split into ${known.splitInto} orders that ship apart.` : '';
    // The page's reading goes to the book with the capture, which releases what the order held.
    const freed = cancelledOnPortalOnly(shown, known.status) ? ` ${portalName} shows it cancelled: its reserved stock is freed as this reading reaches your book.` : '';
    // Said, never shown as 0: the order page or an import fills it.
    const money = known.currencyUnknown
      ? ' Total unknown: no page has shown its currency (set the channel’s currency in Options).'
      : known.totalUnknown
        ? ' Total unknown: no page or file has shown it yet.'
        : '';
    return {
      state: known.status,
      tone: TONES[known.status],
      words: `${STATUS_WORDS[known.status]}${split}`,
      details: `Order ${externalId} in your book${stale}.${native}${parts}${money}${update}${freed}`,
    };
  }
  if (waiting) return { state: 'queued', tone: 'muted', words: 'Queued', details: `Order ${externalId} waits in the outbox to be sent to your book.` };
  return { state: 'not_in_book', tone: 'muted', words: 'Not in book', details: `Order ${externalId} is not in your Orderlens book yet.` };
}

export const statusChip: PortalFeature = {
  id: 'status-chip',
  include: ['orders', 'order'],
  start({ portal, signal, schedule }) {
    const chips = chipLayer('status', PILL_CSS, signal);
    let anyQueued = false;
    let asking = false;
    // A delivery changes what "Queued" chips say: refresh them then. A delivery landing while
    // the statuses are being asked may already be too late for that answer, so it counts too.
    const unwatch = deliveryItem.watch((now, before) => {
      if ((anyQueued || asking) && now?.lastDeliveredAt !== before?.lastDeliveredAt) schedule();
    });
    signal.addEventListener('abort', unwatch, { once: true });

    return async (page) => {
      const rows = page.anchors.flatMap((a) => (a.kind === 'order' ? [a] : []));
      if (rows.length === 0) return annotated(page.timing, () => chips.keepOnly(new Set()));
      const externalIds = [...new Set(rows.map((r) => r.externalId))];
      asking = true;
      let answer: StatusesAnswer;
      try {
        answer = await waitedFor(page.timing, 'statuses', () => askBackground({ type: 'statuses', channelKind: portal, externalIds, ...(page.account ? { accountKey: page.account.key } : {}) }));
      } finally {
        asking = false;
      }
      if (signal.aborted) return;
      page.book.statuses = answer;
      anyQueued = answer.queued.some((id) => !answer.statuses[id]);
      annotated(page.timing, () => {
        const shown = new Map(page.orders.map((o) => [o.externalId, o.status]));
        for (const row of rows) {
          const view = statusChipView(row.externalId, answer, PORTAL_NAMES[portal].short, shown.get(row.externalId));
          chips.show(row.anchor, row.externalId, view.state, pillView(view));
        }
        chips.keepOnly(new Set(rows.map((r) => r.anchor)));
      });
    };
  },
};
