import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index.js';
import { newSeller } from './helpers.js';

describe('the cron housekeeping', () => {
  it('forgets expired idempotency keys and week-old webhook delivery ids, and keeps the rest', async () => {
    const s = await newSeller();
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const key = (k: string, expires: number) =>
      env.DB.prepare(`INSERT INTO idempotency_keys (seller_id, key, request_hash, state, created_at, expires_at) VALUES (?, ?, 'h', 'done', ?, ?)`).bind(s.id, k, iso(now), iso(expires));
    const hook = (id: string, received: number) =>
      env.DB.prepare(`INSERT INTO inbound_webhooks (seller_id, channel_id, delivery_id, outcome, received_at) VALUES (?, ?, ?, 'created', ?)`).bind(s.id, s.channels.shopify, id, iso(received));
    await env.DB.batch([key('old', now - 1000), key('fresh', now + 3600_000), hook('old', now - 8 * 86400_000), hook('recent', now - 86400_000)]);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);

    const keys = await env.DB.prepare('SELECT key FROM idempotency_keys WHERE seller_id = ? ORDER BY key').bind(s.id).all<{ key: string }>();
    expect(keys.results.map((r) => r.key)).toEqual(['fresh']);
    const hooks = await env.DB.prepare('SELECT delivery_id AS id FROM inbound_webhooks WHERE seller_id = ?').bind(s.id).all<{ id: string }>();
    expect(hooks.results.map((r) => r.id)).toEqual(['recent']);
  });
});
