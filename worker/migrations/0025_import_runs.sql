CREATE TABLE `import_runs` (
	`seller_id` text NOT NULL,
	`id` text NOT NULL,
	`channel_id` text NOT NULL,
	`format` text NOT NULL,
	`default_currency` text,
	`content_type` text,
	`actor` text NOT NULL,
	`status` text NOT NULL,
	`bytes` integer NOT NULL,
	`content_hash` text NOT NULL,
	`batches_done` integer DEFAULT 0 NOT NULL,
	`orders_read` integer DEFAULT 0 NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`errors` text DEFAULT '[]' NOT NULL,
	`more_errors` integer DEFAULT 0 NOT NULL,
	`failure_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`seller_id`, `id`)
);
--> statement-breakpoint
CREATE INDEX `import_runs_hash` ON `import_runs` (`seller_id`,`channel_id`,`content_hash`);