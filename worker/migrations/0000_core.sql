CREATE TABLE `api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`seller_id`) REFERENCES `sellers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_seller` ON `api_tokens` (`seller_id`);--> statement-breakpoint
CREATE TABLE `batch_guard` (
	`ok` integer NOT NULL,
	CONSTRAINT "batch_guard_ok" CHECK("batch_guard"."ok" = 1)
);
--> statement-breakpoint
CREATE TABLE `channels` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`webhook_secret` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`seller_id`) REFERENCES `sellers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `channels_seller` ON `channels` (`seller_id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`seller_id` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`status_code` integer,
	`response_body` text,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	PRIMARY KEY(`seller_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_expires` ON `idempotency_keys` (`expires_at`);--> statement-breakpoint
CREATE TABLE `order_events` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_id` text NOT NULL,
	`at` text NOT NULL,
	`source` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`changes` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_events_order` ON `order_events` (`order_id`,`at`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`sku` text,
	`channel_sku` text,
	`title` text,
	`quantity` integer NOT NULL,
	`unit_price` integer NOT NULL,
	`shipped_quantity` integer DEFAULT 0 NOT NULL,
	`allocation` text DEFAULT 'none' NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_lines_order_line` ON `order_lines` (`order_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `order_lines_seller_sku` ON `order_lines` (`seller_id`,`sku`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`external_id` text NOT NULL,
	`status` text NOT NULL,
	`channel_status` text,
	`placed_at` text NOT NULL,
	`source_updated_at` text NOT NULL,
	`currency` text NOT NULL,
	`total` integer NOT NULL,
	`buyer_name` text,
	`buyer_email` text,
	`buyer_external_id` text,
	`service_level` text NOT NULL,
	`ship_by` text,
	`payment_status` text NOT NULL,
	`ship_to` text,
	`search_text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`seller_id`) REFERENCES `sellers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_channel_external` ON `orders` (`seller_id`,`channel_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `orders_seller_external` ON `orders` (`seller_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `orders_seller_placed` ON `orders` (`seller_id`,`placed_at`,`id`);--> statement-breakpoint
CREATE INDEX `orders_seller_status_placed` ON `orders` (`seller_id`,`status`,`placed_at`);--> statement-breakpoint
CREATE TABLE `sellers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_id` text NOT NULL,
	`carrier` text,
	`service` text,
	`tracking_number` text,
	`shipped_at` text NOT NULL,
	`lines` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `shipments_order` ON `shipments` (`order_id`);--> statement-breakpoint
CREATE INDEX `shipments_seller_tracking` ON `shipments` (`seller_id`,`tracking_number`);