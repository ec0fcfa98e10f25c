-- Upload files page through a channel's listings by (item id, channel SKU); drizzle-kit cannot write this expression index itself.
CREATE INDEX `listings_channel_item` ON `listings` (`seller_id`,`channel_id`,coalesce(`item_id`, ''),`channel_sku`);
