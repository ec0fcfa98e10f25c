-- Stale marks: the queue read finds the orders to evaluate again from
-- queue_stale (plus entries made under other rules or past their ship-by
-- threshold, by index) instead of comparing every open order with its entry.
-- An open order is marked when it is captured and whenever its version moves
-- (which the triggers of 0008 make happen for its lines, allocation and
-- buyer too). An order leaving the open statuses with a rule hold on record
-- is marked so the read ends that hold. The read clears a mark in the batch
-- that stores the order's place, only if the order is still as evaluated.
CREATE TRIGGER orders_insert_marks_queue AFTER INSERT ON orders
WHEN NEW.status IN ('pending', 'on_hold', 'ready') BEGIN
  INSERT OR IGNORE INTO queue_stale (order_id, seller_id) VALUES (NEW.id, NEW.seller_id);
END;
--> statement-breakpoint
CREATE TRIGGER orders_version_marks_queue AFTER UPDATE OF version ON orders
WHEN NEW.status IN ('pending', 'on_hold', 'ready') BEGIN
  INSERT OR IGNORE INTO queue_stale (order_id, seller_id) VALUES (NEW.id, NEW.seller_id);
END;
--> statement-breakpoint
CREATE TRIGGER orders_closed_with_rule_hold_marks_queue AFTER UPDATE OF status ON orders
WHEN NEW.status NOT IN ('pending', 'on_hold', 'ready') BEGIN
  INSERT OR IGNORE INTO queue_stale (order_id, seller_id)
  SELECT NEW.id, NEW.seller_id WHERE EXISTS (SELECT 1 FROM order_holds WHERE order_id = NEW.id AND kind = 'rule' AND released_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER orders_delete_unmarks_queue AFTER DELETE ON orders BEGIN
  DELETE FROM queue_stale WHERE order_id = OLD.id;
END;
--> statement-breakpoint
-- Every open order, and every order with a rule hold on record, is looked at
-- once on its seller's next read.
INSERT OR IGNORE INTO queue_stale (order_id, seller_id)
SELECT id, seller_id FROM orders WHERE status IN ('pending', 'on_hold', 'ready');
--> statement-breakpoint
INSERT OR IGNORE INTO queue_stale (order_id, seller_id)
SELECT order_id, seller_id FROM order_holds WHERE kind = 'rule' AND released_at IS NULL;
