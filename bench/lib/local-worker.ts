/**
 * Starts the real worker locally for benchmarks and end-to-end tests:
 * `wrangler dev` on a fresh, migrated local D1 in a temp folder, on a free
 * loopback port, with a random admin token. Nothing is shared with the
 * developer's own `npm start` state.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
export function migrateLocal(persistTo: string, config = path.join(ROOT, 'wrangler.toml')): void {
  const res = spawnSync(WRANGLER, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo, '--config', config], {
    cwd: ROOT,
    env: QUIET_ENV,
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`migrations failed:\n${res.stdout}\n${res.stderr}`);
}

/**
 * Bundles the worker once into `dir` and writes a wrangler config that runs
 * that bundle as is. wrangler dev then watches only the frozen copy, so edits
 * to the source while a benchmark or test runs don't restart the worker
 * mid-request.
 */
export function frozenBuild(dir: string): string {
  const res = spawnSync(WRANGLER, ['deploy', '--dry-run', '--outdir', path.join(dir, 'dist')], { cwd: ROOT, env: QUIET_ENV, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`worker build failed:\n${res.stdout}\n${res.stderr}`);
  const source = readFileSync(path.join(ROOT, 'wrangler.toml'), 'utf8')
    .replace(/^main\s*=.*$/m, 'main = "dist/index.js"\nno_bundle = true\nfind_additional_modules = false')
    .replace(/^migrations_dir\s*=.*$/m, `migrations_dir = ${JSON.stringify(path.join(ROOT, 'worker/migrations'))}`);
  const config = path.join(dir, 'wrangler.toml');
  writeFileSync(config, source);
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
export async function startLocalWorker(opts: { port?: number; vars?: Record<string, string>; testScheduled?: boolean } = {}): Promise<LocalWorker> {
  const persistTo = mkdtempSync(path.join(tmpdir(), 'orderlens-d1-'));
  const config = frozenBuild(persistTo);
  migrateLocal(persistTo, config);
  const port = opts.port ?? (await freePort());
  const adminToken = randomBytes(24).toString('hex');
  const url = `http://127.0.0.1:${port}`;
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

  await start();
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

/** Creates a seller on a running worker; returns its id and token. */
export async function createSeller(worker: Pick<LocalWorker, 'url' | 'adminToken'>, name: string): Promise<{ id: string; token: string }> {
  const res = await fetch(`${worker.url}/v1/admin/sellers`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${worker.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201) throw new Error(`seller not created: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { seller: { id: string }; token: string };
  return { id: body.seller.id, token: body.token };
}
