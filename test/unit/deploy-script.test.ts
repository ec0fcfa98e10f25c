/**
 * `npm run deploy` against a fake `wrangler` executable that keeps one
 * Cloudflare account in a JSON file and answers in Wrangler 4's formats, so
 * the script's own spawning, parsing and ordering run for real; and the
 * production config it writes built by the real Wrangler (`--dry-run`, no
 * network).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type GoLiveOptions, goLive } from '../../worker/scripts/deploy/go-live.js';
import { readWranglerConfig, type WranglerConfig } from '../../worker/scripts/deploy/production-config.js';
import { spawnWrangler } from '../../worker/scripts/deploy/wrangler.js';

// Each deploy spawns the fake wrangler a dozen times; two files run beside this one.
vi.setConfig({ testTimeout: 20_000 });

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FAKE = path.join(ROOT, 'test/unit/fake-wrangler.mjs');
const REAL_WRANGLER = path.join(ROOT, 'node_modules/.bin/wrangler');

interface Account {
  loggedIn: boolean;
  email: string;
  accounts: Array<{ id: string; name: string }>;
  subdomain: string;
  databases: Array<{ uuid: string; name: string; migrated: string[] }>;
  queues: string[];
  buckets: string[];
  workers: Record<string, { secrets: Record<string, string>; versions: string[] }>;
  takenNames: string[];
  failMigration: boolean;
  failDeploy?: boolean;
  calls: Array<{ argv: string[]; stdin: string }>;
}

let dir: string;
let stateFile: string;
let bin: string;
let out: string;
let projectConfig: WranglerConfig;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'orderlens-deploy-'));
  stateFile = path.join(dir, 'account.json');
  out = path.join(dir, 'wrangler.production.json');
  bin = path.join(dir, 'wrangler');
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${FAKE}" "$@"\n`);
  chmodSync(bin, 0o755);
  projectConfig = await readWranglerConfig(path.join(ROOT, 'wrangler.toml'));
  account({});
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function account(changes: Partial<Account>): void {
  const base: Account = {
    loggedIn: true,
    email: 'seller@example.com',
    accounts: [{ id: '9a7806061c88ada191ed06f989cc3dac', name: 'Acme Shop' }],
    subdomain: 'acme-shop',
    databases: [],
    queues: [],
    buckets: [],
    workers: {},
    takenNames: [],
    failMigration: false,
    calls: [],
  };
  writeFileSync(stateFile, JSON.stringify({ ...base, ...changes }));
}

const accountNow = (): Account => JSON.parse(readFileSync(stateFile, 'utf8')) as Account;

async function deploy(options: Partial<GoLiveOptions> = {}, root = ROOT): Promise<{ code: number; printed: string }> {
  const lines: string[] = [];
  const code = await goLive(
    { root, config: projectConfig, configOut: out, yes: true, dryRun: false, rotateAdminToken: false, ...options },
    { wrangler: spawnWrangler(bin, root, { ...process.env, FAKE_WRANGLER_STATE: stateFile }), print: (line) => lines.push(line) },
  );
  return { code, printed: lines.join('\n') };
}

const argvs = () => accountNow().calls.map((c) => c.argv.join(' '));
const occurrences = (text: string, part: string) => text.split(part).length - 1;
/** The calls of a deploy into an account that already has everything, up to and with the migration. */
const checkedThenMigrated = () => [
  'whoami --json',
  'd1 list --json',
  'queues info orderlens-book-work',
  'queues info orderlens-imports',
  'queues info orderlens-book-work-dead',
  'queues info orderlens-imports-dead',
  'r2 bucket info orderlens-uploads',
  `d1 migrations apply orderlens --remote --config ${out}`,
];

