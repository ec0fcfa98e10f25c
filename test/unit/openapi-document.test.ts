import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generatedTypes, TYPES_FILE, writeDocument } from '../../worker/scripts/openapi.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the served OpenAPI document', () => {
  it('passes Redocly’s recommended rules with no error or warning left unexplained', { timeout: 60_000 }, async () => {
    const file = await writeDocument(path.join(root, '.wrangler/openapi-lint.json'));
    const cli = path.join(root, 'node_modules/@redocly/cli/bin/cli.js');
    const run = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'json'], { cwd: root }).catch((e: { stdout: string }) => e);
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }> };
    expect(report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('matches the committed generated client types (run `npm run openapi` after changing a route)', { timeout: 60_000 }, async () => {
    expect(await readFile(TYPES_FILE, 'utf8')).toBe(await generatedTypes());
  });
});
