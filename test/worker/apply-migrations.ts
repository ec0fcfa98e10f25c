/** Applies the D1 migrations to each test file's fresh databases: the directory and every book. */
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
for (let n = 1; env[`BOOK_${n}`]; n++) await applyD1Migrations(env[`BOOK_${n}`]!, env.TEST_MIGRATIONS);
