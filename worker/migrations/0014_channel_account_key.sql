-- A channel may say which of the seller's accounts on its marketplace it is
-- (amazon.de, ebay.co.uk, a Shopify store handle), so the extension can file
-- a page's orders under the right one of several channels of a kind. Unique
-- per seller and kind when set; NULLs are distinct, so existing channels
-- without a key never collide.
ALTER TABLE `channels` ADD `account_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `channels_seller_kind_account` ON `channels` (`seller_id`,`kind`,`account_key`);