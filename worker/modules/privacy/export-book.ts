/**
 * A seller's whole export as NDJSON: one record a line (`{"type", "data"}`),
 * one resource type after another, in pages of bounded size. Each page ends
 * with `{"type":"next","cursor"}` (call again with it) or `{"type":"end"}`.
 * A cursor names the type and rowid reached and is bound to its seller: one
 * forged or from another seller is refused with 400 naming query.cursor.
 */

import type { Db } from '../../db/client.js';
import { decodeKeyCursor, encodeKeyCursor } from '../../db/cursor.js';
import { invalidInput } from '../../errors.js';
import { sha256Hex } from '../../ids.js';
import { EXPORTED_TYPES, type ExportedType, ORDER_PART_KEYS, readExportRows, readOrderParts } from './queries-export.js';

/** Rows read from D1 per query while a page is written. */
const READ_CHUNK = 100;

/** Where an export stands: the index of the type and the last rowid written of it. */
interface Position {
  typeIndex: number;
  after: number;
}

/** The tag binding a cursor to its seller, without showing the seller's id. */
async function sellerTag(sellerId: string): Promise<string> {
  return (await sha256Hex(`export:${sellerId}`)).slice(0, 16);
}

const badCursor = (message: string) => invalidInput([{ path: 'query.cursor', message }]);

/** The position a cursor names; 400 naming query.cursor when forged or another seller's. */
export async function readExportCursor(sellerId: string, cursor: string | undefined): Promise<Position> {
  if (cursor === undefined) return { typeIndex: 0, after: 0 };
  const [type, after, tag] = decodeKeyCursor(cursor, 3) as [string, string, string];
  const typeIndex = EXPORTED_TYPES.findIndex((t) => t.type === type);
  if (typeIndex < 0 || !/^\d{1,15}$/.test(after)) throw badCursor('not a cursor this API returned');
  if (tag !== (await sellerTag(sellerId))) throw badCursor('a cursor of another seller’s export');
  return { typeIndex, after: Number(after) };
}

/** A stored row as exported: camelCase keys, JSON columns parsed, secrets and internals left out. */
function exported(t: ExportedType, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === '_rowid' || k === 'seller_id' || t.omit?.includes(k)) continue;
    const key = k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    out[key] = t.json?.includes(k) && typeof v === 'string' ? JSON.parse(v) : v;
  }
  return out;
}

/** A page of the export as NDJSON lines: at most `limit` records from `from`, then where to go on. */
export async function* exportPage(db: Db, sellerId: string, from: Position, limit: number): AsyncGenerator<string> {
  let written = 0;
  let { typeIndex, after } = from;
  while (typeIndex < EXPORTED_TYPES.length) {
    const t = EXPORTED_TYPES[typeIndex]!;
    const asked = Math.min(READ_CHUNK, limit - written);
    const rows = await readExportRows(db, sellerId, t, after, asked);
    const parts =
      t.type === 'order' && rows.length
        ? await readOrderParts(
            db,
            sellerId,
            rows.map((r) => r.id as string),
          )
        : null;
    for (const row of rows) {
      const data = exported(t, row);
      if (parts) for (const key of ORDER_PART_KEYS) data[key] = (parts.get(key)?.get(row.id as string) ?? []).map((p) => exported({ type: key, table: key }, p));
      yield `${JSON.stringify({ type: t.type, data })}\n`;
      after = row._rowid as number;
      written += 1;
    }
    if (written >= limit) {
      yield `${JSON.stringify({ type: 'next', cursor: encodeKeyCursor(t.type, String(after), await sellerTag(sellerId)) })}\n`;
      return;
    }
    if (rows.length < asked) {
      typeIndex += 1;
      after = 0;
    }
  }
  yield `${JSON.stringify({ type: 'end' })}\n`;
}
