CREATE TABLE `page_reads` (
	`seller_id` text NOT NULL,
	`at` text NOT NULL,
	`id` text NOT NULL,
	`portal` text NOT NULL,
	`page_kind` text NOT NULL,
	`pack_version` integer NOT NULL,
	`ids_seen` integer NOT NULL,
	`count_printed` integer,
	`rows_read` integer NOT NULL,
	`rows_skipped` integer NOT NULL,
	`fields_missing` text NOT NULL,
	`strategies` text NOT NULL,
	`received_at` text NOT NULL,
	PRIMARY KEY(`seller_id`, `at`, `id`)
);
--> statement-breakpoint
CREATE INDEX `page_reads_at` ON `page_reads` (`at`);