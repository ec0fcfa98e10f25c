CREATE TABLE `inbound_webhooks` (
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`delivery_id` text NOT NULL,
	`topic` text,
	`outcome` text NOT NULL,
	`order_id` text,
	`received_at` text NOT NULL,
	PRIMARY KEY(`channel_id`, `delivery_id`)
);
--> statement-breakpoint
CREATE INDEX `inbound_webhooks_seller_received` ON `inbound_webhooks` (`seller_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `order_events_order_to_status` ON `order_events` (`order_id`,`to_status`,`at`);--> statement-breakpoint
CREATE INDEX `shipments_order_shipped` ON `shipments` (`order_id`,`shipped_at`);