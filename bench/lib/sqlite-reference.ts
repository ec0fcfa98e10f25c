/**
 * The physical reference for write benchmarks: plain SQLite through Node's
 * built-in `node:sqlite`, with exactly the worker's schema (its migration
 * files, FTS triggers included), in a temp file like D1's local store.
 */

import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { OrderInput } from '../../shared/schemas/order.js';
import { normalizeOrder, searchText } from '../../worker/modules/orders/capture.js';
import { ROOT } from './local-worker.js';

/** A fresh SQLite file with the worker's migrations applied. */
export function referenceDatabase(): { db: DatabaseSync; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'orderlens-sqlite-'));
  const db = new DatabaseSync(path.join(dir, 'reference.sqlite'));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
  const migrations = path.join(ROOT, 'worker/migrations');
  for (const file of readdirSync(migrations)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    for (const stmt of readFileSync(path.join(migrations, file), 'utf8').split('--> statement-breakpoint')) {
      if (stmt.trim()) db.exec(stmt);
    }
  }
  return {
    db,
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Seeds seller `s` with channel `c` and returns a writer that stores one
 * captured order as the worker does (normalized order row, its lines and a
 * "captured" event from `source`); the caller owns the transactions.
 */
export function referenceOrderWriter(db: DatabaseSync, source: 'api' | 'import'): (input: OrderInput, at: string) => void {
  const insertOrder = db.prepare(`INSERT INTO orders (id, seller_id, channel_id, external_id, status, channel_status, placed_at, source_updated_at,
    currency, total, buyer_name, buyer_email, buyer_external_id, service_level, ship_speed, delivery_promise, ship_by, payment_status, ship_to, search_text, version, created_at, updated_at)
    VALUES (?, 's', 'c', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const insertLine = db.prepare(`INSERT INTO order_lines (id, seller_id, order_id, line_no, sku, channel_sku, title, quantity, unit_price, shipped_quantity, allocation)
    VALUES (?, 's', ?, ?, ?, ?, ?, ?, ?, 0, 'none')`);
  const insertEvent = db.prepare(`INSERT INTO order_events (id, seller_id, order_id, at, source, kind, from_status, to_status, changes, reason)
    VALUES (?, 's', ?, ?, ?, 'captured', NULL, ?, '[]', NULL)`);
  db.exec(`INSERT INTO sellers (id, name) VALUES ('s', 'Bench'); INSERT INTO channels (id, seller_id, kind, name) VALUES ('c', 's', 'amazon', 'Bench');`);
  return (input, at) => {
    const { fields, sourceUpdatedAt } = normalizeOrder(input, at, 'amazon');
    const id = `ord_${randomUUID().replaceAll('-', '').slice(0, 24)}`;
    insertOrder.run(
      id,
      input.externalId,
      fields.status,
      fields.channelStatus,
      fields.placedAt,
      sourceUpdatedAt,
      fields.currency,
      fields.total,
      fields.buyerName,
      fields.buyerEmail,
      fields.buyerExternalId,
      fields.serviceLevel,
      fields.shipSpeed,
      fields.deliveryPromise,
      fields.shipBy,
      fields.paymentStatus,
      fields.shipTo ? JSON.stringify(fields.shipTo) : null,
      searchText(input.externalId, fields),
      at,
      at,
    );
    for (const [n, l] of fields.lines.entries()) insertLine.run(`lin_${randomUUID()}`, id, n + 1, l.sku, l.channelSku, l.title, l.quantity, l.unitPrice);
    insertEvent.run(`evt_${randomUUID()}`, id, at, source, fields.status);
  };
}
