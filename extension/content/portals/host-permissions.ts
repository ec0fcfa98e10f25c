/**
 * The manifest's host permissions: exactly the pages the portal adapters
 * declare they read, so the manifest and the content scripts cannot drift
 * apart. Build time only (wxt.config.ts).
 */
import { adapters } from './index.js';

/** Every adapter's match patterns, deduplicated, in adapter order. */
export function portalHostPermissions(): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}
