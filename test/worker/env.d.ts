// Types `env` from "cloudflare:test": the worker's bindings (worker/env.ts), the imports queue and
// uploads bucket the test config always binds, and the test-only migrations.
declare namespace Cloudflare {
  type WorkerBindings = import('../../worker/env.js').Env;
  interface Env extends WorkerBindings {
    IMPORTS: Queue<import('../../worker/env.js').ImportWork>;
    UPLOADS: R2Bucket;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
