/** A listing's risk as the background answers it, for the features' rule tests. */
import type { ListingRisk } from '../../../../extension/messaging/messages.js';

/** A risk whose every quantity is `availableToSell`: nothing reserved, backordered or held back, no listed quantity. */
export const listingRisk = (availableToSell: number, level: ListingRisk['level'], sku: string): ListingRisk => ({
  level,
  availableToSell,
  onHand: availableToSell,
  reserved: 0,
  available: availableToSell,
  backordered: 0,
  listed: null,
  buffer: 0,
  sku,
});
