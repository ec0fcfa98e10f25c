/**
 * Portal packs as stored: one row per portal, the newest version published.
 * Deployment-wide rows, not a seller's: no seller_id, written only behind the
 * admin token.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { portalPacks } from '../../db/schema.js';

/** A stored pack: its JSON text as published. */
export interface StoredPack {
  portal: string;
  version: number;
  pack: string;
  publishedAt: string;
}

/** The pack stored for a portal, if any. */
export async function readPack(db: Db, portal: string): Promise<StoredPack | undefined> {
  const [row] = await db.select().from(portalPacks).where(eq(portalPacks.portal, portal));
  return row;
}

/** Every stored pack, by portal. */
export async function readPacks(db: Db): Promise<StoredPack[]> {
  return db.select().from(portalPacks).orderBy(asc(portalPacks.portal));
}

/**
 * Stores a pack unless the portal already has this version or a higher one
 * (a concurrent publisher got there first). True when it was stored.
 */
export async function storePackIfNewer(db: Db, row: StoredPack): Promise<boolean> {
  const result = await db.run(sql`
    INSERT INTO portal_packs (portal, version, pack, published_at) VALUES (${row.portal}, ${row.version}, ${row.pack}, ${row.publishedAt})
    ON CONFLICT (portal) DO UPDATE SET version = excluded.version, pack = excluded.pack, published_at = excluded.published_at
     WHERE excluded.version > portal_packs.version`);
  return (result.meta.changes ?? 0) > 0;
}
