CREATE TABLE `queue_stale` (
	`order_id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `queue_stale_seller` ON `queue_stale` (`seller_id`,`order_id`);--> statement-breakpoint
DROP INDEX `orders_seller_status_version`;--> statement-breakpoint
DROP INDEX `order_holds_active_rule`;--> statement-breakpoint
DROP INDEX `queue_entries_freshness`;--> statement-breakpoint
CREATE INDEX `queue_entries_rules_until` ON `queue_entries` (`seller_id`,`rules_version`,`valid_until`,`order_id`);