DROP INDEX `shipments_order_shipped`;--> statement-breakpoint
CREATE INDEX `shipments_order_shipped` ON `shipments` (`order_id`,`shipped_at`,`seller_id`);--> statement-breakpoint
DROP INDEX `orders_seller_placed`;--> statement-breakpoint
CREATE INDEX `orders_seller_placed` ON `orders` (`seller_id`,`placed_at`,`id`,`channel_id`,`ship_speed`,`status`,`ship_by`);