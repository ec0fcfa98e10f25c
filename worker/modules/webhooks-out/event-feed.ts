/**
 * The event feed: every event the worker emitted, as webhooks carry it, for
 * 30 days, with cursors a client keeps to resume. A cursor is opaque but
 * stable (the same event always gives the same cursor) and names its event
 * by order and random id, so a forged cursor, another seller's, or one
 * whose event has been pruned is refused rather than silently skipping.
 */
import { EVENTS_KEPT_DAYS, type EventsQuery, type FeedEvent } from '../../../shared/schemas/events.js';
import type { WebhookPayload } from '../../../shared/schemas/webhooks.js';
import type { Db } from '../../db/client.js';
import { decodeKeyCursor, encodeKeyCursor } from '../../db/cursor.js';
import { invalidInput } from '../../errors.js';
import { listEvents, sellersEventSeq } from './queries-events.js';

/** How long events are kept, in ms. */
export const EVENTS_KEPT_MS = EVENTS_KEPT_DAYS * 24 * 3_600_000;

/** The cursor that resumes after event `id` at `seq`. */
export function eventCursor(seq: number, id: string): string {
  return encodeKeyCursor(String(seq), id);
}

const notOurs = () => invalidInput([{ path: 'query.after', message: `not a cursor of this seller's feed, or its event is older than ${EVENTS_KEPT_DAYS} days: read again without after` }]);

/** Where `after` points: the seq of the seller's event it names; 400 naming `after` otherwise. */
async function afterSeq(db: Db, sellerId: string, after: string | undefined, since: string): Promise<number> {
  if (after === undefined) return 0;
  let key: string[];
  try {
    key = decodeKeyCursor(after, 2);
  } catch {
    throw notOurs();
  }
  const given = Number(key[0]);
  if (!Number.isSafeInteger(given) || given < 1) throw notOurs();
  // Found by id: a seller moved to another book database keeps its events' ids, under new numbers.
  const seq = await sellersEventSeq(db, sellerId, key[1]!, since);
  if (seq === undefined) throw notOurs();
  return seq;
}

/** A page of the seller's feed after `q.after`, oldest first. */
export async function readFeed(db: Db, sellerId: string, q: EventsQuery, now = Date.now()): Promise<{ events: FeedEvent[]; nextCursor: string | null }> {
  const since = new Date(now - EVENTS_KEPT_MS).toISOString();
  const seq = await afterSeq(db, sellerId, q.after, since);
  const rows = await listEvents(db, sellerId, { afterSeq: seq, since, types: q.types, limit: q.limit });
  const events = rows.map((r) => ({ ...(JSON.parse(r.payload) as WebhookPayload), cursor: eventCursor(r.seq, r.id) }));
  return { events, nextCursor: events.at(-1)?.cursor ?? q.after ?? null };
}
