CREATE TABLE `portal_orders` (
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`external_id` text NOT NULL,
	`channel_status` text NOT NULL,
	`seen_at` text NOT NULL,
	PRIMARY KEY(`seller_id`, `channel_id`, `external_id`)
);
--> statement-breakpoint
CREATE TABLE `sent_quantities` (
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`channel_sku` text NOT NULL,
	`quantity` integer NOT NULL,
	`file_id` text NOT NULL,
	`sent_at` text NOT NULL,
	PRIMARY KEY(`seller_id`, `channel_id`, `channel_sku`)
);
--> statement-breakpoint
CREATE TABLE `sent_shipments` (
	`seller_id` text NOT NULL,
	`shipment_id` text NOT NULL,
	`file_id` text NOT NULL,
	`sent_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`seller_id`, `shipment_id`)
);
--> statement-breakpoint
CREATE TABLE `upload_file_rows` (
	`file_id` text NOT NULL,
	`seller_id` text NOT NULL,
	`subject` text NOT NULL,
	`value` integer,
	PRIMARY KEY(`file_id`, `subject`)
);
--> statement-breakpoint
CREATE INDEX `upload_file_rows_subject` ON `upload_file_rows` (`seller_id`,`subject`);--> statement-breakpoint
CREATE TABLE `upload_files` (
	`id` text PRIMARY KEY NOT NULL,
	`seller_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`kind` text NOT NULL,
	`layout` text NOT NULL,
	`status` text NOT NULL,
	`rows` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`uploaded_at` text
);
--> statement-breakpoint
CREATE INDEX `upload_files_seller_channel` ON `upload_files` (`seller_id`,`channel_id`,`kind`,`created_at`);--> statement-breakpoint
ALTER TABLE `listings` ADD `item_id` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `variation` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `needs_sku` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Amazon stocks by seller SKU, and one ASIN can carry several offers: listings keyed by an ASIN move to the seller SKU
-- their channel's order lines name for it (one SKU only, and only where no listing holds that SKU yet); the rest are flagged.
CREATE TABLE `_asin_moves` AS
SELECT l.seller_id, l.channel_id, l.channel_sku AS asin,
       (SELECT CASE WHEN count(DISTINCT ol.sku) = 1 THEN min(ol.sku) END
          FROM order_lines ol JOIN orders o ON o.id = ol.order_id
         WHERE o.seller_id = l.seller_id AND o.channel_id = l.channel_id AND ol.channel_sku = l.channel_sku AND ol.sku IS NOT NULL AND ol.sku != l.channel_sku) AS seller_sku
  FROM listings l JOIN channels c ON c.id = l.channel_id AND c.seller_id = l.seller_id
 WHERE c.kind = 'amazon'
   AND length(l.channel_sku) = 10
   AND ((l.channel_sku GLOB 'B0*' AND l.channel_sku NOT GLOB '*[^0-9A-Z]*')
        OR (substr(l.channel_sku, 1, 9) NOT GLOB '*[^0-9]*' AND substr(l.channel_sku, 10) GLOB '[0-9X]'));--> statement-breakpoint
UPDATE `_asin_moves` SET seller_sku = NULL
 WHERE EXISTS (SELECT 1 FROM listings x WHERE x.seller_id = _asin_moves.seller_id AND x.channel_id = _asin_moves.channel_id AND x.channel_sku = _asin_moves.seller_sku)
    OR (SELECT count(*) FROM _asin_moves d WHERE d.seller_id = _asin_moves.seller_id AND d.channel_id = _asin_moves.channel_id AND d.seller_sku = _asin_moves.seller_sku) > 1;--> statement-breakpoint
UPDATE OR IGNORE listing_observations SET channel_sku = m.seller_sku FROM _asin_moves m
 WHERE m.seller_sku IS NOT NULL AND listing_observations.seller_id = m.seller_id AND listing_observations.channel_id = m.channel_id AND listing_observations.channel_sku = m.asin;--> statement-breakpoint
DELETE FROM listing_observations
 WHERE EXISTS (SELECT 1 FROM _asin_moves m WHERE m.seller_sku IS NOT NULL AND m.seller_id = listing_observations.seller_id AND m.channel_id = listing_observations.channel_id AND m.asin = listing_observations.channel_sku);--> statement-breakpoint
UPDATE listing_components SET channel_sku = m.seller_sku FROM _asin_moves m
 WHERE m.seller_sku IS NOT NULL AND listing_components.seller_id = m.seller_id AND listing_components.channel_id = m.channel_id AND listing_components.channel_sku = m.asin;--> statement-breakpoint
UPDATE listings SET channel_sku = m.seller_sku, item_id = m.asin, needs_sku = 0 FROM _asin_moves m
 WHERE m.seller_sku IS NOT NULL AND listings.seller_id = m.seller_id AND listings.channel_id = m.channel_id AND listings.channel_sku = m.asin;--> statement-breakpoint
UPDATE listings SET needs_sku = 1, item_id = channel_sku
 WHERE EXISTS (SELECT 1 FROM _asin_moves m WHERE m.seller_sku IS NULL AND m.seller_id = listings.seller_id AND m.channel_id = listings.channel_id AND m.asin = listings.channel_sku);--> statement-breakpoint
DROP TABLE `_asin_moves`;
