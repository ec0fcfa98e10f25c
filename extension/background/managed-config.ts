/**
 * The worker URL and token an organisation sets for everyone (managed
 * storage): Chrome reads them from policy (`3rdparty.extensions.<id>`, keys in
 * public/managed_schema.json); Firefox from enterprise policies
 * (`3rdparty.Extensions`) or a managed-storage manifest named after the
 * add-on id (`~/.mozilla/managed-storage/orderlens@orderlens.app.json` on
 * Linux). When both are set they win over what the seller typed in Options.
 */
import { browser } from 'wxt/browser';
import type { Credentials } from './api-client.js';
import { normalizeWorkerUrl } from './worker-url.js';

/** The managed keys, as named in the schema and in a Firefox managed-storage manifest. */
export const MANAGED_KEYS = { workerUrl: 'workerUrl', apiToken: 'apiToken' } as const;

let cached: Promise<Credentials | undefined> | undefined;

/**
 * The organisation's worker URL and token, or undefined when none (or only
 * half, or a URL that is not plain http(s)) is set. Read once per background
 * start, and again after `forgetManagedConfig`.
 */
export function readManagedConfig(): Promise<Credentials | undefined> {
  cached ??= readFromStorage();
  return cached;
}

/** Drops the value read, so the next `readManagedConfig` asks the browser again (after a policy change). */
export function forgetManagedConfig(): void {
  cached = undefined;
}

async function readFromStorage(): Promise<Credentials | undefined> {
  let values: Record<string, unknown>;
  try {
    values = await browser.storage.managed.get([MANAGED_KEYS.workerUrl, MANAGED_KEYS.apiToken]);
  } catch {
    // Firefox refuses the read when no managed-storage manifest exists: nothing is managed.
    return undefined;
  }
  const url = typeof values[MANAGED_KEYS.workerUrl] === 'string' ? normalizeWorkerUrl(values[MANAGED_KEYS.workerUrl] as string) : undefined;
  const token = typeof values[MANAGED_KEYS.apiToken] === 'string' ? (values[MANAGED_KEYS.apiToken] as string).trim() : '';
  return url && token ? { url, token } : undefined;
}

/** Calls `onChange` when the organisation's settings change (Chrome reports policy updates; Firefox reads them at start). */
export function watchManagedConfig(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    forgetManagedConfig();
    onChange();
  });
}
