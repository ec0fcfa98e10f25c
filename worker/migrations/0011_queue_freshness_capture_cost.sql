-- Capture pays for 0008's line triggers only where the queue would see a
-- difference. Lines are inserted and deleted only when capture replaces an
-- order's lines, in the same batch as the order's own update, which bumps
-- its version already; so the insert/delete triggers go (they cost every
-- captured line a rewrite of its order row). An allocation change bumps the
-- version only when the line's shortness changes (none and allocated both
-- count as allocated to the queue), so a new order's lines being allocated
-- cost nothing; the other columns the queue reads bump it as before.
DROP TRIGGER order_lines_insert_bumps_order;
--> statement-breakpoint
DROP TRIGGER order_lines_delete_bumps_order;
--> statement-breakpoint
DROP TRIGGER order_lines_update_bumps_order;
--> statement-breakpoint
CREATE TRIGGER order_lines_update_bumps_order AFTER UPDATE OF sku, channel_sku, quantity, shipped_quantity, allocation ON order_lines
WHEN OLD.sku IS NOT NEW.sku OR OLD.channel_sku IS NOT NEW.channel_sku OR OLD.quantity IS NOT NEW.quantity
  OR OLD.shipped_quantity IS NOT NEW.shipped_quantity
  OR (OLD.allocation IN ('short', 'unmapped')) IS NOT (NEW.allocation IN ('short', 'unmapped')) BEGIN
  UPDATE orders SET version = version + 1 WHERE id = NEW.order_id;
END;
