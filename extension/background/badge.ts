/**
 * The toolbar badge: how many captured orders wait to be sent, in a quiet
 * grey while delivery works and in red while it fails (worker unreachable,
 * token refused) or amber while no worker is set up. The tooltip says the
 * same in words. Background only.
 */
import { browser } from 'wxt/browser';
import { type DeliveryState, deliveryItem, outboxSummaryItem } from '../messaging/storage.js';

/** Badge colours by delivery state. */
export const BADGE_COLOURS: Readonly<Record<DeliveryState['state'], string>> = {
  ok: '#475467',
  failing: '#B42318',
  unauthorized: '#B42318',
  not_configured: '#B54708',
};

/** What the badge shows for a count and a delivery state. */
export function badgeFor(waiting: number, delivery: Pick<DeliveryState, 'state' | 'problem'>): { text: string; colour: string; title: string } {
  const text = waiting > 0 ? (waiting > 9999 ? '9999+' : String(waiting)) : delivery.state === 'unauthorized' ? '!' : '';
  const count = waiting === 1 ? '1 order waits to be sent' : `${waiting} orders wait to be sent`;
  const title = ['Orderlens', waiting > 0 ? count : 'nothing waiting', delivery.state === 'ok' ? null : delivery.problem].filter(Boolean).join(' — ');
  return { text, colour: BADGE_COLOURS[delivery.state], title };
}

/** Redraws the badge from the outbox summary (kept with every change of the outbox) and the delivery state. */
export async function refreshBadge(): Promise<void> {
  const [summary, delivery] = await Promise.all([outboxSummaryItem.getValue(), deliveryItem.getValue()]);
  const badge = badgeFor(summary.waiting, delivery);
  await Promise.all([browser.action.setBadgeText({ text: badge.text }), browser.action.setBadgeBackgroundColor({ color: badge.colour }), browser.action.setTitle({ title: badge.title })]);
}
