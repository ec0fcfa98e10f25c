/**
 * Capture: the orders a portal page shows go to the background, which puts
 * them in the outbox before it answers. Only orders whose content changed
 * since this page last sent them travel; an order the background did not
 * take (portal switched off, background gone) is sent again next pass.
 *
 * A list page that never shows items (Shopify's orders list) is not
 * captured from: the book cannot take an order without lines, and the seller
 * would see every row "rejected". Its orders come in from their own pages.
 * An order whose items the page should show but could not be read is sent,
 * so its rejection is visible.
 */
import { sentMemory } from '../core/sent-memory.js';
import { waitedFor } from '../core/timing.js';
import type { PortalFeature } from '../core/features.js';
import type { CapturedOrder } from '../portals/types.js';
import { askBackground } from '../services/messages.js';

export const captureOrders: PortalFeature = {
  id: 'capture-orders',
  include: ['orders', 'order'],
  start({ portal }) {
    const memory = sentMemory<CapturedOrder>((order) => order.externalId);
    return async (page) => {
      const capturable = page.orders.filter((order) => order.lines.length > 0 || order.missing.some((field) => field === 'lines' || field.startsWith('lines.')));
      const changed = memory.changed(capturable);
      if (changed.length === 0) return;
      await waitedFor(page.timing, 'capture', () => askBackground({ type: 'capture', channelKind: portal, orders: changed }));
      memory.noteSent(changed);
    };
  },
};
