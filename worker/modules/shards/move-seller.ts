/**
 * Moving a seller to another book database, in bounded steps any driver
 * (the admin route, the cron) can stop and resume:
 * drain: the seller's requests already answer 503 (Retry-After); wait until
 *   requests begun before that have ended, and until no isolate can still
 *   hold the seller's token as not moving (accounts' token cache);
 * clear: delete anything of the seller left on the target by an earlier try;
 * copy: each table, parents first, a chunk at a time (a chunk copied again
 *   after an interrupted step is not doubled: rows already there are kept);
 * verify: count and checksum each table on both books; a difference means
 *   the source changed under the copy, so the copy starts over;
 * switch: the directory points at the target and the seller's requests reopen;
 * cleanup: delete the seller's rows from the old book, a chunk at a time.
 */

import { WriteConflict } from '../../db/batch.js';
import { bookBinding, bookShards } from '../../db/books.js';
import { database } from '../../db/client.js';
import type { Env } from '../../env.js';
import { ApiError, invalidInput, notFound } from '../../errors.js';
import { copySellerRow, findSeller, findSellerPlace, forgetSeller, tokenCacheMs } from '../accounts/service.js';
import {
  abandonMove,
  advanceMove,
  deleteSellerCopy,
  deleteSellerRows,
  firstTableWithRows,
  insertCopiedRows,
  isBeingDeleted,
  type MovePosition,
  type MoveRow,
  readMove,
  readSellerRows,
  startMove,
  switchBook,
  unfinishedMoves,
} from './queries.js';
import { addToTally, CLEARED_TABLES, EMPTY_TALLY, MAX_RESTARTS, MOVED_TABLES, type MovePhase, rowText, type Tally } from './rules.js';

/** Rows read, copied, checked or deleted per step and table. */
export const MOVE_CHUNK = 500;
/** Steps one call takes at most, so a call stays well inside a request's time. */
export const STEPS_PER_CALL = 200;
/** A drain with at most this long left is waited out within the call. */
const DRAIN_WAITED_OUT_MS = 250;

/** A move as the API shows it. */
export interface MoveState {
  sellerId: string;
  fromShard: number;
  toShard: number;
  phase: MovePhase;
  copied: number;
  cleaned: number;
  restarts: number;
  /** Each table's rows and checksum as verified on both books, once verified. */
  verified: Record<string, { rows: number; checksum: string }>;
  startedAt: string;
  finishedAt: string | null;
}

interface Checked {
  source?: Tally;
  target?: Tally;
  verified?: MoveState['verified'];
}

