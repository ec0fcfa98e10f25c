/** The worker's bindings and the per-request variables its middleware sets. */
import type { Role } from '../shared/roles.js';
import type { D1Clock } from './http/server-timing.js';

/** Bindings declared in wrangler.toml and secrets. */
export interface Env {
  /** The directory (sellers, tokens, which book each seller lives on, global tables) and book 0. */
  DB: D1Database;
  /**
   * Further order-book databases, `BOOK_1`, `BOOK_2`… without gaps (db/books.ts);
   * declared in wrangler.toml only once a second database is needed.
   */
  [book: `BOOK_${number}`]: D1Database | undefined;
  /** Books that take new sellers, e.g. `1,2` (text, from [vars]); unset, every bound book does. */
  NEW_SELLER_BOOKS?: string;
  /** Bearer token for /v1/admin routes (a secret; `.dev.vars` locally). */
  ADMIN_TOKEN: string;
  /** Keys that seal stored secrets: `id:base64key,…`, the first seals, all open (a secret; db/secret-box.ts). */
  SECRET_KEYS?: string;
  /** Seconds a verified token is trusted per isolate (text, fractions allowed; unset, modules/accounts/token-cache.ts's default; 0, never). */
  TOKEN_CACHE_SECONDS?: string;
  /** Largest accepted request body in bytes (text, from [vars]). */
  MAX_BODY_BYTES?: string;
  /** Workers Rate Limiting binding, keyed per API token. */
  RATE_LIMITER?: RateLimit;
  /** The book-work queue (modules/fulfillment/book-work.ts); absent, reads still do their bounded share. */
  BOOK_WORK?: Queue<BookWork>;
  /** The imports queue (modules/imports/import-queue.ts); absent, every import runs in its request. */
  IMPORTS?: Queue<ImportWork>;
  /** Uploaded import files waiting for the imports queue, under `imports/<sellerId>/<importId>`. */
  UPLOADS?: R2Bucket;
}

/** An imports-queue message: capture the next slice of one queued import. */
export interface ImportWork {
  kind: 'import-slice';
  sellerId: string;
  importId: string;
}

/** A book-work message: bring one seller's queue up to date, a bounded step at a time. */
export interface BookWork {
  kind: 'place-queue';
  sellerId: string;
}

/** What authentication puts on the request context. */
export interface AuthVariables {
  sellerId: string;
  tokenId: string;
  /** The token's name: the person (or tool) it was given to, recorded as `actor` on what it changes. */
  tokenName: string;
  /** The token's role; its scopes are ROLE_SCOPES[role] (shared/roles.ts). */
  role: Role;
  /** The book database the seller's rows live on (db/books.ts). */
  shard: number;
  /** True while the seller is being moved to another book: its requests wait (modules/shards). */
  moving: boolean;
}

/** What the request-id middleware puts on the request context. */
export interface RequestVariables {
  /** The answer's `Request-Id`: the client's own when sane, else generated. */
  requestId: string;
  /**
   * Set by an order update's If-Match check: the order's version when the
   * client's ETag was found current. The service refuses (412) unless it
   * writes over exactly that version, so the check and the write are one.
   */
  expectedOrderVersion?: number;
  /** The same for the rules: the version number the client's ETag was current at. */
  expectedRulesVersion?: number;
  /** Where the request's D1 time adds up, for its Server-Timing header (http/server-timing.ts). */
  d1Clock?: D1Clock;
  /**
   * The directory database (sellers, tokens, portal packs), set by the D1
   * session: the session itself when the seller lives on book 0.
   */
  directory: D1Database;
}

/** The Hono environment type every route uses. */
export interface AppEnv {
  Bindings: Env;
  Variables: AuthVariables & RequestVariables;
}
