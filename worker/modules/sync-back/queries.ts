/**
 * Upload files, their rows, and what the marketplaces were last sent, on
 * D1, scoped to one seller; and the reads a file's rows are made from
 * (shipments not yet confirmed, the channel's own committed units).
 */
import { sql } from 'drizzle-orm';
import type { ShipmentRow } from '../../../shared/upload-layouts.js';
import { guard, type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/** quantities | shipments */
export type UploadKind = 'quantities' | 'shipments';

/** An upload file as recorded. */
export interface UploadFileRow {
  id: string;
  channelId: string;
  kind: UploadKind;
  layout: string;
  status: 'writing' | 'downloaded' | 'uploaded';
  rows: number;
  createdAt: string;
  uploadedAt: string | null;
}

const FILE_COLUMNS = sql`id, channel_id AS channelId, kind, layout, status, rows, created_at AS createdAt, uploaded_at AS uploadedAt`;

/** Records a file about to be written. */
export async function insertUploadFile(db: Db, sellerId: string, f: { id: string; channelId: string; kind: UploadKind; layout: string; createdAt: string }): Promise<void> {
  await db.run(sql`INSERT INTO upload_files (id, seller_id, channel_id, kind, layout, status, rows, created_at)
    VALUES (${f.id}, ${sellerId}, ${f.channelId}, ${f.kind}, ${f.layout}, 'writing', 0, ${f.createdAt})`);
}

/** Records one page of a file's rows (subject and value sent) in one batch with its count. */
export async function recordUploadRows(db: Db, sellerId: string, fileId: string, rows: ReadonlyArray<{ subject: string; value: number | null }>): Promise<void> {
  if (!rows.length) return;
  await db.$client.batch([
    statement(
      db,
      sql`INSERT INTO upload_file_rows (file_id, seller_id, subject, value)
      SELECT ${fileId}, ${sellerId}, g.value->>'subject', g.value->>'value' FROM json_each(${JSON.stringify(rows)}) g`,
    ),
    statement(db, sql`UPDATE upload_files SET rows = rows + ${rows.length} WHERE id = ${fileId} AND seller_id = ${sellerId}`),
  ]);
}

/** Marks a file whole: every row it carried is recorded. */
export async function finishUploadFile(db: Db, sellerId: string, fileId: string): Promise<void> {
  await db.run(sql`UPDATE upload_files SET status = 'downloaded' WHERE id = ${fileId} AND seller_id = ${sellerId} AND status = 'writing'`);
}

/** One file of the seller, if it exists. */
export async function findUploadFile(db: Db, sellerId: string, id: string): Promise<UploadFileRow | undefined> {
  return db.get<UploadFileRow>(sql`SELECT ${FILE_COLUMNS} FROM upload_files WHERE seller_id = ${sellerId} AND id = ${id}`);
}

/** The newest files of the seller, optionally of one channel. */
export async function recentUploadFiles(db: Db, sellerId: string, limit: number, channelId?: string): Promise<UploadFileRow[]> {
  return db.all<UploadFileRow>(sql`SELECT ${FILE_COLUMNS} FROM upload_files
    WHERE seller_id = ${sellerId} ${channelId ? sql`AND channel_id = ${channelId}` : sql``} ORDER BY created_at DESC, id DESC LIMIT ${limit}`);
}

/** A later file of the same channel and kind, already uploaded, that carried a row this file carried: this one is stale. */
export async function laterUploadedOverlap(db: Db, sellerId: string, file: UploadFileRow): Promise<string | undefined> {
  const row = await db.get<{ id: string }>(sql`${laterOverlapSelect(sellerId, file)} LIMIT 1`);
  return row?.id;
}

function laterOverlapSelect(sellerId: string, file: UploadFileRow) {
  return sql`SELECT f.id FROM upload_files f
    WHERE f.seller_id = ${sellerId} AND f.channel_id = ${file.channelId} AND f.kind = ${file.kind} AND f.status = 'uploaded' AND f.id != ${file.id}
      AND (f.created_at, f.id) > (${file.createdAt}, ${file.id})
      AND EXISTS (SELECT 1 FROM upload_file_rows a JOIN upload_file_rows b ON b.file_id = ${file.id} AND b.subject = a.subject WHERE a.file_id = f.id)`;
}

/**
 * Statements marking a downloaded file uploaded and recording what it sent,
 * guarded so a second mark or a newer overlapping upload made meanwhile
 * aborts the batch.
 */
export function markUploadedStatements(db: Db, sellerId: string, file: UploadFileRow, at: string): Statement[] {
  const sent =
    file.kind === 'quantities'
      ? sql`INSERT INTO sent_quantities (seller_id, channel_id, channel_sku, quantity, file_id, sent_at)
            SELECT ${sellerId}, ${file.channelId}, r.subject, r.value, ${file.id}, ${at} FROM upload_file_rows r WHERE r.file_id = ${file.id} AND r.value IS NOT NULL
            ON CONFLICT (seller_id, channel_id, channel_sku) DO UPDATE SET quantity = excluded.quantity, file_id = excluded.file_id, sent_at = excluded.sent_at`
      : sql`INSERT INTO sent_shipments (seller_id, shipment_id, file_id, sent_at)
            SELECT ${sellerId}, r.subject, ${file.id}, ${at} FROM upload_file_rows r WHERE r.file_id = ${file.id}
            ON CONFLICT (seller_id, shipment_id) DO UPDATE SET file_id = excluded.file_id, sent_at = excluded.sent_at`;
  return [
    guard(db, sql`EXISTS (SELECT 1 FROM upload_files WHERE id = ${file.id} AND seller_id = ${sellerId} AND status = 'downloaded')`),
    guard(db, sql`NOT EXISTS (${laterOverlapSelect(sellerId, file)})`),
    statement(db, sql`UPDATE upload_files SET status = 'uploaded', uploaded_at = ${at} WHERE id = ${file.id} AND seller_id = ${sellerId}`),
    statement(db, sent),
  ];
}

/** The quantity last sent per channel SKU, of those asked. */
export async function sentQuantitiesOf(db: Db, sellerId: string, channelId: string, channelSkus: readonly string[]): Promise<Map<string, number>> {
  if (!channelSkus.length) return new Map();
  const rows = await db.all<{ channelSku: string; quantity: number }>(sql`SELECT channel_sku AS channelSku, quantity FROM sent_quantities
    WHERE seller_id = ${sellerId} AND channel_id = ${channelId} AND channel_sku IN (SELECT value FROM json_each(${JSON.stringify(channelSkus)}))`);
  return new Map(rows.map((r) => [r.channelSku, r.quantity]));
}

/** Units of open orders of the channel not yet shipped, per channel SKU asked: what the marketplace itself holds as committed. */
export async function committedUnitsOf(db: Db, sellerId: string, channelId: string, channelSkus: readonly string[]): Promise<Map<string, number>> {
  if (!channelSkus.length) return new Map();
  const rows = await db.all<{ channelSku: string; units: number }>(sql`
    SELECT l.channel_sku AS channelSku, sum(l.quantity - l.shipped_quantity) AS units
      FROM order_lines l JOIN orders o ON o.id = l.order_id
     WHERE o.seller_id = ${sellerId} AND o.channel_id = ${channelId}
       AND o.status IN ('unknown', 'pending', 'on_hold', 'ready', 'in_progress', 'partially_shipped')
       AND l.channel_sku IN (SELECT value FROM json_each(${JSON.stringify(channelSkus)}))
     GROUP BY l.channel_sku`);
  return new Map(rows.map((r) => [r.channelSku, r.units]));
}

/** One line of a shipment not yet confirmed to its channel. */
export interface UnsentShipmentLine extends ShipmentRow {
  shipmentId: string;
}

/** Where a page of shipments starts: after this (shipped at, id). */
export interface ShipmentPageKey {
  shippedAt: string;
  id: string;
}

/**
 * The next `limit` shipments of a channel's orders shipped since `since`
 * that no uploaded file confirmed, one row per line they carry (every line
 * of the order when the shipment names none), oldest first.
 */
export async function unsentShipmentPage(
  db: Db,
  sellerId: string,
  channelId: string,
  since: string,
  limit: number,
  after?: ShipmentPageKey,
): Promise<{ lines: UnsentShipmentLine[]; next?: ShipmentPageKey }> {
  const lines = await db.all<UnsentShipmentLine>(sql`
    WITH page AS (
      SELECT s.id, s.shipped_at, s.order_id, s.carrier, s.service, s.tracking_number, s.lines, o.external_id
        FROM shipments s JOIN orders o ON o.id = s.order_id AND o.seller_id = s.seller_id
       WHERE s.seller_id = ${sellerId} AND o.channel_id = ${channelId} AND s.shipped_at >= ${since}
         ${after ? sql`AND (s.shipped_at, s.id) > (${after.shippedAt}, ${after.id})` : sql``}
         AND NOT EXISTS (SELECT 1 FROM sent_shipments x WHERE x.seller_id = s.seller_id AND x.shipment_id = s.id)
       ORDER BY s.shipped_at, s.id LIMIT ${limit})
    SELECT p.id AS shipmentId, p.shipped_at AS shippedAt, p.external_id AS orderNumber, p.carrier, p.service, p.tracking_number AS trackingNumber,
           li.item_id AS itemId, l.title, l.channel_sku AS channelSku
      FROM page p
      JOIN order_lines l ON l.order_id = p.order_id
       AND (json_array_length(p.lines) = 0 OR l.id IN (SELECT g.value->>'lineId' FROM json_each(p.lines) g))
      LEFT JOIN listings li ON li.seller_id = ${sellerId} AND li.channel_id = ${channelId} AND li.channel_sku = l.channel_sku
     ORDER BY p.shipped_at, p.id, l.line_no`);
  const last = lines[lines.length - 1];
  const shipments = new Set(lines.map((l) => l.shipmentId)).size;
  return { lines, ...(shipments === limit && last ? { next: { shippedAt: last.shippedAt, id: last.shipmentId } } : {}) };
}

/** Shipments of the channel's orders that no uploaded file confirmed, counted up to `upTo + 1`: one more than `upTo` says "more than". */
export async function countUnsentShipments(db: Db, sellerId: string, channelId: string, upTo: number): Promise<number> {
  // CROSS JOIN keeps the channel's orders outermost: the seller's other channels' shipments are never read.
  const row = await db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM orders o CROSS JOIN shipments s ON s.order_id = o.id AND s.seller_id = o.seller_id
       WHERE o.seller_id = ${sellerId} AND o.channel_id = ${channelId}
         AND NOT EXISTS (SELECT 1 FROM sent_shipments x WHERE x.seller_id = s.seller_id AND x.shipment_id = s.id)
       LIMIT ${upTo + 1})`);
  return row?.n ?? 0;
}
