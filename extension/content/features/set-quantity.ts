/**
 * Set quantity (`data-orderlens="set-quantity"`): beside the risk chip of
 * every listing whose portal quantity differs from what the book says it
 * can sell, a "Set to N" button that fills the portal's own quantity field
 * (opening its inline editor where needed) and outlines it; the seller
 * saves with the portal's button, Orderlens never does. The next pass after
 * the portal redrew the listing says whether the number stuck. A page-level
 * button (`data-orderlens="set-quantities"`) fills every differing listing
 * at once. Listings linked to no SKU are never touched. The chip is drawn
 * inside the listing's risk chip (its shadow root) where that chip is shown.
 */
import type { ListingRisk } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { ACTION_CSS, actionButtonView } from '../core/action-button.js';
import type { PortalFeature } from '../core/features.js';
import { fillField, offersField, openedField } from '../core/fill-field.js';
import { chipLayer } from '../core/mount.js';
import { PILL_CSS, type PillTone, pillView } from '../core/pill.js';
import { fillSeen, quantityFills } from '../core/quantity-fills.js';
import { annotated } from '../core/timing.js';
import { QUANTITY_FIELDS } from '../portals/quantity-fields.js';
import type { PortalId } from '../portals/types.js';
import { fillStillMatters, listingsToSet, type QuantityAction, quantityAction, setAllWords } from './set-quantity-rules.js';

/** The page-level button sits in the page's bottom-left corner (page health takes the right). */
const BAR_CSS = `.act{position:fixed;left:16px;bottom:16px;z-index:2147483647;padding:3px 12px;font-size:12px;line-height:20px;box-shadow:0 1px 4px rgba(16,24,40,.18);}`;

/** What the chip beside one listing shows, or undefined for none. */
export function setQuantityView(action: QuantityAction, portal: PortalId): { state: string; tone: PillTone; words: string; details: string; button?: boolean } | undefined {
  const name = PORTAL_NAMES[portal].short;
  const field = QUANTITY_FIELDS[portal];
  const unconfirmed = field && !field.confirmed ? ` Finding ${name}'s quantity field is not confirmed on a live page yet.` : '';
  switch (action.kind) {
    case 'unlinked':
    case 'unknown_shown':
    case 'in_step':
      return undefined;
    case 'set':
      if (!action.hasField) {
        return {
          state: 'no_field',
          tone: 'muted',
          words: 'No field here',
          details: `${name} shows ${action.shown}; you can sell ${action.target}. ${name} offers no quantity field for this listing on this page: send the quantity with the upload file instead.`,
        };
      }
      return {
        state: 'differs',
        tone: 'warn',
        words: `Set to ${action.target}`,
        details: `${name} shows ${action.shown}; you can sell ${action.target}. Fills ${name}'s quantity field; you save with ${name}'s own button.${unconfirmed}`,
        button: true,
      };
    case 'filled':
      return {
        state: 'filled',
        tone: 'info',
        words: `Filled ${action.target}: save on ${name}`,
        details: `Orderlens put ${action.target} in ${name}'s quantity field. Nothing is saved until you press ${name}'s Save.`,
      };
    case 'saved':
      return { state: 'saved', tone: 'good', words: `Saved ${action.target}`, details: `${name} now shows ${action.target}.` };
    case 'refused':
      return {
        state: 'refused',
        tone: 'bad',
        words: 'Not saved',
        details: `${name} still shows ${action.shown ?? 'no number'}, not ${action.target}: it refused the value or the value did not stick.`,
      };
    case 'failed':
      return { state: 'failed', tone: 'bad', words: 'Could not fill', details: action.reason };
  }
}

interface Row {
  channelSku: string;
  anchor: Element;
  action: QuantityAction;
}

export const setQuantity: PortalFeature = {
  id: 'set-quantity',
  include: ['listings'],
  start({ portal, signal, schedule }) {
    // Within the listing's risk chip: a row's two chips then cost one host, shadow root and insertion.
    const chips = chipLayer('set-quantity', PILL_CSS + ACTION_CSS, signal, { within: 'risk' });
    const bar = chipLayer('set-quantities', ACTION_CSS + BAR_CSS, signal);
    const field = QUANTITY_FIELDS[portal];
    const name = PORTAL_NAMES[portal].short;
    quantityFills.clear();
    signal.addEventListener('abort', () => quantityFills.clear(), { once: true });

    /** Fills one listing's field with `target`; what came of it is judged on the next pass. */
    const fillOne = async (row: Row, target: number, before: number | undefined): Promise<void> => {
      const around = row.anchor.closest('tr, [role="row"], li') ?? row.anchor.parentElement ?? row.anchor;
      const found = field ? await openedField(row.anchor, around, field.field, field.open) : undefined;
      if (signal.aborted) return;
      if (!found)
        quantityFills.set(row.channelSku, { target, before, field: undefined, failed: `${name} drew no quantity field for this listing: set it in ${name}'s editor or with the upload file.` });
      else if (!fillField(found, String(target))) quantityFills.set(row.channelSku, { target, before, field: undefined, failed: `${name}'s quantity field would not take ${target}.` });
      else quantityFills.set(row.channelSku, { target, before, field: found });
    };

    return (page) => {
      const risks = page.book.risks;
      const rows = page.anchors.flatMap((a) => (a.kind === 'listing' ? [a] : []));
      if (!risks || rows.length === 0) {
        annotated(page.timing, () => {
          chips.keepOnly(new Set());
          bar.keepOnly(new Set());
        });
        return;
      }
      annotated(page.timing, () => {
        const shown = new Map(page.listings.map((l) => [l.channelSku, l.listedQuantity]));
        const judged: Row[] = [];
        for (const { channelSku, anchor } of rows) {
          const risk: ListingRisk | undefined = risks.risks[channelSku];
          const listed = shown.get(channelSku);
          const kept = quantityFills.get(channelSku);
          let fill = kept ? fillSeen(kept) : undefined;
          // A number the seller set another way since (or the portal changed) leaves the fill behind.
          if (fill && !fillStillMatters(listed, fill)) {
            quantityFills.forget(channelSku);
            fill = undefined;
          }
          const differs = risk !== undefined && listed !== undefined && listed !== risk.availableToSell;
          const hasField = differs && field !== undefined && offersField(anchor, field.field, field.open);
          judged.push({ channelSku, anchor, action: quantityAction(risk, listed, hasField, fill) });
        }
        const kept = new Set<Element>();
        for (const row of judged) {
          const view = setQuantityView(row.action, portal);
          if (!view) continue;
          kept.add(row.anchor);
          const { action } = row;
          chips.show(
            row.anchor,
            row.channelSku,
            view.state,
            view.button && action.kind === 'set'
              ? actionButtonView(view.words, view.details, async () => {
                  await fillOne(row, action.target, action.shown);
                  schedule();
                })
              : pillView(view),
          );
        }
        chips.keepOnly(kept);
        const toSet = listingsToSet(judged);
        if (toSet.length > 0 && document.body) {
          const words = setAllWords(toSet.length);
          bar.show(
            document.body,
            'page',
            'differs',
            actionButtonView(words, `Fills ${name}'s quantity field of each listing whose quantity differs from what the book says you can sell; you save with ${name}'s own button.`, async () => {
              for (const row of toSet) if (row.action.kind === 'set') await fillOne(row, row.action.target, row.action.shown);
              schedule();
            }),
          );
          bar.keepOnly(new Set([document.body]));
        } else bar.keepOnly(new Set());
      });
    };
  },
};
