/**
 * The order-search index is merged back into one b-tree at night: lookups
 * answer the same before and after, and outside the merge hour, or with the
 * index still in few pieces, nothing is written.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client.js';
import { MAX_SEGMENTS, MERGE_HOUR_UTC, mergeSearchIndex } from '../../worker/modules/orders/merge-search-index.js';
import { orderSearchSegments } from '../../worker/modules/orders/queries-search-index.js';
import { anOrder, call, captureOrders, newSeller, type TestSeller } from './helpers.js';

const atHour = (hour: number) => new Date(Date.UTC(2026, 11, 7, hour, 30));

/** Captures `n` orders in `n` writes; with FTS5's own merging off meanwhile, each write leaves a segment of its own. */
async function splitIndex(s: TestSeller, n: number): Promise<void> {
  const automerge = (value: number) => env.DB.prepare(`INSERT INTO orders_fts(orders_fts, rank) VALUES ('automerge', ${value})`).run();
  await automerge(0);
  for (let i = 0; i < n; i++) {
    const res = await captureOrders(s, [anOrder(s.channels.amazon, { externalId: `M-${i}`, buyer: { name: `Marlow Quince${i}`, email: `marlow${i}@example.com` } })]);
    expect(res.status).toBe(200);
  }
  // FTS5's default, for the tests after this one.
  await automerge(4);
}

/** Runs merge steps as the nightly runs would until there is nothing left to do; answers how many ran. */
async function mergeAll(): Promise<number> {
  let steps = 0;
  while (await mergeSearchIndex(database(env.DB), atHour(MERGE_HOUR_UTC))) steps++;
  return steps;
}

async function lookup(s: TestSeller, q: string): Promise<Array<[string, string]>> {
  const res = await call('GET', `/v1/orders/lookup?q=${encodeURIComponent(q)}&limit=50`, { token: s.token });
  expect(res.status).toBe(200);
  return (res.body.results as Array<{ order: { externalId: string }; matched: string }>).map((r) => [r.order.externalId, r.matched]);
}

describe('the nightly merge of the order-search index', () => {
  it('in the merge hour, steps merge a split index into one segment, and lookups answer the same', async () => {
    const s = await newSeller();
    await splitIndex(s, 7);
    const db = database(env.DB);
    expect(await orderSearchSegments(db)).toBeGreaterThan(MAX_SEGMENTS);
    const questions = ['Marlow', 'marlow3@example.com', 'Quince4', 'Quin', 'M-5', 'M-'];
    const before = await Promise.all(questions.map((q) => lookup(s, q)));
    expect(before.map((found) => found.length)).toEqual([7, 1, 1, 7, 7, 7]);

    expect(await mergeAll()).toBeGreaterThan(0);
    expect(await orderSearchSegments(db)).toBe(1);
    expect(await Promise.all(questions.map((q) => lookup(s, q)))).toEqual(before);
  });

  it('outside the merge hour nothing is merged', async () => {
    const s = await newSeller();
    await splitIndex(s, MAX_SEGMENTS + 2);
    const db = database(env.DB);
    const segments = await orderSearchSegments(db);
    expect(segments).toBeGreaterThan(MAX_SEGMENTS);
    expect(await mergeSearchIndex(db, atHour((MERGE_HOUR_UTC + 1) % 24))).toBe(false);
    expect(await orderSearchSegments(db)).toBe(segments);
  });

  it('an index in few segments is left as it is, even in the merge hour', async () => {
    const s = await newSeller();
    await mergeAll();
    await splitIndex(s, 2);
    const db = database(env.DB);
    const segments = await orderSearchSegments(db);
    expect(segments).toBeLessThanOrEqual(MAX_SEGMENTS);
    expect(await mergeSearchIndex(db, atHour(MERGE_HOUR_UTC))).toBe(false);
    expect(await orderSearchSegments(db)).toBe(segments);
  });
});
