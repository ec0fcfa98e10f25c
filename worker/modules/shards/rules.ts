/**
 * What a move between books copies, and how a copy is checked: the tables in
 * the order they can be filled (rows pointed at first), the columns of each,
 * and an order-free checksum of a table's rows.
 */
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema.js';
import { SELLER_TABLES } from '../privacy/service.js';

/** Tables of the directory alone: tokens are read there on every request, moves are recorded there. */
const DIRECTORY_ONLY = new Set(['api_tokens', 'seller_moves']);
/**
 * Report rollups are not copied: the copied orders mark every day on the
 * target, which rolls them up again; the source's rows go as its orders'
 * deletions mark their days and the cron recomputes them empty. Queue
 * counts likewise follow the copied and deleted queue entries (triggers).
 */
const REBUILT = new Set(['report_dirty_days', 'report_sales_days', 'report_sku_days', 'report_refund_days', 'report_fulfillment_days', 'queue_counts']);

/**
 * Columns that differ between copies of the same row: an event's `seq` is
 * the target's own (another seller may hold the same number there), and a
 * delivery names its event by that number, so both compare by the event id.
 */
export const RENUMBERED: Record<string, string> = { outbox_events: 'seq', webhook_deliveries: 'event_seq' };

/** A table a move copies, with its columns (without the renumbered one). */
export interface MovedTable {
  name: string;
  columns: string[];
}

const columnsByTable = new Map(
  (Object.values(schema) as unknown[])
    .filter((t): t is SQLiteTable => is(t, SQLiteTable))
    .map((t) => {
      const config = getTableConfig(t);
      return [config.name, config.columns.map((c) => c.name)] as const;
    }),
);

/** The seller's tables a move copies, parents first (SELLER_TABLES lists children first). */
export const MOVED_TABLES: readonly MovedTable[] = [...SELLER_TABLES]
  .reverse()
  .filter((name) => !DIRECTORY_ONLY.has(name) && !REBUILT.has(name))
  .map((name) => {
    const columns = columnsByTable.get(name);
    if (!columns) throw new Error(`No drizzle table named ${name}`);
    return { name, columns: columns.filter((c) => c !== RENUMBERED[name]) };
  });

/** The same tables children first: the order rows can be deleted in. */
export const CLEARED_TABLES: readonly MovedTable[] = [...MOVED_TABLES].reverse();

/** Running count and checksum of one side of a table. */
export interface Tally {
  rows: number;
  /** Sum of each row's 48-bit digest, modulo 2^48: the same for the same rows in any order, changed by a missing or doubled row. */
  sum: number;
  /** The last rowid read. */
  after: number;
}

export const EMPTY_TALLY: Tally = { rows: 0, sum: 0, after: 0 };

const MOD = 2 ** 48;

/** A row's values, in column order, as one text. */
export function rowText(row: Record<string, unknown>, columns: readonly string[]): string {
  return JSON.stringify(columns.map((c) => row[c] ?? null));
}

/** Adds rows (each already turned into text) to a tally. */
export async function addToTally(tally: Tally, texts: readonly string[], after: number): Promise<Tally> {
  let sum = tally.sum;
  for (const text of texts) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    let value = 0;
    for (let i = 0; i < 6; i++) value = value * 256 + digest[i]!;
    sum = (sum + value) % MOD;
  }
  return { rows: tally.rows + texts.length, sum, after };
}

/** The phases of a move, in order. */
export const MOVE_PHASES = ['drain', 'clear', 'copy', 'verify', 'switch', 'cleanup', 'done', 'failed'] as const;
export type MovePhase = (typeof MOVE_PHASES)[number];

/** Copies thrown away before a move gives up and leaves the seller where it was. */
export const MAX_RESTARTS = 5;
