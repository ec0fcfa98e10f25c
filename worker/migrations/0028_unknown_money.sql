ALTER TABLE `order_lines` ADD `unit_price_unknown` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `total_unknown` integer DEFAULT false NOT NULL;