describe('a first deploy', () => {
  test('checks the login, creates the database, migrates it remotely, sets both secrets, then deploys', async () => {
    const { code } = await deploy();
    expect(code).toBe(0);
    expect(argvs()).toEqual([
      'whoami --json',
      'd1 list --json',
      'd1 create orderlens',
      'queues info orderlens-book-work',
      'queues create orderlens-book-work',
      'queues info orderlens-imports',
      'queues create orderlens-imports',
      'queues info orderlens-book-work-dead',
      'queues create orderlens-book-work-dead',
      'queues info orderlens-imports-dead',
      'queues create orderlens-imports-dead',
      'r2 bucket info orderlens-uploads',
      'r2 bucket create orderlens-uploads',
      `d1 migrations apply orderlens --remote --config ${out}`,
      `secret list --format json --config ${out}`,
      `secret put ADMIN_TOKEN --config ${out}`,
      `secret put SECRET_KEYS --config ${out}`,
      `deploy --config ${out}`,
    ]);
    const [db] = accountNow().databases;
    expect(db!.migrated).toEqual(['all']);
    expect(accountNow().workers.orderlens!.versions).toHaveLength(2);
  });

  test('writes the created database id into the production config, and no account id', async () => {
    await deploy();
    const written = JSON.parse(readFileSync(out, 'utf8')) as WranglerConfig;
    const [db] = accountNow().databases;
    expect(written.d1_databases).toEqual([{ binding: 'DB', database_name: 'orderlens', database_id: db!.uuid, migrations_dir: path.relative(dir, path.join(ROOT, 'worker/migrations')) }]);
    expect(written.name).toBe('orderlens');
    // Paths in a Wrangler config are relative to the file, which lives elsewhere than wrangler.toml here.
    expect(path.resolve(dir, written.main!)).toBe(path.join(ROOT, 'worker/index.ts'));
    expect(written.triggers).toEqual({ crons: ['* * * * *'] });
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('account_id');
    expect(text).not.toContain('9a7806061c88ada191ed06f989cc3dac');
  });

  test('prints the worker URL and the next step: create a seller, paste its token into the extension', async () => {
    const { printed } = await deploy();
    expect(printed).toContain('✓ Orderlens is live at https://orderlens.acme-shop.workers.dev');
    expect(printed).toContain(`curl -s -X POST https://orderlens.acme-shop.workers.dev/v1/admin/sellers -H "Authorization: Bearer $ADMIN_TOKEN"`);
    expect(printed).toContain("then open the extension's Options and paste the Worker URL (https://orderlens.acme-shop.workers.dev) and the seller's API token.");
  });

  test('shows the generated admin token once and no other secret, and passes secrets only on stdin', async () => {
    const { printed } = await deploy();
    const { secrets } = accountNow().workers.orderlens!;
    expect(secrets.ADMIN_TOKEN).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secrets.SECRET_KEYS).toMatch(/^k1:[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secrets.SECRET_KEYS!.slice(3), 'base64')).toHaveLength(32);
    expect(occurrences(printed, secrets.ADMIN_TOKEN!)).toBe(1);
    expect(printed).toContain(`Admin token (shown this once; keep it in a password manager): ${secrets.ADMIN_TOKEN}`);
    expect(printed).not.toContain(secrets.SECRET_KEYS!.slice(3));
    for (const { argv } of accountNow().calls) {
      expect(argv.join(' ')).not.toContain(secrets.ADMIN_TOKEN!);
      expect(argv.join(' ')).not.toContain(secrets.SECRET_KEYS!.slice(3));
    }
    expect(readFileSync(out, 'utf8')).not.toContain(secrets.ADMIN_TOKEN!);
  });

  test('takes an admin token the seller types, and does not echo it back', async () => {
    const typed = 'seller-chosen-admin-token-0123456789';
    const lines: string[] = [];
    const code = await goLive(
      { root: ROOT, config: projectConfig, configOut: out, yes: false, dryRun: false, rotateAdminToken: false },
      {
        wrangler: spawnWrangler(bin, ROOT, { ...process.env, FAKE_WRANGLER_STATE: stateFile }),
        print: (line) => lines.push(line),
        ask: async () => typed,
      },
    );
    expect(code).toBe(0);
    expect(accountNow().workers.orderlens!.secrets.ADMIN_TOKEN).toBe(typed);
    expect(lines.join('\n')).not.toContain(typed);
  });
});

