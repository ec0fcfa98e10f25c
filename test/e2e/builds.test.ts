/**
 * What the built extension asks of the browser. The Chrome build asks for
 * storage, alarms and unlimited storage and for the hosts of the five
 * portals, nothing else (a seller's worker origin is asked for at run time,
 * from the optional host permissions), and runs each portal's content script
 * on that portal's pages alone. The Firefox build compiles too: MV3, with
 * its add-on id, a background of scripts and the same content scripts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { adapters } from '../../extension/content/portals/index.js';
import { ROOT } from '../../bench/lib/local-worker.js';
import { buildExtensionIfStale, EXTENSION_DIR } from './harness.js';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
}

const manifestIn = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv3');
const portalPatterns = adapters.flatMap((a) => [...a.matches]);

beforeAll(() => {
  buildExtensionIfStale();
  const firefox = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
  if (firefox.status !== 0) throw new Error(`the Firefox build failed:\n${firefox.stdout}\n${firefox.stderr}`);
}, 120_000);

describe('the Chrome build', () => {
  test('asks for storage, alarms, unlimited storage and the five portals’ hosts, and for a worker origin only at run time', () => {
    const manifest = manifestIn(EXTENSION_DIR);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'unlimitedStorage']);
    expect(new Set(manifest.host_permissions)).toEqual(new Set(portalPatterns));
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  });

  test('runs each portal’s content script on that portal’s pages alone', () => {
    const scripts = manifestIn(EXTENSION_DIR).content_scripts ?? [];
    expect(scripts.map((s) => s.js).flat().sort()).toEqual(adapters.map((a) => `content-scripts/${a.id}.js`).sort());
    for (const adapter of adapters) {
      const script = scripts.find((s) => s.js.includes(`content-scripts/${adapter.id}.js`))!;
      expect(new Set(script.matches)).toEqual(new Set(adapter.matches));
    }
  });
});

describe('the Firefox build', () => {
  test('compiles as MV3 with its add-on id, a background of scripts and every portal’s content script', () => {
    const manifest = manifestIn(FIREFOX_DIR);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('orderlens@orderlens.app');
    expect(manifest.background?.scripts).toEqual(['background.js']);
    expect(new Set(manifest.host_permissions)).toEqual(new Set(portalPatterns));
    for (const file of [...(manifest.background?.scripts ?? []), ...(manifest.content_scripts ?? []).flatMap((s) => s.js)]) {
      expect(existsSync(path.join(FIREFOX_DIR, file)), file).toBe(true);
    }
    expect((manifest.content_scripts ?? []).length).toBe(adapters.length);
  });
});
