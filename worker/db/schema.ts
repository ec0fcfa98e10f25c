/**
 * Every table, for the drizzle client and drizzle-kit: each module keeps its
 * own in its schema.ts. Every table carries `seller_id` and every query
 * filters on it; times are ISO-8601 UTC text; money is integer minor units
 * beside a currency. drizzle-kit turns these into the SQL migrations under
 * worker/migrations.
 */

export * from '../modules/accounts/schema.js';
export * from '../modules/customers/schema.js';
export * from '../modules/fulfillment/schema.js';
export * from '../modules/hooks-in/schema.js';
export * from '../modules/imports/schema.js';
export * from '../modules/orders/schema.js';
export * from '../modules/privacy/schema.js';
export * from '../modules/reading/schema.js';
export * from '../modules/reports/schema.js';
export * from '../modules/shards/schema.js';
export * from '../modules/stock/schema.js';
export * from '../modules/sync-back/schema.js';
export * from '../modules/webhooks-out/schema.js';
export * from './schema-core.js';
