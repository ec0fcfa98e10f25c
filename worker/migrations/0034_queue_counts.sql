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
-- The stale marks are counted the same way, as the pseudo-bucket 'stale':
-- a read in a burst says how many orders wait without walking the marks.
-- Marks are inserted OR IGNORE, and the trigger fires only for a new mark.
CREATE TRIGGER queue_stale_insert_counts AFTER INSERT ON queue_stale BEGIN
  INSERT INTO queue_counts (seller_id, bucket, entries) VALUES (NEW.seller_id, 'stale', 1)
    ON CONFLICT (seller_id, bucket) DO UPDATE SET entries = entries + 1;
END;
--> statement-breakpoint
CREATE TRIGGER queue_stale_delete_counts AFTER DELETE ON queue_stale BEGIN
  UPDATE queue_counts SET entries = entries - 1 WHERE seller_id = OLD.seller_id AND bucket = 'stale';
  DELETE FROM queue_counts WHERE seller_id = OLD.seller_id AND bucket = 'stale' AND entries = 0;
END;
--> statement-breakpoint
-- Existing books: count the entries already placed, and the marks.
INSERT INTO queue_counts (seller_id, bucket, entries)
SELECT seller_id, bucket, count(*) FROM queue_entries GROUP BY seller_id, bucket;
--> statement-breakpoint
INSERT INTO queue_counts (seller_id, bucket, entries)
SELECT seller_id, 'stale', count(*) FROM queue_stale GROUP BY seller_id;
