/** What the rest of the worker uses of incoming webhooks: housekeeping of the delivery ids kept to spot repeats. */
export { purgeOldDeliveries } from './queries.js';
