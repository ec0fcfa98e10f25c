/**
 * `npm run deploy`, step by step: check the login, find or create every D1
 * database, queue and R2 bucket the config binds, write the production config
 * with their ids, migrate the remote databases, set the Worker secrets that
 * are missing, deploy, and say what to do next. Every step that can fail runs
 * before `wrangler deploy`, so a failure leaves the live worker as it was.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { forWorker, type Resource, resourcesOf, type WranglerConfig, withDatabaseIds, writeProductionConfig } from './production-config.js';
import { deployedUrl, errorOf, jsonOf, type Wrangler, type WranglerResult } from './wrangler.js';

/** What the seller asked for on the command line. */
export interface GoLiveOptions {
  /** The project folder; the config read is `config` inside it. */
  root: string;
  config: WranglerConfig;
  /** Where the production config (with the account's ids) is written. */
  configOut: string;
  /** The worker's name; the config's name when absent. */
  name?: string;
  /** Never ask: generate the admin token. */
  yes: boolean;
  /** Build and check everything without reaching Cloudflare. */
  dryRun: boolean;
  /** Replace an ADMIN_TOKEN the worker already has. */
  rotateAdminToken: boolean;
  /** Where the dry run puts the bundle. */
  outDir?: string;
}

/** The world the deploy touches, passed in so tests can stand in for each part. */
export interface GoLiveIo {
  wrangler: Wrangler;
  print: (line: string) => void;
  /** Asks the seller; `undefined` when nobody can answer (no terminal). */
  ask?: (question: string) => Promise<string>;
  /** Cloudflare account chosen by the environment, as Wrangler reads it. */
  accountId?: string;
}

/** A step that cannot go on, with what to do about it. */
export class DeployStop extends Error {
  override readonly name = 'DeployStop';
}

interface D1Listing {
  uuid: string;
  name: string;
}

interface WhoAmI {
  loggedIn: boolean;
  email?: string;
  accounts?: Array<{ id: string; name: string }>;
}

/** The Worker secrets Orderlens needs; each is generated when the worker does not have it yet. */
const SECRETS = ['ADMIN_TOKEN', 'SECRET_KEYS'] as const;

const newAdminToken = () => randomBytes(32).toString('base64url');
/** One AES-256 key in the `<keyId>:<base64>` ring format the worker reads (worker/db/secret-box.ts). */
const newSecretKeys = () => `k1:${randomBytes(32).toString('base64')}`;

/** Runs the deploy; resolves to the process exit code after printing what happened. */
export async function goLive(options: GoLiveOptions, io: GoLiveIo): Promise<number> {
  try {
    await (options.dryRun ? dryRun(options, io) : deploy(options, io));
    return 0;
  } catch (error) {
    if (!(error instanceof DeployStop)) throw error;
    io.print(`✗ ${error.message}`);
    return 1;
  }
}

async function must(io: GoLiveIo, args: string[], what: string, input?: string): Promise<WranglerResult> {
  const result = await io.wrangler(args, input);
  if (result.code !== 0) throw new DeployStop(`${what} failed:\n${indent(errorOf(result))}`);
  return result;
}

const indent = (text: string) => text.replace(/^/gm, '    ');

function workerConfig(options: GoLiveOptions): WranglerConfig {
  const name = options.name ?? options.config.name;
  if (!name) throw new DeployStop('The worker has no name: pass --name <worker name>.');
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    throw new DeployStop(`"${name}" cannot be a worker name: use lower-case letters, digits and dashes (at most 63), not starting or ending with a dash.`);
  }
  return forWorker(options.config, name);
}

async function dryRun(options: GoLiveOptions, io: GoLiveIo): Promise<void> {
  const config = workerConfig(options);
  io.print(`Dry run: nothing is created or deployed. A deploy of "${config.name}" would use:`);
  for (const r of resourcesOf(config)) io.print(`  ${describe(r)} (found or created)`);
  io.print(`  secrets ${SECRETS.join(', ')} (set when missing)`);
  writeProductionConfig(config, options.root, options.configOut);
  const outDir = options.outDir ?? path.join(path.dirname(options.configOut), 'dist');
  io.print(`→ Building the worker (wrangler deploy --dry-run) into ${outDir}`);
  await must(io, ['deploy', '--dry-run', '--outdir', outDir, '--config', options.configOut], 'Building the worker');
  io.print(`✓ The worker builds with ${options.configOut}.`);
}

