CREATE TABLE `queue_entries` (
	`order_id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`order_version` integer NOT NULL,
	`rules_version` integer NOT NULL,
	`customer_sig` text,
	`short` integer NOT NULL,
	`bucket` text NOT NULL,
	`sort_key` text NOT NULL,
	`valid_until` text NOT NULL,
	`entry` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `queue_entries_bucket` ON `queue_entries` (`seller_id`,`bucket`,`sort_key`);