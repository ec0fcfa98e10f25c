/**
 * Reads through D1 sessions: every /v1 answer carries the session's
 * bookmark, a client that sends it back reads its own writes, and a
 * malformed bookmark is refused naming the header, changing nothing.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';

const BOOKMARK = 'consistency-bookmark';

describe('D1 sessions and the consistency bookmark', () => {
  it('answers a bookmark on reads and writes, and a read anchored at a write sees it', async () => {
    const s = await newSeller();
    const listed = await call('GET', '/v1/orders', { token: s.token });
    expect(listed.status).toBe(200);
    const first = listed.headers.get(BOOKMARK);
    expect(first).toMatch(/^[0-9a-f-]+$/);

    const written = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon, { externalId: '113-7777777-0000001' }) });
    expect(written.status).toBe(200);
    const afterWrite = written.headers.get(BOOKMARK);
    expect(afterWrite).toMatch(/^[0-9a-f-]+$/);
    // Bookmarks order the database's history: the write's comes after the earlier read's.
    expect(afterWrite! > first!).toBe(true);

    const read = await call('GET', '/v1/orders/lookup?q=113-7777777-0000001', { token: s.token, headers: { 'Consistency-Bookmark': afterWrite! } });
    expect(read.status).toBe(200);
    expect(read.body.results.map((r: { order: { externalId: string } }) => r.order.externalId)).toEqual(['113-7777777-0000001']);
    expect(read.headers.get(BOOKMARK)! >= afterWrite!).toBe(true);
  });

  it('refuses a malformed bookmark with 400 naming the header, and writes nothing', async () => {
    const s = await newSeller();
    const res = await call('POST', '/v1/orders', {
      token: s.token,
      headers: { 'Consistency-Bookmark': 'not a bookmark; DROP TABLE' },
      body: anOrder(s.channels.amazon, { externalId: '113-7777777-0000002' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'header.Consistency-Bookmark', message: expect.stringContaining('bookmark') }]);
    const count = await env.DB.prepare('SELECT count(*) AS n FROM orders WHERE seller_id = ?').bind(s.id).first<number>('n');
    expect(count).toBe(0);
  });

  it('lets a browser client read the bookmark (CORS exposes it)', async () => {
    const s = await newSeller();
    const res = await call('GET', '/v1/orders', { token: s.token, headers: { Origin: 'chrome-extension://abc' } });
    expect(res.headers.get('access-control-expose-headers')?.toLowerCase()).toContain(BOOKMARK);
  });
});
