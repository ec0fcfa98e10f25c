/**
 * D1 read replication with read-your-writes. Every /v1 request after
 * authentication runs in one D1 session: reads may be served by a nearby
 * replica, and a client that sends back the `Consistency-Bookmark` of its
 * last answer never reads data older than what that answer showed or wrote.
 * Without a bookmark, reads start anywhere and writes on the primary. The
 * token lookup itself stays on the primary (the plain binding), so a token
 * minted a moment ago works at once.
 * The session is on the seller's own book (db/books.ts): from here on
 * `c.env.DB` is that book, and `c.get('directory')` the directory. While
 * the seller is being moved between books, its requests wait (503).
 * A bookmark orders one database's history only, so the answer's names its
 * book (`b<n>-<D1 bookmark>`); one from another book (the seller moved, or
 * another seller's) is not given to D1: the session starts on the primary,
 * which is never older than any write.
 */
import { createMiddleware } from 'hono/factory';
import { bookBinding } from '../db/books.js';
import { sessionDatabase } from '../db/client.js';
import type { AppEnv } from '../env.js';
import { ApiError, invalidInput } from '../errors.js';

/** Seconds a client waits before retrying a request refused during a move between books. */
export const MOVE_RETRY_SECONDS = 5;

/** The request and answer header carrying a D1 session bookmark. */
export const BOOKMARK_HEADER = 'Consistency-Bookmark';

/** Opaque to clients, but never longer or stranger than D1's own (hex groups joined by dashes). */
const SANE_BOOKMARK = /^[0-9A-Za-z-]{1,256}$/;

const READS = new Set(['GET', 'HEAD']);

const BOOK_BOOKMARK = /^b(\d+)-(.+)$/;

/** The D1 bookmark `given` holds for book `shard`; undefined when it names another book or none. */
export function bookmarkOn(given: string, shard: number): string | undefined {
  const match = BOOK_BOOKMARK.exec(given);
  return match && Number(match[1]) === shard ? match[2] : undefined;
}

/** The bookmark a client is answered: the book's D1 bookmark, naming the book. */
export const bookBookmark = (shard: number, bookmark: string): string => `b${shard}-${bookmark}`;

/** Runs the rest of the request in a D1 session anchored at the client's bookmark, and answers the session's latest. */
export const d1Session = createMiddleware<AppEnv>(async (c, next) => {
  const given = c.req.header(BOOKMARK_HEADER);
  if (given !== undefined && !SANE_BOOKMARK.test(given)) {
    throw invalidInput([{ path: `header.${BOOKMARK_HEADER}`, message: 'Send back the bookmark of an earlier answer unchanged, or none.' }], 'Malformed consistency bookmark.');
  }
  // Reads as well as writes: some reads place queue work, and nothing may change the source while it is copied.
  if (c.get('moving')) {
    throw new ApiError(503, 'seller_moving', 'This seller’s order book is moving to another database; retry shortly. Nothing was changed.', undefined, {
      'Retry-After': String(MOVE_RETRY_SECONDS),
    });
  }
  const shard = c.get('shard') ?? 0;
  const directory = c.env.DB;
  const start = given === undefined ? (READS.has(c.req.method) ? 'first-unconstrained' : 'first-primary') : (bookmarkOn(given, shard) ?? 'first-primary');
  const session = bookBinding(c.env, shard).withSession(start);
  const book = sessionDatabase(session, c.get('d1Clock'));
  // A new env object for this request only: the isolate's env is shared by concurrent requests.
  c.env = { ...c.env, DB: book };
  c.set('directory', shard === 0 ? book : directory);
  await next();
  const bookmark = session.getBookmark();
  if (bookmark) c.header(BOOKMARK_HEADER, bookBookmark(shard, bookmark));
});