async function deploy(options: GoLiveOptions, io: GoLiveIo): Promise<void> {
  let config = workerConfig(options);
  await checkLogin(io);

  const ids = new Map<string, string>();
  const resources = resourcesOf(config);
  const databases = resources.some((r) => r.kind === 'd1') ? await listDatabases(io) : [];
  for (const resource of resources) {
    if (resource.kind === 'd1') ids.set(resource.name, await ensureDatabase(io, resource.name, databases));
    else await ensureNamed(io, resource);
  }
  config = withDatabaseIds(config, ids);
  writeProductionConfig(config, options.root, options.configOut);
  const shown = path.relative(options.root, options.configOut);
  io.print(`✓ Wrote ${shown.startsWith('..') ? options.configOut : shown} (git-ignored: it holds this account's ids)`);

  for (const db of config.d1_databases ?? []) {
    io.print(`→ Applying migrations to D1 database "${db.database_name}"`);
    const result = await io.wrangler(['d1', 'migrations', 'apply', db.database_name, '--remote', '--config', options.configOut]);
    if (result.code !== 0) {
      throw new DeployStop(
        `Migrations on D1 database "${db.database_name}" failed, so nothing was deployed: the live worker, if any, still runs its previous version.\n` +
          `${indent(errorOf(result))}\n` +
          '  Migrations before the failing one stay applied (D1 rolls back only the one that failed). Fix it, then run `npm run deploy` again.',
      );
    }
  }

  await setSecrets(options, io);

  io.print(`→ Deploying worker "${config.name}"`);
  const deployed = await must(io, ['deploy', '--config', options.configOut], `Deploying worker "${config.name}"`);
  const url = deployedUrl(deployed.stdout) ?? deployedUrl(deployed.stderr);
  io.print('');
  io.print(url ? `✓ Orderlens is live at ${url}` : `✓ Deployed "${config.name}" (Wrangler printed no URL: see the worker in the Cloudflare dashboard).`);
  const base = url ?? 'https://<your worker URL>';
  io.print('');
  io.print('Next: create a seller and its API token with the admin token ($ADMIN_TOKEN below):');
  io.print(`  curl -s -X POST ${base}/v1/admin/sellers -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' -d '{"name":"My shop"}'`);
  io.print(`then open the extension's Options and paste the Worker URL (${base}) and the seller's API token.`);
}

async function checkLogin(io: GoLiveIo): Promise<void> {
  io.print('→ Checking the Cloudflare login (wrangler whoami)');
  const result = await io.wrangler(['whoami', '--json']);
  const who = jsonOf<WhoAmI>(result.stdout) ?? jsonOf<WhoAmI>(result.stderr);
  if (!who) throw new DeployStop(`Checking the Cloudflare login failed, so nothing was created:\n${indent(errorOf(result))}`);
  if (!who.loggedIn) {
    throw new DeployStop('You are not logged in to Cloudflare. Run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN), then `npm run deploy` again. Nothing was created.');
  }
  const accounts = who.accounts ?? [];
  if (accounts.length > 1 && !io.accountId) {
    const list = accounts.map((a) => `    ${a.id}  ${a.name}`).join('\n');
    throw new DeployStop(`Your login reaches ${accounts.length} Cloudflare accounts; choose one with CLOUDFLARE_ACCOUNT_ID=<id> npm run deploy. Nothing was created.\n${list}`);
  }
  const account = accounts.find((a) => a.id === io.accountId) ?? accounts[0];
  io.print(`✓ Logged in${who.email ? ` as ${who.email}` : ''}${account ? `, account "${account.name}"` : ''}`);
}

async function listDatabases(io: GoLiveIo): Promise<D1Listing[]> {
  const result = await must(io, ['d1', 'list', '--json'], 'Listing your D1 databases');
  const list = jsonOf<D1Listing[]>(result.stdout);
  if (!Array.isArray(list)) throw new DeployStop(`Listing your D1 databases failed: Wrangler printed no JSON list.\n${indent(result.stdout.trim())}`);
  return list;
}

async function ensureDatabase(io: GoLiveIo, name: string, existing: readonly D1Listing[]): Promise<string> {
  const found = existing.find((db) => db.name === name);
  if (found) {
    io.print(`✓ D1 database "${name}" exists (${found.uuid})`);
    return found.uuid;
  }
  io.print(`→ Creating D1 database "${name}"`);
  const result = await io.wrangler(['d1', 'create', name]);
  if (result.code !== 0) {
    const error = errorOf(result);
    throw new DeployStop(
      /already exists/i.test(error)
        ? `The D1 database name "${name}" is already taken. Deploy under another name with \`npm run deploy -- --name <worker name>\` (its databases and queues follow that name). Nothing was deployed.`
        : `Creating D1 database "${name}" failed, so nothing was deployed:\n${indent(error)}`,
    );
  }
  const id = /database_id"?\s*[:=]\s*"([0-9a-f-]{36})"/.exec(result.stdout)?.[1];
  if (!id) throw new DeployStop(`Created D1 database "${name}" but could not read its id from Wrangler's answer; run \`npm run deploy\` again to pick it up.`);
  io.print(`✓ Created D1 database "${name}" (${id})`);
  return id;
}

