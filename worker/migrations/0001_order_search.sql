-- Full-text index over orders.search_text (order number, buyer name and email,
-- SKUs, channel SKUs, tracking numbers) for the popup's lookup. External
-- content: the text lives in orders; triggers keep the index in step.
CREATE VIRTUAL TABLE orders_fts USING fts5(search_text, content='orders', content_rowid='rowid', tokenize="unicode61 remove_diacritics 2");
--> statement-breakpoint
CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN
  INSERT INTO orders_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN
  INSERT INTO orders_fts(orders_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER orders_fts_update AFTER UPDATE OF search_text ON orders BEGIN
  INSERT INTO orders_fts(orders_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
  INSERT INTO orders_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
