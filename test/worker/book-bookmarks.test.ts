/**
 * Consistency bookmarks over several book databases: each seller's bookmark
 * names its book, reads anchored at it see the seller's writes, and a
 * bookmark of another book (another seller's, or the seller's own from
 * before a move) is harmless: no error, and the read is never older than
 * the seller's last write.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { bookmarkOn } from '../../worker/http/sessions.js';
import { anOrder, call, sellerOn } from './helpers.js';

const BOOKMARK = 'consistency-bookmark';

/** Captures one order; answers its external id and the bookmark of the write. */
async function write(s: { token: string; channel: string }, bookmark?: string): Promise<{ externalId: string; bookmark: string }> {
  const order = anOrder(s.channel);
  const res = await call('POST', '/v1/orders', { token: s.token, body: order, headers: bookmark ? { 'Consistency-Bookmark': bookmark } : {} });
  expect([res.status, res.body.results[0]?.outcome]).toEqual([200, 'created']);
  return { externalId: order.externalId, bookmark: res.headers.get(BOOKMARK)! };
}

/** The seller's order ids as a read anchored at `bookmark` sees them. */
async function readWith(token: string, bookmark: string): Promise<{ status: number; ids: string[]; bookmark: string | null }> {
  const res = await call('GET', '/v1/orders?limit=200', { token, headers: { 'Consistency-Bookmark': bookmark } });
  return { status: res.status, ids: ((res.body.orders ?? []) as { externalId: string }[]).map((o) => o.externalId), bookmark: res.headers.get(BOOKMARK) };
}

describe('consistency bookmarks over several books', () => {
  it('takes only a bookmark of the seller’s own book to D1', () => {
    expect(bookmarkOn('b1-00000002-00000010-00004f2a-aa', 1)).toBe('00000002-00000010-00004f2a-aa');
    expect(bookmarkOn('b1-00000002-00000010-00004f2a-aa', 0)).toBeUndefined();
    expect(bookmarkOn('b10-0000', 1)).toBeUndefined();
    // A bare D1 bookmark names no book: the session starts on the primary instead.
    expect(bookmarkOn('00000002-00000010-00004f2a-aa', 0)).toBeUndefined();
  });

  it('two sellers on different books each read their writes with their bookmark; the other’s bookmark is harmless', async () => {
    const a = await sellerOn('0', 'Book zero');
    const b = await sellerOn('1', 'Book one');
    const wa = await write(a);
    const wb = await write(b);
    expect(wa.bookmark).toMatch(/^b0-[0-9a-f-]+$/);
    expect(wb.bookmark).toMatch(/^b1-[0-9a-f-]+$/);

    const ra = await readWith(a.token, wa.bookmark);
    const rb = await readWith(b.token, wb.bookmark);
    expect([ra.status, ra.ids, rb.status, rb.ids]).toEqual([200, [wa.externalId], 200, [wb.externalId]]);
    // Each answer's bookmark is of the reader's own book, no older than the write it was anchored at.
    expect(ra.bookmark!.startsWith('b0-') && ra.bookmark! >= wa.bookmark).toBe(true);
    expect(rb.bookmark!.startsWith('b1-') && rb.bookmark! >= wb.bookmark).toBe(true);

    // Bookmarks swapped: no error, each sees its own latest write, and is answered its own book's bookmark.
    const wa2 = await write(a, wb.bookmark);
    const crossedA = await readWith(a.token, wb.bookmark);
    const crossedB = await readWith(b.token, wa2.bookmark);
    expect([crossedA.status, crossedA.ids.sort(), crossedA.bookmark?.slice(0, 3)]).toEqual([200, [wa.externalId, wa2.externalId].sort(), 'b0-']);
    expect([crossedB.status, crossedB.ids, crossedB.bookmark?.slice(0, 3)]).toEqual([200, [wb.externalId], 'b1-']);
  });

  it('a seller moved between books reads its own writes with the bookmark it held from the old book', { timeout: 30_000 }, async () => {
    const s = await sellerOn('0', 'Mover with a bookmark');
    const before = await write(s);
    expect(before.bookmark.startsWith('b0-')).toBe(true);

    const moved = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 1, drainSeconds: 0 } });
    expect([moved.status, moved.body.phase]).toEqual([200, 'done']);

    // The old book's bookmark means nothing on book 1: ignored, and the read still sees the write made before the move.
    const read = await readWith(s.token, before.bookmark);
    expect([read.status, read.ids, read.bookmark?.slice(0, 3)]).toEqual([200, [before.externalId], 'b1-']);
    // A write on the new book sent with the old bookmark works, and its own bookmark anchors the next read.
    const after = await write(s, before.bookmark);
    expect(after.bookmark.startsWith('b1-')).toBe(true);
    expect((await readWith(s.token, after.bookmark)).ids.sort()).toEqual([before.externalId, after.externalId].sort());

    // Moved back: book 1's bookmark is ignored on book 0 in turn, and every write is there.
    const back = await call('POST', `/v1/admin/sellers/${s.id}/move`, { token: env.ADMIN_TOKEN, body: { toShard: 0, drainSeconds: 0 } });
    expect([back.status, back.body.phase]).toEqual([200, 'done']);
    const home = await readWith(s.token, after.bookmark);
    expect([home.status, home.ids.sort(), home.bookmark?.slice(0, 3)]).toEqual([200, [before.externalId, after.externalId].sort(), 'b0-']);
  });
});
