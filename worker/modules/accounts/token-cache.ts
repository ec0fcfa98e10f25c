/**
 * Verified tokens kept in the isolate for a few seconds, so a seller's
 * requests mostly skip the token read on the directory. The trade-off: a
 * token revoked, a role changed, a seller deleted or a move started through
 * another isolate is honoured here at most the cache's lifetime later (in
 * this isolate at once: the code paths that change them call `forget…`), and
 * a move's drain lasts at least that lifetime (modules/shards/move-seller.ts).
 * Unknown and revoked tokens are never kept: a token minted a moment ago works at once.
 */
import type { Role } from '../../../shared/roles.js';

/** A live token as authentication uses it: its seller, name and role, and the seller's book and move. */
export interface LiveToken {
  id: string;
  sellerId: string;
  name: string;
  role: Role;
  shard: number;
  movingTo: number | null;
}

/** How long a verified token is trusted without reading the directory again, unless TOKEN_CACHE_SECONDS says otherwise. */
export const TOKEN_CACHE_MS = 5_000;

/** The last share of an entry's life in which a request using it also reads it again in the background. */
const REFRESH_SHARE = 0.2;

/** Tokens kept at most per isolate (a few hundred bytes each), the least recently used going first. */
export const TOKEN_CACHE_ENTRIES = 2_000;

interface Entry {
  token: LiveToken;
  /** Date.now() after which the entry is read again: counted from before the read that found it. */
  expires: number;
  /** A read again is under way in the background. */
  refreshing: boolean;
}

const entries = new Map<string, Entry>();
/** Bumped by every forget: a read begun before one is not kept, since it may predate the change. */
let generation = 0;

/** The cache's lifetime in ms: TOKEN_CACHE_SECONDS (fractions allowed, 0 turns it off) or TOKEN_CACHE_MS. */
export function tokenCacheMs(env: { TOKEN_CACHE_SECONDS?: string | undefined }): number {
  const seconds = env.TOKEN_CACHE_SECONDS === undefined || env.TOKEN_CACHE_SECONDS === '' ? Number.NaN : Number(env.TOKEN_CACHE_SECONDS);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : TOKEN_CACHE_MS;
}

/**
 * The live token with this hash: from the cache while fresh, else from
 * `read`, which is then kept for `ttlMs`. A hit in the last part of its life
 * also reads it again in `background` when given, so a token in steady use
 * never waits for the directory; the new copy's life counts from that read.
 */
export async function cachedLiveToken(tokenHash: string, ttlMs: number, read: () => Promise<LiveToken | undefined>, background?: (work: Promise<unknown>) => void): Promise<LiveToken | undefined> {
  const started = Date.now();
  const hit = entries.get(tokenHash);
  if (hit && hit.expires > started) {
    // Re-inserted so the map's order is least recently used first.
    entries.delete(tokenHash);
    entries.set(tokenHash, hit);
    if (background && !hit.refreshing && hit.expires - started <= ttlMs * REFRESH_SHARE) {
      hit.refreshing = true;
      background(readAndKeep(tokenHash, ttlMs, read, started));
    }
    return hit.token;
  }
  if (hit) entries.delete(tokenHash);
  return readAndKeep(tokenHash, ttlMs, read, started);
}

async function readAndKeep(tokenHash: string, ttlMs: number, read: () => Promise<LiveToken | undefined>, started: number): Promise<LiveToken | undefined> {
  const seen = generation;
  const token = await read();
  if (seen !== generation) return token;
  // A token found revoked meanwhile goes at once.
  entries.delete(tokenHash);
  if (token && ttlMs > 0) {
    entries.set(tokenHash, { token, expires: started + ttlMs, refreshing: false });
    if (entries.size > TOKEN_CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return token;
}

function forgetWhere(matches: (token: LiveToken) => boolean): void {
  generation += 1;
  for (const [hash, entry] of entries) if (matches(entry.token)) entries.delete(hash);
}

/** Drops the token with this id from this isolate's cache (its role changed, or it was revoked). */
export function forgetToken(tokenId: string): void {
  forgetWhere((t) => t.id === tokenId);
}

/** Drops every token of the seller from this isolate's cache (the seller is moving, moved or leaving). */
export function forgetSeller(sellerId: string): void {
  forgetWhere((t) => t.sellerId === sellerId);
}