function stateOf(row: MoveRow): MoveState {
  const checked = JSON.parse(row.checked) as Checked;
  return {
    sellerId: row.sellerId,
    fromShard: row.fromShard,
    toShard: row.toShard,
    phase: row.phase as MovePhase,
    copied: row.copied,
    cleaned: row.cleaned,
    restarts: row.restarts,
    verified: checked.verified ?? {},
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

const position = (row: MoveRow): MovePosition => ({ phase: row.phase, tableIndex: row.tableIndex, cursor: row.cursor, checked: row.checked });
const now = () => new Date().toISOString();

/** Starts moving the seller to book `toShard` (or resumes the same move), then runs a bounded share of it. */
export async function moveSeller(env: Env, sellerId: string, toShard: number, drainSeconds: number, actor: string, steps = STEPS_PER_CALL): Promise<MoveState> {
  const directory = database(env.DB);
  if (!bookShards(env).includes(toShard)) throw invalidInput([{ path: 'toShard', message: `no book ${toShard} is bound; books: ${bookShards(env).join(', ')}` }]);
  const place = await findSellerPlace(directory, sellerId);
  if (!place) throw notFound('Seller');
  const current = await readMove(directory, sellerId);
  const underWay = current && current.phase !== 'done' && current.phase !== 'failed';
  if (underWay && current.toShard !== toShard) throw new ApiError(409, 'move_under_way', `This seller is already moving to book ${current.toShard}.`);
  if (!underWay) {
    if (place.shard === toShard) throw invalidInput([{ path: 'toShard', message: `the seller already lives on book ${toShard}` }]);
    // Its rows are going anyway, and the deletion sweep changing them would fail every verification.
    if (await isBeingDeleted(database(bookBinding(env, place.shard)), sellerId)) throw new ApiError(409, 'deletion_under_way', 'This seller’s deletion is under way; it is not moved.');
    const at = now();
    try {
      await startMove(directory, {
        sellerId,
        fromShard: place.shard,
        toShard,
        phase: 'drain',
        // Another isolate may admit the seller's requests until its cached token expires: the drain counts from then.
        drainUntil: new Date(Date.now() + tokenCacheMs(env) + drainSeconds * 1000).toISOString(),
        actor,
        startedAt: at,
        updatedAt: at,
      });
    } catch (error) {
      if (error instanceof WriteConflict) throw new ApiError(409, 'move_under_way', 'Another move of this seller started at the same time.');
      throw error;
    } finally {
      forgetSeller(sellerId);
    }
  }
  return continueMove(env, sellerId, steps);
}

/** The seller's latest move; 404 when it never moved. */
export async function readMoveState(env: Env, sellerId: string): Promise<MoveState> {
  const row = await readMove(database(env.DB), sellerId);
  if (!row) throw notFound('Move');
  return stateOf(row);
}

/** Runs up to `steps` steps of the seller's move; answers where it stands. */
export async function continueMove(env: Env, sellerId: string, steps = STEPS_PER_CALL): Promise<MoveState> {
  const directory = database(env.DB);
  let row = await readMove(directory, sellerId);
  for (let i = 0; i < steps; i++) {
    if (!row) throw notFound('Move');
    if (row.phase === 'done' || row.phase === 'failed') return stateOf(row);
    const next = await step(env, row);
    if (next === false) break;
    // A step that recorded its progress answers the move as recorded; otherwise read where it stands.
    row = next === true ? await readMove(directory, sellerId) : next;
  }
  if (!row) throw notFound('Move');
  return stateOf(row);
}

/** Moves under way each get a bounded share (the cron's part: a move left by its caller still finishes). */
export async function continueMoves(env: Env, steps = STEPS_PER_CALL): Promise<void> {
  for (const sellerId of await unfinishedMoves(database(env.DB), 5)) await continueMove(env, sellerId, steps);
}

/**
 * One bounded step of `row`'s move: the move as the step recorded it, true
 * when it must be read again, false when there is nothing to do yet (the
 * drain has not ended), so the caller stops.
 */
async function step(env: Env, row: MoveRow): Promise<MoveRow | boolean> {
  const directory = database(env.DB);
  const source = database(bookBinding(env, row.fromShard));
  const target = database(bookBinding(env, row.toShard));
  const at = position(row);
  const advance = (next: Partial<MoveRow>) => advanceMove(directory, row.sellerId, at, { ...next, updatedAt: now() });

  switch (row.phase as MovePhase) {
    case 'drain': {
      const left = Date.parse(row.drainUntil) - Date.now();
      if (left > DRAIN_WAITED_OUT_MS) return false;
      // A drain about to end is waited out here rather than handed back to the caller to call again.
      if (left > 0) await scheduler.wait(left);
      return (await advance({ phase: 'clear', tableIndex: 0, cursor: 0 })) ?? true;
    }

    case 'clear': {
      const table = CLEARED_TABLES[row.tableIndex];
      if (!table) {
        // The parent row first: every copied row points at it.
        const seller = await findSeller(directory, row.sellerId);
        if (!seller) throw notFound('Seller');
        await copySellerRow(target, { ...seller, shard: row.toShard });
        return (await advance({ phase: 'copy', tableIndex: 0, cursor: 0 })) ?? true;
      }
      const next = await firstTableWithRows(target, CLEARED_TABLES, row.sellerId, row.tableIndex);
      if (next > row.tableIndex) {
        return (await advance({ tableIndex: next })) ?? true;
      }
      const n = await deleteSellerRows(target, table.name, row.sellerId, MOVE_CHUNK);
      if (n < MOVE_CHUNK) return (await advance({ tableIndex: row.tableIndex + 1 })) ?? true;
      return true;
    }

    case 'copy': {
      const table = MOVED_TABLES[row.tableIndex];
      if (!table) {
        return (await advance({ phase: 'verify', tableIndex: 0, cursor: 0, checked: JSON.stringify({ verified: {} } satisfies Checked) })) ?? true;
      }
      if (row.cursor === 0) {
        const next = await firstTableWithRows(source, MOVED_TABLES, row.sellerId, row.tableIndex);
        if (next > row.tableIndex) {
          return (await advance({ tableIndex: next })) ?? true;
        }
      }
      const rows = await readSellerRows(source, table, row.sellerId, row.cursor, MOVE_CHUNK);
      if (rows.length > 0) await insertCopiedRows(target, table, rows);
      return (
        (await advance(
          rows.length < MOVE_CHUNK ? { tableIndex: row.tableIndex + 1, cursor: 0, copied: row.copied + rows.length } : { cursor: rows.at(-1)!._rowid, copied: row.copied + rows.length },
        )) ?? true
      );
    }

    case 'verify': {
      const checked = JSON.parse(row.checked) as Checked;
      const table = MOVED_TABLES[row.tableIndex];
      if (!table) {
        return (await advance({ phase: 'switch' })) ?? true;
      }
      if (!checked.source && !checked.target) {
        // Tables empty on both books are verified as such in one step.
        const [s, t] = await Promise.all([firstTableWithRows(source, MOVED_TABLES, row.sellerId, row.tableIndex), firstTableWithRows(target, MOVED_TABLES, row.sellerId, row.tableIndex)]);
        const next = Math.min(s, t);
        if (next > row.tableIndex) {
          const empty = Object.fromEntries(MOVED_TABLES.slice(row.tableIndex, next).map((skipped) => [skipped.name, { rows: 0, checksum: EMPTY_CHECKSUM }]));
          return (await advance({ tableIndex: next, checked: JSON.stringify({ verified: { ...checked.verified, ...empty } } satisfies Checked) })) ?? true;
        }
      }
      // Both sides a chunk at a time; the delivery's event id stands in for the renumbered event_seq.
      const columns = table.name === 'webhook_deliveries' ? [...table.columns, '_event_id'] : table.columns;
      const tally = async (db: typeof source, side: Tally | undefined): Promise<Tally & { ended: boolean }> => {
        const t = side ?? EMPTY_TALLY;
        if (t.after < 0) return { ...t, ended: true };
        const rows = await readSellerRows(db, table, row.sellerId, t.after, MOVE_CHUNK);
        const next = await addToTally(
          t,
          rows.map((r) => rowText(r, columns)),
          rows.length < MOVE_CHUNK ? -1 : rows.at(-1)!._rowid,
        );
        return { ...next, ended: rows.length < MOVE_CHUNK };
      };
      const [s, t] = await Promise.all([tally(source, checked.source), tally(target, checked.target)]);
      if (!(s.ended && t.ended)) {
        return (await advance({ checked: JSON.stringify({ ...checked, source: strip(s), target: strip(t) }) })) ?? true;
      }
      if (s.rows === t.rows && s.sum === t.sum) {
        const verified = { ...checked.verified, [table.name]: { rows: s.rows, checksum: checksumText(s.sum) } };
        return (await advance({ tableIndex: row.tableIndex + 1, checked: JSON.stringify({ verified } satisfies Checked) })) ?? true;
      }
      console.error(JSON.stringify({ at: 'move-verify', sellerId: row.sellerId, table: table.name, source: strip(s), target: strip(t), restarts: row.restarts }));
      if (row.restarts + 1 > MAX_RESTARTS) {
        await abandonMove(directory, row.sellerId, at, { phase: 'failed', finishedAt: now(), updatedAt: now() });
        forgetSeller(row.sellerId);
        return true;
      }
      // The source changed under the copy (a request begun before the drain, a cron sweep): copy it all again.
      return (await advance({ phase: 'clear', tableIndex: 0, cursor: 0, checked: '{}', restarts: row.restarts + 1, copied: 0 })) ?? true;
    }

    case 'switch':
      await switchBook(directory, row.sellerId, row.toShard, at, { phase: 'cleanup', tableIndex: 0, cursor: 0, updatedAt: now() });
      forgetSeller(row.sellerId);
      return true;

    case 'cleanup': {
      const table = CLEARED_TABLES[row.tableIndex];
      if (!table) {
        // Book 0's seller row is the directory's own and stays.
        if (row.fromShard !== 0) await deleteSellerCopy(source, row.sellerId);
        return (await advance({ phase: 'done', finishedAt: now() })) ?? true;
      }
      const next = await firstTableWithRows(source, CLEARED_TABLES, row.sellerId, row.tableIndex);
      if (next > row.tableIndex) {
        return (await advance({ tableIndex: next })) ?? true;
      }
      const n = await deleteSellerRows(source, table.name, row.sellerId, MOVE_CHUNK);
      return (await advance(n < MOVE_CHUNK ? { tableIndex: row.tableIndex + 1, cleaned: row.cleaned + n } : { cleaned: row.cleaned + n })) ?? true;
    }

    default:
      return false;
  }
}

function checksumText(sum: number): string {
  return sum.toString(16).padStart(12, '0');
}
const EMPTY_CHECKSUM = checksumText(0);

function strip(t: Tally & { ended?: boolean }): Tally {
  return { rows: t.rows, sum: t.sum, after: t.after };
}
