CREATE TABLE `queue_counts` (
	`seller_id` text NOT NULL,
	`bucket` text NOT NULL,
	`entries` integer NOT NULL,
	PRIMARY KEY(`seller_id`, `bucket`)
);
--> statement-breakpoint
-- Each bucket's count follows its entries here, where no write path can
-- forget it: placements (inserted, or moved between buckets by the upsert),
-- orders leaving the open statuses (their entries deleted by a trigger), a
-- seller's rows moved between books or deleted. A bucket emptied leaves
-- no row, so a seller whose entries are gone has none here either.
CREATE TRIGGER queue_entries_insert_counts AFTER INSERT ON queue_entries BEGIN
  INSERT INTO queue_counts (seller_id, bucket, entries) VALUES (NEW.seller_id, NEW.bucket, 1)
    ON CONFLICT (seller_id, bucket) DO UPDATE SET entries = entries + 1;
END;
--> statement-breakpoint
CREATE TRIGGER queue_entries_delete_counts AFTER DELETE ON queue_entries BEGIN
  UPDATE queue_counts SET entries = entries - 1 WHERE seller_id = OLD.seller_id AND bucket = OLD.bucket;
  DELETE FROM queue_counts WHERE seller_id = OLD.seller_id AND bucket = OLD.bucket AND entries = 0;
END;
--> statement-breakpoint
CREATE TRIGGER queue_entries_update_counts AFTER UPDATE OF seller_id, bucket ON queue_entries
WHEN OLD.seller_id IS NOT NEW.seller_id OR OLD.bucket IS NOT NEW.bucket BEGIN
  UPDATE queue_counts SET entries = entries - 1 WHERE seller_id = OLD.seller_id AND bucket = OLD.bucket;
  DELETE FROM queue_counts WHERE seller_id = OLD.seller_id AND bucket = OLD.bucket AND entries = 0;
  INSERT INTO queue_counts (seller_id, bucket, entries) VALUES (NEW.seller_id, NEW.bucket, 1)
    ON CONFLICT (seller_id, bucket) DO UPDATE SET entries = entries + 1;
END;
--> statement-breakpoint
-- Existing books: count the entries already placed.
INSERT INTO queue_counts (seller_id, bucket, entries)
SELECT seller_id, bucket, count(*) FROM queue_entries GROUP BY seller_id, bucket;
