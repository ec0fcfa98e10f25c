CREATE TABLE `order_refunds` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_id` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`lines` text NOT NULL,
	`reason` text,
	`source` text NOT NULL,
	`external_id` text,
	`refunded_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_refunds_order` ON `order_refunds` (`order_id`,`refunded_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `order_refunds_external` ON `order_refunds` (`seller_id`,`order_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `order_refunds_seller_at` ON `order_refunds` (`seller_id`,`refunded_at`);--> statement-breakpoint
ALTER TABLE `orders` ADD `refunded` integer DEFAULT 0 NOT NULL;