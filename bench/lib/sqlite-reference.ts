/**
 * The physical reference for write benchmarks: plain SQLite through Node's
 * built-in `node:sqlite`, with exactly the worker's schema (its migration
 * files, FTS triggers included), in a temp file like D1's local store.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ROOT } from './local-worker.js';

/** A fresh SQLite file with the worker's migrations applied. */
export function referenceDatabase(): { db: DatabaseSync; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'orderlens-sqlite-'));
  const db = new DatabaseSync(path.join(dir, 'reference.sqlite'));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
  const migrations = path.join(ROOT, 'worker/migrations');
  for (const file of readdirSync(migrations)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    for (const stmt of readFileSync(path.join(migrations, file), 'utf8').split('--> statement-breakpoint')) {
      if (stmt.trim()) db.exec(stmt);
    }
  }
  return {
    db,
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
