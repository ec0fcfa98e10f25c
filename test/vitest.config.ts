/**
 * Three test layers, one command (`npm test`):
 * - unit: pure code (shared/, portal parsers, file parsers) in Node, DOM via happy-dom where a test asks for it;
 * - worker: the worker in the real workerd runtime with a real D1, migrations applied per test file;
 * - e2e: the built extension in real Chromium against a locally started worker.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'worker/migrations'));
  return {
    root,
    test: {
      // The JSON report lets .ci/run print one closing "N passed, N failed" line.
      reporters: ['default', 'json'],
      // Both cores. In one run vitest starts e2e (one file at a time) only after
      // unit and worker, so `npm test` (test/run-all.sh) runs it as a run of its
      // own beside them: its files mostly wait on browsers and wrangler.
      maxWorkers: 2,
      outputFile: { json: path.join(root, 'test-results/vitest.json') },
      projects: [
        {
          test: {
            name: 'unit',
            root,
            include: ['test/shared/**/*.test.ts', 'test/extension/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
            environment: 'node',
            // A hook's first import of wrangler (deploy-script.test.ts) passed 10 s on a loaded machine with e2e beside it.
            hookTimeout: 30_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: path.join(root, 'wrangler.toml') },
              miniflare: {
                // A second book database (BOOK_1) that takes no new sellers: the tests of sellers over several books put sellers there themselves.
                // Tokens are cached 50 ms, so a move's drain (at least that long) does not slow the tests; token-cache.test.ts sets its own.
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: 'test-admin-token',
                  SECRET_KEYS: 'test1:bUwH1trXxkGKbNyLmIJOxozA4QyarhW07JRhREDcBHA=',
                  NEW_SELLER_BOOKS: '0',
                  TOKEN_CACHE_SECONDS: '0.05',
                },
                d1Databases: { BOOK_1: 'orderlens-book-1' },
              },
            }),
          ],
          test: {
            name: 'worker',
            root,
            include: ['test/worker/**/*.test.ts'],
            setupFiles: ['test/worker/apply-migrations.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            root,
            include: ['test/e2e/**/*.test.ts'],
            globalSetup: ['test/e2e/global-setup.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 300_000,
            // expect.poll's 1 s default is too short for a page answering through the background and the
            // worker while unit and worker files share the cores (npm test); a poll still ends at the first match.
            expect: { poll: { timeout: 15_000 } },
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
