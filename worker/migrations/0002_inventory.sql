CREATE TABLE `inventory_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`sku` text NOT NULL,
	`location` text NOT NULL,
	`on_hand_delta` integer NOT NULL,
	`reserved_delta` integer NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`order_id` text,
	`line_id` text,
	`source` text NOT NULL,
	`actor` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inventory_ledger_seller_sku_at` ON `inventory_ledger` (`seller_id`,`sku`,`at`);--> statement-breakpoint
CREATE TABLE `inventory_levels` (
	`seller_id` text NOT NULL,
	`sku` text NOT NULL,
	`location` text NOT NULL,
	`on_hand` integer DEFAULT 0 NOT NULL,
	`reserved` integer DEFAULT 0 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`seller_id`, `sku`, `location`),
	CONSTRAINT "inventory_levels_counts" CHECK("inventory_levels"."on_hand" >= 0 AND "inventory_levels"."reserved" >= 0 AND "inventory_levels"."reserved" <= "inventory_levels"."on_hand")
);
--> statement-breakpoint
CREATE TABLE `line_components` (
	`seller_id` text NOT NULL,
	`line_id` text NOT NULL,
	`order_id` text NOT NULL,
	`sku` text NOT NULL,
	`per_unit` integer NOT NULL,
	PRIMARY KEY(`line_id`, `sku`)
);
--> statement-breakpoint
CREATE INDEX `line_components_seller_sku` ON `line_components` (`seller_id`,`sku`);--> statement-breakpoint
CREATE INDEX `line_components_order` ON `line_components` (`order_id`);--> statement-breakpoint
CREATE TABLE `listing_components` (
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`channel_sku` text NOT NULL,
	`sku` text NOT NULL,
	`quantity` integer NOT NULL,
	PRIMARY KEY(`seller_id`, `channel_id`, `channel_sku`, `sku`),
	CONSTRAINT "listing_components_quantity" CHECK("listing_components"."quantity" > 0)
);
--> statement-breakpoint
CREATE INDEX `listing_components_seller_sku` ON `listing_components` (`seller_id`,`sku`);--> statement-breakpoint
CREATE TABLE `listing_observations` (
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`channel_sku` text NOT NULL,
	`listed_quantity` integer NOT NULL,
	`seen_at` text NOT NULL,
	PRIMARY KEY(`seller_id`, `channel_id`, `channel_sku`)
);
--> statement-breakpoint
CREATE TABLE `listings` (
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`channel_sku` text NOT NULL,
	`title` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`seller_id`, `channel_id`, `channel_sku`)
);
--> statement-breakpoint
CREATE TABLE `locations` (
	`seller_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`seller_id`, `code`)
);
--> statement-breakpoint
CREATE TABLE `reservations` (
	`seller_id` text NOT NULL,
	`line_id` text NOT NULL,
	`order_id` text NOT NULL,
	`sku` text NOT NULL,
	`location` text NOT NULL,
	`quantity` integer NOT NULL,
	PRIMARY KEY(`line_id`, `sku`, `location`),
	CONSTRAINT "reservations_quantity" CHECK("reservations"."quantity" > 0)
);
--> statement-breakpoint
CREATE INDEX `reservations_seller_sku` ON `reservations` (`seller_id`,`sku`);--> statement-breakpoint
CREATE INDEX `reservations_order` ON `reservations` (`order_id`);--> statement-breakpoint
CREATE TABLE `safety_buffers` (
	`seller_id` text NOT NULL,
	`channel_id` text DEFAULT '' NOT NULL,
	`sku` text DEFAULT '' NOT NULL,
	`units` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`seller_id`, `channel_id`, `sku`),
	CONSTRAINT "safety_buffers_units" CHECK("safety_buffers"."units" >= 0)
);
--> statement-breakpoint
CREATE TABLE `skus` (
	`seller_id` text NOT NULL,
	`sku` text NOT NULL,
	`title` text,
	`barcode` text,
	`low_stock_threshold` integer,
	`backordered` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`seller_id`, `sku`),
	CONSTRAINT "skus_backordered" CHECK("skus"."backordered" >= 0)
);