/** Queues and buckets are bound by name, so making sure one exists is all a deploy needs. */
async function ensureNamed(io: GoLiveIo, resource: Exclude<Resource, { kind: 'd1' }>): Promise<void> {
  const family = resource.kind === 'queue' ? ['queues'] : ['r2', 'bucket'];
  const info = await io.wrangler([...family, 'info', resource.name]);
  if (info.code === 0) {
    io.print(`✓ ${describe(resource)} exists`);
    return;
  }
  const error = errorOf(info);
  if (!/does not exist|not found/i.test(error)) throw new DeployStop(`Looking up ${describe(resource)} failed, so nothing was deployed:\n${indent(error)}`);
  io.print(`→ Creating ${describe(resource)}`);
  const created = await io.wrangler([...family, 'create', resource.name]);
  if (created.code !== 0) {
    const why = errorOf(created);
    throw new DeployStop(
      /already exists|already taken|already owned/i.test(why)
        ? `The name of ${describe(resource)} is already taken. Deploy under another name with \`npm run deploy -- --name <worker name>\`. Nothing was deployed.`
        : `Creating ${describe(resource)} failed, so nothing was deployed:\n${indent(why)}`,
    );
  }
  io.print(`✓ Created ${describe(resource)}`);
}

function describe(resource: Resource): string {
  if (resource.kind === 'd1') return `D1 database "${resource.name}"`;
  if (resource.kind === 'queue') return `queue "${resource.name}"`;
  return `R2 bucket "${resource.name}"`;
}

/**
 * Sets every missing secret. A generated admin token, the only secret ever
 * printed, is shown as soon as the worker holds it: a later step that fails
 * must not leave the seller locked out of a token nobody saw.
 */
async function setSecrets(options: GoLiveOptions, io: GoLiveIo): Promise<void> {
  const existing = await secretNames(options, io);
  for (const secret of SECRETS) {
    const replace = secret === 'ADMIN_TOKEN' && options.rotateAdminToken;
    if (existing.has(secret) && !replace) {
      io.print(`✓ Secret ${secret} is set (kept)`);
      continue;
    }
    const chosen = secret === 'ADMIN_TOKEN' ? await chooseAdminToken(options, io) : { token: newSecretKeys(), generated: false };
    io.print(`→ Setting secret ${secret}`);
    await must(io, ['secret', 'put', secret, '--config', options.configOut], `Setting secret ${secret}`, chosen.token);
    // A token the seller typed is theirs already; only a generated admin token needs showing.
    if (secret === 'ADMIN_TOKEN' && chosen.generated) io.print(`  Admin token (shown this once; keep it in a password manager): ${chosen.token}`);
  }
}

async function secretNames(options: GoLiveOptions, io: GoLiveIo): Promise<Set<string>> {
  const result = await io.wrangler(['secret', 'list', '--format', 'json', '--config', options.configOut]);
  if (result.code !== 0) {
    // A worker deployed for the first time has no secrets yet.
    if (/not found/i.test(errorOf(result))) return new Set();
    throw new DeployStop(`Listing the worker's secrets failed, so nothing was deployed:\n${indent(errorOf(result))}`);
  }
  const list = jsonOf<Array<{ name: string }>>(result.stdout);
  if (!Array.isArray(list)) throw new DeployStop("Listing the worker's secrets failed: Wrangler printed no JSON list. Nothing was deployed.");
  return new Set(list.map((s) => s.name));
}

async function chooseAdminToken(options: GoLiveOptions, io: GoLiveIo): Promise<{ token: string; generated: boolean }> {
  const typed = options.yes || !io.ask ? '' : (await io.ask('Admin token for the worker (press Enter to generate one): ')).trim();
  if (typed === '') return { token: newAdminToken(), generated: true };
  if (typed.length < 24) throw new DeployStop('That admin token is too short: use at least 24 characters, or press Enter to generate one. Nothing was deployed.');
  return { token: typed, generated: false };
}