describe('a second deploy', () => {
  test('reuses the database and the secrets: nothing is created or replaced', async () => {
    await deploy();
    const first = accountNow();
    const firstConfig = readFileSync(out, 'utf8');
    writeFileSync(stateFile, JSON.stringify({ ...first, calls: [] }));

    const { code, printed } = await deploy();
    expect(code).toBe(0);
    expect(argvs()).toEqual([...checkedThenMigrated(), `secret list --format json --config ${out}`, `deploy --config ${out}`]);
    expect(accountNow().databases.map((d) => d.uuid)).toEqual(first.databases.map((d) => d.uuid));
    expect(accountNow().workers.orderlens!.secrets).toEqual(first.workers.orderlens!.secrets);
    expect(readFileSync(out, 'utf8')).toBe(firstConfig);
    expect(printed).toContain('✓ Secret ADMIN_TOKEN is set (kept)');
    expect(printed).not.toContain('Admin token (shown');
  });

  test('--rotate-admin-token replaces only the admin token, and shows the new one once', async () => {
    await deploy();
    const before = accountNow().workers.orderlens!.secrets;
    const { code, printed } = await deploy({ rotateAdminToken: true });
    const after = accountNow().workers.orderlens!.secrets;
    expect(code).toBe(0);
    expect(after.ADMIN_TOKEN).not.toBe(before.ADMIN_TOKEN);
    expect(after.SECRET_KEYS).toBe(before.SECRET_KEYS);
    expect(occurrences(printed, after.ADMIN_TOKEN!)).toBe(1);
  });
});

describe('a deploy that cannot go on', () => {
  test('without a login says to run npx wrangler login and creates nothing', async () => {
    account({ loggedIn: false });
    const { code, printed } = await deploy();
    expect(code).toBe(1);
    expect(printed).toContain('✗ You are not logged in to Cloudflare. Run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN), then `npm run deploy` again. Nothing was created.');
    expect(argvs()).toEqual(['whoami --json']);
    expect(existsSync(out)).toBe(false);
  });

  test('with a database name already taken says so, names --name, and deploys nothing', async () => {
    account({ takenNames: ['orderlens'] });
    const { code, printed } = await deploy();
    expect(code).toBe(1);
    expect(printed).toContain('✗ The D1 database name "orderlens" is already taken. Deploy under another name with `npm run deploy -- --name <worker name>`');
    expect(argvs()).toEqual(['whoami --json', 'd1 list --json', 'd1 create orderlens']);
    expect(accountNow().workers).toEqual({});
  });

  /** Deploys once, then again with Cloudflare failing as `failure` says; gives the live worker of the first and what the second did. */
  async function redeployFailing(failure: 'failMigration' | 'failDeploy') {
    await deploy();
    const live = accountNow().workers.orderlens!;
    writeFileSync(stateFile, JSON.stringify({ ...accountNow(), [failure]: true, calls: [] }));
    return { live, ...(await deploy()) };
  }

  test('with a migration failing half way stops before deploying: the live worker keeps its version', async () => {
    const { live, code, printed } = await redeployFailing('failMigration');
    expect(code).toBe(1);
    expect(printed).toContain('✗ Migrations on D1 database "orderlens" failed, so nothing was deployed: the live worker, if any, still runs its previous version.');
    expect(printed).toContain('near "TABL": syntax error at offset 7: SQLITE_ERROR [code: 7500]');
    expect(argvs()).toEqual(checkedThenMigrated());
    expect(accountNow().workers.orderlens).toEqual(live);
  });

  test('with Cloudflare refusing the upload says why, and the live worker keeps its version', async () => {
    const { live, code, printed } = await redeployFailing('failDeploy');
    expect(code).toBe(1);
    expect(printed).toContain('✗ Deploying worker "orderlens" failed:');
    expect(printed).toContain('Your Worker exceeded the size limit of 3 MiB. [code: 10027]');
    expect(printed).not.toContain('is live at');
    expect(accountNow().workers.orderlens).toEqual(live);
  });

  test('failing after the admin token is set has still shown it, so nobody is locked out', async () => {
    account({ failDeploy: true });
    const { code, printed } = await deploy();
    expect(code).toBe(1);
    const token = accountNow().workers.orderlens!.secrets.ADMIN_TOKEN!;
    expect(occurrences(printed, token)).toBe(1);
    expect(printed.indexOf(token)).toBeLessThan(printed.indexOf('✗ Deploying worker'));
  });

  test('with a login reaching several accounts asks for CLOUDFLARE_ACCOUNT_ID and creates nothing', async () => {
    account({
      accounts: [
        { id: 'a1', name: 'Acme Shop' },
        { id: 'b2', name: 'Acme Agency' },
      ],
    });
    const { code, printed } = await deploy();
    expect(code).toBe(1);
    expect(printed).toContain('✗ Your login reaches 2 Cloudflare accounts; choose one with CLOUDFLARE_ACCOUNT_ID=<id> npm run deploy. Nothing was created.');
    expect(argvs()).toEqual(['whoami --json']);
  });

  test('with a worker name Cloudflare refuses stops before calling wrangler', async () => {
    const { code, printed } = await deploy({ name: 'Acme_Shop' });
    expect(code).toBe(1);
    expect(printed).toContain('✗ "Acme_Shop" cannot be a worker name');
    expect(argvs()).toEqual([]);
  });
});

