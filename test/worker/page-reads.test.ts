/**
 * Page-read reports: stored all or none, summed per portal and UTC day in
 * SQL, another seller's never seen, and pruned after 90 days by the cron.
 */
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { PageRead } from '../../shared/schemas/page-reads.js';
import { database } from '../../worker/db/client.js';
import worker from '../../worker/index.js';
import { prunePageReads } from '../../worker/modules/reading/queries-page-reads.js';
import { aReadDay } from '../shared/page-read-days.js';
import { call, newSeller, rowCount } from './helpers.js';

/** A report of one pass, with overrides. */
function aRead(overrides: Partial<PageRead> = {}): PageRead {
  return {
    portal: 'amazon',
    pageKind: 'orders',
    packVersion: 3,
    at: '2026-11-20T08:00:00Z',
    idsSeen: 50,
    rowsRead: 48,
    rowsSkipped: 2,
    fieldsMissing: {},
    strategies: {},
    ...overrides,
  };
}

const READS: PageRead[] = [
  aRead({ fieldsMissing: { total: 10, buyer: 4, shipBy: 1 }, strategies: { total: { '0': 30, '1': 8 } } }),
  // 23:30 UTC on the 20th, sent with an offset.
  aRead({
    at: '2026-11-21T01:30:00+02:00',
    packVersion: 4,
    idsSeen: 30,
    rowsRead: 27,
    rowsSkipped: 0,
    countPrinted: 30,
    fieldsMissing: { total: 5, shipTo: 20, lines: 3, channelStatus: 2, placedAt: 2, buyer: 0 },
  }),
  aRead({ portal: 'ebay', at: '2026-11-20T12:00:00Z', packVersion: 1, idsSeen: 0, rowsRead: 0, rowsSkipped: 0 }),
  aRead({ at: '2026-11-21T10:00:00Z', packVersion: 4, idsSeen: 7, rowsRead: 2, rowsSkipped: 5, fieldsMissing: { total: 2 } }),
  aRead({ portal: 'ebay', pageKind: 'order', at: '2026-11-21T11:00:00Z', packVersion: 2, idsSeen: 3, rowsRead: 3, rowsSkipped: 0, fieldsMissing: { buyer: 1 } }),
  // On the range's end: outside it.
  aRead({ at: '2026-11-22T00:00:00Z', packVersion: 9 }),
];

const RANGE = 'from=2026-11-20T00:00:00Z&to=2026-11-22T00:00:00Z';

