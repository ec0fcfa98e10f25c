/**
 * The worker's layout, checked: SQL only in a module's queries (or schema)
 * files and db/'s own helpers, modules (and http/, index.ts, app.ts) reaching
 * a module through its service, and nothing left in the folders the modules replaced.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** A worker source file, by its path from the repository root (forward slashes). */
interface Source {
  path: string;
  text: string;
}

/** Folders the modules replaced: a file directly in one is a file without a home. */
const OLD_FOLDERS = ['worker/routes', 'worker/services', 'worker/domain', 'worker/db/queries', 'worker/middleware'];

/** db/'s helpers that run statements for everyone: the client, and the batch with its guards. */
const DB_HELPERS = new Set(['worker/db/client.ts', 'worker/db/batch.ts']);

/**
 * What counts as SQL: drizzle's sql`…` template, a D1 prepare, the raw D1
 * client, and a query builder or runner called on a drizzle handle (`db`,
 * `tx`, or `database(…)`), also when the call is on the next line.
 */
const SQL_PATTERNS: Array<{ what: string; re: RegExp }> = [
  { what: "drizzle's sql`` template", re: /\bsql`/g },
  { what: 'a D1 .prepare() call', re: /\.prepare\(/g },
  { what: 'the raw D1 client ($client)', re: /\.\$client\b/g },
  {
    what: 'a query on a db handle',
    re: /\b(?:db|tx|database\([^()]*\))\s*\.\s*(?:select|selectDistinct|insert|update|delete|batch|all|get|run|values|query)\s*[<(.]/g,
  },
];

/** True for a file allowed to hold SQL: queries*.ts / schema*.ts in db/ or directly in a module, or db/'s helpers. */
function mayHoldSql(file: string): boolean {
  if (DB_HELPERS.has(file)) return true;
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  const sqlFile = /^(?:queries|schema)(?:-[\w-]+)?\.ts$/.test(base);
  return sqlFile && (dir === 'worker/db' || /^worker\/modules\/[\w-]+$/.test(dir));
}

/** The module a worker file belongs to, if it sits in one. */
const moduleOf = (file: string) => /^worker\/modules\/([\w-]+)\//.exec(file)?.[1];

/** Blanks comments (keeping line breaks), so prose about SQL is not mistaken for it. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every layout rule a set of worker files breaks, one line each, naming file and line. */
function layoutViolations(files: readonly Source[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (OLD_FOLDERS.includes(path.posix.dirname(f.path))) out.push(`${f.path}: sits in ${path.posix.dirname(f.path)}/, which worker/modules/ replaced`);
    const code = withoutComments(f.text);
    if (!mayHoldSql(f.path)) {
      for (const p of SQL_PATTERNS) {
        for (const m of code.matchAll(p.re)) out.push(`${f.path}:${lineAt(code, m.index)}: SQL outside a queries file (${p.what})`);
      }
    }
    // Outside the modules (http/, index.ts, app.ts) nothing is "mine": every module's queries are another's.
    const mine = moduleOf(f.path);
    for (const m of code.matchAll(/\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(f.path), m[1] ?? m[2]!));
      const theirs = moduleOf(target);
      if (theirs && theirs !== mine && /^queries/.test(path.posix.basename(target))) {
        out.push(`${f.path}:${lineAt(code, m.index)}: imports ${target}; use modules/${theirs}'s service instead`);
      }
    }
  }
  return out;
}

async function workerSources(dir = 'worker'): Promise<Source[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e): Promise<Source[]> => {
      const file = `${dir}/${e.name}`;
      if (e.isDirectory()) return workerSources(file);
      return e.name.endsWith('.ts') ? [{ path: file, text: await readFile(path.join(root, file), 'utf8') }] : [];
    }),
  );
  return nested.flat();
}

