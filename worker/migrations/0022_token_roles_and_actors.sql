-- Tokens minted before roles could do everything: they stay owners, so nothing existing breaks.
ALTER TABLE `api_tokens` ADD `role` text DEFAULT 'owner' NOT NULL;--> statement-breakpoint
-- Who made each change; events older than this are unknown (null).
ALTER TABLE `order_events` ADD `actor` text;--> statement-breakpoint
-- The ledger recorded the token's id as actor; it now records the token's name, the person.
UPDATE `inventory_ledger` SET `actor` = (SELECT t.`name` FROM `api_tokens` t WHERE t.`id` = `inventory_ledger`.`actor` AND t.`seller_id` = `inventory_ledger`.`seller_id`)
 WHERE `actor` IS NOT NULL;
