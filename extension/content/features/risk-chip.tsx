/**
 * Risk chip (`data-orderlens="risk"`): beside every listing quantity on a
 * portal's listings page, the listing's oversell risk (OK, Low, At risk,
 * Oversold) with the numbers behind it on hover: on hand, reserved,
 * available to sell here, listed here. A listing linked to no SKU in the
 * book says so. All of a page's listings are asked about in one message,
 * after the page's quantities were recorded, so the book judges what the
 * seller sees.
 */

import type { RiskLevel } from '../../../shared/risk.js';
import { type AnswerTo, askBackground, BackgroundError, type ListingRisk } from '../../messaging/messages.js';
import type { PortalFeature } from '../core/features.js';
import { chipLayer } from '../core/mount.js';
import { PILL_CSS, type PillTone, pillView } from '../core/pill.js';
import { annotated, waitedFor } from '../core/timing.js';

/** What a risk chip can say, as the code on its `data-orderlens-state`. */
export type RiskChipState = RiskLevel | 'not_linked';

const LOOKS: Readonly<Record<RiskLevel, { tone: PillTone; words: string }>> = {
  ok: { tone: 'good', words: 'OK' },
  low: { tone: 'warn', words: 'Low' },
  at_risk: { tone: 'bad', words: 'At risk' },
  oversold: { tone: 'bad', words: 'Oversold' },
};

/** What the chip of one listing shows; `shown` is the quantity the page shows for it. */
export function riskChipView(channelSku: string, risk: ListingRisk | undefined, shown: number | undefined): { state: RiskChipState; tone: PillTone; words: string; details: string } {
  if (!risk) return { state: 'not_linked', tone: 'muted', words: 'Not linked', details: `Listing ${channelSku} is not linked to a SKU in your Orderlens book.` };
  const listed = shown ?? risk.listed;
  const { tone, words } = LOOKS[risk.level];
  // One template per chip: a page draws hundreds, and an array joined for each costs several times as much.
  const details = `On hand ${risk.onHand} · Reserved ${risk.reserved} · Available to sell here ${risk.availableToSell} · Listed here ${listed ?? '—'} (SKU ${risk.sku})`;
  return { state: risk.level, tone, words, details };
}

export const riskChip: PortalFeature = {
  id: 'risk-chip',
  include: ['listings'],
  start({ portal, signal }) {
    const chips = chipLayer('risk', PILL_CSS, signal);
    return async (page) => {
      const rows = page.anchors.flatMap((a) => (a.kind === 'listing' ? [a] : []));
      if (rows.length === 0) return annotated(page.timing, () => chips.keepOnly(new Set()));
      const channelSkus = [...new Set(rows.map((r) => r.channelSku))];
      let answer: AnswerTo<'risks'>;
      try {
        answer = await waitedFor(page.timing, 'risks', () => askBackground({ type: 'risks', channelKind: portal, channelSkus, ...(page.account ? { accountKey: page.account.key } : {}) }));
      } catch (error) {
        // Not connected, or the worker cannot be asked: chips already shown stay as they were.
        if (error instanceof BackgroundError) return;
        throw error;
      }
      if (signal.aborted) return;
      page.book.risks = answer;
      const shown = new Map(page.listings.map((l) => [l.channelSku, l.listedQuantity]));
      annotated(page.timing, () => {
        for (const row of rows) {
          const view = riskChipView(row.channelSku, answer.risks[row.channelSku], shown.get(row.channelSku));
          chips.show(row.anchor, row.channelSku, view.state, pillView(view));
        }
        chips.keepOnly(new Set(rows.map((r) => r.anchor)));
      });
    };
  },
};
