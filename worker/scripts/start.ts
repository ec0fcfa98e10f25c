/**
 * `npm start`: the whole product on this machine. Applies the D1 migrations
 * to the embedded local database, starts the worker at http://127.0.0.1:8787,
 * seeds a demo seller (once), builds the extension and says where to load it
 * and which token to paste. Ctrl-C stops the worker; the data stays in
 * .wrangler/state for next time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from './seed.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.PORT ?? 8787);
const URL_BASE = `http://127.0.0.1:${PORT}`;
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

/** A setting from .dev.vars, written there with `make()` when missing (a fresh clone has no .dev.vars). */
function devVar(name: string, make: () => string): string {
  const file = path.join(ROOT, '.dev.vars');
  const existing = existsSync(file) ? new RegExp(`^${name}\\s*=\\s*"?([^"\\n]+)"?`, 'm').exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  if (existing) return existing;
  const value = make();
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, `${before}${before && !before.endsWith('\n') ? '\n' : ''}${name}="${value}"\n`);
  console.log(`Wrote a random ${name} to .dev.vars.`);
  return value;
}

let shutdown = (code: number): void => process.exit(code);

/** Runs a step to completion; on failure stops everything and never returns. */
async function run(cmd: string, args: string[], what: string): Promise<void> {
  console.log(`→ ${what}`);
  const res = spawnSync(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`✗ ${what} failed`);
    shutdown(res.status ?? 1);
    await new Promise(() => {});
  }
}

async function waitForWorker(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(URL_BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the worker did not start on ${URL_BASE}`);
}

const admin = devVar('ADMIN_TOKEN', () => randomBytes(24).toString('hex'));
// The key ring that seals stored webhook secrets (worker/db/secret-box.ts).
devVar('SECRET_KEYS', () => `dev1:${randomBytes(32).toString('base64')}`);
await run(bin('wrangler'), ['d1', 'migrations', 'apply', 'DB', '--local'], 'Applying D1 migrations to the local database');
console.log(`→ Starting the worker on ${URL_BASE}`);
const worker = spawn(bin('wrangler'), ['dev', '--local', '--ip', '127.0.0.1', '--port', String(PORT), '--show-interactive-dev-session=false'], {
  cwd: ROOT,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  // Its own process group, so stopping reaches wrangler's workerd children too.
  detached: true,
});
shutdown = (code) => {
  try {
    process.kill(-worker.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  setTimeout(() => process.exit(code), 3000).unref();
  worker.once('exit', () => process.exit(code));
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
worker.once('exit', (code) => process.exit(code ?? 1));

let demo: Awaited<ReturnType<typeof seedDemo>> | undefined;
try {
  await waitForWorker();
  demo = await seedDemo(URL_BASE, admin, path.join(ROOT, '.wrangler/demo-seller.json'));
} catch (error) {
  console.error(error);
  shutdown(1);
  await new Promise(() => {});
}
if (existsSync(path.join(ROOT, 'wxt.config.ts'))) await run('npm', ['run', '--silent', 'build:extension'], 'Building the extension');

console.log(`
Orderlens is running.
  Worker API    ${URL_BASE}/v1   (reference: ${URL_BASE}/docs)
  Extension     load the folder ${path.join(ROOT, '.output/chrome-mv3')}
                (chrome://extensions → Developer mode → Load unpacked)
  Connect it    Options → Worker URL ${URL_BASE}
                          API token  ${demo!.token}
  Demo seller   ${demo!.sellerName} (${demo!.sellerId}), ${demo!.orders} orders
Press Ctrl-C to stop.`);
