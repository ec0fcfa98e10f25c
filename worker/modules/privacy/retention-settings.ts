/** A seller's retention settings: read them with what each channel kind gets, replace them. */
import type { RetentionBody, RetentionSettings } from '../../../shared/schemas/privacy.js';
import { CHANNEL_KINDS } from '../../../shared/status.js';
import { runBatch } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { readRetentionSettings, replaceRetentionSettings } from './queries.js';
import { DEFAULT_RETENTION_DAYS, MARKETPLACE_MAX_DAYS, retentionDays } from './rules.js';

/** The seller's settings, the period each channel kind gets, and the marketplaces' limits. */
export async function getRetention(db: Db, sellerId: string): Promise<RetentionSettings> {
  const stored = await readRetentionSettings(db, sellerId);
  const channelKinds = Object.fromEntries(CHANNEL_KINDS.flatMap((k) => (stored.has(k) ? [[k, stored.get(k)!]] : [])));
  return { defaultDays: stored.get('*') ?? DEFAULT_RETENTION_DAYS, channelKinds, effective: retentionDays(stored), marketplaceMaxDays: { ...MARKETPLACE_MAX_DAYS } };
}

/** Replaces the seller's settings (already validated against each marketplace's limit). */
export async function setRetention(db: Db, sellerId: string, body: RetentionBody): Promise<RetentionSettings> {
  const settings = new Map<string, number>([['*', body.defaultDays], ...Object.entries(body.channelKinds ?? {})]);
  await runBatch(db, replaceRetentionSettings(db, sellerId, settings, new Date().toISOString()));
  return getRetention(db, sellerId);
}
