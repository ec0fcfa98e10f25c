/**
 * What other modules use of outgoing webhooks: the outbox statements that
 * ride in the same batch as the change they announce, and the event bodies
 * they carry. Draining the outbox is deliver-webhooks.ts; the feed is
 * event-feed.ts.
 */

/** Housekeeping: events past the feed's 30 days go, with their settled deliveries. */
export { pruneEvents } from './queries-events.js';
export type { OutboxEvent, ShipmentEventData } from './queries-outbox.js';
export { orderEndEvents, orderEventData, outboxStatements, shipmentCreatedEvent } from './queries-outbox.js';
