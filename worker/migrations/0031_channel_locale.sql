ALTER TABLE `channels` ADD `currency` text;--> statement-breakpoint
ALTER TABLE `channels` ADD `time_zone` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `placed_at_precision` text;