/** What the rest of the worker uses of fulfillment: the seller's current rule set (http/versions.ts answers If-Match with it). */
export { currentRuleSet } from './queries-rules.js';
