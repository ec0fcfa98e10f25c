DROP INDEX `shipments_order_shipped`;--> statement-breakpoint
CREATE INDEX `shipments_order_shipped` ON `shipments` (`order_id`,`shipped_at`,`seller_id`);--> statement-breakpoint
DROP INDEX `orders_seller_placed`;--> statement-breakpoint
CREATE INDEX `orders_seller_buyer_email` ON `orders` (`seller_id`,`buyer_email`);--> statement-breakpoint
CREATE INDEX `orders_channel_word` ON `orders` (`seller_id`,`channel_id`,lower(trim("channel_status")),`status`);--> statement-breakpoint
CREATE INDEX `orders_seller_placed` ON `orders` (`seller_id`,`placed_at`,`id`,`channel_id`,`ship_speed`,`status`,`ship_by`);--> statement-breakpoint
CREATE INDEX `portal_orders_word` ON `portal_orders` (`seller_id`,`channel_id`,lower(trim("channel_status")));