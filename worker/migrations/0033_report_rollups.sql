CREATE TABLE `report_dirty_days` (
	`seller_id` text NOT NULL,
	`day` text NOT NULL,
	`marks` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`seller_id`, `day`)
);
--> statement-breakpoint
CREATE TABLE `report_fulfillment_days` (
	`seller_id` text NOT NULL,
	`day` text NOT NULL,
	`channel_id` text NOT NULL,
	`ship_speed` text NOT NULL,
	`orders` integer NOT NULL,
	`shipped` integer NOT NULL,
	`shipped_time_unknown` integer NOT NULL,
	`with_ship_by` integer NOT NULL,
	`late` integer NOT NULL,
	`hours` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_fulfillment_days_seller_day` ON `report_fulfillment_days` (`seller_id`,`day`);--> statement-breakpoint
CREATE TABLE `report_refund_days` (
	`seller_id` text NOT NULL,
	`day` text NOT NULL,
	`channel_id` text NOT NULL,
	`currency` text NOT NULL,
	`refunded` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_refund_days_seller_day` ON `report_refund_days` (`seller_id`,`day`);--> statement-breakpoint
CREATE TABLE `report_sales_days` (
	`seller_id` text NOT NULL,
	`day` text NOT NULL,
	`channel_id` text NOT NULL,
	`currency` text NOT NULL,
	`orders` integer NOT NULL,
	`units` integer NOT NULL,
	`revenue` integer NOT NULL,
	`unpriced_orders` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_sales_days_seller_day` ON `report_sales_days` (`seller_id`,`day`);--> statement-breakpoint
CREATE TABLE `report_sku_days` (
	`seller_id` text NOT NULL,
	`day` text NOT NULL,
	`channel_id` text NOT NULL,
	`sku_key` text NOT NULL,
	`currency` text NOT NULL,
	`orders` integer NOT NULL,
	`units` integer NOT NULL,
	`revenue` integer NOT NULL,
	`unpriced_orders` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_sku_days_seller_day` ON `report_sku_days` (`seller_id`,`day`,`channel_id`,`sku_key`,`currency`,`orders`,`units`,`revenue`,`unpriced_orders`);--> statement-breakpoint
-- Dirty report days: every write that can change a day's report figures
-- marks the (seller, day) it touches, here where no code path can forget it.
-- An order marks its placed day; its lines, shipments and status events mark
-- their order's day; a refund marks the day the money went back, and an
-- order's cancellation or channel change marks the days of its refunds.
CREATE TRIGGER orders_insert_marks_report_day AFTER INSERT ON orders BEGIN
  INSERT INTO report_dirty_days (seller_id, day) VALUES (NEW.seller_id, substr(NEW.placed_at, 1, 10))
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER orders_update_marks_report_days AFTER UPDATE OF seller_id, channel_id, status, placed_at, currency, total, total_unknown, ship_speed, ship_by ON orders
WHEN OLD.seller_id IS NOT NEW.seller_id OR OLD.channel_id IS NOT NEW.channel_id OR OLD.status IS NOT NEW.status OR OLD.placed_at IS NOT NEW.placed_at
  OR OLD.currency IS NOT NEW.currency OR OLD.total IS NOT NEW.total OR OLD.total_unknown IS NOT NEW.total_unknown
  OR OLD.ship_speed IS NOT NEW.ship_speed OR OLD.ship_by IS NOT NEW.ship_by BEGIN
  INSERT INTO report_dirty_days (seller_id, day) VALUES (OLD.seller_id, substr(OLD.placed_at, 1, 10))
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
  INSERT INTO report_dirty_days (seller_id, day) SELECT NEW.seller_id, substr(NEW.placed_at, 1, 10)
   WHERE NEW.seller_id IS NOT OLD.seller_id OR substr(NEW.placed_at, 1, 10) IS NOT substr(OLD.placed_at, 1, 10)
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
  INSERT INTO report_dirty_days (seller_id, day) SELECT r.seller_id, substr(r.refunded_at, 1, 10) FROM order_refunds r
   WHERE r.order_id = NEW.id AND ((OLD.status = 'cancelled') IS NOT (NEW.status = 'cancelled') OR OLD.channel_id IS NOT NEW.channel_id OR OLD.seller_id IS NOT NEW.seller_id)
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
-- Before the delete: the order's refunds still name their days.
CREATE TRIGGER orders_delete_marks_report_days BEFORE DELETE ON orders BEGIN
  INSERT INTO report_dirty_days (seller_id, day) VALUES (OLD.seller_id, substr(OLD.placed_at, 1, 10))
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
  INSERT INTO report_dirty_days (seller_id, day) SELECT r.seller_id, substr(r.refunded_at, 1, 10) FROM order_refunds r WHERE r.order_id = OLD.id
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_insert_marks_report_day AFTER INSERT ON order_lines BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id = NEW.order_id
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_update_marks_report_days AFTER UPDATE OF order_id, sku, channel_sku, quantity, unit_price, unit_price_unknown ON order_lines
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.sku IS NOT NEW.sku OR OLD.channel_sku IS NOT NEW.channel_sku OR OLD.quantity IS NOT NEW.quantity
  OR OLD.unit_price IS NOT NEW.unit_price OR OLD.unit_price_unknown IS NOT NEW.unit_price_unknown BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id IN (OLD.order_id, NEW.order_id)
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_delete_marks_report_day AFTER DELETE ON order_lines BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id = OLD.order_id
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER shipments_insert_marks_report_day AFTER INSERT ON shipments BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id = NEW.order_id
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER shipments_update_marks_report_days AFTER UPDATE OF order_id, shipped_at ON shipments
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.shipped_at IS NOT NEW.shipped_at BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id IN (OLD.order_id, NEW.order_id)
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER shipments_delete_marks_report_day AFTER DELETE ON shipments BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id = OLD.order_id
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
-- A status event can be an order's ship time; the capture's own event never is.
CREATE TRIGGER order_events_insert_marks_report_day AFTER INSERT ON order_events
WHEN NEW.kind != 'captured' AND NEW.to_status IS NOT NULL BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id = NEW.order_id
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER order_events_update_marks_report_days AFTER UPDATE OF order_id, at, kind, from_status, to_status ON order_events
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.at IS NOT NEW.at OR OLD.kind IS NOT NEW.kind OR OLD.from_status IS NOT NEW.from_status OR OLD.to_status IS NOT NEW.to_status BEGIN
  INSERT INTO report_dirty_days (seller_id, day) SELECT o.seller_id, substr(o.placed_at, 1, 10) FROM orders o WHERE o.id IN (OLD.order_id, NEW.order_id)
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER order_refunds_insert_marks_report_day AFTER INSERT ON order_refunds BEGIN
  INSERT INTO report_dirty_days (seller_id, day) VALUES (NEW.seller_id, substr(NEW.refunded_at, 1, 10))
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER order_refunds_update_marks_report_days AFTER UPDATE OF seller_id, order_id, amount, currency, refunded_at ON order_refunds
WHEN OLD.seller_id IS NOT NEW.seller_id OR OLD.order_id IS NOT NEW.order_id OR OLD.amount IS NOT NEW.amount OR OLD.currency IS NOT NEW.currency OR OLD.refunded_at IS NOT NEW.refunded_at BEGIN
  INSERT INTO report_dirty_days (seller_id, day) VALUES (OLD.seller_id, substr(OLD.refunded_at, 1, 10))
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
  INSERT INTO report_dirty_days (seller_id, day) VALUES (NEW.seller_id, substr(NEW.refunded_at, 1, 10))
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
CREATE TRIGGER order_refunds_delete_marks_report_day AFTER DELETE ON order_refunds BEGIN
  INSERT INTO report_dirty_days (seller_id, day) VALUES (OLD.seller_id, substr(OLD.refunded_at, 1, 10))
  ON CONFLICT (seller_id, day) DO UPDATE SET marks = marks + 1;
END;
--> statement-breakpoint
-- The backfill: every day with orders or refunds is dirty until the cron rolls it up.
INSERT OR IGNORE INTO report_dirty_days (seller_id, day) SELECT DISTINCT seller_id, substr(placed_at, 1, 10) FROM orders;
--> statement-breakpoint
INSERT OR IGNORE INTO report_dirty_days (seller_id, day) SELECT DISTINCT seller_id, substr(refunded_at, 1, 10) FROM order_refunds;
