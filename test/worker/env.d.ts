// Types `env` from "cloudflare:test": the worker's bindings (worker/env.ts) plus the test-only migrations.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    [book: `BOOK_${number}`]: D1Database | undefined;
    NEW_SELLER_BOOKS?: string;
    ADMIN_TOKEN: string;
    SECRET_KEYS?: string;
    MAX_BODY_BYTES?: string;
    RATE_LIMITER?: RateLimit;
    IMPORTS: Queue<import('../../worker/env.js').ImportWork>;
    UPLOADS: R2Bucket;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
