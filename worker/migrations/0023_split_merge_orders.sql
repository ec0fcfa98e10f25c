CREATE TABLE `merge_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`address_key` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`seller_id`) REFERENCES `sellers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merge_groups_seller` ON `merge_groups` (`seller_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `order_lines` ADD `channel_line_no` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `parent_order_id` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `merge_group_id` text;--> statement-breakpoint
CREATE INDEX `orders_parent` ON `orders` (`parent_order_id`) WHERE parent_order_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `orders_merge_group` ON `orders` (`merge_group_id`) WHERE merge_group_id IS NOT NULL;