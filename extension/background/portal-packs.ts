/**
 * Packs the seller's worker serves (GET /v1/portal-packs), fetched at
 * start-up and daily: each is checked against the pack schema here, in the
 * background (content scripts never load zod), and the last good one per
 * portal is kept in `servedPacksItem`, which content scripts read and watch.
 * A pack that fails is refused with its reason and the previous good one
 * stays; a worker without the route (older) serves nothing. Background only.
 */
import { browser } from 'wxt/browser';
import { PACK_PORTALS, type PackPortal, type PortalPack, portalPack } from '../../shared/schemas/portal-pack.js';
import { type PackChecks, packChecksItem, type ServedPack, servedPacksItem } from '../messaging/storage.js';
import { ApiProblem, type Credentials, fetchPortalPacks } from './api-client.js';

/** The alarm that fetches packs once a day. */
export const PACKS_ALARM = 'orderlens-portal-packs';
const DAY_MINUTES = 24 * 60;

/** Makes sure the daily alarm exists (it survives restarts, but not every update). */
export async function ensurePacksAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PACKS_ALARM))) await browser.alarms.create(PACKS_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
}

/** What one served entry came to: a pack to take, or a refusal with its reason. */
export type PackVerdict = { portal: PackPortal; ok: true; pack: PortalPack } | { portal: PackPortal; ok: false; version: number | null; reason: string };

const isPackPortal = (v: unknown): v is PackPortal => typeof v === 'string' && (PACK_PORTALS as readonly string[]).includes(v);

/**
 * Checks one entry of the worker's list `{portal, version, pack}`: the pack
 * must pass the schema and be for the entry's portal, at the entry's version.
 * Undefined for an entry naming no portal this extension knows.
 */
export function checkServedPack(entry: unknown): PackVerdict | undefined {
  const e = (typeof entry === 'object' && entry !== null ? entry : {}) as { portal?: unknown; version?: unknown; pack?: unknown };
  if (!isPackPortal(e.portal)) return undefined;
  const portal = e.portal;
  const version = typeof e.version === 'number' && Number.isInteger(e.version) ? e.version : null;
  const parsed = portalPack.safeParse(e.pack);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(pack)';
    return { portal, ok: false, version, reason: `${where}: ${issue.message}` };
  }
  if (parsed.data.portal !== portal) return { portal, ok: false, version, reason: `portal: the pack is for ${parsed.data.portal}, served as ${portal}` };
  if (version !== null && parsed.data.version !== version) {
    return { portal, ok: false, version, reason: `version: the pack says ${parsed.data.version}, served as ${version}` };
  }
  return { portal, ok: true, pack: parsed.data };
}

/** What a check of the worker's packs came to. */
export type PacksOutcome = 'not_configured' | 'unchanged' | 'checked' | 'unsupported' | 'failed';

/**
 * Asks the worker for its packs and keeps each valid one newer than the one
 * kept; refusals are noted per portal. A network failure changes nothing (the
 * daily alarm tries again). Never throws.
 */
export async function refreshPortalPacks(creds: Credentials | null | undefined, now = new Date()): Promise<PacksOutcome> {
  if (!creds) return 'not_configured';
  const checks = await packChecksItem.getValue();
  const at = now.toISOString();
  try {
    const answer = await fetchPortalPacks(creds, checks.etag);
    if (answer.unchanged) {
      await packChecksItem.setValue({ ...checks, checkedAt: at, unsupported: false });
      return 'unchanged';
    }
    const list = (answer.body as { packs?: unknown } | undefined)?.packs;
    if (!Array.isArray(list)) throw new ApiProblem('not_orderlens', 'GET /v1/portal-packs did not answer with a list of packs.', 200);
    await takePacks(
      list.map(checkServedPack).filter((v) => v !== undefined),
      checks,
      answer.etag,
      at,
    );
    return 'checked';
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) {
      // An older worker, without packs: the bundled ones serve.
      await packChecksItem.setValue({ ...checks, checkedAt: at, etag: null, unsupported: true });
      return 'unsupported';
    }
    console.warn('Orderlens: portal packs could not be fetched', error);
    return 'failed';
  }
}

async function takePacks(verdicts: readonly PackVerdict[], checks: PackChecks, etag: string | null, at: string): Promise<void> {
  const served = await servedPacksItem.getValue();
  const taken: Partial<Record<PackPortal, ServedPack>> = { ...served };
  const refusals = { ...checks.refusals };
  let changed = false;
  for (const verdict of verdicts) {
    if (!verdict.ok) {
      refusals[verdict.portal] = { version: verdict.version, reason: verdict.reason, at };
      continue;
    }
    delete refusals[verdict.portal];
    // The highest valid version seen is kept: a worker answering with an older one does not roll it back.
    const kept = served[verdict.portal];
    if (kept && kept.pack.version >= verdict.pack.version) continue;
    taken[verdict.portal] = { pack: verdict.pack, fetchedAt: at };
    changed = true;
  }
  // Written only when a pack changed: every content script watches this item.
  if (changed) await servedPacksItem.setValue(taken);
  // With a refusal the ETag is not kept, so the next check sees the list (and any mended pack) again.
  const refused = verdicts.some((v) => !v.ok);
  await packChecksItem.setValue({ checkedAt: at, etag: refused ? null : etag, unsupported: false, refusals });
}
