#!/usr/bin/env node
/**
 * A stand-in for the `wrangler` executable: one Cloudflare account kept in
 * the JSON file named by FAKE_WRANGLER_STATE, answered in the words and
 * formats Wrangler 4 prints (taken from its source), so the deploy script is
 * tested at its process boundary. Every call is recorded with its stdin.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const stateFile = process.env.FAKE_WRANGLER_STATE;
const state = JSON.parse(readFileSync(stateFile, 'utf8'));
const argv = process.argv.slice(2);
const stdin = process.stdin.isTTY ? '' : readFileSync(0, 'utf8');
state.calls.push({ argv, stdin });

const BANNER = '\n ⛅️ wrangler 4.164.0\n────────────────────\n';
const LOGS = '\n🪵  Logs were written to "/home/seller/.config/.wrangler/logs/wrangler-2026-12-07_07-00-00_000.log"\n';
let stdout = '';
let stderr = '';
let code = 0;
const fail = (message) => {
  stderr += `\n✘ [ERROR] ${message}\n\n${LOGS}`;
  code = 1;
};
const flag = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const config = () => JSON.parse(readFileSync(flag('--config'), 'utf8'));
const [a, b, c] = argv;

if (a === 'whoami') {
  if (state.loggedIn) {
    stdout = `${JSON.stringify({ loggedIn: true, authType: 'OAuth Token', email: state.email, accounts: state.accounts, tokenPermissions: ['account:read', 'workers:write', 'd1:write'] }, null, 2)}\n`;
  } else {
    stdout = '\n{"loggedIn":false}\n';
    code = 1;
  }
} else if (!state.loggedIn) {
  fail('In a non-interactive environment, it is necessary to set a CLOUDFLARE_API_TOKEN environment variable for wrangler to work.');
} else if (a === 'd1' && b === 'list') {
  stdout = `${JSON.stringify(
    state.databases.map((db) => ({ uuid: db.uuid, name: db.name, created_at: '2026-12-01T10:00:00.000Z', version: 'production', num_tables: 0, file_size: 12288, jurisdiction: null })),
    null,
    2,
  )}\n`;
} else if (a === 'd1' && b === 'create') {
  if (state.databases.some((db) => db.name === c) || state.takenNames.includes(c)) {
    stdout = BANNER;
    fail('A database with that name already exists');
  } else {
    const uuid = randomUUID();
    state.databases.push({ uuid, name: c, migrated: [] });
    stdout = `${BANNER}✅ Successfully created DB '${c}' in region WEUR\nCreated your new D1 database.\n\nTo access your new D1 Database in your Worker, add the following snippet to your configuration file:\n[[d1_databases]]\nbinding = "${c}"\ndatabase_name = "${c}"\ndatabase_id = "${uuid}"\n`;
  }
} else if (a === 'd1' && b === 'migrations' && c === 'apply') {
  const name = argv[3];
  const binding = config().d1_databases.find((db) => db.database_name === name);
  const db = state.databases.find((d) => d.uuid === binding?.database_id);
  stdout = BANNER;
  if (!argv.includes('--remote')) fail('the fake account only answers --remote');
  else if (!db) fail(`Couldn't find a D1 DB with the name or binding '${name}' in your wrangler.json file.`);
  else if (state.failMigration) {
    db.migrated.push('0001_init.sql');
    stdout += `Migrations to be applied:\n┌────────────────┐\n│ name           │\n├────────────────┤\n│ 0001_init.sql  │\n├────────────────┤\n│ 0002_more.sql  │\n└────────────────┘\n│ 0001_init.sql  │ ✅ │\n│ 0002_more.sql  │ ❌ │\n`;
    stderr = `\n✘ [ERROR] Migration 0002_more.sql failed with the following errors:\n\n`;
    fail('near "TABL": syntax error at offset 7: SQLITE_ERROR [code: 7500]');
  } else {
    db.migrated.push('all');
    stdout +=
      'Migrations to be applied:\n┌────────────────┐\n│ name           │\n├────────────────┤\n│ 0001_init.sql  │\n└────────────────┘\n🌀 Executing on remote database ' +
      name +
      ' (' +
      db.uuid +
      '):\n│ 0001_init.sql  │ ✅ │\n';
  }
} else if ((a === 'queues' || (a === 'r2' && b === 'bucket')) && argv.includes('info')) {
  const name = argv[argv.indexOf('info') + 1];
  const list = a === 'queues' ? state.queues : state.buckets;
  if (list.includes(name)) stdout = a === 'queues' ? `Queue Name: ${name}\nQueue ID: 1b2c3d\nCreated On: 2026-12-01T10:00:00Z\n` : `Getting info for '${name}'...\nname: ${name}\n`;
  else fail(a === 'queues' ? `Queue "${name}" does not exist. To create it, run: wrangler queues create ${name}` : 'The specified bucket does not exist.');
} else if ((a === 'queues' || (a === 'r2' && b === 'bucket')) && argv.includes('create')) {
  const name = argv[argv.indexOf('create') + 1];
  (a === 'queues' ? state.queues : state.buckets).push(name);
  stdout = a === 'queues' ? `🌀 Creating queue '${name}'\n✅ Created queue '${name}'\n` : `Creating bucket '${name}'...\n✅ Created bucket '${name}' with default storage class of Standard.\n`;
} else if (a === 'secret' && b === 'list') {
  const worker = state.workers[config().name];
  if (!worker)
    fail(
      `Worker "${config().name}" not found.\n\nIf this is a new Worker, run \`wrangler deploy\` first to create it.\nOtherwise, check that the Worker name is correct and you're logged into the right account.`,
    );
  else
    stdout = `${JSON.stringify(
      Object.keys(worker.secrets).map((name) => ({ name, type: 'secret_text' })),
      null,
      '  ',
    )}\n`;
} else if (a === 'secret' && b === 'put') {
  const name = config().name;
  stdout = BANNER;
  if (!state.workers[name]) {
    state.workers[name] = { secrets: {}, versions: ['draft'] };
    stdout += `🌀 Creating new Worker "${name}"...\n`;
  }
  state.workers[name].secrets[c] = stdin.trimEnd();
  stdout += `🌀 Creating the secret for the Worker "${name}" \n✨ Success! Uploaded secret ${c}\n`;
} else if (a === 'deploy' && state.failDeploy) {
  stdout = `${BANNER}Total Upload: 812.44 KiB / gzip: 152.10 KiB\n`;
  fail(`A request to the Cloudflare API (/accounts/${state.accounts[0].id}/workers/scripts/${config().name}) failed.\n\n  Your Worker exceeded the size limit of 3 MiB. [code: 10027]`);
} else if (a === 'deploy') {
  const cfg = config();
  const worker = (state.workers[cfg.name] ??= { secrets: {}, versions: [] });
  const version = randomUUID();
  worker.versions.push(version);
  stdout = `${BANNER}Total Upload: 812.44 KiB / gzip: 152.10 KiB\nWorker Startup Time: 21 ms\nYour Worker has access to the following bindings:\nBinding                                   Resource\nenv.DB (${cfg.d1_databases[0].database_name})   D1 Database\n\nUploaded ${cfg.name} (4.21 sec)\nDeployed ${cfg.name} triggers (1.02 sec)\n  https://${cfg.name}.${state.subdomain}.workers.dev\n  schedule: * * * * *\nCurrent Version ID: ${version}\n`;
} else {
  fail(`the fake wrangler does not know "${argv.join(' ')}"`);
}

writeFileSync(stateFile, JSON.stringify(state, null, 2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