describe('POST /v1/page-reads and GET /v1/page-reads/summary', () => {
  it('stores every report and sums them per portal and UTC day, worst fields first', async () => {
    const s = await newSeller();
    const posted = await call('POST', '/v1/page-reads', { token: s.token, body: { reads: READS.slice(0, 3) } });
    expect([posted.status, posted.body]).toEqual([202, { stored: 3 }]);
    expect((await call('POST', '/v1/page-reads', { token: s.token, body: { reads: READS.slice(3) } })).body).toEqual({ stored: 3 });
    expect(await rowCount('page_reads', s.id)).toBe(6);

    const res = await call('GET', `/v1/page-reads/summary?${RANGE}`, { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-22T00:00:00.000Z',
      days: [
        aReadDay({
          worstFields: [
            { field: 'shipTo', missing: 20 },
            { field: 'total', missing: 15 },
            { field: 'buyer', missing: 4 },
            { field: 'lines', missing: 3 },
            { field: 'channelStatus', missing: 2 },
          ],
        }),
        aReadDay({ portal: 'ebay', passes: 1, idsSeen: 0, rowsRead: 0, rowsSkipped: 0, readShare: 1, worstFields: [], packVersion: 1 }),
        aReadDay({ day: '2026-11-21', passes: 1, idsSeen: 7, rowsRead: 2, rowsSkipped: 5, readShare: 0.2857, worstFields: [{ field: 'total', missing: 2 }] }),
        aReadDay({ portal: 'ebay', day: '2026-11-21', passes: 1, idsSeen: 3, rowsRead: 3, rowsSkipped: 0, readShare: 1, worstFields: [{ field: 'buyer', missing: 1 }], packVersion: 2 }),
      ],
    });
  });

  it('a report is stored with its time in UTC and its counts as sent', async () => {
    const s = await newSeller();
    await call('POST', '/v1/page-reads', { token: s.token, body: { reads: [READS[1]] } });
    const row = await env.DB.prepare('SELECT at, portal, page_kind, pack_version, ids_seen, count_printed, rows_read, rows_skipped, fields_missing, strategies FROM page_reads WHERE seller_id = ?')
      .bind(s.id)
      .first();
    expect(row).toEqual({
      at: '2026-11-20T23:30:00.000Z',
      portal: 'amazon',
      page_kind: 'orders',
      pack_version: 4,
      ids_seen: 30,
      count_printed: 30,
      rows_read: 27,
      rows_skipped: 0,
      fields_missing: '{"total":5,"shipTo":20,"lines":3,"channelStatus":2,"placedAt":2,"buyer":0}',
      strategies: '{}',
    });
  });

  it('a batch of 500 reports with 100 missing fields each is stored whole', async () => {
    const s = await newSeller();
    const fieldsMissing = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`field_with_a_rather_long_name_${String(i).padStart(3, '0')}`, 1]));
    const reads = Array.from({ length: 500 }, () => aRead({ fieldsMissing }));
    const res = await call('POST', '/v1/page-reads', { token: s.token, body: { reads } });
    expect([res.status, res.body]).toEqual([202, { stored: 500 }]);
    expect(await rowCount('page_reads', s.id)).toBe(500);
  });

  it('another seller’s reports are not in a seller’s summary', async () => {
    const a = await newSeller('A');
    const b = await newSeller('B');
    await call('POST', '/v1/page-reads', { token: b.token, body: { reads: READS } });
    const res = await call('GET', `/v1/page-reads/summary?${RANGE}`, { token: a.token });
    expect(res.body.days).toEqual([]);
    expect((await call('GET', `/v1/page-reads/summary?${RANGE}`, { token: b.token })).body.days).toHaveLength(4);
  });

  it('needs a seller token', async () => {
    expect((await call('POST', '/v1/page-reads', { body: { reads: READS } })).status).toBe(401);
    expect((await call('GET', `/v1/page-reads/summary?${RANGE}`)).status).toBe(401);
  });
});

