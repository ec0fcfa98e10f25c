import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultRulesUpgradeSql, shipSpeedBackfillSql } from '../../worker/scripts/ship-speed-backfill.js';

const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../worker/migrations');

/** The newest migration holding a statement that starts with `marker`. */
async function newestWith(marker: string): Promise<{ name: string; text: string }> {
  const names = (await readdir(migrations)).filter((n) => n.endsWith('.sql')).sort();
  for (const name of names.reverse()) {
    const text = await readFile(path.join(migrations, name), 'utf8');
    if (text.includes(marker)) return { name, text };
  }
  throw new Error(`no migration holds "${marker}"`);
}

describe('the shipping-speed backfill', () => {
  it('the newest backfill migration spells out the current shared word lists (a list change needs a new backfill)', async () => {
    const { text } = await newestWith('-- ship-speed backfill');
    expect(text).toContain(shipSpeedBackfillSql());
  });

  it('the newest rules upgrade moves the old defaults to the current defaults', async () => {
    const { text } = await newestWith('-- default rules upgrade');
    expect(text).toContain(defaultRulesUpgradeSql());
  });
});
