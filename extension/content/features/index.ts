/**
 * Every feature a portal page gets, in the order each pass runs them:
 * captures go to the outbox before statuses are asked (so a new order shows
 * "Queued", not "Not in book"); the account prompt follows the capture
 * whose answer asks for it; quantities are recorded before risks are
 * asked (so the risk judges what the page shows); "Confirm here", "Set to" and the
 * reconciliation counts follow the answers they use; page health comes last,
 * so telling the background never holds up the chips.
 */
import type { PortalFeature } from '../core/features.js';
import { accountChoice } from './account-choice.js';
import { captureOrders } from './capture-orders.js';
import { confirmShipment } from './confirm-shipment.js';
import { listingQuantities } from './listing-quantities.js';
import { pageHealthMarker } from './page-health.js';
import { reconciliation } from './reconciliation.js';
import { riskChip } from './risk-chip.js';
import { setQuantity } from './set-quantity.js';
import { statusChip } from './status-chip.js';

/** The features, in pass order. */
export const portalFeatures: readonly PortalFeature[] = [captureOrders, accountChoice, listingQuantities, statusChip, confirmShipment, riskChip, setQuantity, reconciliation, pageHealthMarker];
