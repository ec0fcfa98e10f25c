CREATE TABLE `erasure_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`customer_id` text,
	`requested_by` text,
	`erased_at` text NOT NULL,
	`orders_erased` integer NOT NULL,
	`orders_awaiting_shipment` integer NOT NULL,
	`places` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `erasure_receipts_seller` ON `erasure_receipts` (`seller_id`,`erased_at`);--> statement-breakpoint
CREATE TABLE `pending_erasures` (
	`order_id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`receipt_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pending_erasures_seller` ON `pending_erasures` (`seller_id`);--> statement-breakpoint
CREATE TABLE `retention_settings` (
	`seller_id` text NOT NULL,
	`channel_kind` text NOT NULL,
	`days` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`seller_id`, `channel_kind`)
);
--> statement-breakpoint
CREATE TABLE `seller_deletions` (
	`seller_id` text PRIMARY KEY NOT NULL,
	`confirmed_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `orders` ADD `redacted_at` text;--> statement-breakpoint
CREATE INDEX `orders_retention_due` ON `orders` (`status`,`seller_id`) WHERE redacted_at IS NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `redacted_at` text;