describe('the worker layout', () => {
  it('has SQL only in queries and schema files, modules meeting through services, and nothing in the old folders', async () => {
    const files = await workerSources();
    expect(files.length).toBeGreaterThan(50);
    expect(layoutViolations(files)).toEqual([]);
  });

  it('names the file and line of SQL planted in a service, a route and a rules file', () => {
    const planted: Source[] = [
      { path: 'worker/modules/orders/order-moves.ts', text: "import { sql } from 'drizzle-orm';\n\nconst rows = await db.all(sql`SELECT 1`);\n" },
      { path: 'worker/modules/stock/routes-skus.ts', text: "const q = c.env.DB.prepare('SELECT 1');\nawait database(c.env.DB)\n  .select().from(skus);\n" },
      { path: 'worker/modules/fulfillment/rules.ts', text: 'export const write = (db: Db) => db.insert(ruleSets).values(row);\nconst raw = db.$client;\n' },
    ];
    expect(layoutViolations(planted)).toEqual([
      "worker/modules/orders/order-moves.ts:3: SQL outside a queries file (drizzle's sql`` template)",
      'worker/modules/orders/order-moves.ts:3: SQL outside a queries file (a query on a db handle)',
      'worker/modules/stock/routes-skus.ts:1: SQL outside a queries file (a D1 .prepare() call)',
      'worker/modules/stock/routes-skus.ts:2: SQL outside a queries file (a query on a db handle)',
      'worker/modules/fulfillment/rules.ts:2: SQL outside a queries file (the raw D1 client ($client))',
      'worker/modules/fulfillment/rules.ts:1: SQL outside a queries file (a query on a db handle)',
    ]);
  });

  it('lets SQL, and prose about it, sit where it belongs', () => {
    const fine: Source[] = [
      { path: 'worker/modules/orders/queries.ts', text: 'export const q = (db: Db) => db.all(sql`SELECT 1`);\n' },
      { path: 'worker/modules/orders/queries-moves.ts', text: 'export const q = (db: Db) => db.insert(orderHolds).values(row);\n' },
      { path: 'worker/modules/stock/schema.ts', text: "const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;\n" },
      { path: 'worker/db/batch.ts', text: 'return db.$client.prepare(text).bind(...params);\n' },
      { path: 'worker/modules/orders/order-moves.ts', text: '/** Reads with db.select() in queries.ts, then sql`…` writes. */\n// db.all(sql`x`) lives elsewhere\nconst list = items.values();\n' },
    ];
    expect(layoutViolations(fine)).toEqual([]);
  });

  it('names a module, an http file or the entry reaching into a module’s queries, and a file left in an old folder', () => {
    const planted: Source[] = [
      {
        path: 'worker/modules/fulfillment/pick-lists.ts',
        text: "import { findOrder } from '../orders/queries.js';\nimport { readPickNeeds } from './queries-pick-lists.js';\nimport { setOrderStatus } from '../orders/service.js';\n",
      },
      { path: 'worker/modules/stock/listings.ts', text: "const { findChannel } = await import('../accounts/queries-channels.js');\n" },
      { path: 'worker/http/auth.ts', text: "import { findLiveToken } from '../modules/accounts/queries.js';\nimport { sha256Hex } from '../ids.js';\n" },
      {
        path: 'worker/index.ts',
        text: "import { purgeExpiredKeys } from './db/queries-idempotency.js';\nimport { prunePageReads } from './modules/reading/queries-page-reads.js';\nimport { pruneEvents } from './modules/webhooks-out/service.js';\n",
      },
      { path: 'worker/services/pick-lists.ts', text: 'export {};\n' },
      { path: 'worker/db/queries/orders.ts', text: 'export {};\n' },
    ];
    expect(layoutViolations(planted)).toEqual([
      "worker/modules/fulfillment/pick-lists.ts:1: imports worker/modules/orders/queries.js; use modules/orders's service instead",
      "worker/modules/stock/listings.ts:1: imports worker/modules/accounts/queries-channels.js; use modules/accounts's service instead",
      "worker/http/auth.ts:1: imports worker/modules/accounts/queries.js; use modules/accounts's service instead",
      "worker/index.ts:2: imports worker/modules/reading/queries-page-reads.js; use modules/reading's service instead",
      'worker/services/pick-lists.ts: sits in worker/services/, which worker/modules/ replaced',
      'worker/db/queries/orders.ts: sits in worker/db/queries/, which worker/modules/ replaced',
    ]);
  });
});
