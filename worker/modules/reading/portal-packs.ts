/**
 * Publishing portal packs: a pack replaces the stored one only with a higher
 * version, so every extension that keeps "the highest valid version it has
 * seen" ends up with the same pack; publishing the same version again with
 * the same content changes nothing and says so.
 */
import type { PackPortal, PortalPack } from '../../../shared/schemas/portal-pack.js';
import type { Db } from '../../db/client.js';
import { ApiError } from '../../errors.js';
import { readPack, storePackIfNewer } from './queries-portal-packs.js';

/** What publishing did. */
export interface Published {
  portal: PackPortal;
  version: number;
  publishedAt: string;
  outcome: 'published' | 'unchanged';
}

/** JSON with object keys sorted at every depth (arrays keep their order: a strategy list's order matters). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

const staleVersion = (stored: number, sent: number) =>
  new ApiError(409, 'stale_version', `Version ${stored} is published; a new pack needs a higher version than ${sent === stored ? 'that' : stored}.`, [
    { path: 'version', message: `must be higher than ${stored}` },
  ]);

/** Publishes a validated pack for its portal; 409 naming `version` when it is not newer than the stored one. */
export async function publishPortalPack(db: Db, pack: PortalPack, at: string): Promise<Published> {
  const text = canonicalJson(pack);
  const stored = await readPack(db, pack.portal);
  if (stored && pack.version === stored.version && stored.pack === text) {
    return { portal: pack.portal, version: stored.version, publishedAt: stored.publishedAt, outcome: 'unchanged' };
  }
  if (stored && pack.version <= stored.version) throw staleVersion(stored.version, pack.version);
  if (!(await storePackIfNewer(db, { portal: pack.portal, version: pack.version, pack: text, publishedAt: at }))) {
    // Another publisher stored this version or a higher one since the read.
    const now = await readPack(db, pack.portal);
    throw staleVersion(now?.version ?? pack.version, pack.version);
  }
  return { portal: pack.portal, version: pack.version, publishedAt: at, outcome: 'published' };
}
