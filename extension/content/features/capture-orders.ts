/**
 * Capture: the orders a portal page shows go to the background, which puts
 * them in the outbox before it answers. Only orders whose content changed
 * since this page last sent them travel; an order the background did not
 * take (portal switched off, background gone) is sent again next pass.
 *
 * A list page that never shows items (Shopify's orders list) is captured
 * too: the order body marks its lines (and whatever else the row lacks) as
 * unknown, so the book takes the order and its status now and keeps the
 * items its own page brings later.
 *
 * The page's account travels with its orders; when the background cannot
 * tell which channel that account is, it says so in its answer, and the
 * account-choice feature asks the seller on the page.
 */

import { askBackground } from '../../messaging/messages.js';
import type { PortalFeature } from '../core/features.js';
import { sentMemory } from '../core/sent-memory.js';
import { waitedFor } from '../core/timing.js';
import type { CapturedOrder } from '../portals/types.js';
import { noteChoiceAsked } from './account-choice.js';

export const captureOrders: PortalFeature = {
  id: 'capture-orders',
  include: ['orders', 'order'],
  start({ portal }) {
    const memory = sentMemory<CapturedOrder>((order) => order.externalId);
    return async (page) => {
      const changed = memory.changed(page.orders);
      if (changed.length === 0) return;
      const answer = await waitedFor(page.timing, 'capture', () => askBackground({ type: 'capture', channelKind: portal, orders: changed, account: page.account }));
      memory.noteSent(changed);
      noteChoiceAsked(answer.choose);
    };
  },
};
