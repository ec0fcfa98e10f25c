CREATE INDEX `orders_seller_status_version` ON `orders` (`seller_id`,`status`,`version`,`id`);--> statement-breakpoint
CREATE INDEX `orders_seller_rowid` ON `orders` (`seller_id`);--> statement-breakpoint
CREATE INDEX `order_holds_active_rule` ON `order_holds` (`seller_id`,`order_id`) WHERE released_at IS NULL AND kind = 'rule';--> statement-breakpoint
CREATE INDEX `queue_entries_freshness` ON `queue_entries` (`order_id`,`order_version`,`rules_version`,`valid_until`);