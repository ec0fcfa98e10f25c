/**
 * `npm run deploy [-- --name <worker> --yes --dry-run --rotate-admin-token]`:
 * Orderlens on the seller's own Cloudflare account in one command. The steps
 * are in ./deploy/go-live.ts; this file reads the command line and wires
 * them to the real `wrangler` and terminal.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { goLive } from './deploy/go-live.js';
import { readWranglerConfig } from './deploy/production-config.js';
import { spawnWrangler } from './deploy/wrangler.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `npm run deploy -- [options]
  --name <worker>        deploy under this worker name (its D1 databases and queues follow it)
  --yes, -y              ask nothing: generate the admin token
  --dry-run              build and check everything without reaching Cloudflare
  --rotate-admin-token   replace the worker's ADMIN_TOKEN with a new one`;

function commandLine() {
  try {
    return parseArgs({
      options: {
        name: { type: 'string' },
        yes: { type: 'boolean', short: 'y', default: false },
        'dry-run': { type: 'boolean', default: false },
        'rotate-admin-token': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = commandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const dryRun = values['dry-run'];
const interactive = process.stdin.isTTY && !values.yes;
const terminal = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const code = await goLive(
  {
    root: ROOT,
    config: await readWranglerConfig(path.join(ROOT, 'wrangler.toml')),
    configOut: dryRun ? path.join(ROOT, '.wrangler/deploy-dry-run/wrangler.json') : path.join(ROOT, 'wrangler.production.json'),
    ...(values.name ? { name: values.name } : {}),
    yes: values.yes,
    dryRun,
    rotateAdminToken: values['rotate-admin-token'],
  },
  {
    wrangler: spawnWrangler(existsSync(path.join(ROOT, 'node_modules/.bin/wrangler')) ? path.join(ROOT, 'node_modules/.bin/wrangler') : 'wrangler', ROOT),
    print: (line) => console.log(line),
    ...(terminal ? { ask: (question: string) => terminal.question(question) } : {}),
    ...(process.env.CLOUDFLARE_ACCOUNT_ID ? { accountId: process.env.CLOUDFLARE_ACCOUNT_ID } : {}),
  },
);
terminal?.close();
process.exit(code);