describe('resources come from the bindings', () => {
  test('--name renames the worker and the database named after it', async () => {
    const { code, printed } = await deploy({ name: 'acme-staging' });
    expect(code).toBe(0);
    expect(argvs()).toContain('d1 create acme-staging');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ name: 'acme-staging', d1_databases: [{ database_name: 'acme-staging' }] });
    expect(printed).toContain('✓ Orderlens is live at https://acme-staging.acme-shop.workers.dev');
  });

  test('queues and R2 buckets in wrangler.toml are found or created like the database', async () => {
    const project = path.join(dir, 'project');
    const toml = path.join(project, 'wrangler.toml');
    mkdirSync(project);
    writeFileSync(
      toml,
      [
        'name = "orderlens"',
        'main = "worker/index.ts"',
        '[[d1_databases]]',
        'binding = "DB"',
        'database_name = "orderlens"',
        'database_id = "00000000-0000-0000-0000-000000000000"',
        'migrations_dir = "worker/migrations"',
        '[[queues.producers]]',
        'binding = "EVENTS"',
        'queue = "orderlens-events"',
        '[[queues.consumers]]',
        'queue = "orderlens-events"',
        'dead_letter_queue = "orderlens-events-dlq"',
        '[[r2_buckets]]',
        'binding = "FILES"',
        'bucket_name = "orderlens-files"',
      ].join('\n'),
    );
    projectConfig = await readWranglerConfig(toml);
    account({ queues: ['orderlens-events'] });

    const { code } = await deploy({}, project);
    expect(code).toBe(0);
    expect(argvs().slice(0, 8)).toEqual([
      'whoami --json',
      'd1 list --json',
      'd1 create orderlens',
      'queues info orderlens-events',
      'queues info orderlens-events-dlq',
      'queues create orderlens-events-dlq',
      'r2 bucket info orderlens-files',
      'r2 bucket create orderlens-files',
    ]);
    expect(accountNow().queues).toEqual(['orderlens-events', 'orderlens-events-dlq']);
    expect(accountNow().buckets).toEqual(['orderlens-files']);
    const written = JSON.parse(readFileSync(out, 'utf8')) as WranglerConfig;
    // The config moved from project/ to its parent, so its paths now lead through project/.
    expect(written.main).toBe('project/worker/index.ts');
    expect(written.d1_databases![0]!.migrations_dir).toBe('project/worker/migrations');
  });
});

describe('the real wrangler builds what the deploy writes (no network)', () => {
  test('the production config with the created ids bundles with wrangler deploy --dry-run', async () => {
    await deploy();
    const dist = path.join(dir, 'dist');
    const real = spawnWrangler(REAL_WRANGLER, ROOT);
    const built = await real(['deploy', '--dry-run', '--outdir', dist, '--config', out]);
    expect(built.code, built.stderr).toBe(0);
    expect(`${built.stdout}${built.stderr}`).toContain('--dry-run: exiting now.');
    expect(statSync(path.join(dist, 'index.js')).size).toBeGreaterThan(10_000);
  }, 120_000);

  test('npm run deploy -- --dry-run builds the bundle without a login', async () => {
    const lines: string[] = [];
    const code = await goLive(
      { root: ROOT, config: projectConfig, configOut: path.join(dir, 'dry', 'wrangler.json'), yes: true, dryRun: true, rotateAdminToken: false },
      { wrangler: spawnWrangler(REAL_WRANGLER, ROOT, { ...process.env, CLOUDFLARE_API_TOKEN: '' }), print: (line) => lines.push(line) },
    );
    expect(code, lines.join('\n')).toBe(0);
    expect(lines).toContain('  D1 database "orderlens" (found or created)');
    expect(statSync(path.join(dir, 'dry', 'dist', 'index.js')).size).toBeGreaterThan(10_000);
  }, 120_000);
});
