/** Sellers and their API tokens. Only a SHA-256 hash of a token is stored. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import type { Db } from '../../db/client.js';
import { apiTokens, sellers } from '../../db/schema.js';

/** A token as written: its secret only as a hash. */
export interface TokenWrite {
  id: string;
  name: string;
  role: Role;
  tokenHash: string;
  prefix: string;
}

const listed = { id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, revokedAt: apiTokens.revokedAt };

/** Creates a seller and its first token in one batch. */
export async function insertSellerWithToken(db: Db, seller: { id: string; name: string }, token: TokenWrite): Promise<void> {
  await db.batch([db.insert(sellers).values(seller), db.insert(apiTokens).values({ ...token, sellerId: seller.id })]);
}

/** The seller by id. */
export async function findSeller(db: Db, id: string): Promise<{ id: string; name: string; createdAt: string } | undefined> {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, id));
  return row;
}

/** The live (not revoked) token with this hash, with its seller, name and role. */
export async function findLiveToken(db: Db, tokenHash: string): Promise<{ id: string; sellerId: string; name: string; role: Role } | undefined> {
  const [row] = await db
    .select({ id: apiTokens.id, sellerId: apiTokens.sellerId, name: apiTokens.name, role: apiTokens.role })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
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
