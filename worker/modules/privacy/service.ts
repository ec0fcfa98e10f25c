/**
 * What the rest of the worker uses of buyer-data privacy: the retention
 * sweep the cron runs.
 */
export { redactExpiredBuyerData } from './retention.js';
