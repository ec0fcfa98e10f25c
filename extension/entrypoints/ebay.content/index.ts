/**
 * eBay Seller Hub: reads its orders and listing pages and puts Orderlens chips on
 * them (see core/run-portal.ts and features/). Match patterns come from the
 * portal's adapter; only that adapter is bundled.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPortal } from '../../core/run-portal.js';
import { portalFeatures } from '../../features/index.js';
import * as ebay from '../../portals/ebay.js';

export default defineContentScript({
  matches: [...ebay.matches],
  runAt: 'document_idle',
  main(ctx) {
    runPortal(ctx, ebay, portalFeatures);
  },
});
