/**
 * What the rest of the worker uses of buyer-data privacy: the retention
 * sweep and the deletion of leaving sellers, both run by the cron.
 */

export { deleteLeavingSellers } from './delete-seller.js';
export { SELLER_TABLES } from './queries-leaving.js';
export { redactExpiredBuyerData } from './retention.js';
