-- Queue freshness. A stored queue place (queue_entries) is current while the
-- order's version, the rules version and its ship-by threshold are those it
-- was made from. So whatever the queue reads about an order bumps the order's
-- version here, in SQL, whoever writes it: the order's lines (SKU, quantity,
-- shipped, allocation — stock moves re-allocate lines of orders nobody
-- captured) and its buyer (the link to a customer, the customer's tags).
-- Only `version` moves: updated_at stays the time the order itself changed.
-- Batch guards compare a version read before the batch with the version when
-- the guard runs; every writer puts its guards before its writes, so a bump
-- made later in the same batch never trips them.
CREATE TRIGGER order_lines_insert_bumps_order AFTER INSERT ON order_lines BEGIN
  UPDATE orders SET version = version + 1 WHERE id = NEW.order_id;
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_delete_bumps_order AFTER DELETE ON order_lines BEGIN
  UPDATE orders SET version = version + 1 WHERE id = OLD.order_id;
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_update_bumps_order AFTER UPDATE OF sku, channel_sku, quantity, shipped_quantity, allocation ON order_lines
WHEN OLD.sku IS NOT NEW.sku OR OLD.channel_sku IS NOT NEW.channel_sku OR OLD.quantity IS NOT NEW.quantity
  OR OLD.shipped_quantity IS NOT NEW.shipped_quantity OR OLD.allocation IS NOT NEW.allocation BEGIN
  UPDATE orders SET version = version + 1 WHERE id = NEW.order_id;
END;
--> statement-breakpoint
-- A buyer's tags matter only to open orders (a closed order that reopens
-- changes status, which bumps its version anyway).
CREATE TRIGGER customers_tags_bump_open_orders AFTER UPDATE OF tags ON customers WHEN OLD.tags IS NOT NEW.tags BEGIN
  UPDATE orders SET version = version + 1
   WHERE id IN (SELECT order_id FROM order_customers WHERE seller_id = NEW.seller_id AND customer_id = NEW.id)
     AND status IN ('pending', 'on_hold', 'ready');
END;
--> statement-breakpoint
CREATE TRIGGER customers_delete_bumps_open_orders AFTER DELETE ON customers BEGIN
  UPDATE orders SET version = version + 1
   WHERE id IN (SELECT order_id FROM order_customers WHERE seller_id = OLD.seller_id AND customer_id = OLD.id)
     AND status IN ('pending', 'on_hold', 'ready');
END;
--> statement-breakpoint
CREATE TRIGGER order_customers_insert_bumps_order AFTER INSERT ON order_customers BEGIN
  UPDATE orders SET version = version + 1 WHERE id = NEW.order_id AND status IN ('pending', 'on_hold', 'ready');
END;
--> statement-breakpoint
CREATE TRIGGER order_customers_update_bumps_order AFTER UPDATE OF customer_id ON order_customers
WHEN OLD.customer_id IS NOT NEW.customer_id BEGIN
  UPDATE orders SET version = version + 1 WHERE id = NEW.order_id AND status IN ('pending', 'on_hold', 'ready');
END;
--> statement-breakpoint
CREATE TRIGGER order_customers_delete_bumps_order AFTER DELETE ON order_customers BEGIN
  UPDATE orders SET version = version + 1 WHERE id = OLD.order_id AND status IN ('pending', 'on_hold', 'ready');
END;
--> statement-breakpoint
-- An order that leaves the open statuses (picked, shipped, cancelled…) or
-- goes away leaves the queue at once, so the lists can be counted from
-- queue_entries alone. Returning to an open status bumps the version, and the
-- order is placed again on the next read.
CREATE TRIGGER orders_closed_leave_queue AFTER UPDATE OF status ON orders
WHEN NEW.status NOT IN ('pending', 'on_hold', 'ready') BEGIN
  DELETE FROM queue_entries WHERE order_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER orders_delete_leave_queue AFTER DELETE ON orders BEGIN
  DELETE FROM queue_entries WHERE order_id = OLD.id;
END;
--> statement-breakpoint
-- The stored places are a cache made under the old, wider comparison (buyer
-- record time, short flag): drop them, so every open order is placed again
-- on its seller's next read.
DELETE FROM queue_entries;
