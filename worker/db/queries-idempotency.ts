/** Idempotency keys: claim a key, store the answer, read it back, expire it. */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { idempotencyKeys } from './schema.js';

/** A stored key as read back. */
export interface StoredKey {
  requestHash: string;
  state: 'running' | 'done';
  statusCode: number | null;
  responseBody: string | null;
}

/**
 * Claims a key for a request: true when this request may run (the key is new,
 * expired, or its first request died while running for over `staleAfterMs`).
 */
export async function claimKey(db: Db, row: { sellerId: string; key: string; requestHash: string; now: Date; ttlMs: number; staleAfterMs: number }): Promise<boolean> {
  const now = row.now.toISOString();
  const stale = new Date(row.now.getTime() - row.staleAfterMs).toISOString();
  const expires = new Date(row.now.getTime() + row.ttlMs).toISOString();
  const result = await db.run(sql`
    INSERT INTO idempotency_keys (seller_id, key, request_hash, state, created_at, expires_at)
    VALUES (${row.sellerId}, ${row.key}, ${row.requestHash}, 'running', ${now}, ${expires})
    ON CONFLICT (seller_id, key) DO UPDATE SET
      request_hash = excluded.request_hash, state = 'running', status_code = NULL, response_body = NULL,
      created_at = excluded.created_at, expires_at = excluded.expires_at
    WHERE idempotency_keys.expires_at < ${now}
       OR (idempotency_keys.state = 'running' AND idempotency_keys.created_at < ${stale})`);
  return (result.meta.changes ?? 0) > 0;
}

/** The key as stored. */
export async function readKey(db: Db, sellerId: string, key: string): Promise<StoredKey | undefined> {
  const [row] = await db
    .select({ requestHash: idempotencyKeys.requestHash, state: idempotencyKeys.state, statusCode: idempotencyKeys.statusCode, responseBody: idempotencyKeys.responseBody })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.sellerId, sellerId), eq(idempotencyKeys.key, key)));
  return row as StoredKey | undefined;
}

/** Stores the first answer to a keyed request. */
export async function completeKey(db: Db, sellerId: string, key: string, statusCode: number, responseBody: string): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ state: 'done', statusCode, responseBody })
    .where(and(eq(idempotencyKeys.sellerId, sellerId), eq(idempotencyKeys.key, key)));
}

/** Forgets a key whose request failed on our side, so a retry can run. */
export async function releaseKey(db: Db, sellerId: string, key: string): Promise<void> {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.sellerId, sellerId), eq(idempotencyKeys.key, key)));
}

/** Deletes expired keys (run from the scheduled handler). */
export async function purgeExpiredKeys(db: Db, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now.toISOString()));
}