describe('bad page-read reports are refused, naming the field, and nothing is stored', () => {
  async function refused(reads: unknown) {
    const s = await newSeller();
    const res = await call('POST', '/v1/page-reads', { token: s.token, body: { reads } });
    expect(res.status).toBe(400);
    expect(await rowCount('page_reads', s.id)).toBe(0);
    return res.body.error.issues.map((i: { path: string }) => i.path);
  }

  it('refuses each field of a wrong type or out of range, with the good reports beside them', async () => {
    const paths = await refused([
      aRead(),
      { ...aRead(), portal: 'aliexpress' },
      { ...aRead(), pageKind: 'cart' },
      { ...aRead(), packVersion: 0 },
      { ...aRead(), at: 'yesterday' },
      { ...aRead(), idsSeen: -1 },
      { ...aRead(), countPrinted: 1.5 },
      { ...aRead(), rowsRead: 100_001 },
      { ...aRead(), rowsSkipped: '3' },
      { ...aRead(), fieldsMissing: { total: -2 } },
      { ...aRead(), strategies: { total: { first: 3 } } },
      { ...aRead(), orderIds: ['113-1'] },
    ]);
    expect(paths).toEqual([
      'reads.1.portal',
      'reads.2.pageKind',
      'reads.3.packVersion',
      'reads.4.at',
      'reads.5.idsSeen',
      'reads.6.countPrinted',
      'reads.7.rowsRead',
      'reads.8.rowsSkipped',
      'reads.9.fieldsMissing.total',
      'reads.10.strategies.total.first',
      'reads.11',
    ]);
  });

  it('refuses a field name that is not one, and more than 100 fields', async () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 0]));
    expect(
      await refused([
        { ...aRead(), fieldsMissing: { 'ship to': 1 } },
        { ...aRead(), fieldsMissing: many },
      ]),
    ).toEqual(['reads.0.fieldsMissing.ship to', 'reads.1.fieldsMissing']);
  });

  it('refuses an empty batch and one of more than 500 reports', async () => {
    expect(await refused([])).toEqual(['reads']);
    expect(await refused(Array.from({ length: 501 }, () => aRead()))).toEqual(['reads']);
  });

  it('refuses counts that cannot belong together and a time more than a day ahead', async () => {
    const ahead = new Date(Date.now() + 25 * 3_600_000).toISOString();
    expect(await refused([aRead({ fieldsMissing: { total: 51 } }), aRead({ strategies: { total: { '0': 49, '1': 51 } } }), aRead({ at: ahead })])).toEqual([
      'reads.0.fieldsMissing.total',
      'reads.1.strategies.total.1',
      'reads.2.at',
    ]);
  });

  it('refuses a summary range that is reversed, longer than 366 days, or not ISO times', async () => {
    const s = await newSeller();
    const issue = async (query: string) => {
      const res = await call('GET', `/v1/page-reads/summary?${query}`, { token: s.token });
      expect(res.status).toBe(400);
      return res.body.error.issues.map((i: { path: string }) => i.path);
    };
    expect(await issue('from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z')).toEqual(['query.to']);
    expect(await issue('from=2025-11-20T00:00:00Z&to=2026-11-22T00:00:00Z')).toEqual(['query.to']);
    expect(await issue('from=yesterday&to=2026-11-21')).toEqual(['query.from', 'query.to']);
    expect(await issue('from=2026-11-20T00:00:00Z&portal=amazon')).toEqual(['query.portal']);
    const year = await call('GET', '/v1/page-reads/summary?from=2025-11-21T00:00:00Z&to=2026-11-22T00:00:00Z', { token: s.token });
    expect([year.status, year.body.days]).toEqual([200, []]);
  });
});

describe('pruning page-read reports', () => {
  const insert = (sellerId: string, id: string, at: string) =>
    env.DB.prepare(`INSERT INTO page_reads (seller_id, at, id, portal, page_kind, pack_version, ids_seen, rows_read, rows_skipped, fields_missing, strategies, received_at)
                    VALUES (?, ?, ?, 'amazon', 'orders', 1, 1, 1, 0, '{}', '{}', ?)`).bind(sellerId, at, id, at);

  it('the cron forgets reports older than 90 days and keeps the rest', async () => {
    const s = await newSeller();
    const day = 86_400_000;
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString();
    await env.DB.batch([insert(s.id, 'old', ago(91)), insert(s.id, 'older', ago(400)), insert(s.id, 'recent', ago(89)), insert(s.id, 'today', ago(0))]);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);

    const left = await env.DB.prepare('SELECT id FROM page_reads WHERE seller_id = ? ORDER BY at').bind(s.id).all<{ id: string }>();
    expect(left.results.map((r) => r.id)).toEqual(['recent', 'today']);
  });

  it('a run deletes at most its chunks, and the next run takes the rest', async () => {
    const s = await newSeller();
    await env.DB.batch(['a', 'b', 'c', 'd', 'e'].map((id, i) => insert(s.id, id, `2020-01-0${i + 1}T00:00:00.000Z`)));
    const db = database(env.DB);
    expect(await prunePageReads(db, '2021-01-01T00:00:00.000Z', 2, 2)).toBe(4);
    expect(await rowCount('page_reads', s.id)).toBe(1);
    expect(await prunePageReads(db, '2021-01-01T00:00:00.000Z', 2, 2)).toBe(1);
    expect(await rowCount('page_reads', s.id)).toBe(0);
  });
});
