import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit writes SQL migrations that `wrangler d1 migrations apply` runs.
 * Each module keeps its tables in modules/<concept>/schema.ts; db/schema.ts
 * re-exports them all, so drizzle-kit and the client read one file.
 */
export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/db/schema.ts',
  out: './worker/migrations',
});
