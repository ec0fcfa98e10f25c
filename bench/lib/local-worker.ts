/**
 * Starts the real worker locally for benchmarks and end-to-end tests:
 * `wrangler dev` on a fresh, migrated local D1 in a temp folder, on a free
 * loopback port, with a random admin token. Nothing is shared with the
 * developer's own `npm start` state.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const WRANGLER = path.join(ROOT, 'node_modules/.bin/wrangler');
/** Keeps wrangler from reaching for the network (metrics, update checks). */
const QUIET_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: process.env.CI ?? 'true', NO_UPDATE_NOTIFIER: '1' };

/** A running local worker. */
export interface LocalWorker {
  url: string;
  adminToken: string;
  /** The folder holding the worker's local D1 (wrangler --persist-to). */
  persistTo: string;
  /** Stops the worker, keeping its data (start again with `restart`). */
  stop(): Promise<void>;
  /** Starts the stopped worker again on the same port and data. */
  restart(): Promise<void>;
  /** Stops the worker and deletes its data. */
  dispose(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Applies the D1 migrations to the local database kept in `persistTo`. */
export function migrateLocal(persistTo: string, config = path.join(ROOT, 'wrangler.toml'), binding = 'DB'): void {
  const res = spawnSync(WRANGLER, ['d1', 'migrations', 'apply', binding, '--local', '--persist-to', persistTo, '--config', config], {
    cwd: ROOT,
    env: QUIET_ENV,
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`migrations failed:\n${res.stdout}\n${res.stderr}`);
}

const MIGRATIONS = path.join(ROOT, 'worker/migrations');
const TEMPLATES = path.join(ROOT, 'node_modules/.cache/orderlens-d1');

/**
 * Gives `persistTo` a migrated local D1 by copying a template migrated once
 * per set of migrations: `wrangler d1 migrations apply` takes ~11 s, a copy
 * milliseconds, and every e2e file starts its own worker. The key covers the
 * migrations and wrangler's version, so a new migration makes a new template.
 */
export function migrateFromTemplate(persistTo: string, config: string, books = 1): void {
  const hash = createHash('sha256')
    .update(readFileSync(path.join(ROOT, 'node_modules/wrangler/package.json')))
    .update(`books:${books}`);
  for (const name of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(name).update(readFileSync(path.join(MIGRATIONS, name)));
  }
  const template = path.join(TEMPLATES, hash.digest('hex').slice(0, 16));
  if (!existsSync(template)) {
    mkdirSync(TEMPLATES, { recursive: true });
    const building = mkdtempSync(`${template}.building-`);
    for (const binding of bookBindings(books)) migrateLocal(building, config, binding);
    try {
      renameSync(building, template);
    } catch {
      // Another process finished the same template first; theirs is as good.
      rmSync(building, { recursive: true, force: true });
    }
  }
  cpSync(path.join(template, 'v3/d1'), path.join(persistTo, 'v3/d1'), { recursive: true });
}

/** The D1 bindings of `books` order-book databases: DB (the directory and book 0), then BOOK_1…. */
function bookBindings(books: number): string[] {
  return Array.from({ length: books }, (_, n) => (n === 0 ? 'DB' : `BOOK_${n}`));
}

/**
 * Names a folder holding the worker already bundled (`bundleWorker`) for
 * the whole test run, which each local worker copies instead of bundling
 * again: the e2e project's global setup sets it.
 */
export const BUNDLE_ENV = 'ORDERLENS_WORKER_BUNDLE';

/** Bundles the worker as `wrangler deploy` would, into `outdir`, without a login. */
export function bundleWorker(outdir: string): void {
  const res = spawnSync(WRANGLER, ['deploy', '--dry-run', '--outdir', outdir], { cwd: ROOT, env: QUIET_ENV, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`worker build failed:\n${res.stdout}\n${res.stderr}`);
}

/**
 * Bundles the worker once into `dir` (or copies the run's bundle, see
 * BUNDLE_ENV) and writes a wrangler config that runs that bundle as is.
 * wrangler dev then watches only the frozen copy, so edits to the source
 * while a benchmark or test runs don't restart the worker mid-request.
 * `books` adds BOOK_1… beside DB.
 */
export function frozenBuild(dir: string, books = 1): string {
  const bundled = process.env[BUNDLE_ENV];
  if (bundled) cpSync(bundled, path.join(dir, 'dist'), { recursive: true });
  else bundleWorker(path.join(dir, 'dist'));
  const source = readFileSync(path.join(ROOT, 'wrangler.toml'), 'utf8')
    .replace(/^main\s*=.*$/m, 'main = "dist/index.js"\nno_bundle = true\nfind_additional_modules = false')
    .replace(/^migrations_dir\s*=.*$/m, `migrations_dir = ${JSON.stringify(path.join(ROOT, 'worker/migrations'))}`);
  const extraBooks = bookBindings(books)
    .slice(1)
    .map(
      (binding, i) =>
        `\n[[d1_databases]]\nbinding = "${binding}"\ndatabase_name = "orderlens-book-${i + 1}"\ndatabase_id = "00000000-0000-0000-0000-${String(i + 1).padStart(12, '0')}"\nmigrations_dir = ${JSON.stringify(path.join(ROOT, 'worker/migrations'))}\n`,
    )
    .join('');
  const config = path.join(dir, 'wrangler.toml');
  writeFileSync(config, source + extraBooks);
  return config;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`wrangler dev did not answer on ${url} within ${timeoutMs} ms:\n${log()}`);
}

/** Starts a fresh local worker; call `dispose()` when done. */
export async function startLocalWorker(opts: { port?: number; vars?: Record<string, string>; testScheduled?: boolean; books?: number } = {}): Promise<LocalWorker> {
  const persistTo = mkdtempSync(path.join(tmpdir(), 'orderlens-d1-'));
  const config = frozenBuild(persistTo, opts.books);
  migrateFromTemplate(persistTo, config, opts.books);
  let port = opts.port ?? (await freePort());
  const adminToken = randomBytes(24).toString('hex');
  let url = `http://127.0.0.1:${port}`;
  const vars = { ADMIN_TOKEN: adminToken, SECRET_KEYS: `local1:${randomBytes(32).toString('base64')}`, ...opts.vars };
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    child = spawn(
      WRANGLER,
      [
        'dev',
        '--config',
        config,
        '--local',
        '--ip',
        '127.0.0.1',
        '--port',
        String(port),
        '--persist-to',
        persistTo,
        '--show-interactive-dev-session=false',
        '--inspector-port',
        String(await freePort()),
        '--log-level',
        'warn',
        // Serves GET /cdn-cgi/handler/scheduled, which runs the cron handler (benchmarks of cron work).
        ...(opts.testScheduled ? ['--test-scheduled'] : []),
        ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
      ],
      { cwd: ROOT, env: QUIET_ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    await waitUntilUp(url, child, () => output);
    // Whoever answered must know our admin token: a worker another test file
    // started on a port we also probed would answer the health check too.
    const probe = await fetch(`${url}/v1/admin/sellers/startup-probe/deletion`, { headers: { Authorization: `Bearer ${adminToken}` } });
    if (probe.status === 401 || probe.status === 403) {
      await stop();
      output += '\nAddress already in use (answered by another worker)';
      throw new Error(`another worker answers on ${url}`);
    }
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    try {
      process.kill(-c.pid!, 'SIGTERM');
    } catch {
      c.kill('SIGTERM');
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (c.exitCode === null) {
      try {
        process.kill(-c.pid!, 'SIGKILL');
      } catch {
        c.kill('SIGKILL');
      }
    }
  };

  // The probed port is free only until wrangler binds it, and parallel test
  // files probe at once: when another process took it first, probe again.
  for (let attempt = 1; ; attempt++) {
    try {
      await start();
      break;
    } catch (error) {
      if (opts.port !== undefined || attempt >= 5 || !/Address already in use|EADDRINUSE/.test(output)) throw error;
      port = await freePort();
      url = `http://127.0.0.1:${port}`;
    }
  }
  return {
    url,
    adminToken,
    persistTo,
    stop,
    restart: start,
    dispose: async () => {
      await stop();
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

/** The local D1's SQLite file (the `DB` binding) under wrangler's --persist-to folder. */
export function localD1File(persistTo: string): string {
  const dir = path.join(persistTo, 'v3/d1/miniflare-D1DatabaseObject');
  const file = readdirSync(dir).find((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite');
  if (!file) throw new Error(`no D1 database under ${dir}`);
  return path.join(dir, file);
}

/**
 * Runs `statements` straight on the worker's local D1 file: the worker is
 * stopped meanwhile (two writers on one SQLite file would corrupt it) and
 * started again after, with the planner's statistics refreshed for the new
 * rows. Returns the milliseconds the writing took.
 */
export async function writeLocalD1(worker: LocalWorker, statements: readonly string[]): Promise<number> {
  await worker.stop();
  const started = performance.now();
  const db = new DatabaseSync(localD1File(worker.persistTo));
  try {
    for (const statement of statements) db.exec(statement);
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
  const ms = performance.now() - started;
  await worker.restart();
  return ms;
}

/** Creates a seller on a running worker; returns its id and token. */
export async function createSeller(worker: Pick<LocalWorker, 'url' | 'adminToken'>, name: string): Promise<{ id: string; token: string; book: number }> {
  const res = await fetch(`${worker.url}/v1/admin/sellers`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${worker.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201) throw new Error(`seller not created: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { seller: { id: string }; token: string; book: number };
  return { id: body.seller.id, token: body.token, book: body.book };
}
