/** Sellers and their API tokens. Only a SHA-256 hash of a token is stored. */
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import type { Db } from '../../db/client.js';
import { apiTokens, sellers } from '../../db/schema.js';
import type { LiveToken } from './token-cache.js';

/** A token as written: its secret only as a hash. */
export interface TokenWrite {
  id: string;
  name: string;
  role: Role;
  tokenHash: string;
  prefix: string;
}

const listed = { id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, revokedAt: apiTokens.revokedAt };

/** Creates a seller (on the book `shard`) and its first token in one batch. */
export async function insertSellerWithToken(db: Db, seller: { id: string; name: string; createdAt: string; shard: number }, token: TokenWrite): Promise<void> {
  await db.batch([db.insert(sellers).values(seller), db.insert(apiTokens).values({ ...token, sellerId: seller.id })]);
}

/** The seller by id. */
export async function findSeller(db: Db, id: string): Promise<{ id: string; name: string; createdAt: string } | undefined> {
  const [row] = await db.select({ id: sellers.id, name: sellers.name, createdAt: sellers.createdAt }).from(sellers).where(eq(sellers.id, id));
  return row;
}

/** The live (not revoked) token with this hash, with its seller, name and role, and the seller's book and move. */
export async function findLiveToken(db: Db, tokenHash: string): Promise<LiveToken | undefined> {
  const [row] = await db
    .select({ id: apiTokens.id, sellerId: apiTokens.sellerId, name: apiTokens.name, role: apiTokens.role, shard: sellers.shard, movingTo: sellers.movingTo })
    .from(apiTokens)
    .innerJoin(sellers, eq(sellers.id, apiTokens.sellerId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

/** Which book holds the seller's rows, and the book it is being moved to; undefined for an unknown seller. */
export async function findSellerPlace(db: Db, sellerId: string): Promise<{ shard: number; movingTo: number | null } | undefined> {
  const [row] = await db.select({ shard: sellers.shard, movingTo: sellers.movingTo }).from(sellers).where(eq(sellers.id, sellerId));
  return row;
}

/** How many sellers each book holds (books without sellers are absent). */
export async function sellersPerBook(db: Db): Promise<Map<number, number>> {
  const rows = await db.select({ shard: sellers.shard, n: count() }).from(sellers).groupBy(sellers.shard);
  return new Map(rows.map((r) => [r.shard, r.n]));
}

/** Writes the directory's seller row onto a book, where the seller's rows point at it. */
export async function copySellerRow(db: Db, seller: { id: string; name: string; createdAt: string; shard: number }): Promise<void> {
  await db.insert(sellers).values(seller).onConflictDoNothing();
}

/** A live token of the seller by id, or undefined. */
export async function findSellerToken(db: Db, sellerId: string, id: string) {
  const [row] = await db
    .select(listed)
    .from(apiTokens)
    .where(and(eq(apiTokens.sellerId, sellerId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
  return row;
}

/** Adds a token for a seller. */
export async function insertToken(db: Db, sellerId: string, token: TokenWrite) {
  const [row] = await db
    .insert(apiTokens)
    .values({ ...token, sellerId })
    .returning(listed);
  return row!;
}

/** The seller's tokens (without secrets), oldest first. */
export async function listTokens(db: Db, sellerId: string) {
  return db.select(listed).from(apiTokens).where(eq(apiTokens.sellerId, sellerId)).orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
}

/** Sets a live token's role; undefined when there is no such live token. */
export async function setTokenRole(db: Db, sellerId: string, id: string, role: Role) {
  const [row] = await db
    .update(apiTokens)
    .set({ role })
    .where(and(eq(apiTokens.sellerId, sellerId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning(listed);
  return row;
}

/** Revokes a token of the seller; false when there is no such live token. */
export async function revokeToken(db: Db, sellerId: string, id: string, at: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.sellerId, sellerId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
