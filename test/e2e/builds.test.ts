/**
 * What the built extension asks of the browser. The Chrome build asks for
 * storage, alarms, unlimited storage and scripting and for the hosts of the
 * five portals, nothing else (a seller's worker origin is asked for at run
 * time, from the optional host permissions), and runs each portal's content
 * script, carrying that portal's pack alone and under 40 KB gzipped (the
 * page scrubber is injected apart, exposed to no page), on that portal's
 * pages alone. The
 * Firefox build compiles too: MV3, with its add-on id, a background of
 * scripts and the same content scripts, and Mozilla's linter (web-ext
 * lint) finds nothing in it but Preact's own innerHTML branch. `npm run
 * zip` makes the store packages and the sources zip Firefox's review
 * rebuilds from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../bench/lib/local-worker.js';
import { BUNDLED_PACKS } from '../../extension/content/portals/bundled-packs.js';
import { adapters } from '../../extension/content/portals/index.js';
import type { PackPortal } from '../../shared/schemas/portal-pack.js';
import { buildExtensionIfStale, buildIfStale, EXTENSION_DIR } from './harness.js';
import { zipEntries } from './zip-entries.js';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js: string[] }>;
  web_accessible_resources?: unknown[];
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
}

const manifestIn = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv3');
const portalPatterns = adapters.flatMap((a) => [...a.matches]);

// npm test has built both already; a build older than the sources is made again here (`npm run zip` below builds both anew as well).
beforeAll(() => {
  buildExtensionIfStale();
  buildIfStale(FIREFOX_DIR, ['build', '-b', 'firefox']);
}, 120_000);

describe('the Chrome build', () => {
  test('asks for storage, alarms, unlimited storage, scripting and the five portals’ hosts, and for a worker origin only at run time', () => {
    const manifest = manifestIn(EXTENSION_DIR);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'unlimitedStorage', 'scripting']);
    expect(new Set(manifest.host_permissions)).toEqual(new Set(portalPatterns));
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  });

  test('runs each portal’s content script on that portal’s pages alone', () => {
    const scripts = manifestIn(EXTENSION_DIR).content_scripts ?? [];
    expect(scripts.flatMap((s) => s.js).sort()).toEqual(adapters.map((a) => `content-scripts/${a.id}.js`).sort());
    for (const adapter of adapters) {
      const script = scripts.find((s) => s.js.includes(`content-scripts/${adapter.id}.js`))!;
      expect(new Set(script.matches)).toEqual(new Set(adapter.matches));
    }
  });

  test('keeps each portal’s content script under 40 KB gzipped, the page scrubber apart and hidden from pages', () => {
    for (const adapter of adapters) {
      const script = readFileSync(path.join(EXTENSION_DIR, `content-scripts/${adapter.id}.js`));
      expect(gzipSync(script, { level: 9 }).length, `${adapter.id}.js gzipped`).toBeLessThan(40_960);
      expect(script.includes('scrubbed by Orderlens'), `the scrubber in ${adapter.id}.js`).toBe(false);
    }
    expect(readFileSync(path.join(EXTENSION_DIR, 'scrub-page.js'), 'utf8')).toContain('scrubbed by Orderlens');
    expect(manifestIn(EXTENSION_DIR).web_accessible_resources).toBeUndefined();
  });

  test('carries in each portal’s content script that portal’s pack alone', () => {
    const routesOf = (portal: PackPortal) => BUNDLED_PACKS[portal].routes.map((r) => JSON.stringify(r.path));
    for (const adapter of adapters) {
      const script = readFileSync(path.join(EXTENSION_DIR, `content-scripts/${adapter.id}.js`), 'utf8');
      for (const other of adapters) {
        expect(
          routesOf(other.id).every((route) => script.includes(route)),
          `${other.id}'s pack in ${adapter.id}.js`,
        ).toBe(other.id === adapter.id);
      }
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

/** One finding of `web-ext lint --output json`. */
interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Every file under a folder, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

describe('web-ext lint of the Firefox package', () => {
  test('reports no errors, and no warnings but the innerHTML branch inside Preact that our code never takes', () => {
    const res = spawnSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--output', 'json', '--no-config-discovery', '--source-dir', FIREFOX_DIR], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(res.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // Preact renders `dangerouslySetInnerHTML` with innerHTML; every such warning must point at that branch
    // of Preact's diff (it reads `.__html`), and no source of ours may use the prop.
    for (const warning of report.warnings) {
      expect(warning, JSON.stringify(warning)).toMatchObject({ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML' });
      const source = readFileSync(path.join(FIREFOX_DIR, warning.file!), 'utf8').split('\n')[warning.line! - 1]!;
      expect(source.slice(warning.column! - 1, warning.column! + 40), warning.file).toMatch(/^\w+\.innerHTML=\w+\.__html\b/);
    }
    const ours = ['extension', 'shared'].flatMap((dir) => filesUnder(path.join(ROOT, dir)).map((f) => path.join(ROOT, dir, f)));
    expect(ours.filter((file) => /\.(ts|tsx)$/.test(file) && /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(file, 'utf8')))).toEqual([]);
  }, 120_000);
});

describe('npm run zip', () => {
  test('makes the Chrome and Firefox packages, and a sources zip holding what a reviewer rebuilds from and nothing else', () => {
    const res = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, encoding: 'utf8' });
    expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(0);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const zip = (kind: string) => path.join(ROOT, '.output', `orderlens-${version}-${kind}.zip`);

    // Each store package is its build, file for file.
    for (const [kind, dir] of [
      ['chrome', EXTENSION_DIR],
      ['firefox', FIREFOX_DIR],
    ] as const) {
      expect(zipEntries(zip(kind)).sort(), kind).toEqual(filesUnder(dir).sort());
    }

    const sources = zipEntries(zip('sources'));
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'extension/entrypoints/background.ts', 'extension/public/managed_schema.json', 'shared/status.ts']) {
      expect(sources, needed).toContain(needed);
    }
    // Every file of extension/ and shared/ goes in; nothing outside them but the build's own files.
    const expected = ['extension', 'shared'].flatMap((dir) => filesUnder(path.join(ROOT, dir)).map((f) => `${dir}/${f}`));
    expect(sources.filter((f) => f.startsWith('extension/') || f.startsWith('shared/')).sort()).toEqual(expected.sort());
    expect(sources.filter((f) => !f.startsWith('extension/') && !f.startsWith('shared/')).sort()).toEqual(['README.md', 'package-lock.json', 'package.json', 'tsconfig.json', 'wxt.config.ts']);
    expect(sources.filter((f) => /(^|\/)(\.dev\.vars|\.env|node_modules|\.output|test-results|\.wrangler)(\/|$)/.test(f))).toEqual([]);
  }, 300_000);
});
