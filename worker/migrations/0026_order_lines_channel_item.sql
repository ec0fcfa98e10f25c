ALTER TABLE `order_lines` ADD `channel_item_id` text;--> statement-breakpoint
-- Amazon lines keyed by ASIN: the ASIN moves beside, and the channel SKU becomes the seller SKU the line itself names,
-- else that of the one listing of the channel carrying the ASIN; where neither tells, the seller SKU is unknown (null)
-- and the line keeps only its ASIN, by which stock resolution and listings still find it.
UPDATE order_lines SET channel_item_id = channel_sku,
       channel_sku = coalesce(
         CASE WHEN sku IS NOT NULL AND sku != channel_sku THEN sku END,
         (SELECT CASE WHEN count(*) = 1 THEN min(li.channel_sku) END
            FROM orders o JOIN listings li ON li.seller_id = o.seller_id AND li.channel_id = o.channel_id
           WHERE o.id = order_lines.order_id AND li.item_id = order_lines.channel_sku AND li.needs_sku = 0 AND li.channel_sku != li.item_id))
 WHERE length(channel_sku) = 10 AND channel_sku GLOB 'B0*' AND channel_sku NOT GLOB '*[^0-9A-Z]*'
   AND EXISTS (SELECT 1 FROM orders o JOIN channels c ON c.id = o.channel_id AND c.seller_id = o.seller_id WHERE o.id = order_lines.order_id AND c.kind = 'amazon');
