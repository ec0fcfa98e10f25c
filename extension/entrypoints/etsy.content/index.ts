/**
 * Etsy Shop Manager: reads its orders and listing pages and puts Orderlens chips on
 * them (see content/core/run-portal.ts and content/features/). Match patterns come from the
 * portal's adapter; only that adapter is bundled.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPortal } from '../../content/core/run-portal.js';
import { portalFeatures } from '../../content/features/index.js';
import * as etsy from '../../content/portals/etsy.js';

export default defineContentScript({
  matches: [...etsy.matches],
  runAt: 'document_idle',
  main(ctx) {
    runPortal(ctx, etsy, portalFeatures);
  },
});
