CREATE TABLE `customer_keys` (
	`seller_id` text NOT NULL,
	`key` text NOT NULL,
	`customer_id` text NOT NULL,
	PRIMARY KEY(`seller_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `customer_keys_customer` ON `customer_keys` (`customer_id`);--> statement-breakpoint
CREATE TABLE `customer_sync` (
	`seller_id` text PRIMARY KEY NOT NULL,
	`last_order_rowid` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`name` text,
	`email` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `customers_seller_created` ON `customers` (`seller_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `order_customers` (
	`order_id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`customer_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `order_customers_customer` ON `order_customers` (`seller_id`,`customer_id`);--> statement-breakpoint
CREATE TABLE `order_holds` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_id` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`rule_id` text,
	`placed_at` text NOT NULL,
	`released_at` text,
	`release_reason` text
);
--> statement-breakpoint
CREATE INDEX `order_holds_seller_active` ON `order_holds` (`seller_id`,`released_at`,`order_id`);--> statement-breakpoint
CREATE INDEX `order_holds_order` ON `order_holds` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_id` text NOT NULL,
	`lines` text NOT NULL,
	`restock` integer NOT NULL,
	`reason` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `order_returns_order` ON `order_returns` (`order_id`);--> statement-breakpoint
CREATE TABLE `outbox_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`seller_id` text NOT NULL,
	`type` text NOT NULL,
	`subject` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_events_id` ON `outbox_events` (`id`);--> statement-breakpoint
CREATE INDEX `outbox_events_seller_created` ON `outbox_events` (`seller_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `pick_lists` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_ids` text NOT NULL,
	`items` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pick_lists_seller_created` ON `pick_lists` (`seller_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `rule_sets` (
	`seller_id` text NOT NULL,
	`version` integer NOT NULL,
	`rules` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`seller_id`, `version`)
);
--> statement-breakpoint
CREATE TABLE `webhook_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`delivery_id` text NOT NULL,
	`at` text NOT NULL,
	`status_code` integer,
	`error` text,
	`duration_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhook_attempts_delivery` ON `webhook_attempts` (`delivery_id`,`at`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`endpoint_id` text NOT NULL,
	`event_seq` integer NOT NULL,
	`subject` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`lease_until` text,
	`last_status` integer,
	`last_error` text,
	`delivered_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due` ON `webhook_deliveries` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_subject` ON `webhook_deliveries` (`endpoint_id`,`subject`,`state`,`event_seq`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_endpoint` ON `webhook_deliveries` (`seller_id`,`endpoint_id`,`event_seq`);--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`url` text NOT NULL,
	`events` text NOT NULL,
	`secret` text NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhook_endpoints_seller` ON `webhook_endpoints` (`seller_id`);