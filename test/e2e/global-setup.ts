/**
 * Bundles the worker once for every e2e file: each file's local worker copies
 * this bundle instead of running `wrangler deploy --dry-run` itself (about
 * 1.6 s of CPU a file). The bundle is made from the sources as they are when
 * the run starts, as each file's own bundle was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUNDLE_ENV, bundleWorker } from '../../bench/lib/local-worker.js';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'orderlens-bundle-'));
  bundleWorker(path.join(dir, 'dist'));
  // Test files run in child processes started after this, which inherit the environment.
  process.env[BUNDLE_ENV] = path.join(dir, 'dist');
  return () => {
    delete process.env[BUNDLE_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
